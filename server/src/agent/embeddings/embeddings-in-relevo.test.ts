import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../../../test/support/fake-openai.js";
import { shopperSays, sqlRows, startChat } from "../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../test/support/test-app.js";
import { createBuiltinAnswerer } from "../builtin/index.js";
import { faq, knowledge } from "../llm/test-support/mock-model.js";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});

const t = useTestApp({}, () => ({
  RELEVO_LLM_BASE_URL: fake.baseUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "3000",
  RELEVO_EMBEDDINGS_MODEL: "fake-embed", SERVICES: "web,worker",
}));

const giftWrap = faq("gift-wrap", "en", "Do you offer gift wrapping?", "Yes, we wrap presents for $5 per order.");
const store = [...knowledge, giftWrap];
// Shares no word, stem or shop concept with the gift-wrap entry (checked below against the builtin search).
const synonymQuestion = "can the box come decorated for a birthday?";

/** A fake embedding model that knows "decorated" and "gift wrapping" mean the same thing. */
function conceptVector(text: string): number[] {
  if (/gift|wrap|present|decorat|festive/i.test(text)) return [1, 0, 0];
  if (/return/i.test(text)) return [0, 1, 0];
  return [0, 0, 1];
}

/** The model answers from whichever entry it was given, like a real one would. */
function modelAnswersFromItsKnowledge() {
  fake.route((body) => {
    const prompt = JSON.stringify(body);
    if (prompt.includes("gift-wrap")) return { kind: "json", content: { answerable: true, answer: "Yes, we wrap presents for $5 per order.", usedIds: ["gift-wrap"], language: "en" } };
    if (prompt.includes("returns")) return { kind: "json", content: { answerable: true, answer: "You can return unworn items within 30 days.", usedIds: ["returns"], language: "en" } };
    return { kind: "json", content: { answerable: false, answer: "", usedIds: [], language: "en" } };
  });
}

async function vectorsStored(expected: number): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const [row] = await sqlRows(t, "select count(*)::int as n from knowledge_embeddings where model = 'fake-embed'");
    if (Number(row?.n) === expected) return;
    if (Date.now() > deadline) throw new Error(`expected ${expected} stored vectors, have ${String(row?.n)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeEach(() => {
  fake.embeddings(conceptVector);
  fake.embeddingRequests.length = 0;
  modelAnswersFromItsKnowledge();
});

describe("Relevo with embeddings configured", () => {
  it("embeds new knowledge in the background job, one vector per entry, with the configured model", async () => {
    await t.addKnowledge(store);
    await vectorsStored(store.length);
    expect(fake.embeddingRequests.every((r) => r.model === "fake-embed")).toBe(true);
  });

  it("finds an entry worded with synonyms of the question, which the lexical retrieval alone misses", async () => {
    expect(createBuiltinAnswerer(store).search(synonymQuestion, { limit: 5 }).map((h) => h.entryId)).not.toContain("gift-wrap");
    await t.addKnowledge(store);
    await vectorsStored(store.length);
    const chat = await startChat(t);
    const res = await shopperSays(t, chat, { text: synonymQuestion });
    const reply = res.json().messages.at(-1);
    expect(reply.text).toContain("we wrap presents");
    expect(reply.citations).toEqual([expect.objectContaining({ knowledgeId: "gift-wrap" })]);
  });

  it("still answers, from lexical retrieval, when the embedding server is down", async () => {
    fake.embeddings({ status: 500 });
    await t.addKnowledge(store);
    const chat = await startChat(t);
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    expect(res.statusCode).toBe(200);
    expect(res.json().messages.at(-1).citations).toEqual([expect.objectContaining({ knowledgeId: "returns" })]);
    expect(fake.embeddingRequests.length).toBeGreaterThan(0); // it was asked, and failed
  });
});
