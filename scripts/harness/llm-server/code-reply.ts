import { messageText } from "./reply.ts";
import type { ChatMessage } from "./schemas.ts";

// A deterministic demo reply with code to run (issue 17): a prompt asking for
// "python code to run" gets a Python block (one that loops forever when the
// prompt also says "forever"), so the Run button can be tried and tested
// offline whatever the other demo replies become.
const PRINTS = ["```python", 'print("hello from the sandbox")', "print(6 * 7)", "```"].join("\n");
const LOOPS = ["```python", 'print("looping…", flush=True)', "while True:", "    pass", "```"].join("\n");

export function codeReplyFor(messages: ChatMessage[]): string | null {
  const lastUser = messages.findLast((message) => message.role === "user");
  const prompt = lastUser ? messageText(lastUser).toLowerCase() : "";
  if (!prompt.includes("python code to run")) return null;
  const forever = prompt.includes("forever");
  return `**Offline demo model** — here is Python code to run${forever ? " (it never ends)" : ""}:\n\n${forever ? LOOPS : PRINTS}\n`;
}
