import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../../../test/support/fake-openai.js";
import { as, shopperSays, staff, startChat } from "../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../test/support/test-app.js";
import { knowledge } from "./test-support/mock-model.js";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});

const t = useTestApp({}, () => ({ RELEVO_LLM_BASE_URL: fake.baseUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "2000" }));
const modelSays = (answer: string) =>
  fake.script({ kind: "json", content: { answerable: true, answer, usedIds: ["returns"], language: "en" } });

describe("Relevo configured with a language model", () => {
  it("answers a shopper in the model's words, citing the knowledge it used", async () => {
    await t.addKnowledge(knowledge);
    modelSays("Sure — you have 30 days to send back unworn items.");
    const chat = await startChat(t);
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    expect(res.statusCode).toBe(200);
    const reply = res.json().messages.at(-1);
    expect(reply.text).toContain("Sure — you have 30 days to send back unworn items.");
    expect(reply.citations).toEqual([expect.objectContaining({ knowledgeId: "returns" })]);
    expect(res.json().conversation.status).toBe("ai");
  });

  it("does not hand the conversation over because the model says it is transferring the shopper", async () => {
    await t.addKnowledge(knowledge);
    modelSays("I'm transferring you to a human agent now.");
    const chat = await startChat(t);
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    expect(res.json().messages.at(-1).text).not.toContain("transferring you");
    expect(["ai", "offering"]).toContain(res.json().conversation.status);
    expect(await t.relevo.deps.uow.repos.handoffs.listByConversation(chat.id)).toEqual([]);
  });

  it("still replies, from the builtin answerer, when the model fails", async () => {
    await t.addKnowledge(knowledge);
    fake.script({ kind: "status", status: 500 });
    const chat = await startChat(t);
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    expect(res.statusCode).toBe(200);
    expect(res.json().messages.at(-1).text).toContain("You can return unworn items within 30 days.");
  });

  it("speaks in the store's voice as saved in the settings: its name, its tone, never its forbidden phrases", async () => {
    await t.addKnowledge(knowledge);
    const admin = await staff(t, "admin");
    await as(t, admin, "PUT", "/api/v1/admin/settings/store", { storeName: "Northwind Outfitters", timezone: "UTC" });
    await as(t, admin, "PUT", "/api/v1/admin/settings/agent-voice", { tone: "formal", forbiddenPhrases: ["no worries"] });
    modelSays("No worries, you have 30 days to send back unworn items.");
    const chat = await startChat(t);
    const before = fake.requests.length;
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    const system = systemPromptOf(fake.requests[before]);
    expect(system).toContain("Northwind Outfitters");
    expect(system).toContain("Be formal and polite");
    expect(system).toContain('"no worries"');
    // The answer used a forbidden phrase: not shown; the shopper gets the no-knowledge path (an offer of a person).
    expect(res.json().messages.at(-1).text).not.toMatch(/no worries/i);
    expect(res.json().conversation.status).toBe("offering");
    modelSays("You have 30 days to send back unworn items.");
    await as(t, admin, "POST", "/api/v1/admin/knowledge/test", { text: "how long do I have to return an item?" });
    expect(systemPromptOf(fake.requests.at(-1))).toContain("Northwind Outfitters"); // the console's "test a question" too

    await as(t, admin, "PUT", "/api/v1/admin/settings/agent-voice", { tone: "friendly", forbiddenPhrases: [] });
    modelSays("No worries, you have 30 days to send back unworn items.");
    const next = await shopperSays(t, await startChat(t), { text: "how long do I have to return an item?" });
    expect(systemPromptOf(fake.requests.at(-1))).toContain("Be warm and friendly");
    expect(next.json().messages.at(-1).text).toContain("No worries, you have 30 days");
  });
});

function systemPromptOf(request: Record<string, unknown> | undefined): string {
  const messages = (request?.messages ?? []) as Array<{ role: string; content: unknown }>;
  return String(messages.find((m) => m.role === "system")?.content ?? "");
}
