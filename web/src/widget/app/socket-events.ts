import type { ConversationSocketEvent } from "@relevo/contracts";

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/**
 * A light structural check instead of zod (bundle size): the ids, texts and statuses the UI keys on and
 * renders must be strings. The server builds these frames from the same contract types.
 */
function isSocketEvent(event: unknown): event is ConversationSocketEvent {
  if (!isObject(event) || !("type" in event)) return false;
  if (event.type === "message.created" && "message" in event && isObject(event.message)) {
    const m = event.message;
    return "id" in m && typeof m.id === "string" && "text" in m && typeof m.text === "string";
  }
  if (event.type === "conversation.updated" && "conversation" in event && isObject(event.conversation)) {
    const c = event.conversation;
    return "status" in c && typeof c.status === "string";
  }
  if (event.type === "ready") return true;
  if (event.type === "draft") return "draftId" in event && typeof event.draftId === "string" && "text" in event && typeof event.text === "string";
  return event.type === "typing" && "author" in event;
}

/** A socket frame as a contract event, or null for anything else. */
export function parseSocketEvent(raw: unknown): ConversationSocketEvent | null {
  if (typeof raw !== "string") return null;
  try {
    const event: unknown = JSON.parse(raw);
    return isSocketEvent(event) ? event : null;
  } catch {
    return null;
  }
}
