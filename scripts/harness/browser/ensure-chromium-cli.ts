// `npm test` runs this before the browser suite: exit 0 with a browser in
// place, else exit 1 after saying what was tried and what to run.
import { ensureChromium } from "./chromium";

const outcome = ensureChromium();
if (outcome.found) {
  console.log(
    `Chromium: ${outcome.source === "playwright-cache" || outcome.source === "playwright-install" ? "Playwright's own build" : outcome.executablePath} (${outcome.source})`,
  );
} else {
  console.error(`Tried: ${outcome.tried.join("; ")}\n${outcome.message}`);
  process.exitCode = 1;
}
