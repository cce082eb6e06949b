import type { PostMessageBody } from "@relevo/contracts";
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "preact/hooks";
import { type ChatSession, createChatSession, type StartContext } from "./chat-session";
import { type ChatState, chatReducer, initialChatState } from "./chat-state";
import type { LaunchParams } from "./launch-params";
import type { HostLink } from "./use-host";

export interface ChatControls {
  state: ChatState;
  send(body: PostMessageBody): Promise<boolean>;
  startNew(): Promise<void>;
  /** After a failed start or resume. */
  retry(): void;
}

/** Connects the chat session to the host page: resume on handshake, start on first open, badge while closed. */
export function useChat(launch: LaunchParams, host: HostLink): ChatControls {
  const [state, dispatch] = useReducer(chatReducer, initialChatState);
  const session = useMemo<ChatSession>(() => createChatSession(launch.store, dispatch), [launch.store]);
  const context = useRef<StartContext>({ locale: launch.lang, identity: null, pageUrl: null });
  context.current = { locale: launch.lang, identity: host.identity, pageUrl: host.pageUrl };

  useEffect(() => () => session.close(), [session]);

  useEffect(() => {
    if (host.ready) void session.resume();
  }, [host.ready, session]);

  // Layout effects, not effects: an effect waits for the next animation frame, which a closed (hidden) iframe
  // may not get for up to a second. A reply arriving meanwhile would count as read, and the badge would lag.
  useLayoutEffect(() => dispatch({ type: "visibility", open: host.open }), [host.open]);

  // Creating a conversation only when the shopper opens the chat keeps page views from creating them.
  // Not after a failure: the shopper retries with the button instead of the app hammering the server.
  const idle = !state.conversation && !state.loading && !state.failed;
  useEffect(() => {
    if (host.ready && host.open && idle && !session.hasSession()) void session.ensure(context.current);
  }, [host.ready, host.open, idle, session]);

  useLayoutEffect(() => {
    if (host.embedded) host.post({ type: "unread", count: state.unread });
  }, [state.unread, host.embedded, host.post]);

  useIdentityRestart(state, session, host.identity, context);

  return {
    state,
    send: (body) => session.send(context.current, body),
    startNew: () => session.restart(context.current),
    retry: () => void (session.hasSession() ? session.resume() : session.ensure(context.current)),
  };
}

/**
 * A shopper who signs in on the store after opening the chat: if they have not written yet, start over as
 * the identified shopper (the API takes the identity when a conversation starts).
 */
function useIdentityRestart(state: ChatState, session: ChatSession, identity: string | null, context: { current: StartContext }) {
  const seen = useRef(identity);
  useEffect(() => {
    if (identity === seen.current) return;
    seen.current = identity;
    const untouched = !state.messages.some((m) => m.author === "visitor");
    if (identity && state.conversation && !state.conversation.identified && untouched) void session.restart(context.current);
  }, [identity, state.conversation, state.messages, session, context]);
}
