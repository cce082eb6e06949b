import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type FakeOpenAi, startFakeOpenAi } from "../../../test/support/fake-openai.js";
import { shopperSays, startChat } from "../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../test/support/test-app.js";
import { ofType, openTestSocket, type TestSocket } from "../../../test/support/ws-client.js";
import { knowledge } from "./test-support/mock-model.js";

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await startFakeOpenAi();
});
afterAll(async () => {
  await fake.close();
});

const t = useTestApp({}, () => ({ RELEVO_LLM_BASE_URL: fake.baseUrl, RELEVO_LLM_MODEL: "fake-model", RELEVO_LLM_TIMEOUT_MS: "5000" }));
const answer = "You have 30 days to send back unworn items, and the return label is free.";
const verdict = { answerable: true, answer, usedIds: ["returns"], language: "en" };
/** ~150 characters of JSON in 8-character server-sent events 40 ms apart: about 0.75 s of generation. */
const slowly = (content: unknown) => fake.script({ kind: "stream", content, chunkSize: 8, chunkDelayMs: 40 });

let sockets: TestSocket[] = [];
afterEach(async () => {
  await Promise.all(sockets.map((s) => s.close()));
  sockets = [];
});

async function shopperSocket(chat: { id: string; token: string }): Promise<{ socket: TestSocket; arrivals: number[] }> {
  await t.server.listen({ port: 0, host: "127.0.0.1" }).catch(() => {});
  const address = t.server.server.address();
  if (typeof address !== "object" || !address) throw new Error("not listening");
  const socket = await openTestSocket(`ws://127.0.0.1:${address.port}/api/v1/conversations/${chat.id}/socket?token=${chat.token}`);
  sockets.push(socket);
  await socket.next(ofType("ready")); // the server listens from here on
  // One arrival time per received frame, index for index (frames so far: no time).
  const arrivals: number[] = socket.received.map(() => 0);
  socket.raw.on("message", () => arrivals.push(performance.now()));
  return { socket, arrivals };
}

const isAiMessage = (m: Record<string, unknown>) => m.type === "message.created" && (m.message as { author?: string }).author === "ai";

describe("a streamed reply from the language model", () => {
  it("reaches the shopper's socket as growing drafts before the stored message, which is stored once", async () => {
    await t.addKnowledge(knowledge);
    slowly(verdict);
    const chat = await startChat(t);
    const { socket, arrivals } = await shopperSocket(chat);
    const posted = performance.now();
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    expect(res.statusCode).toBe(200);
    await socket.next(isAiMessage);

    expect(fake.requests.at(-1)).toMatchObject({ stream: true });
    const final = socket.received.findIndex(isAiMessage);
    const drafts = socket.received.slice(0, final).filter((m) => m.type === "draft");
    expect(drafts.length).toBeGreaterThanOrEqual(2);
    expect(new Set(drafts.map((d) => d.draftId)).size).toBe(1);
    for (const draft of drafts) expect(answer.startsWith(String(draft.text))).toBe(true);
    expect(socket.received.slice(final).some((m) => m.type === "draft")).toBe(false);
    expect(socket.received[final]).toMatchObject({ message: { text: answer } });

    const view = await t.server.inject({ method: "GET", url: `/api/v1/conversations/${chat.id}`, headers: { authorization: `Bearer ${chat.token}` } });
    const texts: string[] = view.json().messages.map((m: { text: string }) => m.text);
    expect(texts.filter((text) => text === answer)).toHaveLength(1);
    // Nothing of the drafts was stored: every stored message is whole (the greeting, the question, the answer).
    expect(texts.filter((text) => answer.startsWith(text))).toEqual([answer]);

    const firstDraftMs = (arrivals[socket.received.indexOf(drafts[0] ?? {})] ?? 0) - posted;
    const finalMs = (arrivals[final] ?? 0) - posted;
    expect(firstDraftMs).toBeLessThan(finalMs);
    console.info(`streaming: first draft after ${firstDraftMs.toFixed(0)} ms, stored reply after ${finalMs.toFixed(0)} ms, ${drafts.length} drafts`);
  });

  it("shows the offer of a person, not the drafts, when the final answer is rejected", async () => {
    await t.addKnowledge(knowledge);
    slowly({ ...verdict, usedIds: ["not-a-retrieved-entry"] });
    const chat = await startChat(t);
    const { socket } = await shopperSocket(chat);
    const res = await shopperSays(t, chat, { text: "how long do I have to return an item?" });
    await socket.next((m) => m.type === "conversation.updated");
    expect(socket.received.filter((m) => m.type === "draft").length).toBeGreaterThanOrEqual(2);
    const replies: string[] = res.json().messages.slice(1).map((m: { text: string }) => m.text);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((text) => text.includes("30 days to send back"))).toBe(false);
    expect(res.json().conversation.status).toBe("offering");
  });
});
