import { describe, expect, it } from "vitest";
import { as, shopperSays, staff, startChat, type Staff } from "../../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../../test/support/test-app.js";
import { localDate } from "../../../domain/metrics/store-days.js";

const returns = {
  id: "returns", kind: "faq" as const, lang: "en", question: "How long do I have to return an item?",
  alternates: ["return policy", "can I send it back"], answer: "You have 30 days to return an item.", url: null,
};
const repairs = {
  id: "bike-repairs", kind: "faq" as const, lang: "en", question: "Do you repair bicycles?",
  alternates: ["bicycle repair service"], answer: "Yes, our workshop repairs bicycles of every brand.", url: null,
};

describe("metrics and knowledge gaps through the admin API", () => {
  const t = useTestApp();
  const today = () => localDate(new Date(), "Europe/Madrid");

  async function admin(): Promise<Staff> {
    const who = await staff(t, "admin");
    const saved = await as(t, who, "PUT", "/api/v1/admin/settings/store", { storeName: "Northwind", timezone: "Europe/Madrid" });
    expect(saved.statusCode).toBe(200);
    return who;
  }

  async function says(chat: { id: string; token: string }, payload: object, status?: string) {
    const res = await shopperSays(t, chat, payload);
    expect(res.statusCode).toBe(200);
    if (status) expect(res.json().conversation.status).toBe(status);
  }

  /** Six chats, one of each outcome, driven through the public chat API. */
  async function driveConversations(who: Staff) {
    await t.addKnowledge([returns]);
    await says(await startChat(t), { text: "how long do I have to return an item?" }, "ai"); // resolved by the AI
    const declined = await startChat(t);
    await says(declined, { text: "do you repair bicycles?" }, "offering");
    await says(declined, { text: "no thanks" }, "ai"); // unresolved: nobody answered it
    const helped = await startChat(t);
    await says(helped, { action: "human.request" }, "collecting_email");
    await says(helped, { text: "ana@example.com" }, "queued");
    const waiting = await startChat(t, "es");
    await says(waiting, { text: "¿reparan bicicletas?" }, "offering");
    await says(waiting, { text: "sí" }, "collecting_email");
    await says(waiting, { text: "lu@example.com" }, "queued");
    await startChat(t); // opened, never written in
    const agent = await staff(t, "agent");
    expect((await as(t, agent, "POST", `/api/v1/inbox/conversations/${helped.id}/claim`)).statusCode).toBe(200);
    expect((await as(t, agent, "POST", `/api/v1/inbox/conversations/${helped.id}/messages`, { text: "Hi Ana, how can I help?" })).statusCode).toBe(200);
    const method = await as(t, who, "PUT", "/api/v1/admin/settings/handoff-method", { kind: "message", defaultText: "Write to us via [the form](https://shop.example/contact)" });
    expect(method.statusCode).toBe(200);
    await says(await startChat(t), { text: "do you sell gift cards?" }, "ai"); // custom message
  }

  it("counts each outcome once, with rates over the chats where the shopper wrote", async () => {
    const who = await admin();
    await driveConversations(who);
    const res = await as(t, who, "GET", `/api/v1/admin/metrics?from=${today()}&to=${today()}`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({ from: today(), to: today(), timeZone: "Europe/Madrid", lang: null });
    expect(report.totals).toMatchObject({
      conversations: 6, engaged: 5, resolvedByAi: 1, routedToTeam: 2, customMessage: 1, unresolved: 1,
      resolutionRate: 0.2, routedToTeamRate: 0.4, customMessageRate: 0.2,
      handoffReasons: { missing_knowledge: 1, customer_request: 1, repeated_failure: 0, safety: 0 },
      firstHumanReply: { replied: 1, waiting: 1 },
    });
    expect(report.totals.firstHumanReply.p50Seconds).toBeGreaterThanOrEqual(0);
    expect(report.byDay).toEqual([expect.objectContaining({ date: today(), conversations: 6 })]);
    expect(report.byLanguage.map((l: { lang: string; engaged: number }) => [l.lang, l.engaged])).toEqual([["en", 4], ["es", 1]]);
    const spanish = (await as(t, who, "GET", `/api/v1/admin/metrics?from=${today()}&to=${today()}&lang=es`)).json();
    expect(spanish.totals).toMatchObject({ conversations: 1, routedToTeam: 1, handoffReasons: { missing_knowledge: 1 } });
  });

  it("lists the unanswered questions by group, and re-runs one against new knowledge", async () => {
    const who = await admin();
    await driveConversations(who);
    const res = await as(t, who, "GET", "/api/v1/admin/knowledge-gaps");
    expect(res.statusCode).toBe(200);
    const gaps = res.json();
    expect(gaps).toMatchObject({ to: today(), questions: 3, truncated: false });
    const questions = gaps.groups.map((g: { lang: string; question: string }) => [g.lang, g.question]);
    expect(questions).toEqual(expect.arrayContaining([["en", "do you repair bicycles?"], ["es", "¿reparan bicicletas?"], ["en", "do you sell gift cards?"]]));
    const bikes = gaps.groups.find((g: { question: string }) => g.question === "do you repair bicycles?");
    expect(bikes).toMatchObject({ count: 1, alternates: [], examples: [{ text: "do you repair bicycles?" }] });
    await t.addKnowledge([repairs]);
    const rerun = await as(t, who, "POST", "/api/v1/admin/knowledge-gaps/rerun", { groupId: bikes.id });
    expect(rerun.statusCode).toBe(200);
    expect(rerun.json()).toMatchObject({ total: 1, answered: 1, results: [{ question: "do you repair bicycles?", decision: "answer", knowledgeIds: ["bike-repairs"] }] });
    const given = await as(t, who, "POST", "/api/v1/admin/knowledge-gaps/rerun", { questions: ["do you sell gift cards?", "can you fix my bicycle?"] });
    expect(given.json()).toMatchObject({ total: 2, results: [{ answered: false, decision: "no_knowledge" }, {}] });
  });

  it("answers 404 for a gap group that is not in the range", async () => {
    const who = await admin();
    const res = await as(t, who, "POST", "/api/v1/admin/knowledge-gaps/rerun", { groupId: "0123456789abcdef" });
    expect(res.statusCode).toBe(404);
  });

  it("refuses anonymous callers (401) and agents (403)", async () => {
    const agent = await staff(t, "agent");
    for (const [method, url] of [["GET", "/api/v1/admin/metrics"], ["GET", "/api/v1/admin/knowledge-gaps"], ["POST", "/api/v1/admin/knowledge-gaps/rerun"]] as const) {
      expect((await as(t, null, method, url, method === "POST" ? { questions: ["hi"] } : undefined)).statusCode).toBe(401);
      expect((await as(t, agent, method, url, method === "POST" ? { questions: ["hi"] } : undefined)).statusCode).toBe(403);
    }
  });

  it("refuses bad ranges with a clear 400", async () => {
    const who = await admin();
    const get = async (query: string) => {
      const res = await as(t, who, "GET", `/api/v1/admin/metrics?${query}`);
      expect(res.statusCode).toBe(400);
      return res.json().error;
    };
    expect(await get("from=2026-03-02&to=2026-03-01")).toMatchObject({ code: "validation_failed", message: expect.stringContaining("must be on or before") });
    expect(await get("from=2025-01-01&to=2026-01-02")).toMatchObject({ message: expect.stringContaining("at most 366") });
    expect(await get("from=2026-02-30&to=2026-03-01")).toMatchObject({ message: expect.stringContaining("YYYY-MM-DD") });
    expect(await get("from=yesterday")).toMatchObject({ code: "validation_failed", message: expect.stringContaining("YYYY-MM-DD") });
    expect(await get("lang=english")).toMatchObject({ code: "validation_failed" });
    const gaps = await as(t, who, "GET", "/api/v1/admin/knowledge-gaps?from=2026-03-02&to=2026-03-01");
    expect(gaps.statusCode).toBe(400);
    expect((await as(t, who, "GET", "/api/v1/admin/metrics?from=2025-01-01&to=2025-12-31")).statusCode).toBe(200);
  });

  it("documents the endpoints in OpenAPI", async () => {
    const spec = (await t.server.inject({ method: "GET", url: "/openapi.json" })).json();
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(["/api/v1/admin/metrics", "/api/v1/admin/knowledge-gaps", "/api/v1/admin/knowledge-gaps/rerun"]));
  });
});
