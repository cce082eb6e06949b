import type { ConversationDto, MessageDto } from "@relevo/contracts";
import type { StoreSettings } from "../../domain/ports.js";
import type { ConversationRecord, MessageRecord } from "../../domain/records.js";

/** Records → the public contract shapes. Nothing internal (token hashes, meta, notes) leaves here. */
export function toMessageDto(m: MessageRecord): MessageDto {
  return {
    id: m.id,
    author: m.author,
    authorName: m.authorName,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
    ...(m.citations && m.citations.length > 0 ? { citations: m.citations } : {}),
    ...(m.actions && m.actions.length > 0 ? { actions: m.actions } : {}),
  };
}

export function toConversationDto(
  c: ConversationRecord,
  view: { settings: Pick<StoreSettings, "handoffMethod">; agentName?: string | null },
): ConversationDto {
  return {
    id: c.id,
    status: c.status,
    locale: c.locale,
    identified: c.email !== null,
    humanAvailable: view.settings.handoffMethod.kind === "helpdesk",
    agentName: view.agentName ?? null,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
  };
}
