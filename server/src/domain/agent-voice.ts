/** How the language model answerer sounds: a merchant setting (Settings → Store → AI agent voice). */
export type AgentTone = "neutral" | "friendly" | "formal";

export interface AgentVoice {
  tone: AgentTone;
  /**
   * Phrases the agent must never say (compared case-insensitively). An answer containing
   * one is not shown; the shopper gets the no-knowledge path instead (see agent/llm/check-model-answer.ts).
   */
  forbiddenPhrases: string[];
}

export const agentTones: readonly AgentTone[] = ["neutral", "friendly", "formal"];
export const defaultAgentVoice: AgentVoice = { tone: "neutral", forbiddenPhrases: [] };
export const forbiddenPhraseLimits = { count: 50, length: 120 } as const;

/** The voice one turn is answered in: the merchant's tone and phrases, speaking for the store by its name. */
export interface TurnVoice extends AgentVoice {
  brandName: string;
}

export function turnVoice(settings: { storeName: string; agentVoice: AgentVoice }): TurnVoice {
  return { brandName: settings.storeName, ...settings.agentVoice };
}
