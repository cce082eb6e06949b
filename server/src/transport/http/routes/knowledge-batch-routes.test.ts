import { describe, expect, it } from "vitest";
import { as, sqlRows, staff } from "../../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../../test/support/test-app.js";
import { maxBatchCases } from "../../../app/knowledge/test-question-batch.js";

const url = "/api/v1/admin/knowledge/test-batch";
const jsonl = (cases: object[]) => cases.map((c) => JSON.stringify(c)).join("\n");

describe("the console's batch test of questions (cases.jsonl, as relevo eval reads it)", () => {
  const t = useTestApp();

  async function store() {
    await t.addKnowledge([
      { id: "returns", kind: "faq", lang: "en", question: "How long do I have to return an item?", alternates: ["return policy"], answer: "You can return unworn items within 30 days.", url: null },
      { id: "devoluciones", kind: "faq", lang: "es", question: "¿Cuánto tiempo tengo para devolver un artículo?", alternates: [], answer: "Tienes 30 días para devolver artículos sin usar.", url: null },
      { id: "shipping", kind: "faq", lang: "en", question: "How much does shipping cost?", alternates: [], answer: "Shipping is free over 50 euros.", url: null },
    ]);
    return staff(t, "admin");
  }

  it("runs every case against the store's knowledge and scores it with relevo eval's formulas, per language too", async () => {
    const admin = await store();
    const cases = [
      { id: "return-en", lang: "en", messages: ["how many days do I have to send something back?"], expect: "answer", kb: ["returns"] },
      { id: "return-es", lang: "es", messages: ["¿cuántos días tengo para devolver algo?"], expect: "answer", kb: ["devoluciones"] },
      { id: "follow-up", lang: "en", messages: ["how much is shipping?", "and how long do I have to return it?"], expect: "answer", kb: ["returns"] },
      { id: "uncovered", lang: "en", messages: ["can you recommend a good restaurant in Madrid?"], expect: "handoff" },
      { id: "person", lang: "es", messages: ["quiero hablar con una persona"], expect: "human_request" },
      // Expecting the wrong entry: the agent answers, but not with the knowledge the case names.
      { id: "wrong-entry", lang: "en", messages: ["how much does shipping cost?"], expect: "answer", kb: ["returns"] },
    ];
    const res = await as(t, admin, "POST", url, { fileName: "regressions.jsonl", content: jsonl(cases) });
    expect(res.statusCode).toBe(200);
    const report = res.json();
    const byId = Object.fromEntries(report.results.map((r: { id: string }) => [r.id, r]));
    expect(report.results.map((r: { id: string }) => r.id)).toEqual(cases.map((c) => c.id));
    expect(byId["return-en"]).toMatchObject({ decision: "answer", knowledgeIds: ["returns"], correct: true, unknownKnowledgeIds: [] });
    expect(byId["return-es"]).toMatchObject({ decision: "answer", knowledgeIds: ["devoluciones"], correct: true });
    expect(byId["follow-up"]).toMatchObject({ question: "and how long do I have to return it?", context: ["how much is shipping?"], correct: true });
    expect(byId.uncovered).toMatchObject({ decision: "no_knowledge", correct: true, answer: null });
    expect(byId.person).toMatchObject({ decision: "human_request", correct: true });
    expect(byId["wrong-entry"]).toMatchObject({ decision: "answer", knowledgeIds: ["shipping"], correct: false });
    expect(report.summary).toMatchObject({ cases: 6, decision_accuracy: 0.8333, answer_accuracy: 0.75, false_handoff_rate: 0, handoff_recall: 1, human_request_recall: 1 });
    expect(report.byLang.es).toMatchObject({ cases: 2, decision_accuracy: 1 });
    expect(report.byLang.en).toMatchObject({ cases: 4, decision_accuracy: 0.75 });
    // Nothing is stored: no conversation was started by the batch.
    expect(await sqlRows(t, "select (select count(*) from conversations)::int as conversations, (select count(*) from messages)::int as messages")).toEqual([{ conversations: 0, messages: 0 }]);
  });

  it("flags expected knowledge ids the store does not have, so a typo in the file is not read as the agent's fault", async () => {
    const admin = await store();
    const res = await as(t, admin, "POST", url, {
      fileName: "cases.jsonl", content: jsonl([{ id: "typo", lang: "en", messages: ["how long do I have to return an item?"], expect: "answer", kb: ["retruns", "returns"] }]),
    });
    expect(res.json().results[0]).toMatchObject({ unknownKnowledgeIds: ["retruns"], correct: true });
  });

  it("refuses a file with bad lines whole, listing each line and its reason, and runs nothing", async () => {
    const admin = await store();
    const content = [
      JSON.stringify({ id: "ok", lang: "en", messages: ["hi"], expect: "handoff" }),
      "{not json",
      JSON.stringify({ id: "no-kb", lang: "en", messages: ["returns?"], expect: "answer" }),
      JSON.stringify({ id: "ok", lang: "en", messages: ["again"], expect: "handoff" }),
    ].join("\n");
    const res = await as(t, admin, "POST", url, { fileName: "bad.jsonl", content });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe("batch_invalid");
    expect(error.message).toBe("bad.jsonl was not run: 3 errors.");
    expect(error.details.errors.map((e: { line: number }) => e.line)).toEqual([2, 3, 4]);
    expect(error.details.errors[1].reason).toMatch(/kb/);
  });

  it(`refuses more than ${maxBatchCases} cases with a message that says to split the file`, async () => {
    const admin = await store();
    const cases = Array.from({ length: maxBatchCases + 1 }, (_, i) => ({ id: `c${i}`, lang: "en", messages: ["hello?"], expect: "handoff" }));
    const res = await as(t, admin, "POST", url, { fileName: "big.jsonl", content: jsonl(cases) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: "batch_invalid", message: expect.stringMatching(/501 questions; a batch runs at most 500\. Split the file\./) });
  });

  it("is for admins: an agent may not run it", async () => {
    await store();
    const agent = await staff(t, "agent");
    const res = await as(t, agent, "POST", url, { fileName: "cases.jsonl", content: jsonl([{ id: "c", lang: "en", messages: ["hi"], expect: "handoff" }]) });
    expect(res.statusCode).toBe(403);
  });
});
