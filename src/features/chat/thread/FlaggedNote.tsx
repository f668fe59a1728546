/** Guardrail heuristics (e.g. prompt injection) flag a message without blocking it; say so plainly. */
export function FlaggedNote({ flags }: { flags: readonly string[] }) {
  return (
    <p className="flagged-note" data-testid="message-flagged">
      ⚠ flagged
      <span className="flagged-note__detail">
        {" "}
        ({flags.map((flag) => flag.replaceAll("_", " ")).join(", ")}): sent, and recorded for review
      </span>
    </p>
  );
}
