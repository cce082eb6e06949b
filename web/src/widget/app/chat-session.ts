import type { ConversationSocketEvent, PostMessageBody } from "@relevo/contracts";
import { ApiError, chatApi } from "./api-client";
import type { ChatAction } from "./chat-state";
import { openConversationSocket } from "./live-socket";
import { loadSession, type Session, saveSession } from "./session-store";

export interface StartContext {
  locale: string;
  identity: string | null;
  pageUrl: string | null;
}

/** How long a "typing" signal lasts without a new one (the server sends them every few seconds). */
const typingTimeoutMs = 5000;

/**
 * Starts a conversation. A shopper identity the server rejects (expired, wrong secret) must not lock the
 * shopper out of the chat: they continue as an anonymous shopper and are asked for an email if needed.
 */
async function startConversation(context: StartContext) {
  const body = { locale: context.locale, ...(context.pageUrl ? { pageUrl: context.pageUrl } : {}) };
  if (!context.identity) return chatApi.start(body);
  try {
    return await chatApi.start({ ...body, identity: context.identity });
  } catch (error) {
    if (error instanceof ApiError && error.code === "invalid_identity") return chatApi.start(body);
    throw error;
  }
}

/**
 * The I/O of one shopper's chat: start or resume the conversation, keep its socket, send turns. It only
 * dispatches actions; chat-state.ts decides what they mean for the UI.
 */
export function createChatSession(store: string, dispatch: (action: ChatAction) => void) {
  let session: Session | null = loadSession(store);
  let socket: { close(): void } | null = null;
  let starting: Promise<Session | null> | null = null;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const onEvent = (event: ConversationSocketEvent) => {
    if (event.type === "message.created") dispatch({ type: "received", messages: [event.message] });
    else if (event.type === "conversation.updated") dispatch({ type: "conversation", conversation: event.conversation });
    else if (event.type === "draft") dispatch({ type: "draft", id: event.draftId, text: event.text });
    else if (event.type === "typing") {
      dispatch({ type: "typing", name: event.author === "agent" ? (event.name ?? "") : "" });
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => dispatch({ type: "typing", name: null }), typingTimeoutMs);
    }
  };

  const connect = (current: Session) => {
    socket?.close();
    socket = openConversationSocket(chatApi.socketUrl(current.id, current.token), {
      // "ready" comes once the server listens, on every (re)connect: a reply sent between our last read and
      // then (while the page loaded, or the connection was down) is fetched now, not at the next reload.
      onEvent: (event) => (event.type === "ready" ? void refresh(current, "caughtUp") : onEvent(event)),
      onConnection: (connection) => dispatch({ type: "connection", connection }),
      onReconnected: () => {}, // "ready" follows every reconnect
    });
  };

  /**
   * Reads the conversation again: "loaded" when resuming on a page load (its history is not news),
   * "caughtUp" once the socket listens (replies missed meanwhile are). A token the server no longer accepts
   * forgets the session.
   */
  const refresh = async (current: Session, as: "loaded" | "caughtUp" = "loaded"): Promise<boolean> => {
    try {
      const view = await chatApi.get(current.id, current.token);
      dispatch({ type: as, view });
      return true;
    } catch (error) {
      if (error instanceof ApiError && (error.status === 401 || error.status === 404)) forget();
      else dispatch({ type: "failed" });
      return false;
    }
  };

  const forget = () => {
    socket?.close();
    socket = null;
    session = null;
    saveSession(store, null);
    dispatch({ type: "reset" });
  };

  const create = async (context: StartContext): Promise<Session | null> => {
    dispatch({ type: "loading" });
    try {
      const created = await startConversation(context);
      session = { id: created.conversation.id, token: created.visitorToken };
      saveSession(store, session);
      dispatch({ type: "loaded", view: created });
      connect(session);
      return session;
    } catch {
      dispatch({ type: "failed" });
      return null;
    }
  };

  /** The current conversation, created on first need (one request even if asked twice at once). */
  const ensure = (context: StartContext): Promise<Session | null> => {
    if (session) return Promise.resolve(session);
    starting ??= create(context).finally(() => {
      starting = null;
    });
    return starting;
  };

  const send = async (context: StartContext, body: PostMessageBody): Promise<boolean> => {
    const current = await ensure(context);
    if (!current) return false;
    dispatch({ type: "sending", text: "text" in body ? body.text : null });
    try {
      dispatch({ type: "sent", view: await chatApi.send(current.id, current.token, body) });
      return true;
    } catch {
      dispatch({ type: "failed" });
      return false;
    }
  };

  return {
    hasSession: () => session !== null,
    ensure,
    send,

    /** On the handshake: pick the stored conversation up again, with its live channel. */
    async resume(): Promise<void> {
      if (!session) return;
      dispatch({ type: "loading" });
      if (await refresh(session)) connect(session);
    },

    /** "Start a new conversation" after one ended, or a fresh start after identify(). */
    async restart(context: StartContext): Promise<void> {
      forget();
      await ensure(context);
    },

    close(): void {
      clearTimeout(typingTimer);
      socket?.close();
    },
  };
}

export type ChatSession = ReturnType<typeof createChatSession>;
