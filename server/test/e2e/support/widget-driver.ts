import type { FrameLocator, Locator, Page } from "playwright-core";

/**
 * How a shopper uses the widget, in Playwright terms. The bubble sits in the loader's shadow root (CSS
 * locators pierce open shadow roots); the chat is the cross-origin iframe.
 */
export function widget(page: Page) {
  const bubble: Locator = page.locator("[data-relevo-widget] button.bubble");
  const frame: FrameLocator = page.frameLocator("[data-relevo-widget] iframe");
  const log = frame.locator("ol.log");
  return {
    bubble,
    badge: page.locator("[data-relevo-widget] .badge"),
    panel: page.locator("[data-relevo-widget] .panel"),
    iframe: page.locator("[data-relevo-widget] iframe"),
    frame,
    log,
    messages: (author: "visitor" | "ai" | "agent" | "system") => log.locator(`li.msg.${author}`),
    input: frame.locator("textarea#relevo-text"),
    async open() {
      await bubble.click();
      await frame.locator("textarea#relevo-text, input#relevo-email").first().waitFor();
    },
    /** The conversation the iframe keeps in its own origin's storage (what a reload resumes). */
    async conversationId(): Promise<string> {
      const chatFrame = page.frames().find((f) => f.url().includes("/widget/"));
      const stored = await chatFrame?.evaluate(() => localStorage.getItem("relevo:northwind:session"));
      const id: unknown = stored ? JSON.parse(stored).id : null;
      if (typeof id !== "string") throw new Error("the widget has no conversation yet");
      return id;
    },
    async ask(text: string) {
      const before = await log.locator("li.msg.ai, li.msg.system").count();
      await frame.locator("textarea#relevo-text").fill(text);
      await frame.locator("textarea#relevo-text").press("Enter");
      await log.locator("li.msg.ai, li.msg.system").nth(before).waitFor();
    },
  };
}
