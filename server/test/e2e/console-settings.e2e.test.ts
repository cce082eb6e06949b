import { randomUUID } from "node:crypto";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../src/app/auth/create-user.js";
import { disconnectIntegration } from "../../src/app/integrations/disconnect-integration.js";
import { createHelpdeskGateway } from "../../src/helpdesks/helpdesk-gateway.js";
import { type PrismServer, startPrism, zendeskSpec } from "../support/prism.js";
import { newShopper, screenshot } from "./support/browser.js";
import { defaultHandoffMethod } from "./support/relevo-server.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

const password = "correct horse battery";

/** An admin of this file (the e2e database is shared by every file, hence the unique address). */
async function logInAsAdmin(stage: ReturnType<typeof useStage>, name = "Alex"): Promise<{ page: Page; dialogs: string[]; close(): Promise<void> }> {
  const email = `admin-${randomUUID().slice(0, 8)}@northwind.example`;
  await createUser(stage.relevo.relevo.deps, { email, name, role: "admin", password });
  const admin = await newShopper(stage.browser, `${stage.relevo.url}/console/`, { locale: "en-US" });
  await admin.page.getByLabel("Email").fill(email);
  await admin.page.getByLabel("Password").fill(password);
  await admin.page.getByRole("button", { name: "Log in" }).click();
  await admin.page.getByRole("navigation", { name: "Main" }).waitFor();
  return admin;
}

