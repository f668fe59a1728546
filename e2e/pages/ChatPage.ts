import { expect, type Locator, type Page } from "@playwright/test";

type ReplyStatus = "pending" | "streaming" | "done" | "failed" | "stopped";

/** The signed-in chat: sidebar, thread, composer, usage meter. */
export class ChatPage {
  readonly composer: Locator;
  readonly sendButton: Locator;
  readonly charCount: Locator;
  readonly composerProblem: Locator;
  readonly thread: Locator;
  readonly messages: Locator;
  readonly userMessages: Locator;
  readonly replies: Locator;
  readonly conversationList: Locator;
  readonly conversationItems: Locator;
  readonly newConversation: Locator;
  readonly usageMeter: Locator;
  /** "Spent today" as the meter writes it: "$0.000012 of $1.00" (spent plus any hold in progress). */
  /** The spend meter row; its title holds the exact (unrounded) amounts. */
  readonly spendExact: Locator;
  readonly limitNotice: Locator;
  readonly limitCountdown: Locator;
  readonly notFound: Locator;
  readonly signOut: Locator;

  constructor(readonly page: Page) {
    this.composer = page.getByTestId("composer-input");
    this.sendButton = page.getByTestId("send-button");
    this.charCount = page.getByTestId("char-count");
    this.composerProblem = page.getByTestId("composer-problem");
    this.thread = page.getByTestId("thread");
    this.messages = page.getByTestId("message");
    this.userMessages = page.locator('[data-testid="message"][data-role="user"]');
    this.replies = page.locator('[data-testid="message"][data-role="assistant"]');
    this.conversationList = page.getByTestId("conversation-list");
    this.conversationItems = page.getByTestId("conversation-item");
    this.newConversation = page.getByTestId("new-conversation");
    this.usageMeter = page.getByTestId("usage-meter");
    this.spendExact = page.getByTestId("usage-spend");
    this.limitNotice = page.getByTestId("limit-notice");
    this.limitCountdown = page.getByTestId("limit-countdown");
    this.notFound = page.getByTestId("not-found");
    this.signOut = page.getByTestId("sign-out");
  }

  lastReply(): Locator {
    return this.replies.last();
  }

  /** The reply's text only (not its status line or buttons). */
  replyText(reply: Locator = this.lastReply()): Locator {
    return reply.getByTestId("message-content");
  }

  /** What the reply cost, as its meta line shows it ("$0.000012"). */
  replyCost(reply: Locator = this.lastReply()): Locator {
    return reply.getByTestId("message-cost");
  }

  /** Turns on Docs mode in the composer and picks the corpus to ask. */
  async useDocs(corpus: "personal" | "workspace"): Promise<void> {
    await this.page.getByTestId("composer-docs-toggle").check();
    await this.page.getByTestId("composer-docs-corpus").selectOption(corpus);
  }

  /** A reply's citation links ("[1] Title › Heading") and the passage one opens. */
  citationLinks(reply: Locator = this.lastReply()): Locator {
    return reply.getByTestId("citation-link");
  }

  citationPassage(reply: Locator = this.lastReply()): Locator {
    return reply.getByTestId("citation-passage");
  }

  /** The composer's model picker (issue 20): "Default" or one of the tier's models. */
  modelPicker(): Locator {
    return this.page.getByTestId("model-picker");
  }

  async pickModel(provider: string, model: string): Promise<void> {
    await this.modelPicker().selectOption(`${provider}|${model}`);
  }

  async send(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press("Enter");
  }

  /** Sends and waits for the new reply to reach `status`. Returns the reply. */
  async sendAndWait(text: string, status: ReplyStatus = "done", timeout = 15_000): Promise<Locator> {
    const before = await this.replies.count();
    await this.send(text);
    await expect(this.replies).toHaveCount(before + 1);
    const reply = this.replies.nth(before);
    await expect(reply).toHaveAttribute("data-status", status, { timeout });
    return reply;
  }

  /** The id in /c/<id>. */
  conversationId(): string {
    const match = /\/c\/([^/?#]+)/.exec(this.page.url());
    if (!match?.[1]) throw new Error(`not on a conversation URL: ${this.page.url()}`);
    return match[1];
  }
}
