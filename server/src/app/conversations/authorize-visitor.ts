import { AppError } from "../../domain/errors.js";
import type { Repos } from "../../domain/ports.js";
import type { ConversationRecord } from "../../domain/records.js";
import { visitorTokenMatches } from "./visitor-token.js";

/**
 * Loads a conversation for the shopper holding its token. An unknown id is 404; a wrong or missing token
 * is 401 — the same answer whether or not the id exists would hide existence, but shoppers reloading a
 * deleted chat need the 404 to start a new one, and ids are unguessable UUIDs.
 */
export async function authorizeVisitor(
  repos: Repos,
  conversationId: string,
  visitorToken: string | null,
): Promise<ConversationRecord> {
  return checkVisitorToken(await repos.conversations.findById(conversationId), conversationId, visitorToken);
}

/** The check itself, for callers that loaded the conversation another way (a turn reads it with its context). */
export function checkVisitorToken(conversation: ConversationRecord | null, conversationId: string, visitorToken: string | null): ConversationRecord {
  if (!conversation) throw new AppError("conversation_not_found", `No conversation with id ${conversationId}.`);
  if (!visitorToken || !visitorTokenMatches(visitorToken, conversation.visitorTokenHash)) {
    throw new AppError("unauthorized", "This conversation needs its visitor token: send `Authorization: Bearer <visitorToken>`.");
  }
  return conversation;
}
