import { Marked, type Token, type Tokens } from "marked";
import { MAX_CODE_CHARS, runLanguageOf, type RunLanguage } from "../../rules/code-execution";
import { appError } from "../lib/errors";

// Same options as SafeText's parser, so block N here is the N-th <pre> there.
const parser = new Marked({ gfm: true, async: false });

/** Every code block (fenced or indented) of a reply, in document order, as SafeText renders them. */
export function codeBlocksOf(markdown: string): Tokens.Code[] {
  const blocks: Tokens.Code[] = [];
  parser.walkTokens(parser.lexer(markdown), (token: Token) => {
    if (token.type === "code") blocks.push(token as Tokens.Code);
  });
  return blocks;
}

/**
 * The code block the user asked to run, taken from the stored reply: the
 * client names only its position, never the code. Throws `invalid_input` for
 * a missing block, a language we don't run, or code over the size limit.
 */
export function runnableBlockAt(markdown: string, index: number): { code: string; language: RunLanguage } {
  const block = Number.isSafeInteger(index) && index >= 0 ? codeBlocksOf(markdown)[index] : undefined;
  if (!block) throw appError("invalid_input", { message: "That code block isn't in this reply." });
  const language = block.codeBlockStyle === "indented" ? null : runLanguageOf(block.lang);
  if (!language) throw appError("invalid_input", { message: "Only Python, JavaScript and TypeScript code can run." });
  if (block.text.length > MAX_CODE_CHARS) {
    throw appError("invalid_input", {
      message: `This code is over the ${MAX_CODE_CHARS.toLocaleString("en-US")}-character limit for running.`,
    });
  }
  if (block.text.trim() === "") throw appError("invalid_input", { message: "This code block is empty." });
  return { code: block.text, language };
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}
