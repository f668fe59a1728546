// The cheap call that proves a key works before the vault stores it:
// GET {base}/models with the key as a bearer token (both providers list
// models for any valid key, at no cost). 401/403 mean "this key is wrong";
// anything else unexpected is "couldn't check", so a provider outage is not
// blamed on the user's key. Errors never carry the key: the request is
// built here and nothing of it is rethrown.

import type { LiveCheck } from "../vault/save-result";
import type { ByokProvider } from "../vault/byok-provider";
import { byokBaseUrl } from "./byok-endpoints";

const TIMEOUT_MS = 10_000;

export class LiveCheckUnavailable extends Error {
  override readonly name = "LiveCheckUnavailable";
}

export function liveCheckFor(
  provider: ByokProvider,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  baseUrl = byokBaseUrl(provider),
): LiveCheck {
  return async (apiKey) => {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}/models`, {
        method: "GET",
        headers: { Authorization: `Bearer ${apiKey}` },
        credentials: "omit",
        cache: "no-store",
        referrerPolicy: "no-referrer",
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new LiveCheckUnavailable("network");
    }
    if (response.ok) return true;
    if (response.status === 401 || response.status === 403) return false;
    throw new LiveCheckUnavailable(`status ${response.status}`);
  };
}
