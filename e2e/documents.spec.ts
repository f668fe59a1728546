import { ChatPage } from "./pages/ChatPage";
import { DocumentsPage } from "./pages/DocumentsPage";
import { expect, test } from "./support/fixtures";

test("upload a document and see it listed as ready; a wrong type is refused with a reason", async ({
  page,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const docs = new DocumentsPage(page);
  await docs.open();

  await docs.upload("slides.pdf", "%PDF-1.7", "application/pdf");
  await expect(docs.uploadError).toContainText("Only Markdown (.md), plain text (.txt) and HTML (.html)");

  await docs.upload(
    "kettle-guide.md",
    "# Kettle\n\n## Descaling\n\nDescale monthly with white vinegar.\n\n## Warranty\n\nTwo years on the element.",
  );
  await expect(docs.uploadOk).toContainText("kettle-guide");
  await expect(docs.status("kettle-guide")).toHaveText("Ready");
  await expect(docs.row("kettle-guide")).toContainText("2 passages");

  await docs.row("kettle-guide").getByTestId("docs-delete").click();
  await expect(docs.row("kettle-guide")).toHaveCount(0);
});

test("the offline stack's demo corpus is in the workspace, ready, and read-only for a plain user", async ({
  page,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const docs = new DocumentsPage(page);
  await docs.open();
  await docs.corpus("workspace").click();
  await expect(docs.status("README")).toHaveText("Ready");
  await expect(docs.status("Admin and observability")).toHaveText("Ready");
  await expect(docs.fileInput).toHaveCount(0);
  await expect(docs.row("README").getByTestId("docs-delete")).toHaveCount(0);
});

test("ask an uploaded document in Docs mode: the answer cites it, and a citation opens the passage", async ({
  page,
  signInAsNewUser,
}) => {
  await signInAsNewUser();
  const docs = new DocumentsPage(page);
  await docs.open();
  await docs.upload(
    "kettle-guide.md",
    "# Kettle\n\n## Descaling\n\nDescale the kettle monthly with white vinegar.\n\n## Warranty\n\nThe warranty covers the heating element for two years.",
  );
  await expect(docs.status("kettle-guide")).toHaveText("Ready");

  await page.goto("/");
  const chat = new ChatPage(page);
  await chat.useDocs("personal");
  const reply = await chat.sendAndWait("How do I descale the kettle?");
  await expect(chat.replyText(reply)).toContainText("Descale the kettle monthly with white vinegar");
  await expect(chat.replyText(reply)).toContainText("[1]");
  const link = chat.citationLinks(reply).first();
  await expect(link).toContainText("[1] kettle-guide");
  await link.click();
  await expect(chat.citationPassage(reply)).toContainText("Kettle › Descaling");
  await expect(chat.citationPassage(reply).getByTestId("citation-excerpt")).toContainText("white vinegar");
});

test("Docs mode with nothing relevant says so instead of inventing an answer", async ({ page, signInAsNewUser }) => {
  await signInAsNewUser();
  await page.goto("/");
  const chat = new ChatPage(page);
  await chat.useDocs("personal");
  const reply = await chat.sendAndWait("Who painted the Mona Lisa?");
  await expect(chat.replyText(reply)).toContainText(
    "couldn't find anything relevant to your question in your documents",
  );
  await expect(chat.citationLinks(reply)).toHaveCount(0);
});
