import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The dev sign-in is compiled out of production builds: `import.meta.env.DEV`
// is a literal `false` there, so the dynamic import below it is dropped.
export default defineConfig({
  plugins: [react()],
  server: { port: 5173, strictPort: false },
  build: { sourcemap: "hidden", target: "es2022" },
});
