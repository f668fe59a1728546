// Saves text as a file the browser downloads (exports of conversations and of
// all of a user's data). A blob: URL in a detached link: no HTML sink, nothing
// Trusted Types guards, and no server round trip for the file itself.

/** Kept until the download has surely started; revoking at once can cancel it. */
const REVOKE_AFTER_MS = 60_000;

export function saveFile(fileName: string, text: string, type: "application/json" | "text/markdown") {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** A file name from a title: letters, digits and dashes only, never empty. */
export function fileNameFrom(title: string, extension: "json" | "md"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${slug || "chat"}.${extension}`;
}
