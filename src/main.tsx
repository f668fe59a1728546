import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { followThemeSetting } from "./lib/theme/theme-setting";
import { installScriptUrlPolicy, scriptOriginsFor } from "./lib/trusted-types/script-url-policy";
import "./styles.css";

// Before anything can load Clerk: its script URLs pass the Trusted Types check.
installScriptUrlPolicy(scriptOriginsFor(import.meta.env.VITE_CLERK_PUBLISHABLE_KEY));

// public/theme-init.js set the stored theme before the first paint; from here on, changes (this tab's or another's) apply at once.
followThemeSetting();

const container = document.getElementById("root");
if (!container) throw new Error('index.html must contain <div id="root">');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
