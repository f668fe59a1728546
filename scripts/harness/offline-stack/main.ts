import { startOfflineStack } from "./start";

// `npx tsx scripts/harness/offline-stack/main.ts [--backend 3210 --issuer 3211 --llm 3212 --e2b 3214]` (no --e2b: any free port)
// Prints one JSON line `{"ready": {...urls}}` that `scripts/dev.mjs` and the
// Playwright set-up wait for.
const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const stack = await startOfflineStack({
  backend: arg("backend"),
  issuer: arg("issuer"),
  llm: arg("llm"),
  e2b: arg("e2b"),
});
console.log(JSON.stringify({ ready: stack.urls }));

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void stack.close().then(() => process.exit(0));
  });
}
