import { Sandbox } from "@e2b/code-interpreter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startE2bServer, type RunningE2bServer } from "./server.ts";

// The real SDK against the stand-in, configured only through E2B's own options.
let server: RunningE2bServer;
const opts = () => ({ apiKey: server.apiKey, apiUrl: server.url, sandboxUrl: server.url, timeoutMs: 60_000 });

beforeAll(async () => {
  server = await startE2bServer({ maxRunMs: 2_000, memoryBytes: 256 * 1_048_576 });
});
afterAll(() => server.close());

describe("E2B stand-in, driven by @e2b/code-interpreter", { timeout: 30_000 }, () => {
  it("creates a sandbox and streams Python stdout, stderr and results", async () => {
    const sandbox = await Sandbox.create(opts());
    const seen: string[] = [];
    const execution = await sandbox.runCode(
      'import sys, json\nprint("hello")\nprint("warn", file=sys.stderr)\nprint("__E2B_RESULT__ " + json.dumps({"png": "iVBORw0KGgo=", "text": "<Figure>"}))',
      { language: "python", onStdout: (m) => void seen.push(m.line) },
    );
    expect(seen).toEqual(["hello\n"]);
    expect(execution.logs.stderr.join("")).toBe("warn\n");
    expect(execution.results[0]?.png).toBe("iVBORw0KGgo=");
    expect(execution.error).toBeUndefined();
  });

  it("reports an exception as E2B's error with name, value and traceback", async () => {
    const sandbox = await Sandbox.create(opts());
    const execution = await sandbox.runCode("def f():\n    return 1 / 0\nf()", { language: "python" });
    expect(execution.error?.name).toBe("ZeroDivisionError");
    expect(execution.error?.value).toBe("division by zero");
    expect(execution.error?.traceback).toMatch(/File "<cell>", line 2, in f/);
  });

  it("runs JavaScript and TypeScript", async () => {
    const sandbox = await Sandbox.create(opts());
    const js = await sandbox.runCode("console.log([1,2,3].map((x) => x * 2).join(','))", { language: "javascript" });
    expect(js.logs.stdout.join("")).toBe("2,4,6\n");
    const ts = await sandbox.runCode("const n: number = 7; console.log(n * 6)", { language: "typescript" });
    expect(ts.logs.stdout.join("")).toBe("42\n");
    const thrown = await sandbox.runCode("throw new TypeError('nope')", { language: "javascript" });
    expect(thrown.error).toMatchObject({ name: "TypeError", value: "nope" });
  });

  it("connects, renews the timeout, kills; a gone sandbox is 'not found'", async () => {
    const sandbox = await Sandbox.create(opts());
    const again = await Sandbox.connect(sandbox.sandboxId, opts());
    await again.setTimeout(120_000);
    expect((await Sandbox.getInfo(sandbox.sandboxId, opts())).endAt.getTime()).toBeGreaterThan(Date.now() + 100_000);
    expect(await again.kill()).toBe(true);
    await expect(Sandbox.connect(sandbox.sandboxId, opts())).rejects.toMatchObject({ name: "SandboxNotFoundError" });
    await expect(sandbox.runCode("print(1)")).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("an injected expiry makes a live sandbox vanish before its timeout", async () => {
    const sandbox = await Sandbox.create(opts());
    const res = await fetch(`${server.url}/__control/expire?id=${sandbox.sandboxId}`, { method: "POST" });
    expect(await res.json()).toEqual({ expired: 1 });
    await expect(sandbox.setTimeout(60_000)).rejects.toMatchObject({ name: "SandboxNotFoundError" });
  });

  it("an infinite loop stops at the SDK's timeout, and the process is killed", async () => {
    const sandbox = await Sandbox.create(opts());
    await expect(sandbox.runCode("while True:\n    pass", { timeoutMs: 800 })).rejects.toMatchObject({
      name: "TimeoutError",
    });
    // The stand-in saw the client go: the next run starts promptly in the same sandbox.
    expect((await sandbox.runCode("print('next')")).logs.stdout).toEqual(["next\n"]);
  });

  it("stops a run at its own cap even when the client waits forever", async () => {
    const sandbox = await Sandbox.create(opts());
    const execution = await sandbox.runCode("import time\ntime.sleep(30)", { timeoutMs: 20_000 });
    expect(execution.error?.name).toBe("TimeoutError");
  });

  it("caps memory", async () => {
    const sandbox = await Sandbox.create(opts());
    const execution = await sandbox.runCode("x = bytearray(1024 * 1024 * 1024)", { language: "python" });
    expect(execution.error?.name).toBe("MemoryError");
  });

  it("refuses a wrong API key and runs nothing for it", async () => {
    await expect(Sandbox.create({ ...opts(), apiKey: "e2b_wrong" })).rejects.toMatchObject({
      name: "AuthenticationError",
    });
  });

  it("listens on loopback only", async () => {
    await expect(startE2bServer({ host: "0.0.0.0" as "127.0.0.1" })).rejects.toThrow(/loopback/);
  });
});
