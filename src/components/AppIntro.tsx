import "./app-intro.css";

/** What the app is, for someone signed out who has never seen it: beside the sign-in form. */
export function AppIntro() {
  return (
    <section className="app-intro" aria-labelledby="app-intro-title" data-testid="app-intro">
      <h2 id="app-intro-title" className="app-intro__title">
        <span className="app-intro__mark" aria-hidden="true">
          ◆
        </span>{" "}
        Guarded AI chat
      </h2>
      <p className="app-intro__lead">Chat with an AI model, with guardrails you can see.</p>
      <ul className="app-intro__points">
        <li>Replies stream in as they are written; stop one with Escape.</li>
        <li>A per-minute message limit and a daily spending cap, shown live in the header.</li>
        <li>Bring your own Groq or OpenRouter key: kept encrypted in your browser only.</li>
        <li>Markdown, tables and code rendered safely; if one provider fails, another answers.</li>
      </ul>
    </section>
  );
}
