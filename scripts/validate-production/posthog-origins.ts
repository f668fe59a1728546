// The origins posthog-js talks to for a host. On PostHog Cloud (us/eu) it
// fetches its remote config from the region's assets host as well as sending
// to the API host (posthog-js utils/request-router: endpointFor("assets")); a
// reverse proxy gets both on its own origin.
const CLOUD = /^https:\/\/(?:(app|us|us-assets)|(eu|eu-assets))(?:\.i)?\.posthog\.com$/i;

/** posthog-config.ts's default when VITE_PUBLIC_POSTHOG_HOST is unset. */
export const POSTHOG_DEFAULT_HOST = "https://us.i.posthog.com";

export function posthogOrigins(host: string): string[] {
  if (!URL.canParse(host)) return [];
  const origin = new URL(host).origin;
  const cloud = CLOUD.exec(origin);
  if (!cloud) return [origin];
  const region = cloud[1] ? "us" : "eu";
  return [`https://${region}.i.posthog.com`, `https://${region}-assets.i.posthog.com`];
}
