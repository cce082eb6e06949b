import type { ConversationDto, MessageDto } from "@relevo/contracts";
import { describe, expect, it } from "vitest";
import { type ChatState, chatReducer, initialChatState } from "./chat-state";

const conversation = (status: ConversationDto["status"], updatedAt: string): ConversationDto => ({
  id: "c1", status, locale: "en", identified: false, humanAvailable: true, agentName: null, createdAt: "2026-01-01T10:00:00Z", updatedAt,
});
const message = (id: string, author: MessageDto["author"], at: string): MessageDto => ({ id, author, text: id, createdAt: at });

const open: ChatState = { ...initialChatState, open: true };

describe("the chat state", () => {
  it("shows a message once when it arrives over the socket and in the HTTP response", () => {
    const reply = message("m2", "ai", "2026-01-01T10:00:02Z");
    let state = chatReducer(open, { type: "received", messages: [reply] });
    state = chatReducer(state, { type: "sent", view: { conversation: conversation("ai", "2026-01-01T10:00:02Z"), messages: [message("m1", "visitor", "2026-01-01T10:00:01Z"), reply] } });
    expect(state.messages.map((m) => m.id)).toEqual(["m1", "m2"]);
    expect(state.busy).toBe(false);
  });

  it("counts replies that arrive while the chat is closed, and clears the count when it opens", () => {
    let state = chatReducer(initialChatState, { type: "received", messages: [message("a", "agent", "2026-01-01T10:00:01Z")] });
    state = chatReducer(state, { type: "received", messages: [message("a", "agent", "2026-01-01T10:00:01Z"), message("v", "visitor", "2026-01-01T10:00:02Z")] });
    expect(state.unread).toBe(1);
    expect(chatReducer(state, { type: "visibility", open: true }).unread).toBe(0);
  });

  it("counts replies missed while the socket was down as unread when it catches up, but not history on resume", () => {
    const history = [message("v", "visitor", "2026-01-01T10:00:01Z"), message("a", "agent", "2026-01-01T10:00:02Z")];
    const resumed = chatReducer(initialChatState, { type: "loaded", view: { conversation: conversation("with_agent", "2026-01-01T10:00:02Z"), messages: history } });
    expect(resumed.unread).toBe(0);
    const missed = message("b", "agent", "2026-01-01T10:00:09Z");
    const caughtUp = chatReducer(resumed, { type: "caughtUp", view: { conversation: conversation("with_agent", "2026-01-01T10:00:09Z"), messages: [...history, missed] } });
    expect(caughtUp.messages.map((m) => m.id)).toEqual(["v", "a", "b"]);
    expect(caughtUp.unread).toBe(1);
    expect(caughtUp.conversation?.updatedAt).toBe("2026-01-01T10:00:09Z");
  });

  it("ignores a late socket update older than what the last response said", () => {
    const state = chatReducer(open, { type: "conversation", conversation: conversation("collecting_email", "2026-01-01T10:00:05Z") });
    const late = chatReducer(state, { type: "conversation", conversation: conversation("offering", "2026-01-01T10:00:03Z") });
    expect(late.conversation?.status).toBe("collecting_email");
  });

  it("shows the shopper's text at once and drops it when the turn comes back", () => {
    const sending = chatReducer(open, { type: "sending", text: "hello" });
    expect(sending).toMatchObject({ busy: true, pendingText: "hello" });
    const failed = chatReducer(sending, { type: "failed" });
    expect(failed).toMatchObject({ busy: false, pendingText: null, failed: true });
  });
});

describe("the AI's reply while it is generated (drafts)", () => {
  const turn = (): ChatState => chatReducer(open, { type: "sending", text: "do you ship to Canada?" });

  it("grows the draft bubble, then replaces it with the stored reply", () => {
    let state = chatReducer(turn(), { type: "draft", id: "d1", text: "Yes, we" });
    state = chatReducer(state, { type: "draft", id: "d1", text: "Yes, we ship to" });
    expect(state.draft).toEqual({ id: "d1", text: "Yes, we ship to" });
    state = chatReducer(state, { type: "received", messages: [message("v1", "visitor", "2026-01-01T10:00:01Z")] });
    expect(state.draft?.text).toBe("Yes, we ship to");
    state = chatReducer(state, { type: "received", messages: [message("a1", "ai", "2026-01-01T10:00:02Z")] });
    expect(state.draft).toBeNull();
    expect(state.messages.map((m) => m.id)).toEqual(["v1", "a1"]);
  });

  it("does not bring a draft back when one of its frames arrives after the stored reply", () => {
    let state = chatReducer(turn(), { type: "draft", id: "d1", text: "Yes, we" });
    state = chatReducer(state, { type: "received", messages: [message("a1", "ai", "2026-01-01T10:00:02Z")] });
    state = chatReducer(state, { type: "draft", id: "d1", text: "Yes, we ship to" });
    expect(state.draft).toBeNull();
    expect(chatReducer(state, { type: "draft", id: "d2", text: "Next" }).draft).toEqual({ id: "d2", text: "Next" });
  });

  it("drops the draft when the server withdraws it, when the turn's response comes back, and when the turn fails", () => {
    const drafting = chatReducer(turn(), { type: "draft", id: "d1", text: "Yes, we" });
    expect(chatReducer(drafting, { type: "draft", id: "d1", text: "" }).draft).toBeNull();
    const view = { conversation: conversation("offering", "2026-01-01T10:00:03Z"), messages: [message("s1", "system", "2026-01-01T10:00:03Z")] };
    const sent = chatReducer(drafting, { type: "sent", view });
    expect(sent.draft).toBeNull();
    expect(sent.messages.map((m) => m.id)).toEqual(["s1"]);
    expect(chatReducer(drafting, { type: "failed" }).draft).toBeNull();
  });
});
