/** How the model should sound; settings-like, so each has a safe default. */
export type Tone = "neutral" | "friendly" | "formal";

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
