import type { InboxConversationDto, InboxMessageDto } from "@relevo/contracts";
import type { OutboundEmailRecord } from "../../domain/inbox/inbox-ports.js";
import type { ConversationRecord, HandoffRecord, MessageRecord, UserRecord } from "../../domain/records.js";
import type { InboxSettings } from "../../domain/inbox/inbox-settings.js";
import { weekdays } from "../../domain/office-hours/office-hours.js";
import { toMessageDto } from "./dto.js";

/** Records → the Inbox contract shapes (agents see notes, emails and handoff packets; never token hashes). */
export function toInboxConversationDto(c: ConversationRecord, names: Map<string, string>): InboxConversationDto {
  const holder = c.assignedUserId ? names.get(c.assignedUserId) : undefined;
  return {
    id: c.id, status: c.status, locale: c.locale, email: c.email, name: c.name, pageUrl: c.pageUrl,
    assignedTo: c.assignedUserId && holder ? { id: c.assignedUserId, name: holder } : null,
    lastActivityAt: c.lastActivityAt.toISOString(), createdAt: c.createdAt.toISOString(),
  };
}

export const toInboxMessageDto = (m: MessageRecord): InboxMessageDto => ({ ...toMessageDto(m), internal: m.internal });

export function toHandoffViewDto(h: HandoffRecord) {
  const p = h.packet;
  return {
    id: h.id, destination: h.destination, deliveryStatus: h.deliveryStatus, attempts: h.attempts, externalUrl: h.externalUrl,
    lastError: h.lastError, deliveredAt: h.deliveredAt?.toISOString() ?? null, createdAt: h.createdAt.toISOString(),
    packet: { reason: p.reason, summary: p.summary, summarySource: p.summarySource ?? "rules", citations: p.citations, lang: p.lang, email: p.email, name: p.name, profileId: p.profileId, pageUrl: p.pageUrl },
  };
}

export function toEmailDeliveryDto(e: OutboundEmailRecord) {
  return { id: e.id, toAddress: e.toAddress, status: e.status, attempts: e.attempts, lastError: e.lastError, sentAt: e.sentAt?.toISOString() ?? null };
}

export function toAdminUserDto(u: UserRecord) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, locale: u.locale, disabled: u.disabled, createdAt: u.createdAt.toISOString() };
}

/** Stored settings → the contract: every weekday listed, an empty list for days off. */
export function toInboxSettingsDto(s: InboxSettings) {
  const hours = s.officeHours;
  const weekly = hours ? Object.fromEntries(weekdays.map((d) => [d, hours.weekly[d] ?? []])) : null;
  return { ...s, officeHours: hours && weekly ? { ...hours, weekly: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], ...weekly } } : null };
}
