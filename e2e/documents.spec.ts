import { DocumentsPage } from "./pages/DocumentsPage";
import { expect, test } from "./support/fixtures";

test("upload a document and see it listed as ready; a wrong type is refused with a reason", async ({ page, signInAsNewUser }) => {
  await signInAsNewUser();
  const docs = new DocumentsPage(page);
  await docs.open();

  await docs.upload("slides.pdf", "%PDF-1.7", "application/pdf");
  await expect(docs.uploadError).toContainText("Only Markdown (.md), plain text (.txt) and HTML (.html)");

  await docs.upload("kettle-guide.md", "# Kettle\n\n## Descaling\n\nDescale monthly with white vinegar.\n\n## Warranty\n\nTwo years on the element.");
  await expect(docs.uploadOk).toContainText("kettle-guide");
  await expect(docs.status("kettle-guide")).toHaveText("Ready");
  await expect(docs.row("kettle-guide")).toContainText("2 passages");

  await docs.row("kettle-guide").getByTestId("docs-delete").click();
  await expect(docs.row("kettle-guide")).toHaveCount(0);
});

test("the offline stack's demo corpus is in the workspace, ready, and read-only for a plain user", async ({ page, signInAsNewUser }) => {
  await signInAsNewUser();
  const docs = new DocumentsPage(page);
  await docs.open();
  await docs.corpus("workspace").click();
  await expect(docs.status("README")).toHaveText("Ready");
  await expect(docs.status("Admin and observability")).toHaveText("Ready");
  await expect(docs.fileInput).toHaveCount(0);
  await expect(docs.row("README").getByTestId("docs-delete")).toHaveCount(0);
});
