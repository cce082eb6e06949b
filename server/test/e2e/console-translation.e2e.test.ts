import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../src/app/auth/create-user.js";
import { answerSummariesAndTranslations } from "../support/fake-model-writers.js";
import { type FakeOpenAi, startFakeOpenAi } from "../support/fake-openai.js";
import { newShopper, screenshot } from "./support/browser.js";
import { useStage } from "./support/stage.js";

let model: FakeOpenAi;
beforeAll(async () => {
  model = await startFakeOpenAi();
  answerSummariesAndTranslations(model, { summary: { kind: "json", content: { summary: "La clienta quiere grabar un nombre en una taza." } } });
});
afterAll(async () => model.close());

describe("an English-speaking agent reading a Spanish conversation", () => {
  // The stage starts in its own beforeAll, after the fake model above is listening. The worker service
  // writes the model's summary of a handoff (a durable job).
  const stage = useStage(() => ({ SERVICES: "web,worker", RELEVO_LLM_BASE_URL: model.baseUrl, RELEVO_LLM_MODEL: "fake-model" }));

  async function spanishHandoff(email: string): Promise<void> {
    const api = `${stage.relevo.url}/api/v1/conversations`;
    const json = { "Content-Type": "application/json" };
    const started = await fetch(api, { method: "POST", headers: json, body: JSON.stringify({ locale: "es" }) });
    const { conversation, visitorToken } = (await started.json()) as { conversation: { id: string }; visitorToken: string };
    for (const payload of [{ text: "quiero hablar con una persona sobre grabar mi taza" }, { text: email }]) {
      const sent = await fetch(`${api}/${conversation.id}/messages`, {
        method: "POST", headers: { ...json, Authorization: `Bearer ${visitorToken}` }, body: JSON.stringify(payload),
      });
      expect(sent.status).toBe(200);
    }
  }

  it("sees the AI's summary labelled, translates the conversation in one click and goes back to the original in one more", async () => {
    const email = `agent-${randomUUID().slice(0, 8)}@northwind.example`;
    await createUser(stage.relevo.relevo.deps, { email, name: "Sam", role: "agent", password: "correct horse battery" });
    const agent = await newShopper(stage.browser, `${stage.relevo.url}/console/`, { locale: "en-US" });
    const page = agent.page;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();

    const shopperEmail = `lucia-${randomUUID().slice(0, 6)}@example.com`;
    await spanishHandoff(shopperEmail);
    await page.getByRole("link", { name: new RegExp(shopperEmail) }).click();
    // The model's summary lands after the turn; the console refreshes on the agents' socket.
    await page.getByText("Summary written by AI").waitFor();
    await page.getByText("La clienta quiere grabar un nombre en una taza.").waitFor();

    const firstLine = page.getByRole("list", { name: "Transcript" }).locator("li.msg.visitor .text").first();
    expect(await firstLine.textContent()).toBe("quiero hablar con una persona sobre grabar mi taza");
    await page.getByRole("button", { name: "Translate to English" }).click();
    await expect.poll(() => firstLine.textContent()).toBe("[en] quiero hablar con una persona sobre grabar mi taza");
    await page.getByText("[en] La clienta quiere grabar un nombre en una taza.").waitFor();
    await screenshot(page, "console-translation");

    await page.getByRole("button", { name: "Show original" }).click();
    await expect.poll(() => firstLine.textContent()).toBe("quiero hablar con una persona sobre grabar mi taza");
    expect(agent.dialogs).toEqual([]);
    await agent.close();
  });
});
