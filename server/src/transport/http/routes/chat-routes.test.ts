import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../../test/support/test-app.js";
import type { KnowledgeEntry } from "../../../domain/knowledge.js";

const knowledge: KnowledgeEntry[] = [
  { id: "returns", kind: "faq", lang: "en", question: "How long do I have to return an item?", alternates: ["return period", "send something back"], answer: "You can return unworn items within 30 days of delivery.", url: "https://shop.example/returns" },
  { id: "devoluciones", kind: "faq", lang: "es", question: "¿Cuánto tiempo tengo para devolver un artículo?", alternates: ["plazo de devolución"], answer: "Puedes devolver artículos sin usar en 30 días desde la entrega.", url: null },
  { id: "shipping", kind: "faq", lang: "en", question: "How long does shipping take?", alternates: ["delivery time", "when will my order arrive"], answer: "Orders arrive in 3-5 business days.", url: null },
];

describe("the public chat API", () => {
  const t = useTestApp();

  async function start(body: Record<string, unknown> = { locale: "en" }) {
    await t.addKnowledge(knowledge);
    const res = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: body });
    expect(res.statusCode).toBe(201);
    return res.json() as { conversation: { id: string; status: string }; visitorToken: string; messages: Array<{ author: string; text: string }> };
  }

  function send(id: string, token: string | null, payload: unknown) {
    return t.server.inject({
      method: "POST", url: `/api/v1/conversations/${id}/messages`, payload: payload as object,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  it("starts a conversation with a greeting in the shopper's language and a visitor token", async () => {
    const started = await start({ locale: "es-MX", pageUrl: "https://shop.example/p/1" });
    expect(started.conversation.status).toBe("ai");
    expect(started.visitorToken.length).toBeGreaterThan(30);
    expect(started.messages[0]).toMatchObject({ author: "ai" });
    expect(started.messages[0]?.text).toMatch(/Hola/);
  });

  it("answers a covered question with a citation and returns the shopper's message with the reply", async () => {
    const { conversation, visitorToken } = await start();
    const res = await send(conversation.id, visitorToken, { text: "how many days do I have to send back shoes?" });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.messages.map((m: { author: string }) => m.author)).toEqual(["visitor", "ai"]);
    expect(body.messages[1].text).toContain("30 days");
    expect(body.messages[1].citations[0]).toMatchObject({ knowledgeId: "returns", url: "https://shop.example/returns" });
    expect(body.conversation.status).toBe("ai");
    expect(body.messages[0].createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/);
  });

  it("offers a person with actions when the knowledge has no answer, and records a yes", async () => {
    const { conversation, visitorToken } = await start();
    const offered = (await send(conversation.id, visitorToken, { text: "can you recommend a good lawnmower for my garden?" })).json();
    expect(offered.conversation.status).toBe("offering");
    expect(offered.messages[1].actions.map((a: { type: string }) => a.type)).toEqual(["handoff.accept", "handoff.decline"]);
    const accepted = (await send(conversation.id, visitorToken, { action: "handoff.accept" })).json();
    expect(accepted.conversation.status).toBe("collecting_email");
  });

  it("reads back the whole conversation for the token holder", async () => {
    const { conversation, visitorToken } = await start();
    await send(conversation.id, visitorToken, { text: "what is the return period?" });
    const res = await t.server.inject({ method: "GET", url: `/api/v1/conversations/${conversation.id}`, headers: { authorization: `Bearer ${visitorToken}` } });
    expect(res.statusCode).toBe(200);
    expect(res.json().messages).toHaveLength(3);
  });

  describe("bad input", () => {
    it("answers 404 conversation_not_found for an unknown conversation", async () => {
      const { visitorToken } = await start();
      const res = await send("6f1c1a52-59a8-4c1c-9a49-3f0a7a1d2e10", visitorToken, { text: "hi" });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("conversation_not_found");
    });

    it("answers 401 unauthorized for a missing or wrong token, and stores nothing", async () => {
      const { conversation } = await start();
      expect((await send(conversation.id, null, { text: "hi" })).json().error.code).toBe("unauthorized");
      const wrong = await send(conversation.id, "not-the-token", { text: "hi" });
      expect(wrong.statusCode).toBe(401);
      expect(await t.relevo.deps.uow.repos.messages.list(conversation.id, { includeInternal: true })).toHaveLength(1);
    });

    it.each([
      ["empty text", { text: "   " }],
      ["text over 4,000 characters", { text: "a".repeat(4001) }],
      ["an unknown action", { action: "handoff.maybe" }],
      ["both text and action", { text: "hi", action: "handoff.accept" }],
    ])("answers 400 validation_failed for %s, and stores nothing", async (_name, payload) => {
      const { conversation, visitorToken } = await start();
      const res = await send(conversation.id, visitorToken, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: "validation_failed", message: expect.any(String) });
      expect(await t.relevo.deps.uow.repos.messages.list(conversation.id, { includeInternal: true })).toHaveLength(1);
    });

    it("answers 400 invalid_json for malformed JSON", async () => {
      const { conversation, visitorToken } = await start();
      const res = await t.server.inject({
        method: "POST", url: `/api/v1/conversations/${conversation.id}/messages`, payload: '{"text": "hi"',
        headers: { authorization: `Bearer ${visitorToken}`, "content-type": "application/json" },
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("invalid_json");
    });

    it("answers 400 for a malformed conversation id and an unsigned identity", async () => {
      expect((await send("not-a-uuid", "x", { text: "hi" })).json().error.code).toBe("validation_failed");
      const res = await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { identity: "eyJhbGciOiJub25lIn0.e30." } });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("invalid_identity");
    });
  });

  it("documents the chat API at /openapi.json", async () => {
    const res = await t.server.inject({ method: "GET", url: "/openapi.json" });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/conversations", "/api/v1/conversations/{id}/messages", "/api/v1/conversations/{id}"]));
  });

  it("answers /healthz once the database is migrated", async () => {
    expect((await t.server.inject({ method: "GET", url: "/healthz" })).statusCode).toBe(200);
  });
});
