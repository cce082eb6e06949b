import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createUser } from "../../src/app/auth/create-user.js";
import { newShopper, screenshot } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { widget } from "./support/widget-driver.js";

const password = "correct horse battery";

describe("the console's Inbox", () => {
  const stage = useStage();

  async function logIn(role: "admin" | "agent", name: string) {
    const email = `${role}-${randomUUID().slice(0, 8)}@northwind.example`;
    await createUser(stage.relevo.relevo.deps, { email, name, role, password });
    const user = await newShopper(stage.browser, `${stage.relevo.url}/console/`, { locale: "en-US" });
    await user.page.getByLabel("Email").fill(email);
    await user.page.getByLabel("Password").fill(password);
    await user.page.getByRole("button", { name: "Log in" }).click();
    await user.page.getByRole("navigation", { name: "Main" }).waitFor();
    return user;
  }

  it("lets an agent claim a queued conversation and reply, live in the shopper's chat; shopper HTML stays text", async () => {
    const agent = await logIn("agent", "Sam");
    const console_ = agent.page;
    // Agents see the Inbox only: no admin pages in the navigation.
    expect(await console_.getByRole("navigation", { name: "Main" }).getByRole("link").allTextContents()).toEqual(["Inbox"]);
    await console_.getByText("Live", { exact: true }).waitFor();

    const shopper = await newShopper(stage.browser, stage.store.origin);
    const chat = widget(shopper.page);
    await chat.open();
    await chat.ask("<img src=x onerror=alert(1)>");
    await chat.frame.getByRole("button", { name: "Talk to a person" }).click();
    const email = `ana-${randomUUID().slice(0, 6)}@example.com`;
    await chat.frame.locator("input#relevo-email").fill(email);
    await chat.frame.locator("input#relevo-email").press("Enter");

    // The queued conversation arrives over the agents' socket; no reload.
    const item = console_.getByRole("link", { name: new RegExp(email) });
    await item.click();
    const transcript = console_.getByRole("list", { name: "Transcript" });
    const hostile = transcript.locator("li.msg.visitor").first();
    await expect.poll(() => hostile.locator(".text").textContent()).toBe("<img src=x onerror=alert(1)>");
    expect(await transcript.locator("img").count()).toBe(0);

    await console_.getByRole("button", { name: "Claim" }).click();
    await console_.getByText("You hold this conversation now.").waitFor();
    const reply = console_.getByLabel("Your reply");
    await reply.fill("Hi Ana, Sam here. I can help with that.");
    await reply.press("Enter");
    await expect.poll(() => chat.messages("agent").last().locator(".text").textContent()).toBe("Hi Ana, Sam here. I can help with that.");
    await expect.poll(() => transcript.locator("li.msg.agent").last().textContent()).toContain("Hi Ana, Sam here.");

    // An internal note reaches agents, never the shopper.
    await console_.getByRole("button", { name: "Internal note" }).click();
    await console_.getByLabel("Your note (only agents see it)").fill("Check the engraving stock first.");
    await console_.getByRole("button", { name: "Add note" }).click();
    await transcript.locator("li.msg.note").first().waitFor();
    await screenshot(console_, "console-inbox");
    expect(await chat.log.textContent()).not.toContain("engraving stock");

    await console_.getByRole("button", { name: "Resolve", exact: true }).click();
    await expect.poll(() => console_.locator(".conversation-head .badge").textContent()).toBe("Resolved");
    expect(agent.dialogs).toEqual([]);
    expect(shopper.dialogs).toEqual([]);
    await shopper.close();
    await agent.close();
  });

  it("refuses the admin pages to an agent who types their address", async () => {
    const agent = await logIn("agent", "Robin");
    await agent.page.goto(`${stage.relevo.url}/console/#/settings/handoff`);
    await agent.page.getByText("Only admins can open this page.").waitFor();
    const status = await agent.page.evaluate(async () => (await fetch("/api/v1/admin/settings")).status);
    expect(status).toBe(403);
    await agent.close();
  });

  it("speaks Spanish when the browser does, and switches with the toggle", async () => {
    const visitor = await newShopper(stage.browser, `${stage.relevo.url}/console/`, { locale: "es-ES" });
    await visitor.page.getByRole("heading", { name: "Inicia sesión en Relevo" }).waitFor();
    await screenshot(visitor.page, "console-login");
    await visitor.page.getByRole("button", { name: "EN" }).click();
    await visitor.page.getByRole("heading", { name: "Log in to Relevo" }).waitFor();
    expect(await visitor.page.locator("html").getAttribute("lang")).toBe("en");
    await visitor.close();
  });
});
