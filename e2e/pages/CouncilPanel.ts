import type { Locator } from "@playwright/test";

/** The council under a reply (src/features/council) and the composer's Council toggle. */
export class CouncilPanel {
  readonly council: Locator;
  readonly progress: Locator;
  readonly final: Locator;
  readonly details: Locator;
  readonly rankingTab: Locator;
  readonly rankingEntries: Locator;
  readonly answersTab: Locator;
  readonly memberTexts: Locator;

  constructor(readonly reply: Locator) {
    this.council = reply.getByTestId("council");
    this.progress = reply.getByTestId("council-progress");
    this.final = reply.getByTestId("council-final");
    this.details = reply.getByTestId("council-details");
    this.rankingTab = reply.getByTestId("council-tab-ranking");
    this.rankingEntries = reply.getByTestId("council-ranking-entry");
    this.answersTab = reply.getByTestId("council-tab-answers");
    this.memberTexts = reply.getByTestId("council-member-text");
  }

  stage(stage: "answer" | "review" | "chair"): Locator {
    return this.reply.getByTestId(`council-stage-${stage}`);
  }

  /** Opens the disclosure with the answers, critiques and ranking. */
  async openDetails(): Promise<void> {
    await this.details.locator("summary").click();
  }

  /** One model's checkbox in the composer's member picker (shown once Council is ticked). */
  static member(page: { getByTestId(id: string): Locator }, model: { provider: string; model: string }): Locator {
    return page.getByTestId(`council-member-${model.provider}:${model.model}`);
  }

  /** Opens the composer's member picker. */
  static async openMembers(page: { getByTestId(id: string): Locator }): Promise<void> {
    await page.getByTestId("council-members").locator("summary").click();
  }

  /** The composer's toggle (shown only to tiers that may convene a council). */
  static toggle(page: { getByTestId(id: string): Locator }): Locator {
    return page.getByTestId("council-toggle");
  }
}
