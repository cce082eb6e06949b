import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../../../test/support/fake-openai.js";
import { InvertedIndex } from "../builtin/inverted-index.js";
import { checkModelHealth } from "./check-model-health.js";
import { createLlmAnswerer, type LlmOutcome } from "./create-llm-answerer.js";
import { createLlmModel } from "./create-model.js";
import { startLlmAnswerers } from "./index.js";
import { knowledge } from "./test-support/mock-model.js";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});

const good = { answerable: true, answer: "You have 30 days to send back unworn items.", usedIds: ["returns"], language: "en" };
const question = { text: "how long do I have to return an item?", context: [] };
const builtinAnswer = "You can return unworn items within 30 days.";

function answerer(timeoutMs = 2_000) {
  const outcomes: LlmOutcome[] = [];
  const model = createLlmModel({ baseUrl: fake.baseUrl, model: "fake-model", apiKey: "sk-test", timeoutMs });
  return { outcomes, llm: createLlmAnswerer(knowledge, { model, timeoutMs, onOutcome: (o) => outcomes.push(o) }) };
}

describe("the language model answerer against an OpenAI-compatible server", () => {
  it("sends the schema as structured output with the key, and answers from the reply", async () => {
    fake.script({ kind: "json", content: good });
    const { llm } = answerer();
    expect(await llm.decide(question)).toMatchObject({ kind: "answer", text: good.answer, knowledgeIds: ["returns"] });
    expect(fake.requests.at(-1)).toMatchObject({ model: "fake-model", response_format: { type: "json_schema" } });
    expect(fake.authorizations.at(-1)).toBe("Bearer sk-test");
  });

  it("gives the builtin answer when the model is slower than the timeout", async () => {
    fake.script({ kind: "slow", ms: 1_500, content: good });
    const { llm, outcomes } = answerer(300);
    const started = performance.now();
    expect(await llm.decide(question)).toMatchObject({ kind: "answer", text: builtinAnswer });
    expect(performance.now() - started).toBeLessThan(1_200);
    expect(outcomes[0]?.kind).toBe("fallback");
  });

  it("gives the builtin answer when the server fails with a 500, without retrying", async () => {
    fake.script({ kind: "status", status: 500 });
    const before = fake.requests.length;
    const { llm } = answerer();
    expect(await llm.decide(question)).toMatchObject({ kind: "answer", text: builtinAnswer });
    expect(fake.requests.length - before).toBe(1);
  });

  it("gives the builtin answer when the model's output is not JSON", async () => {
    fake.script({ kind: "text", content: "Sure! You have 30 days {" });
    expect(await answerer().llm.decide(question)).toMatchObject({ kind: "answer", text: builtinAnswer });
  });

  it("gives the builtin answer when the server's response body is malformed JSON", async () => {
    fake.script({ kind: "malformed_body" });
    expect(await answerer().llm.decide(question)).toMatchObject({ kind: "answer", text: builtinAnswer });
  });

  it("reports a healthy model, and an unhealthy one without throwing", async () => {
    fake.script({ kind: "text", content: "OK" });
    const model = createLlmModel({ baseUrl: fake.baseUrl, model: "fake-model", apiKey: null, timeoutMs: 1_000 });
    expect(await checkModelHealth(model, 1_000)).toMatchObject({ ok: true });
    fake.script({ kind: "status", status: 500 });
    expect(await checkModelHealth(model, 1_000)).toMatchObject({ ok: false });
    const nowhere = createLlmModel({ baseUrl: "http://127.0.0.1:9/v1", model: "m", apiKey: null, timeoutMs: 500 });
    expect(await checkModelHealth(nowhere, 500)).toMatchObject({ ok: false });
  });

  it("starts from configuration: logs one health line without being awaited, then answers through the model", async () => {
    fake.script({ kind: "text", content: "OK" }, { kind: "json", content: good });
    const lines: string[] = [];
    const build = startLlmAnswerers({ baseUrl: fake.baseUrl, model: "fake-model", apiKey: null, timeoutMs: 2_000 }, { log: (l) => lines.push(l) });
    expect(lines).toEqual([]);
    await expect.poll(() => lines.length).toBe(1);
    expect(lines[0]).toMatch(/^language model fake-model: answering \(\d+ ms\)$/);
    expect(await build(knowledge).decide(question)).toMatchObject({ kind: "answer", text: good.answer });
  });

  it("re-indexes only the edited entry when knowledge changes, not the whole knowledge", async () => {
    fake.script({ kind: "text", content: "OK" }, { kind: "json", content: good });
    const build = startLlmAnswerers({ baseUrl: fake.baseUrl, model: "fake-model", apiKey: null, timeoutMs: 2_000 }, { log: () => {} });
    const analysed = vi.spyOn(InvertedIndex.prototype, "add");
    try {
      // Enough entries that one edit is a small share (a large share is rebuilt whole, on purpose).
      const many = [...knowledge, ...Array.from({ length: 20 }, (_, copy) => knowledge.filter((e) => e.id !== "returns").map((e) => ({ ...e, id: `${e.id}-${copy}` }))).flat()];
      build(many);
      expect(analysed).toHaveBeenCalledTimes(many.length);
      analysed.mockClear();
      const edited = many.map((entry) => (entry.id === "returns" && entry.kind === "faq" ? { ...entry, answer: "Unworn items can be sent back within 30 days of delivery." } : { ...entry }));
      const updated = build(edited);
      expect(analysed.mock.calls.map(([entry]) => entry.id)).toEqual(["returns"]);
      expect(await updated.decide(question)).toMatchObject({ kind: "answer", knowledgeIds: ["returns"] });
    } finally {
      analysed.mockRestore();
    }
  });
});
