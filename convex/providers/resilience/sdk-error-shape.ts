// Reads what the groq-sdk and openai SDK errors carry, WITHOUT importing the
// SDKs (keeps this folder dependency-free and works for either SDK).
// Both are Stainless-generated and share one error hierarchy
// (core/error.d.ts in each package):
//   APIError { status, headers, error }  ← BadRequestError, RateLimitError, ...
//   APIUserAbortError, APIConnectionError ← APIConnectionTimeoutError
// These classes never set `.name` (it stays "Error"), so names are read from
// the prototype chain's constructors instead.

export interface ErrorShape {
  /** `.name` plus every constructor name up the prototype chain. */
  readonly names: readonly string[];
  readonly message: string;
  /** Own `status` key present, even if undefined: the mark of an SDK APIError. */
  readonly hasStatusKey: boolean;
  readonly status?: number;
  readonly retryAfterHeader?: string;
  readonly cause?: unknown;
}

export function readErrorShape(err: object): ErrorShape {
  const record = err as Record<string, unknown>;
  const status = record["status"];
  const retryAfterHeader = readHeader(record["headers"], "retry-after");
  return {
    names: constructorNames(err),
    message: typeof record["message"] === "string" ? record["message"] : "",
    hasStatusKey: "status" in err,
    ...(typeof status === "number" ? { status } : {}),
    ...(retryAfterHeader === undefined ? {} : { retryAfterHeader }),
    ...("cause" in err ? { cause: record["cause"] } : {}),
  };
}

function constructorNames(err: object): string[] {
  const names: string[] = [];
  const ownName = (err as { name?: unknown }).name;
  if (typeof ownName === "string") names.push(ownName);
  for (
    let proto = Object.getPrototypeOf(err);
    proto !== null && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    const name = (proto as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === "string" && name !== "") names.push(name);
  }
  return names;
}

/** Works for a fetch `Headers` (what the SDKs store) and for a plain header record. */
function readHeader(headers: unknown, wanted: string): string | undefined {
  if (typeof headers !== "object" || headers === null) return undefined;
  const get = (headers as { get?: unknown }).get;
  if (typeof get === "function") {
    const value: unknown = get.call(headers, wanted);
    return typeof value === "string" ? value : undefined;
  }
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted && typeof value === "string") return value;
  }
  return undefined;
}
