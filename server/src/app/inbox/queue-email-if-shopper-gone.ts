import type { DomainEvent } from "../../domain/domain-events.js";
import { socketGraceMs } from "../../domain/inbox/inbox-settings.js";
import { replyEmail } from "../../domain/inbox/reply-email.js";
import type { Repos } from "../../domain/ports.js";
import type { ConversationRecord, MessageRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";

/**
 * Inside the reply's transaction: when the shopper gave an email and no chat socket of theirs is alive on
 * any process, the reply is put in the email outbox. Sending happens after commit (app/inbox/send-pending-emails.ts),
 * so a slow SMTP server never holds the transaction and a crash never loses the email.
 */
export async function queueEmailIfShopperGone(
  deps: Pick<AppDeps, "now" | "newId" | "publicUrl">,
  repos: Repos,
  written: { conversation: ConversationRecord; messages: MessageRecord[] },
  from: { storeName: string; agentName: string },
): Promise<DomainEvent[]> {
  const { conversation } = written;
  const message = written.messages[0];
  if (!conversation.email || !message) return [];
  const now = deps.now();
  if (await repos.presence.hasLiveSocket("visitor", conversation.id, new Date(now.getTime() - socketGraceMs))) return [];
  const link = `${deps.publicUrl}/demo?conversation=${conversation.id}`;
  const { subject, body } = replyEmail({ lang: conversation.locale, ...from, text: message.text, link });
  const id = deps.newId();
  await repos.outboundEmails.insert({
    id, conversationId: conversation.id, messageId: message.id, toAddress: conversation.email, subject, body,
    status: "pending", attempts: 0, nextAttemptAt: now, lastError: null, sentAt: null, createdAt: now,
  });
  return [{ type: "email.queued", conversationId: conversation.id, emailId: id }];
}
