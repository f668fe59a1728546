import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { installScriptUrlPolicy, scriptOriginsFor } from "./lib/trusted-types/script-url-policy";
import "./styles.css";

// Before anything can load Clerk: its script URLs pass the Trusted Types check.
installScriptUrlPolicy(scriptOriginsFor(import.meta.env.VITE_CLERK_PUBLISHABLE_KEY));

const container = document.getElementById("root");
if (!container) throw new Error("index.html must contain <div id=\"root\">");

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
