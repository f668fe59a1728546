// Minimal CSP reading: enough to ask "does directive X allow URL Y?".

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

// Fetch directives fall back to default-src when absent.
export function sourcesFor(csp: Csp, directive: string): string[] {
  return csp.get(directive) ?? csp.get("default-src") ?? [];
}

const DEFAULT_PORT: Record<string, string> = { "http:": "80", "https:": "443", "ws:": "80", "wss:": "443" };
const HOST_SOURCE = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*\.)?([^/:]+)(?::(\d+|\*))?(?:\/.*)?$/i;

// Host-source matching per CSP3, without its http→https upgrade leniency:
// this project writes every scheme out, and the checks should say so.
export function sourceAllows(source: string, url: URL): boolean {
  if (source === "*") return url.protocol !== "data:" && url.protocol !== "blob:";
  if (/^[a-z][a-z0-9+.-]*:$/i.test(source)) return url.protocol === source.toLowerCase();
  const match = HOST_SOURCE.exec(source);
  if (match === null || source.startsWith("'")) return false;
  const [, scheme, wildcard, host, port] = match;
  if (scheme !== undefined && `${scheme.toLowerCase()}:` !== url.protocol) return false;
  const hostname = url.hostname.toLowerCase();
  const wanted = host!.toLowerCase();
  const hostMatches = wildcard ? hostname.endsWith(`.${wanted}`) : hostname === wanted;
  const urlPort = url.port || DEFAULT_PORT[url.protocol];
  const portMatches = port === "*" || (port ?? DEFAULT_PORT[url.protocol]) === urlPort;
  return hostMatches && portMatches;
}

export function directiveAllows(csp: Csp, directive: string, url: URL): boolean {
  return sourcesFor(csp, directive).some((source) => sourceAllows(source, url));
}
