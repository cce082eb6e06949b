import { describe, expect, it } from "vitest";
import { newShopper, screenshot } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

describe("a shopper chatting in the widget on a store's page", () => {
  const stage = useStage();

  it("asks how long they have to return an item and sees the answer with a link to its source", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await screenshot(shopper.page, "store-page-with-bubble");
    await chat.open();
    await expect.poll(() => chat.messages("ai").first().textContent()).toContain("Northwind Threads assistant");
    await chat.ask("how long do I have to return an item?");
    const answer = chat.messages("ai").last();
    expect(await answer.locator(".text").textContent()).toContain("within 30 days");
    const source = answer.locator(".sources a");
    expect(await source.getAttribute("href")).toBe("https://northwind-threads.example/help/returns");
    expect(await source.getAttribute("target")).toBe("_blank");
    expect(await source.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await chat.messages("visitor").last().textContent()).toContain("how long do I have to return an item?");
    await screenshot(shopper.page, "widget-desktop-answer");
    await shopper.close();
  });

  it("asks something the store does not cover, accepts a person, fixes an invalid email and is told the team has it", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("Can you engrave my name on a piano?");
    await chat.frame.getByRole("button", { name: "Yes, connect me" }).click();
    const email = chat.frame.locator("input#relevo-email");
    await email.waitFor();
    expect(await email.evaluate((el) => el === document.activeElement)).toBe(true);
    await email.fill("not-an-email");
    await email.press("Enter");
    const error = chat.frame.locator("#relevo-email-error");
    expect(await error.textContent()).toContain("doesn't look like an email");
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    await screenshot(shopper.page, "widget-email-form");
    const repliesBefore = await chat.messages("ai").count();
    await email.fill("shopper@example.com");
    await email.press("Enter");
    await chat.messages("ai").nth(repliesBefore).waitFor();
    expect(await chat.messages("ai").last().textContent()).toContain("sent your conversation to our team");
    expect(await chat.frame.getByTestId("status").textContent()).toBe("Waiting for a person to join…");
    expect(await email.count()).toBe(0);
    await shopper.close();
  });

  it("shows a message that looks like HTML as text: no element is created and no script runs", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    const attack = "<img src=x onerror=alert(1)>";
    await chat.ask(attack);
    expect(await chat.messages("visitor").last().locator(".text").textContent()).toBe(attack);
    expect(await chat.log.locator("img").count()).toBe(0);
    expect(shopper.dialogs).toEqual([]);
    await shopper.close();
  });

  it("keeps the conversation when the shopper reloads the page", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("Which countries do you ship to?");
    const before = await chat.log.locator("li.msg").allTextContents();
    await shopper.page.reload();
    await chat.open();
    await expect.poll(() => chat.log.locator("li.msg").allTextContents()).toEqual(before);
    await chat.ask("and how long does shipping take in the US?");
    expect(await chat.messages("visitor").count()).toBe(2);
    await shopper.close();
  });

  it("is operated with the keyboard: the input takes focus on open and Escape closes and returns focus to the bubble", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.bubble.focus();
    await shopper.page.keyboard.press("Enter");
    await chat.input.waitFor();
    await expect.poll(() => chat.input.evaluate((el) => el === document.activeElement && document.hasFocus())).toBe(true);
    expect(await chat.bubble.getAttribute("aria-expanded")).toBe("true");
    await shopper.page.keyboard.press("Escape");
    await expect.poll(() => chat.panel.isHidden()).toBe(true);
    expect(await chat.bubble.getAttribute("aria-expanded")).toBe("false");
    expect(await shopper.page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.className)).toBe("bubble");
    await shopper.close();
  });

  it("shows the shopper's text at once and a typing indicator while the reply is on its way", async () => {
    let release = () => {};
    const replyHeld = new Promise<void>((resolve) => {
      release = resolve;
    });
    const shopper = await newShopper(stage.browser, stage.store.origin, {}, async (context) => {
      // Hold the turn's HTTP request so the in-between state can be seen.
      await context.route(/\/messages$/, async (route) => {
        await replyHeld;
        await route.continue();
      });
    });
    const chat = widget(shopper.page);
    await chat.open();
    await chat.input.fill("Do you ship to Spain?");
    await chat.input.press("Enter");
    await expect.poll(() => chat.frame.getByTestId("typing").textContent()).toBe("Typing…");
    expect(await chat.log.locator("li.pending .text").textContent()).toBe("Do you ship to Spain?");
    release();
    await expect.poll(() => chat.frame.getByTestId("typing").textContent()).toBe("");
    expect(await chat.log.locator("li.pending").count()).toBe(0);
    expect(await chat.messages("visitor").allTextContents()).toEqual(["YouDo you ship to Spain?"]);
    await shopper.close();
  });
});
