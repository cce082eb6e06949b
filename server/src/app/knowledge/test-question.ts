import { turnVoice } from "../../domain/agent-voice.js";
import type { AgentDecision } from "../../domain/agent-decision.js";
import type { AppDeps } from "../app-deps.js";

/**
 * The console's "test a question" box: what the agent would decide about a shopper's first message,
 * with the knowledge and the voice settings of this moment. Nothing is stored.
 *
 * @example
 * await testQuestion(deps, { text: "do you ship to Canada?" });
 * // { kind: "answer", lang: "en", text: "Yes …", knowledgeIds: ["shipping-canada"], citations: [...] }
 */
export async function testQuestion(deps: Pick<AppDeps, "answerer" | "settings">, input: { text: string; locale?: string | undefined }): Promise<AgentDecision> {
  const [answerer, settings] = await Promise.all([deps.answerer(), deps.settings()]);
  return answerer.decide({ text: input.text, context: [], voice: turnVoice(settings), ...(input.locale ? { locale: input.locale } : {}) });
}
