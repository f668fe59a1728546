import type { CodeRun } from "./RunOutput";

type RunResult = CodeRun["results"][number];

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const LABEL: Partial<Record<RunResult["format"], string>> = {
  html: "HTML result (shown as text, never rendered)",
  svg: "SVG result (shown as text, never rendered)",
  javascript: "JavaScript result (shown as text, never run)",
  markdown: "Markdown result",
  latex: "LaTeX result",
  json: "JSON result",
};

/**
 * One rich result. PNG/JPEG become an <img> with a data: URL built only from
 * base64 characters (nothing else can reach the attribute); every other format
 * is text in a <pre> — HTML, SVG and JavaScript are never live markup.
 */
export function ResultView({ result }: { result: RunResult }) {
  if (result.format === "png" || result.format === "jpeg") {
    const data = result.data.replace(/\s+/g, "");
    if (!BASE64.test(data))
      return <p className="code-run__note">An image result that is not valid base64 (not shown).</p>;
    return (
      <img
        className="code-run__image"
        data-testid="code-run-image"
        alt="Image output of the code"
        src={`data:image/${result.format};base64,${data}`}
      />
    );
  }
  if (result.format === "note")
    return (
      <p className="code-run__note" data-testid="code-run-note">
        {result.data}
      </p>
    );
  const label = LABEL[result.format];
  return (
    <figure className="code-run__result" data-testid="code-run-result" data-format={result.format}>
      {label && <figcaption>{label}</figcaption>}
      <pre>{result.data}</pre>
    </figure>
  );
}
