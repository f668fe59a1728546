// Minimal CSP reading: directive → its sources, as a browser reads the header.

export type Csp = Map<string, string[]>;

export function parseCsp(header: string): Csp {
  const csp: Csp = new Map();
  for (const part of header.split(";")) {
    const [directive, ...sources] = part.trim().split(/\s+/);
    // Browsers ignore a repeated directive; so do we.
    if (directive && !csp.has(directive.toLowerCase())) csp.set(directive.toLowerCase(), sources);
  }
  return csp;
}
