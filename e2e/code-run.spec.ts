import { OFFLINE_E2B_API_KEY } from "../scripts/harness/e2b-server/server";
import { CodeRunPanel } from "./pages/CodeRunPanel";
import { setBackendEnv } from "./support/backend-env";
import { seriousViolations } from "./support/axe";
import { expect, test } from "./support/fixtures";
import { CODE_RUN_TIMEOUT_MS } from "./support/stack-config";

// The offline stack runs code through the local E2B stand-in (NOT a sandbox),
// reached by the real SDK; the demo model answers "python code to run" with a
// Python block (scripts/harness/llm-server/code-reply.ts).

test("Run on a reply's Python block shows its stdout, and a reload keeps it", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const reply = await chatPage.sendAndWait("Please give me python code to run");
  const panel = CodeRunPanel.of(reply);
  await expect(panel.runButton).toHaveText(/^Run/);
  await panel.runButton.click();
  await expect(panel.stdout).toHaveText("hello from the sandbox\n42\n", { timeout: 15_000 });
  await expect(panel.status).toContainText("Finished");
  await expect(panel.output).toHaveAttribute("data-status", "done");
  expect(await seriousViolations(page)).toEqual([]);

  await page.reload();
  const again = CodeRunPanel.of(chatPage.lastReply());
  await expect(again.stdout).toHaveText("hello from the sandbox\n42\n");
  await expect(again.runButton).toHaveText(/Run again/);
});

test("an infinite loop stops at the run timeout with a clear message", async ({ page, chatPage, signInAsNewUser }) => {
  await signInAsNewUser();
  const reply = await chatPage.sendAndWait("python code to run forever, please");
  const panel = CodeRunPanel.of(reply);
  await panel.runButton.click();
  await expect(panel.runButton).toBeDisabled();
  // Output streams while it runs: the first line shows while the run is still running. Checked in the page, in
  // one read, so a slow machine cannot fail it by being late nor pass it with output that only came at the end.
  await page.waitForFunction(
    () => {
      const run = [...document.querySelectorAll('[data-testid="code-run"]')].at(-1);
      const status = run?.querySelector('[data-testid="code-run-output"]')?.getAttribute("data-status");
      return (
        status === "running" && run?.querySelector('[data-testid="code-run-stdout"]')?.textContent?.includes("looping…")
      );
    },
    undefined,
    { timeout: CODE_RUN_TIMEOUT_MS + 15_000 },
  );
  await expect(panel.output).toHaveAttribute("data-status", "timeout", { timeout: CODE_RUN_TIMEOUT_MS + 15_000 });
  await expect(panel.status).toHaveText(`Stopped after ${CODE_RUN_TIMEOUT_MS / 1000} s: the time limit for one run.`);
  await expect(panel.runButton).toBeEnabled();
});

test("without E2B_API_KEY the deployment offers no Run button, and the reply still renders its code", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const reply = await chatPage.sendAndWait("Please give me python code to run");
  await expect(CodeRunPanel.of(reply).runButton).toBeVisible();
  await setBackendEnv({ E2B_API_KEY: undefined });
  try {
    await page.reload();
    const again = chatPage.lastReply();
    await expect(again.locator("pre code")).toContainText("print");
    // Once the server has said code execution is off, and only then, the absence of buttons means something.
    await expect(again.getByTestId("runnable-reply")).toHaveAttribute("data-code-runs", "off");
    await expect(again.getByTestId("run-code")).toHaveCount(0);
  } finally {
    await setBackendEnv({ E2B_API_KEY: OFFLINE_E2B_API_KEY });
  }
  await page.reload();
  await expect(CodeRunPanel.of(chatPage.lastReply()).runButton).toBeVisible();
});
