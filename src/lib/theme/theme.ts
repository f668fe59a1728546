// The colour theme people pick: follow the system, or always light or dark.
// Stored per browser; applied as <html data-theme>, which styles.css reads
// (light-dark() pairs under `color-scheme`). public/theme-init.js applies the
// same before the first paint (it cannot import this module: it must run
// before any module script, from a file, since the CSP allows no inline script);
// theme.test.ts runs both over one table, so they cannot drift apart.

export const THEME_STORAGE_KEY = "guarded-chat:theme";
export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** Anything not "light" or "dark" (unset, junk, blocked storage) means "system". */
export function parseThemeChoice(stored: string | null): ThemeChoice {
  return stored === "light" || stored === "dark" ? stored : "system";
}

/** "system" removes the attribute, so the media query decides. */
export function applyThemeChoice(root: HTMLElement, choice: ThemeChoice): void {
  if (choice === "system") root.removeAttribute("data-theme");
  else root.setAttribute("data-theme", choice);
}
