import { generateText, type LanguageModel, Output } from "ai";
import { z } from "zod";
import { redactCardNumbers } from "../../domain/card-numbers.js";
import type { Summarizer } from "../../domain/model-ports.js";
import { buildSummarySystemPrompt, buildSummaryUserPrompt } from "./summarize-prompt.js";

/** Longer than any useful note; a model that rambles is cut rather than trusted to stop. */
const MAX_SUMMARY_CHARS = 1_200;

const summarySchema = z.object({
  summary: z.string().describe("2 to 4 sentences for the agent who takes over the conversation"),
});

/**
 * The handoff summary written by the configured model. One structured call (`Output.object`,
 * https://ai-sdk.dev/docs/ai-sdk-core/generating-structured-data), temperature 0, bounded by `timeoutMs`,
 * no retries (the delivery job is waiting and the rule-built summary is already there). Throws on a
 * timeout, an HTTP error, output that does not fit the schema, or an empty summary: callers keep the
 * rule-built one. The result is checked like any third-party text: card numbers redacted, tags refused.
 *
 * @example
 * const summarizer = createHandoffSummarizer({ model, timeoutMs: 15_000 });
 * await summarizer.summarize({ transcript: packet.transcript, lang: "es", reason: "missing_knowledge" });
 * // "La clienta pregunta si pueden grabar un nombre en la taza; la IA no tenía esa información."
 */
export function createHandoffSummarizer(options: {
  model: LanguageModel;
  timeoutMs: number;
  /** Told why a summary was not written (for the operator's log); the error is still thrown. */
  onFailure?: (error: unknown) => void;
}): Summarizer {
  return {
    async summarize(input) {
      try {
        return await summarizeOnce(options, input);
      } catch (error) {
        options.onFailure?.(error);
        throw error;
      }
    },
  };
}

async function summarizeOnce(
  options: { model: LanguageModel; timeoutMs: number },
  input: Parameters<Summarizer["summarize"]>[0],
): Promise<string> {
  const { output } = await generateText({
    model: options.model,
    system: buildSummarySystemPrompt(input.lang),
    prompt: buildSummaryUserPrompt(input),
    output: Output.object({ schema: summarySchema }),
    temperature: 0,
    maxRetries: 0,
    abortSignal: AbortSignal.timeout(options.timeoutMs),
  });
  return checkSummary(output.summary);
}

/** A summary people can read as Relevo's: non-empty, no data tags echoed, no card numbers, bounded. */
export function checkSummary(text: string): string {
  const flat = redactCardNumbers(text)
    .replace(/[ \t]+/g, " ")
    .trim();
  if (!flat) throw new Error("the model wrote an empty summary");
  if (/<\/?(transcript|handoff_reason)>/i.test(flat))
    throw new Error("the model's summary echoes the prompt's data tags");
  return flat.length > MAX_SUMMARY_CHARS ? `${flat.slice(0, MAX_SUMMARY_CHARS - 1)}…` : flat;
}
