import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_BYTES } from "./docs-limits";
import { checkUpload } from "./docs-upload";

describe("checkUpload", () => {
  it("accepts Markdown, text and HTML (converted), titled from the file name", () => {
    expect(checkUpload({ fileName: "Guide.md", content: "# Hi\n\nthere" })).toMatchObject({
      ok: true,
      kind: "markdown",
      title: "Guide",
      bytes: 11,
    });
    expect(checkUpload({ fileName: "notes.TXT", content: "a\r\nb" })).toMatchObject({
      ok: true,
      kind: "text",
      text: "a\nb",
    });
    expect(checkUpload({ fileName: "page.html", content: "<h1>T</h1><p>x</p>", title: " Page " })).toMatchObject({
      ok: true,
      kind: "html",
      text: "# T\n\nx",
      title: "Page",
    });
  });

  it("refuses other types, oversize, binary and empty files with a reason and the field at fault", () => {
    expect(checkUpload({ fileName: "slides.pdf", content: "x" })).toMatchObject({ ok: false, field: "fileName" });
    expect(checkUpload({ fileName: "noext", content: "x" })).toMatchObject({ ok: false, field: "fileName" });
    const big = checkUpload({ fileName: "big.md", content: "é".repeat(MAX_DOCUMENT_BYTES / 2 + 1) });
    expect(big).toMatchObject({ ok: false, field: "content" });
    expect(!big.ok && big.message).toMatch(/limit is 256 KB/);
    expect(checkUpload({ fileName: "a.txt", content: "ab\u0000cd" })).toMatchObject({ ok: false, field: "content" });
    expect(checkUpload({ fileName: "a.html", content: "<script>x</script>" })).toMatchObject({
      ok: false,
      field: "content",
    });
    expect(checkUpload({ fileName: "a.md", content: "x", title: "t".repeat(201) })).toMatchObject({
      ok: false,
      field: "title",
    });
  });

  it("counts UTF-8 bytes, not characters, at the limit", () => {
    expect(checkUpload({ fileName: "a.md", content: "a".repeat(MAX_DOCUMENT_BYTES) }).ok).toBe(true);
    expect(checkUpload({ fileName: "a.md", content: "a".repeat(MAX_DOCUMENT_BYTES - 1) + "é" }).ok).toBe(false);
  });
});
