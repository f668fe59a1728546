import { useState } from "react";
import type { DocsSource } from "@rules/docs-answer";
import "./citations.css";

/** A source as a reply keeps it: the prompt-only context is not needed here. */
type CitedSource = Omit<DocsSource, "context">;
type Props = { sources: readonly CitedSource[]; initiallyOpen?: number };

/**
 * A reply's numbered sources as links that open the cited passage beside the
 * answer. Everything from a document (title, headings, excerpt) is rendered
 * as React text, never as HTML, and links only point inside the page
 * (`#cite-N`): a document cannot place a URL or markup here.
 */
export function CitationPanel({ sources, initiallyOpen }: Props) {
  const [open, setOpen] = useState<number | undefined>(initiallyOpen);
  const shown = sources.find((s) => s.n === open);
  if (sources.length === 0) return null;
  return (
    <div className="citations" data-testid="citation-panel">
      <ol className="citations__list" aria-label="Sources">
        {sources.map((source) => (
          <li key={source.n}>
            <a
              href={`#cite-${source.n}`}
              className="citations__link"
              data-testid="citation-link"
              aria-expanded={open === source.n}
              aria-controls="citation-passage"
              onClick={(event) => {
                event.preventDefault();
                setOpen(open === source.n ? undefined : source.n);
              }}
            >
              [{source.n}] {source.title}
              {source.headingPath.length > 0 && <span className="muted"> › {source.headingPath.join(" › ")}</span>}
            </a>
          </li>
        ))}
      </ol>
      {shown && (
        <aside
          id="citation-passage"
          className="citations__passage"
          data-testid="citation-passage"
          aria-label={`Source ${shown.n}`}
        >
          <h3>
            [{shown.n}] {shown.title}
          </h3>
          {shown.headingPath.length > 0 && (
            <p className="muted" data-testid="citation-heading-path">
              {shown.headingPath.join(" › ")}
            </p>
          )}
          {shown.flagged && (
            <p className="form-error" data-testid="citation-flagged">
              This passage contains text that reads like instructions to the assistant; it was treated as quoted data
              only.
            </p>
          )}
          <blockquote className="citations__excerpt" data-testid="citation-excerpt">
            {shown.excerpt}
          </blockquote>
        </aside>
      )}
    </div>
  );
}
