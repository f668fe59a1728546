// Runs before the first paint (a classic script in <head>; a file, because
// the CSP allows no inline script): the colour theme the user picked, so a
// dark choice never flashes light. Mirrors src/lib/theme/theme.ts
// (parseThemeChoice + applyThemeChoice); theme.test.ts checks both agree.
(function () {
  try {
    var choice = localStorage.getItem("guarded-chat:theme");
    if (choice === "light" || choice === "dark") document.documentElement.setAttribute("data-theme", choice);
  } catch {
    // Storage blocked: follow the system.
  }
})();
