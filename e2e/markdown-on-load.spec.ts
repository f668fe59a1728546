import { expect, test } from "./support/fixtures";

// Issue 18.5: on a full load the reply used to show as raw markdown (`**…**`,
// backticks) until SafeText's chunk arrived. Recorded from the first byte of
// the document: every text node added or changed, at every DOM mutation.
const RECORD_RAW_MARKDOWN = `
  window.__rawMarkdownSeen = [];
  window.__previewSeen = false;
  const RAW = /\\*\\*|\`/;
  const check = (text) => {
    const parent = text.parentElement;
    if (parent && (parent.closest("script, style, textarea"))) return;
    if (RAW.test(text.data)) window.__rawMarkdownSeen.push(text.data.slice(0, 80));
  };
  const scan = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return check(node);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.matches('[data-testid="markdown-preview"]') || node.querySelector('[data-testid="markdown-preview"]')) window.__previewSeen = true;
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) check(walker.currentNode);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "characterData") check(record.target);
      record.addedNodes.forEach(scan);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
`;

test("a full load never shows a reply's raw markdown, even while SafeText is still loading", async ({
  page,
  chatPage,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const reply = await chatPage.sendAndWait("What does the offline model say");
  // The demo reply opens with **Offline demo model** and an inline `model id`.
  await expect(chatPage.replyText(reply).locator("strong")).toContainText("Offline demo model");

  // Hold SafeText's chunk back so the moment before it arrives is long enough to see.
  await page.route(/\/assets\/SafeText-[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await page.addInitScript({ content: RECORD_RAW_MARKDOWN });
  await page.reload();

  const replyAfterLoad = chatPage.lastReply();
  await expect(chatPage.replyText(replyAfterLoad).locator("strong")).toContainText("Offline demo model");
  const seen = (await page.evaluate("({ raw: window.__rawMarkdownSeen, preview: window.__previewSeen })")) as {
    raw: string[];
    preview: boolean;
  };
  expect(seen.raw, "text nodes with raw markdown during the load").toEqual([]);
  expect(seen.preview, "the plain-text preview showed before SafeText (so the load was really sampled before it)").toBe(
    true,
  );
  await expect(chatPage.replyText(replyAfterLoad)).toContainText("Offline demo model");
  await expect(chatPage.replyText(replyAfterLoad)).not.toContainText("**");
});
