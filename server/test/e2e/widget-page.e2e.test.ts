import { describe, expect, it } from "vitest";
import { supportAgent } from "./support/agent.js";
import { type FlakySocket, flakyChatSocket } from "./support/flaky-network.js";
import { newShopper, screenshot } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

describe("the widget on the store's pages", () => {
  const stage = useStage();

  it("speaks Spanish on a Spanish page", async () => {
    const shopper = await newShopper(stage.browser, `${stage.store.origin}/es`);
    const chat = widget(shopper.page);
    expect(await chat.bubble.getAttribute("aria-label")).toBe("Abrir el chat");
    await chat.open();
    expect(await chat.frame.locator("h1").textContent()).toBe("Chatea con nosotros");
    expect(await chat.input.getAttribute("placeholder")).toBe("Pregunta por envíos, devoluciones…");
    await expect.poll(() => chat.messages("ai").first().textContent()).toContain("Soy el asistente de Northwind Threads");
    await chat.ask("¿Cuánto tiempo tengo para devolver un artículo?");
    expect(await chat.messages("visitor").last().locator(".who").textContent()).toBe("Tú");
    expect(await chat.frame.locator("html").getAttribute("lang")).toBe("es");
    await shopper.close();
  });

  it("fills the whole screen on a phone", async () => {
    const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
    const shopper = await newShopper(stage.browser, stage.store.origin, phone);
    const chat = widget(shopper.page);
    await screenshot(shopper.page, "widget-mobile-closed");
    await chat.open();
    await chat.ask("Do you offer express shipping?");
    expect(await chat.iframe.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    // The bubble hides under the full-screen chat; the chat's own ✕ closes it.
    expect(await chat.bubble.isVisible()).toBe(false);
    await screenshot(shopper.page, "widget-mobile-answer");
    await chat.frame.getByRole("button", { name: "Close chat" }).click();
    await expect.poll(() => chat.bubble.isVisible()).toBe(true);
    await shopper.close();
  });

  it("shows an unread badge for replies that arrive while the chat is closed, and a person joining by name", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    // Asking for a person is consent: straight to the email question, no "connect me?" offer.
    await chat.frame.getByRole("button", { name: "Talk to a person" }).click();
    await chat.frame.locator("input#relevo-email").fill("ana@example.com");
    await chat.frame.locator("input#relevo-email").press("Enter");
    await expect.poll(() => chat.frame.getByTestId("status").textContent()).toBe("Waiting for a person to join…");
    const id = await chat.conversationId();
    // Sam exists before the chat closes, so his claim lands within milliseconds of closing: the join
    // message must count as unread even then (it used to be missed while the hidden iframe waited for a frame).
    const sam = await supportAgent(stage.relevo.relevo, "Sam");
    await shopper.page.keyboard.press("Escape");
    await expect.poll(() => chat.panel.isHidden()).toBe(true);
    expect(await chat.badge.isHidden()).toBe(true);

    await sam.claim(id);
    await sam.reply(id, "Hi Ana, I can engrave that for you.");
    await expect.poll(() => chat.badge.textContent()).toBe("2");
    expect(await chat.bubble.getAttribute("aria-label")).toBe("Open chat, 2 new messages");
    await screenshot(shopper.page, "widget-unread-badge");

    await chat.bubble.click();
    expect(await chat.badge.isHidden()).toBe(true);
    expect(await chat.frame.getByTestId("status").textContent()).toBe("You are chatting with Sam");
    expect(await chat.messages("system").last().textContent()).toContain("Sam joined the conversation");
    const reply = chat.messages("agent").last();
    expect(await reply.locator(".who").textContent()).toBe("Sam");
    expect(await reply.locator(".text").textContent()).toBe("Hi Ana, I can engrave that for you.");
    expect(await chat.frame.getByRole("button", { name: "Talk to a person" }).count()).toBe(0);
    await shopper.close();
  });

  it("runs on Relevo's own /demo store page, which switches the widget's language with the page's", async () => {
    const shopper = await newShopper(stage.browser, `${stage.relevo.url}/demo`);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("Is shipping free?");
    expect(await chat.messages("ai").last().locator(".sources a").count()).toBeGreaterThan(0);
    await screenshot(shopper.page, "demo-store-widget");
    await shopper.page.getByRole("button", { name: "ES" }).click();
    await shopper.page.waitForLoadState("load");
    await expect.poll(() => chat.bubble.getAttribute("aria-label")).toBe("Abrir el chat");
    await shopper.close();
  });

  it("reconnects after the connection drops and catches up on the reply it missed, shown once", async () => {
    const network: { socket?: FlakySocket } = {};
    const shopper = await newShopper(stage.browser, stage.store.origin, {}, async (context) => {
      network.socket = await flakyChatSocket(context);
    });
    const socket = network.socket;
    if (!socket) throw new Error("no socket route");
    const chat = widget(shopper.page);
    await chat.open();
    await chat.frame.getByRole("button", { name: "Talk to a person" }).click();
    await chat.frame.locator("input#relevo-email").fill("lee@example.com");
    await chat.frame.locator("input#relevo-email").press("Enter");
    await expect.poll(() => chat.frame.getByTestId("status").textContent()).toBe("Waiting for a person to join…");

    await socket.cut();
    await expect.poll(() => chat.frame.getByTestId("status").textContent()).toBe("Connection lost. Reconnecting…");
    const kim = await supportAgent(stage.relevo.relevo, "Kim");
    const id = await chat.conversationId();
    await kim.claim(id);
    await kim.reply(id, "Sorry for the wait, Lee.");
    await expect.poll(() => socket.attempts, { timeout: 10_000 }).toBeGreaterThan(1); // a retry was refused
    socket.restore();

    await expect.poll(() => chat.messages("agent").allTextContents(), { timeout: 15_000 }).toEqual(["KimSorry for the wait, Lee."]);
    expect(await chat.frame.getByTestId("status").textContent()).toBe("You are chatting with Kim");
    await shopper.close();
  });
});
