import type { Locator, Page } from "@playwright/test";

/** /documents: corpora, upload, the document list with status. */
export class DocumentsPage {
  readonly root: Locator;
  readonly fileInput: Locator;
  readonly uploadError: Locator;
  readonly uploadOk: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("docs-page");
    this.fileInput = page.getByTestId("docs-file-input");
    this.uploadError = page.getByTestId("docs-upload-error");
    this.uploadOk = page.getByTestId("docs-upload-ok");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("nav-documents").click();
    await this.root.waitFor();
  }

  corpus = (which: "personal" | "workspace") => this.page.getByTestId(`docs-corpus-${which}`);
  row = (title: string) => this.page.locator(`[data-testid="docs-row"][data-title="${title}"]`);
  status = (title: string) => this.row(title).getByTestId("docs-status");

  async upload(name: string, content: string, mimeType = "text/markdown"): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }
}
