import type { MessageDto } from "@relevo/contracts";

/**
 * Adds messages that are not there yet. A message can arrive twice, over the socket and in the HTTP
 * response of the same turn; its id decides. Kept in createdAt order (stable for equal times, so a
 * turn's replies keep the order the server wrote them in).
 */
export function mergeMessages(existing: MessageDto[], incoming: MessageDto[]): { messages: MessageDto[]; added: MessageDto[] } {
  const known = new Set(existing.map((m) => m.id));
  const added = incoming.filter((m) => {
    if (known.has(m.id)) return false;
    known.add(m.id);
    return true;
  });
  if (added.length === 0) return { messages: existing, added };
  const messages = [...existing, ...added].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  return { messages, added };
}
