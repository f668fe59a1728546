// What an upload must be, checked the same way by the documents page (before
// sending) and the server (which never trusts the page). Each refusal says
// what to do about it.
import { htmlToText } from "./docs-html";
import { checkControlChars } from "./input/control-chars";
import { type DocumentKind, kindOfFileName, MAX_DOCUMENT_BYTES, MAX_TITLE_LENGTH, utf8Bytes } from "./docs-limits";

export type UploadCheck =
  | { ok: true; kind: DocumentKind; title: string; text: string; bytes: number }
  | { ok: false; field: "fileName" | "content" | "title"; message: string };

const KB = 1024;

export function tooLargeMessage(bytes: number): string {
  return `That file is ${Math.ceil(bytes / KB)} KB; the limit is ${MAX_DOCUMENT_BYTES / KB} KB. Split it into smaller documents.`;
}

export function checkUpload(input: { fileName: string; content: string; title?: string }): UploadCheck {
  const kind = kindOfFileName(input.fileName);
  if (kind === undefined) {
    return {
      ok: false,
      field: "fileName",
      message: "Only Markdown (.md), plain text (.txt) and HTML (.html) files can be uploaded.",
    };
  }
  const bytes = utf8Bytes(input.content);
  if (bytes > MAX_DOCUMENT_BYTES) {
    return { ok: false, field: "content", message: tooLargeMessage(bytes) };
  }
  // NUL and other control characters (tab and line breaks pass) mean a binary file renamed to .md or .txt.
  if (checkControlChars(input.content).verdict === "reject") {
    return {
      ok: false,
      field: "content",
      message: "That file looks binary, not text. Upload Markdown, plain text or HTML.",
    };
  }
  const text = kind === "html" ? htmlToText(input.content) : input.content.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, field: "content", message: "That file has no text to search." };
  const title = (input.title ?? input.fileName.replace(/\.[^.]+$/, "")).trim();
  if (title === "" || title.length > MAX_TITLE_LENGTH) {
    return { ok: false, field: "title", message: `A title must be 1 to ${MAX_TITLE_LENGTH} characters.` };
  }
  return { ok: true, kind, title, text, bytes };
}
