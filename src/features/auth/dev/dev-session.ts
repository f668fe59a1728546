import { isRole, isTier, type Role, type Tier } from "@rules/entitlements";

/** Who the offline dev issuer signs a token for; tier and role become claims the backend honours only from it. */
export type DevProfile = {
  name: string;
  tier: Tier;
  role: Role;
  /** Signed as verified; omitted → "<name>@dev.local". */ email?: string;
};

export type DevSession = {
  /** Changes on every sign-in, so Convex re-authenticates when the person changes. */
  id: string;
  profile: DevProfile;
  token: string;
  /** Epoch ms. */
  expiresAt: number;
};

// sessionStorage, not localStorage: the session ends with the tab, and each
// tab can be a different test user.
const KEY = "guarded-chat:dev-session";

export function loadDevSession(storage: Storage): DevSession | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(KEY) ?? "null");
    return isDevSession(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveDevSession(storage: Storage, session: DevSession | null): void {
  if (session) storage.setItem(KEY, JSON.stringify(session));
  else storage.removeItem(KEY);
}

function isDevSession(value: unknown): value is DevSession {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  const profile = v.profile as Record<string, unknown> | null | undefined;
  return (
    typeof v.id === "string" &&
    typeof v.token === "string" &&
    typeof v.expiresAt === "number" &&
    typeof profile === "object" &&
    profile !== null &&
    typeof profile.name === "string" &&
    (profile.email === undefined || typeof profile.email === "string") &&
    isTier(profile.tier) &&
    isRole(profile.role)
  );
}
