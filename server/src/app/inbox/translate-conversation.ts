import { AppError } from "../../domain/errors.js";
import type { AppDeps } from "../app-deps.js";

export interface ConversationTranslation<Lang extends string = string> {
  to: Lang;
  messages: Array<{ id: string; text: string }>;
  handoffs: Array<{ id: string; summary: string }>;
}

/**
 * A conversation's transcript (internal notes included, as agents see it) and its handoff summaries,
 * translated into `to` by the language model for the agent reading it; ids as in the conversation's view,
 * so the console swaps texts and keeps the originals one click away. Nothing is stored: the translator
 * remembers recent translations in memory (agent/llm/translate-cache.ts).
 *
 * @example
 * await translateConversation(deps, "6f1c…", "en");
 * // { to: "en", messages: [{ id: "…", text: "Do you ship to Canada?" }, …], handoffs: [{ id: "…", summary: "…" }] }
 */
export async function translateConversation<Lang extends string>(
  deps: Pick<AppDeps, "uow" | "translator">,
  conversationId: string,
  to: Lang,
): Promise<ConversationTranslation<Lang>> {
  const { translator } = deps;
  if (!translator) {
    throw new AppError("translation_unavailable", "Translation needs a language model: set RELEVO_LLM_BASE_URL and RELEVO_LLM_MODEL.");
  }
  const { repos } = deps.uow;
  const conversation = await repos.conversations.findById(conversationId);
  if (!conversation) throw new AppError("conversation_not_found", `No conversation with id ${conversationId}.`);
  const [messages, handoffs] = await Promise.all([
    repos.messages.list(conversationId, { includeInternal: true }),
    repos.handoffs.listByConversation(conversationId),
  ]);
  let translated: string[];
  try {
    translated = await translator.translate({ texts: [...messages.map((m) => m.text), ...handoffs.map((h) => h.packet.summary)], to });
  } catch {
    throw new AppError("translation_failed", "The language model could not translate this conversation right now; try again in a moment.");
  }
  return {
    to,
    messages: messages.map((m, i) => ({ id: m.id, text: translated[i] ?? m.text })),
    handoffs: handoffs.map((h, i) => ({ id: h.id, summary: translated[messages.length + i] ?? h.packet.summary })),
  };
}
