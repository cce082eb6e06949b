import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newShopper } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { type StorePage, startStorePage } from "./support/store-page.js";
import { widget } from "./support/widget-driver.js";

describe("which sites may embed the chat", () => {
  const stage = useStage();
  let otherSite: StorePage;

  beforeAll(async () => {
    otherSite = await startStorePage(stage.relevo.url);
    await stage.relevo.setAllowedOrigins([stage.store.origin]);
  });
  afterAll(async () => {
    await stage.relevo.setAllowedOrigins([]);
    await otherSite.close();
  });

  it("works on the store's allowed origin, whose CSS cannot restyle it", async () => {
    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("Do you ship to Canada?");
    // The store's page paints every button hot pink; the bubble (shadow DOM) and chat (iframe) stay ours.
    expect(await chat.bubble.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(31, 95, 91)");
    await shopper.close();
  });

  it("does not appear on a site that is not an allowed origin: the chat page is refused", async () => {
    const shopper = await newShopper(stage.browser, otherSite.origin);
    await expect.poll(() => shopper.responses.find((r) => r.url().includes("/widget/?"))?.status()).toBe(403);
    // The loader shows its bubble only once the chat answers the handshake, so nothing dead appears.
    await shopper.page.waitForTimeout(500);
    expect(await widget(shopper.page).bubble.isVisible()).toBe(false);
    await shopper.close();
  });

  it("cannot be framed by a site that claims to be the store: the browser enforces frame-ancestors", async () => {
    const forged = `${otherSite.origin}/forged?parent=${encodeURIComponent(stage.store.origin)}`;
    const shopper = await newShopper(stage.browser, forged);
    await expect.poll(() => shopper.responses.some((r) => r.url().includes("/widget/?"))).toBe(true);
    const served = shopper.responses.find((r) => r.url().includes("/widget/?"));
    expect(served?.status()).toBe(200); // no Referer to contradict the claim, so the server answers…
    expect(served?.headers()["content-security-policy"]).toContain(`frame-ancestors ${stage.store.origin}`);
    await shopper.page.waitForTimeout(500);
    // …but Chromium refuses to render it inside the other site, so no chat app runs there.
    const chatFrame = shopper.page.frames().find((f) => f !== shopper.page.mainFrame());
    expect(chatFrame?.url()).not.toContain("/widget/");
    expect(await chatFrame?.locator(".chat").count()).toBe(0);
    await shopper.close();
  });

  it("refuses a chat page request whose parent is not the embedding page (Referer) or not allowed", async () => {
    const server = stage.relevo.relevo.server;
    if (!server) throw new Error("no web server");
    const page = (parent: string, referer?: string) =>
      server.inject({ url: `/widget/?parent=${encodeURIComponent(parent)}`, headers: referer ? { referer } : {} });
    expect((await page(stage.store.origin, `${stage.store.origin}/products/tee`)).statusCode).toBe(200);
    expect((await page(stage.store.origin, `${otherSite.origin}/`)).statusCode).toBe(403);
    expect((await page(otherSite.origin)).statusCode).toBe(403);
    expect((await page("javascript:alert(1)")).statusCode).toBe(400);
    const refused = await page(otherSite.origin);
    expect(refused.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  });
});
