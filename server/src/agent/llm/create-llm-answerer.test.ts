import { describe, expect, it } from "vitest";
import { createLlmAnswerer, type LlmOutcome } from "./create-llm-answerer.js";
import { knowledge, mockModel } from "./test-support/mock-model.js";

const reply = (fields: Partial<{ answerable: boolean; answer: string; usedIds: string[]; language: string }>) => () => ({
  answerable: true, answer: "Yes, we ship to Canada.", usedIds: ["shipping-abroad"], language: "en", ...fields,
});

function answererWith(respond: (prompt: string) => unknown, options: { forbiddenPhrases?: string[]; tone?: "formal" } = {}) {
  const outcomes: LlmOutcome[] = [];
  const model = mockModel(respond);
  const answerer = createLlmAnswerer(knowledge, { model, timeoutMs: 1_000, brandName: "Acme", ...options, onOutcome: (o) => outcomes.push(o) });
  return { answerer, model, outcomes, decide: (text: string, context: string[] = []) => answerer.decide({ text, context }) };
}

describe("the language model answerer", () => {
  it("answers in the model's words, citing the retrieved entries it used", async () => {
    const { decide } = answererWith(reply({}));
    expect(await decide("do you ship to Canada?")).toEqual({
      kind: "answer", lang: "en", text: "Yes, we ship to Canada.", knowledgeIds: ["shipping-abroad"],
      citations: [{ knowledgeId: "shipping-abroad", title: "Do you ship internationally?", url: "https://shop.example/shipping-abroad" }],
    });
  });

  it("gives the model only the retrieved entries, as data, with the brand and the shopper's language", async () => {
    const { decide, model } = answererWith(reply({}));
    await decide("do you ship to Canada?");
    const call = model.doGenerateCalls[0];
    const text = JSON.stringify(call?.prompt);
    expect(text).toContain("Acme");
    expect(text).toContain("shipping-abroad");
    expect(text).toContain("<shopper_message>");
    expect(text).toContain("Write the answer in English");
    expect(call?.responseFormat).toMatchObject({ type: "json" });
  });

  it("asks the model to answer a Spanish shopper in Spanish", async () => {
    const { decide, model } = answererWith(reply({ answer: "Tarda de 3 a 5 días hábiles.", usedIds: ["delivery-time-es"], language: "es" }));
    expect(await decide("¿cuánto tarda en llegar mi pedido?")).toMatchObject({ kind: "answer", lang: "es", knowledgeIds: ["delivery-time-es"] });
    expect(JSON.stringify(model.doGenerateCalls[0]?.prompt)).toContain("Write the answer in Spanish");
  });

  it("treats an answer in another language than the shopper's as no knowledge", async () => {
    const { decide, outcomes } = answererWith(reply({ answer: "Tarda de 3 a 5 días.", usedIds: ["delivery-time-es"], language: "es" }));
    expect(await decide("how long does delivery take to arrive?")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(outcomes).toContainEqual({ kind: "rejected", rejection: "wrong_language" });
  });

  it.each([
    ["the model says it cannot answer", { answerable: false, answer: "" }],
    ["the answer is empty", { answer: "   " }],
    ["it cites an id outside the retrieved set", { usedIds: ["shipping-abroad", "secret-entry"] }],
    ["it cites nothing", { usedIds: [] }],
  ])("hands over (no knowledge) when %s", async (_, fields) => {
    const { decide } = answererWith(reply(fields));
    expect(await decide("do you ship to Canada?")).toEqual({ kind: "no_knowledge", lang: "en" });
  });

  it("hands over rather than show a number the cited knowledge does not contain", async () => {
    const { decide, outcomes } = answererWith(reply({ answer: "You can return items within 60 days.", usedIds: ["returns"] }));
    expect(await decide("how long do I have to return an item?")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(outcomes).toContainEqual({ kind: "rejected", rejection: "ungrounded_number" });
  });

  it("accepts numbers taken from the cited knowledge or the shopper's own question", async () => {
    const { decide } = answererWith(reply({ answer: "Order 4587 can be returned within 30 days.", usedIds: ["returns"] }));
    expect(await decide("can I return order 4587? how long do I have to return an item?")).toMatchObject({ kind: "answer" });
  });

  it("never shows an answer with a phrase the merchant forbade", async () => {
    const { decide, outcomes } = answererWith(reply({ answer: "No problem at all! We ship to Canada." }), { forbiddenPhrases: ["No problem"] });
    expect(await decide("do you ship to Canada?")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(outcomes).toContainEqual({ kind: "rejected", rejection: "forbidden_phrase" });
  });

  it("does not ask the model when Relevo's own rules decide: safety, a request for a person, thanks", async () => {
    const { decide, model } = answererWith(reply({}));
    expect(await decide("my card is 4111 1111 1111 1111")).toMatchObject({ kind: "safety" });
    expect(await decide("I want to talk to a human")).toMatchObject({ kind: "human_request" });
    expect(await decide("thanks, that's all")).toMatchObject({ kind: "solved" });
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("does not ask the model when retrieval finds nothing at all", async () => {
    const { decide, model } = answererWith(reply({}));
    expect(await decide("zzzz qqqq")).toEqual({ kind: "no_knowledge", lang: "en" });
    expect(model.doGenerateCalls).toHaveLength(0);
  });

  it("falls back to the builtin decision when the model fails", async () => {
    const { decide, outcomes } = answererWith(() => {
      throw new Error("boom");
    });
    expect(await decide("how long do I have to return an item?")).toMatchObject({ kind: "answer", knowledgeIds: ["returns"], text: "You can return unworn items within 30 days." });
    expect(outcomes[0]?.kind).toBe("fallback");
  });

  it("falls back to the builtin decision when the model's JSON does not fit the schema", async () => {
    const { decide } = answererWith(() => "{\"answerable\": \"maybe\"");
    expect(await decide("how long do I have to return an item?")).toMatchObject({ kind: "answer", knowledgeIds: ["returns"] });
  });
});
