import type { AgentTone } from "../../domain/agent-voice.js";

/** How the model should sound (the store's settings, domain/agent-voice.ts); each has a safe default. */
export type Tone = AgentTone;

export interface VoiceOptions {
  /** The store's name, used to speak as the store ("we"). */
  brandName?: string;
  tone?: Tone;
  /**
   * Phrases the agent must never say (case-insensitive). An answer containing one is not shown:
   * it becomes no_knowledge rather than being stripped, since cutting words out of a sentence can
   * change its meaning, and an offer of a person is always a safe reply.
   */
  forbiddenPhrases?: string[];
}

export interface ResolvedVoice {
  brandName: string;
  tone: Tone;
  forbiddenPhrases: string[];
}

export function resolveVoice(options: VoiceOptions = {}): ResolvedVoice {
  return {
    brandName: options.brandName?.trim() || "the store",
    tone: options.tone ?? "neutral",
    forbiddenPhrases: (options.forbiddenPhrases ?? []).map((p) => p.trim()).filter(Boolean),
  };
}
