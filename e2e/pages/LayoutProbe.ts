import { expect, type Page } from "@playwright/test";

export const DESKTOP = { width: 1280, height: 800 } as const;
export const MOBILE = { width: 390, height: 844 } as const;

/** Pixel budgets the layout is held to (issue 18: the phone header took 187 of 844 px). */
export const BUDGETS = {
  desktop: { headerPx: 72, firstMessageTopPx: 200 },
  mobile: { headerPx: 64, firstMessageTopPx: 190 },
} as const;

/** Measures the app's chrome: how tall the header is and where the conversation's first message starts. */
export class LayoutProbe {
  constructor(readonly page: Page) {}

  async headerHeight(): Promise<number> {
    const box = await this.page.getByTestId("app-header").boundingBox();
    if (!box) throw new Error("no header on screen");
    return box.height;
  }

  /** Top of the first message, in CSS px from the top of the viewport. */
  async firstMessageTop(): Promise<number> {
    const message = this.page.getByTestId("message").first();
    await expect(message).toBeVisible();
    await this.page.evaluate(() => document.querySelector('[data-testid="thread"]')?.scrollTo(0, 0));
    const box = await message.boundingBox();
    if (!box) throw new Error("no message on screen");
    return box.y;
  }

  async expectWithin(budget: {
    headerPx: number;
    firstMessageTopPx: number;
  }): Promise<{ header: number; firstMessage: number }> {
    const header = await this.headerHeight();
    const firstMessage = await this.firstMessageTop();
    expect(header, `header height ${header} px`).toBeLessThanOrEqual(budget.headerPx);
    expect(firstMessage, `first message at ${firstMessage} px`).toBeLessThanOrEqual(budget.firstMessageTopPx);
    // Nothing pushes the page wider than the screen (a too-wide header once did on phones).
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
    return { header, firstMessage };
  }
}