describe("the console's settings", () => {
  const stage = useStage();
  let prism: PrismServer;
  beforeAll(async () => {
    prism = await startPrism(zendeskSpec);
  }, 120_000);
  afterEach(() => stage.relevo.setHandoffMethod(defaultHandoffMethod));
  afterAll(async () => {
    await disconnectIntegration(stage.relevo.relevo.deps, "zendesk").catch(() => undefined);
    await prism?.stop();
  });

  it("leads an admin who picks Zendesk without a connection into connecting it, then saves; a waiting delivery can be retried", async () => {
    // The shared harness starts Relevo without RELEVO_ZENDESK_BASE_URL; this is the gateway that env var builds.
    stage.relevo.relevo.deps.helpdesks = createHelpdeskGateway({ baseUrls: { zendesk: prism.url }, timeoutMs: 10_000 });
    const admin = await logInAsAdmin(stage);
    const page = admin.page;
    await page.getByRole("link", { name: "Agent handoff" }).click();
    await page.getByRole("heading", { level: 1, name: "Agent handoff" }).waitFor();
    await page.getByRole("radio", { name: /^Zendesk/ }).check();
    await page.getByText("Zendesk is not connected yet. Connect it here, then save.").waitFor();

    // Saving anyway: the server refuses (409) and its message is shown, with the connect form right there.
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const refused = page.locator("#handoff-form [role=alert]");
    await expect.poll(() => refused.textContent()).toMatch(/zendesk/i);
    const connect = page.getByRole("form", { name: "Connect Zendesk" });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("account");
    await screenshot(page, "console-handoff-connect");

    await connect.getByLabel("Zendesk subdomain").fill("northwind");
    await connect.getByLabel("Agent email").fill("agent@northwind.example");
    await connect.getByLabel("API token").fill("zd-token-secret-123");
    await connect.getByRole("button", { name: "Verify and save" }).click();
    await page.getByText("Zendesk is connected. Now save your handoff choice.").waitFor();
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. New handoffs use this method.").waitFor();
    expect((await stage.relevo.relevo.deps.settings()).handoffMethod).toEqual({ kind: "helpdesk", destination: "zendesk" });
    await screenshot(page, "console-handoff");

    await page.getByRole("link", { name: "Integrations" }).click();
    const card = page.getByRole("region", { name: "Zendesk" });
    await expect.poll(() => card.textContent()).toContain("Johnny Agent (agent) at northwind.zendesk.com");

    // A shopper hands off to Zendesk; delivery jobs are off in this harness, so it waits, pending, for a retry.
    const shopperEmail = `kim-${randomUUID().slice(0, 6)}@example.com`;
    await converse(stage.relevo.url, ["I want to talk to a person", shopperEmail]);
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: "The shopper asked for a person" }).last();
    await expect.poll(() => row.textContent()).toContain("Pending");
    await row.getByRole("button", { name: "Retry now" }).click();
    await page.getByText("Retry queued.").waitFor();
    await screenshot(page, "console-integrations");
    expect(admin.dialogs).toEqual([]);
    await admin.close();
  });

  it("saves a custom message that a shopper then sees, with its link", async () => {
    const admin = await logInAsAdmin(stage);
    const page = admin.page;
    await page.goto(`${stage.relevo.url}/console/#/settings/handoff`);
    await page.getByRole("radio", { name: /^Send a message/ }).check();
    await page.getByLabel("Message in English").fill("We can't help with that here. Our [help center](https://northwind-threads.example/help) can.");
    await page.getByLabel("Message for any other language").fill("See https://northwind-threads.example/help");
    await expect.poll(() => page.locator(".links-preview a").first().getAttribute("href")).toBe("https://northwind-threads.example/help");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Saved. New handoffs use this method.").waitFor();
    await screenshot(page, "console-handoff-message");

    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("Can you engrave my name on a piano?");
    const custom = chat.log.locator("li.msg").last();
    await expect.poll(() => custom.textContent()).toContain("We can't help with that here.");
    expect(await custom.getByRole("link", { name: "help center" }).getAttribute("href")).toBe("https://northwind-threads.example/help");
    await shopper.close();
    await admin.close();
  });

  it("shows every line a knowledge import refused, and imports nothing", async () => {
    const admin = await logInAsAdmin(stage);
    const page = admin.page;
    await page.goto(`${stage.relevo.url}/console/#/knowledge`);
    const before = await stage.relevo.relevo.deps.uow.repos.knowledge.list();
    const content = [
      JSON.stringify({ kind: "faq", id: "gift-cards-2-en", lang: "en", question: "Do gift cards expire?", answer: "No, never." }),
      "this line is not JSON",
      JSON.stringify({ kind: "faq", id: "engraving-en", lang: "en", question: "Do you engrave?" }),
    ].join("\n");
    await page.locator("#import-file").setInputFiles({ name: "faq.jsonl", mimeType: "application/jsonl", buffer: Buffer.from(content) });
    await page.getByRole("button", { name: "Import", exact: true }).click();
    const alert = page.locator(".line-errors");
    await alert.waitFor();
    const lines = await alert.locator("li").allTextContents();
    expect(lines.some((l) => l.startsWith("Line 2:") && l.includes("not valid JSON"))).toBe(true);
    expect(lines.some((l) => l.startsWith("Line 3:") && l.includes("answer"))).toBe(true);
    expect(await page.getByText("faq.jsonl was not imported. Fix these lines:").count()).toBe(1);
    expect((await stage.relevo.relevo.deps.uow.repos.knowledge.list()).length).toBe(before.length);
    await screenshot(page, "console-knowledge-import");

    await page.getByLabel("Question", { exact: true }).fill("How long does shipping take in the US?");
    await page.getByRole("button", { name: "Test", exact: true }).click();
    await page.locator(".decision.answer").waitFor();
    expect(await page.locator(".decision.answer").textContent()).toContain("business days");
    await screenshot(page, "console-knowledge");
    await admin.close();
  });

  it("adds an agent, and saves office hours with the messages a queued shopper gets", async () => {
    const admin = await logInAsAdmin(stage);
    const page = admin.page;
    await page.getByRole("link", { name: "Users" }).click();
    const form = page.getByRole("form", { name: "Add a user" });
    const email = `robin-${randomUUID().slice(0, 6)}@northwind.example`;
    await form.getByLabel("Name").fill("Robin");
    await form.getByLabel("Email").fill(email);
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Add user" }).click();
    await page.getByText("Robin can log in now.").waitFor();
    await page.getByRole("cell", { name: email }).waitFor();
    await screenshot(page, "console-users");

    await page.getByRole("link", { name: "Office hours and messages" }).click();
    await page.getByLabel("Use office hours").check();
    await page.getByLabel("Time zone").fill("Europe/Madrid");
    await page.getByLabel("Outside office hours — English").fill("We are away until {next}. Leave a message and we'll reply then.");
    await page.getByRole("form", { name: "Office hours and messages" }).getByRole("button", { name: "Save", exact: true }).click();
    await page.getByText("Office hours and messages saved.").waitFor();
    const saved = await (await page.request.get(`${stage.relevo.url}/api/v1/admin/inbox-settings`)).json();
    expect(saved.officeHours.timezone).toBe("Europe/Madrid");
    expect(saved.officeHours.weekly.mon).toEqual([{ start: "09:00", end: "17:00" }]);
    expect(saved.messages.officeHours.en).toBe("We are away until {next}. Leave a message and we'll reply then.");
    await screenshot(page, "console-office-hours");
    // Leave the shared database as other files expect it: no office hours.
    await page.request.put(`${stage.relevo.url}/api/v1/admin/inbox-settings`, {
      data: { ...saved, officeHours: null },
      headers: { "x-csrf-token": await csrf(page) },
    });
    await admin.close();
  });
});

/** A shopper's conversation through the public chat API: each text is one message. */
async function converse(relevoUrl: string, texts: string[]): Promise<void> {
  const api = `${relevoUrl}/api/v1/conversations`;
  const json = { "Content-Type": "application/json" };
  const started = await fetch(api, { method: "POST", headers: json, body: JSON.stringify({ locale: "en" }) });
  const { conversation, visitorToken } = (await started.json()) as { conversation: { id: string }; visitorToken: string };
  for (const text of texts) {
    const sent = await fetch(`${api}/${conversation.id}/messages`, {
      method: "POST", headers: { ...json, Authorization: `Bearer ${visitorToken}` }, body: JSON.stringify({ text }),
    });
    expect(sent.status).toBe(200);
  }
}

async function csrf(page: Page): Promise<string> {
  const me = await (await page.request.get(`${page.url().split("/console")[0]}/api/v1/auth/me`)).json();
  return String(me.csrfToken);
}
