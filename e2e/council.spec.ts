import { CouncilPanel } from "./pages/CouncilPanel";
import { expect, test } from "./support/fixtures";
import { addLlmFault, clearLlmFaults } from "./support/llm-faults";

// A council in the browser: the toggle (pro only), the stages while it runs,
// then the final answer first and the ranking one click away.
test.afterEach(clearLlmFaults);

test("a pro user chooses the members, convenes a council and sees the stages, the final answer and the ranking", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser({ tier: "pro" });
  const marker = `council-e2e-${Date.now()}`;
  // Slow streams for this message only (every stage's prompt carries the question): time to see the stages.
  await addLlmFault({ promptIncludes: marker, fault: { tokenDelayMs: 40 } });
  await CouncilPanel.toggle(page).check();
  // Swap a default member for another model on offer (three seated: the pro maximum).
  await CouncilPanel.openMembers(page);
  await CouncilPanel.member(page, { provider: "groq", model: "llama-3.3-70b-versatile" }).uncheck();
  await CouncilPanel.member(page, { provider: "openrouter", model: "qwen/qwen3-coder" }).check();
  await chatPage.send(`Which database should I use? ${marker}`);

  const panel = new CouncilPanel(chatPage.lastReply());
  await expect(panel.progress).toBeVisible({ timeout: 15_000 });
  await expect(panel.stage("answer")).toHaveAttribute("data-state", "current");
  await expect(panel.stage("review")).toHaveAttribute("data-state", "current", { timeout: 30_000 });
  await expect(chatPage.lastReply()).toHaveAttribute("data-status", "done", { timeout: 60_000 });

  await expect(panel.council).toHaveAttribute("data-status", "done");
  await expect(panel.progress).toHaveCount(0);
  await expect(panel.final).toContainText("Chairman: openai/gpt-oss-120b");
  await panel.openDetails();
  await panel.answersTab.click();
  await expect(panel.memberTexts).toHaveCount(3);
  await expect(panel.memberTexts.nth(2)).toContainText("qwen/qwen3-coder (openrouter)");
  await expect(panel.details).not.toContainText("llama-3.3-70b-versatile");
  await panel.rankingTab.click();
  await expect(panel.rankingEntries).toHaveCount(3);

  // After a reload the council is still there, final answer first.
  await page.reload();
  await expect(new CouncilPanel(chatPage.lastReply()).final).toBeVisible();
});

test("the free tier sees no Council toggle", async ({ page, chatPage, signInAsNewUser }) => {
  await signInAsNewUser({ tier: "free" });
  await expect(chatPage.composer).toBeVisible();
  await expect(CouncilPanel.toggle(page)).toHaveCount(0);
});
