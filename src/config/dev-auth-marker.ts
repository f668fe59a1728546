// The dev sign-in (used when VITE_CLERK_PUBLISHABLE_KEY is absent in dev) must
// never ship. Its component renders this string (e.g. as a data attribute), so
// the literal exists in a bundle exactly when the component does, and
// `npm run validate:production` greps dist/ for it. Render it as data so the
// minifier cannot drop it; never import it from production code paths.
export const DEV_SIGN_IN_MARKER = "DEV_SIGN_IN_MARKER";

// Visible heading of the dev sign-in; also searched for in dist/, so no
// production text may contain it.
export const DEV_SIGN_IN_TEXT = "Dev sign-in";
