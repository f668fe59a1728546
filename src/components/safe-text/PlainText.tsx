export interface PlainTextProps {
  /** The user's own message, shown exactly as typed. */
  text: string;
}

/** User messages: a React text node, so no markdown or HTML is ever interpreted. */
export function PlainText({ text }: PlainTextProps) {
  return (
    <div data-testid="plain-text" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
      {text}
    </div>
  );
}
