/** Council mode for the next message: several models answer, review each other, and a chairman writes the reply. */
export function CouncilToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="composer__council" title="Several models answer, rank each other anonymously, and a chairman writes the final answer">
      <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked)} data-testid="council-toggle" />
      <span>Council</span>
    </label>
  );
}
