import { describe, expect, it } from "vitest";
import { createLlmAnswerer, type LlmOutcome } from "./create-llm-answerer.js";
import { knowledge, streamingMockModel } from "./test-support/mock-model.js";

const canada = { answerable: true, answer: "Yes, we ship to Canada, Mexico and the rest of North America.", usedIds: ["shipping-abroad"], language: "en" };

function streamingAnswerer(json: unknown, options: { forbiddenPhrases?: string[]; draftIntervalMs?: number; chunkDelayInMs?: number; timeoutMs?: number } = {}) {
  const { chunkDelayInMs, ...rest } = options;
  const outcomes: LlmOutcome[] = [];
  const drafts: string[] = [];
  const model = streamingMockModel(json, { chunkSize: 5, ...(chunkDelayInMs === undefined ? {} : { chunkDelayInMs }) });
  const answerer = createLlmAnswerer(knowledge, { model, timeoutMs: 2_000, brandName: "Acme", draftIntervalMs: 0, ...rest, onOutcome: (o) => outcomes.push(o) });
  const decide = (text: string) => answerer.decide({ text, context: [], onDraft: (draft) => drafts.push(draft) });
  return { decide, drafts, outcomes, model };
}

describe("the language model answerer, streaming", () => {
  it("reports the answer as it grows, in whole words, then decides on the checked final answer", async () => {
    const { decide, drafts, model } = streamingAnswerer(canada);
    const decision = await decide("do you ship to Canada?");
    expect(decision).toEqual({
      kind: "answer", lang: "en", text: canada.answer, knowledgeIds: ["shipping-abroad"],
      citations: [{ knowledgeId: "shipping-abroad", title: "Do you ship internationally?", url: "https://shop.example/shipping-abroad" }],
    });
    expect(model.doStreamCalls).toHaveLength(1);
    expect(model.doGenerateCalls).toHaveLength(0);
    expect(drafts.length).toBeGreaterThanOrEqual(3);
    for (const [i, draft] of drafts.entries()) {
      expect(canada.answer.startsWith(draft)).toBe(true);
      expect(canada.answer[draft.length]).toMatch(/\s/); // cut at a word's end
      if (i > 0) expect(draft.length).toBeGreaterThan(drafts[i - 1]?.length ?? 0);
    }
  });

  it("sends drafts no more often than the interval", async () => {
    const fast = streamingAnswerer(canada, { draftIntervalMs: 0, chunkDelayInMs: 10 });
    const throttled = streamingAnswerer(canada, { draftIntervalMs: 60, chunkDelayInMs: 10 });
    await Promise.all([fast.decide("do you ship to Canada?"), throttled.decide("do you ship to Canada?")]);
    expect(throttled.drafts.length).toBeGreaterThanOrEqual(1);
    expect(throttled.drafts.length).toBeLessThan(fast.drafts.length);
  });

  it("decides no knowledge when the final answer is rejected, even though drafts were sent", async () => {
    const { decide, drafts, outcomes } = streamingAnswerer({ ...canada, usedIds: ["secret-entry"] });
    expect(await decide("do you ship to Canada?")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(drafts.length).toBeGreaterThan(0);
    expect(outcomes).toContainEqual({ kind: "rejected", rejection: "unknown_ids" });
  });

  it("sends no draft while the model says it cannot answer", async () => {
    const { decide, drafts } = streamingAnswerer({ answerable: false, answer: "I am not sure about shipping to Canada at all.", usedIds: [], language: "en" });
    expect(await decide("do you ship to Canada?")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(drafts).toEqual([]);
  });

  it("withdraws the draft and sends no more once it shows a phrase the merchant forbade", async () => {
    const answer = "Yes, we ship to Canada. No problem at all, it takes a few days to arrive there.";
    const { decide, drafts, outcomes } = streamingAnswerer({ ...canada, answer }, { forbiddenPhrases: ["no problem"] });
    expect(await decide("do you ship to Canada?")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(outcomes).toContainEqual({ kind: "rejected", rejection: "forbidden_phrase" });
    expect(drafts.at(-1)).toBe("");
    expect(drafts.slice(0, -1).every((draft) => !draft.toLowerCase().includes("no problem"))).toBe(true);
  });

  it("falls back to the builtin decision when the streamed JSON does not fit the schema", async () => {
    const { decide, outcomes } = streamingAnswerer("{\"answerable\": true, \"answer\": \"You can return unworn items within 30 days and");
    expect(await decide("how long do I have to return an item?")).toMatchObject({ kind: "answer", knowledgeIds: ["returns"], text: "You can return unworn items within 30 days." });
    expect(outcomes[0]?.kind).toBe("fallback");
  });

  it("falls back to the builtin decision when the stream outlasts the timeout", async () => {
    // 15 chunks 100 ms apart take 1.5 s; the turn gives the model 300 ms.
    const { decide, outcomes } = streamingAnswerer(canada, { chunkDelayInMs: 100, timeoutMs: 300 });
    const started = Date.now();
    // The builtin answer is the entry's own text, not the model's words.
    expect(await decide("do you ship to Canada?")).toMatchObject({ kind: "answer", text: "We ship to the US, Canada, Mexico and Europe." });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(outcomes[0]?.kind).toBe("fallback");
  });
});
