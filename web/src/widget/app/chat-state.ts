import type { ConversationDto, MessageDto } from "@relevo/contracts";
import type { ConversationView } from "./api-client";
import type { Connection } from "./live-socket";
import { mergeMessages } from "./merge-messages";

export interface ChatState {
  conversation: ConversationDto | null;
  messages: MessageDto[];
  /** Starting or resuming a conversation. */
  loading: boolean;
  /** A turn is on its way: its text (shown at once) and the typing indicator. */
  busy: boolean;
  pendingText: string | null;
  /** Someone is typing, per the socket: their name, or "" for the assistant; null when nobody. */
  typing: string | null;
  failed: boolean;
  connection: Connection;
  open: boolean;
  /** Replies that arrived while the chat was closed (the bubble's badge). */
  unread: number;
  /** The AI's reply while it is generated (socket "draft" frames); the stored message replaces it. */
  draft: { id: string; text: string } | null;
  /** Drafts already replaced by their stored reply: a frame that arrives late must not bring one back. */
  doneDrafts: string[];
}

export type ChatAction =
  | { type: "loading" }
  | { type: "loaded"; view: ConversationView }
  /** Read again after the socket came back: what it missed is new, and counts as unread while closed. */
  | { type: "caughtUp"; view: ConversationView }
  | { type: "received"; messages: MessageDto[] }
  | { type: "conversation"; conversation: ConversationDto }
  | { type: "sending"; text: string | null }
  | { type: "sent"; view: ConversationView }
  | { type: "failed" }
  | { type: "typing"; name: string | null }
  | { type: "draft"; id: string; text: string }
  | { type: "connection"; connection: Connection }
  | { type: "visibility"; open: boolean }
  | { type: "reset" };

export const initialChatState: ChatState = {
  conversation: null, messages: [], loading: false, busy: false, pendingText: null, typing: null,
  failed: false, connection: "connecting", open: false, unread: 0, draft: null, doneDrafts: [],
};

/** The turn's stored replies arrived (or it ended): the draft goes, and stays gone. */
function endDraft(state: ChatState): ChatState {
  if (!state.draft) return state;
  return { ...state, draft: null, doneDrafts: [...state.doneDrafts, state.draft.id].slice(-8) };
}

function showDraft(state: ChatState, id: string, text: string): ChatState {
  if (state.doneDrafts.includes(id)) return state;
  // "" withdraws a draft the server stopped trusting; the typing indicator shows again until the reply.
  return { ...state, draft: text ? { id, text } : null };
}

/** A late socket frame must not roll the state back past what a newer HTTP response said. */
function newer(current: ConversationDto | null, next: ConversationDto): ConversationDto {
  return current && current.id === next.id && Date.parse(next.updatedAt) < Date.parse(current.updatedAt) ? current : next;
}

function receive(state: ChatState, incoming: MessageDto[]): ChatState {
  const { messages, added } = mergeMessages(state.messages, incoming);
  if (added.length === 0) return state;
  const replies = added.filter((m) => m.author !== "visitor").length;
  return {
    ...(replies > 0 ? endDraft(state) : state),
    messages,
    typing: replies > 0 ? null : state.typing,
    unread: state.open ? 0 : state.unread + replies,
  };
}

/** Every change to the chat, in one pure function (the hook in use-chat.ts does the I/O). */
export function chatReducer(state: ChatState, action: ChatAction): ChatState {
  switch (action.type) {
    case "loading":
      return { ...state, loading: true, failed: false };
    case "loaded":
      return { ...endDraft(state), loading: false, conversation: action.view.conversation, messages: mergeMessages([], action.view.messages).messages };
    case "received":
      return receive(state, action.messages);
    case "caughtUp": {
      const next = receive(state, action.view.messages);
      return { ...next, loading: false, conversation: newer(state.conversation, action.view.conversation) };
    }
    case "conversation":
      return { ...state, conversation: newer(state.conversation, action.conversation) };
    case "sending":
      return { ...state, busy: true, pendingText: action.text, failed: false };
    case "sent": {
      const next = receive(endDraft({ ...state, busy: false, pendingText: null }), action.view.messages);
      return { ...next, conversation: newer(state.conversation, action.view.conversation) };
    }
    case "failed":
      return { ...endDraft(state), busy: false, loading: false, pendingText: null, failed: true };
    case "typing":
      return { ...state, typing: action.name };
    case "draft":
      return showDraft(state, action.id, action.text);
    case "connection":
      return { ...state, connection: action.connection };
    case "visibility":
      return { ...state, open: action.open, unread: action.open ? 0 : state.unread };
    case "reset":
      return { ...initialChatState, open: state.open, connection: state.connection };
  }
}
