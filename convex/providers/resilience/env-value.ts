// Strict readers for optional environment overrides. A typo in a deployment
// variable should stop the deploy loudly, not silently fall back to a default,
// so every rejection names the variable and echoes the bad value.

export type Env = Readonly<Record<string, string | undefined>>;

export class ResilienceConfigError extends Error {
  override readonly name = "ResilienceConfigError";
  readonly variable: string;

  constructor(variable: string, message: string) {
    super(message);
    this.variable = variable;
  }
}

/** Unset and blank are the same: the Convex dashboard cannot always unset a value. */
export function readRaw(env: Env, variable: string): string | undefined {
  const raw = env[variable]?.trim();
  return raw === undefined || raw === "" ? undefined : raw;
}

export interface IntegerBounds {
  readonly min: number;
  readonly max?: number;
}

/** Whole decimal digits only: "1e3", "10.5", "0x10" and "-1" are all rejected. */
export function readInteger(env: Env, variable: string, fallback: number, bounds: IntegerBounds): number {
  const raw = readRaw(env, variable);
  if (raw === undefined) return fallback;
  const max = bounds.max ?? Number.MAX_SAFE_INTEGER;
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < bounds.min || value > max) {
    throw new ResilienceConfigError(
      variable,
      `${variable} must be a whole number between ${bounds.min} and ${max}, got "${raw}"`,
    );
  }
  return value;
}

/** A fraction in (0, 1], written as a plain decimal such as "0.9". */
export function readFraction(env: Env, variable: string, fallback: number): number {
  const raw = readRaw(env, variable);
  if (raw === undefined) return fallback;
  const value = /^\d*\.?\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(value > 0 && value <= 1)) {
    throw new ResilienceConfigError(
      variable,
      `${variable} must be a number greater than 0 and at most 1, got "${raw}"`,
    );
  }
  return value;
}
