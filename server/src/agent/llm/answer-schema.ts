import { z } from "zod";

/** The languages Relevo speaks with shoppers (agent/language/detect-language.ts). */
export const SHOPPER_LANGS = ["en", "es"] as const;

/**
 * The only thing Relevo reads from the model: a structured verdict, never free text. The handoff
 * and every other state change are decided from these fields by Relevo's own rules.
 * Passed to `Output.object({ schema })` — AI SDK v6 replaced `generateObject` with
 * `generateText({ output })` (https://ai-sdk.dev/docs/ai-sdk-core/generating-structured-data).
 */
export const modelAnswerSchema = z.object({
  answerable: z.boolean().describe("true only if the knowledge entries fully answer the question"),
  answer: z.string().describe("the reply to the shopper, written only from the knowledge entries"),
  usedIds: z.array(z.string()).describe("ids of the knowledge entries the answer relies on"),
  language: z.enum(SHOPPER_LANGS).describe("language of the answer"),
});

export type ModelAnswer = z.infer<typeof modelAnswerSchema>;
