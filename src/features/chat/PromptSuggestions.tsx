// Ways to start, on a blank conversation. Each one is sent like a typed
// message (through the composer: same rules, limits and cache). They show
// what the app does well: lists, tables, code (with a Run button where code
// execution is on) and plain explanations.
const PROMPT_SUGGESTIONS = [
  "Give me a list of tips for writing clear emails",
  "Compare three note-taking methods in a table",
  "Write Python code to count the words in a text",
  "Explain how a rate limit protects a service",
] as const;

export function PromptSuggestions({ onPick }: { onPick: (prompt: string) => void }) {
  return (
    <ul className="prompt-suggestions" aria-label="Suggestions to start with" data-testid="prompt-suggestions">
      {PROMPT_SUGGESTIONS.map((prompt) => (
        <li key={prompt}>
          <button
            type="button"
            className="prompt-suggestion"
            onClick={() => onPick(prompt)}
            data-testid="prompt-suggestion"
          >
            {prompt}
          </button>
        </li>
      ))}
    </ul>
  );
}
