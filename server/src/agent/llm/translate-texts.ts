import { generateText, type LanguageModel, Output } from "ai";
import { z } from "zod";
import { redactCardNumbers } from "../../domain/card-numbers.js";
import type { Translator } from "../../domain/model-ports.js";
import { createTranslationCache } from "./translate-cache.js";
import { buildTranslationSystemPrompt, buildTranslationUserPrompt } from "./translate-prompt.js";

/** Texts per model call: small enough for a small model to keep the count and order right, and to finish in time. */
const BATCH_SIZE = 20;
/** Model calls at once for one conversation: a local model serves few requests side by side. */
const PARALLEL_CALLS = 3;
/** Texts remembered per process (a few megabytes at most: texts are chat messages). */
const CACHE_ENTRIES = 2_000;

const translationSchema = z.object({
  translations: z.array(z.string()).describe("one translation per input string, in the same order"),
});

/**
 * Translation with the configured model: batches of texts, each one structured call (`Output.object`),
 * temperature 0, no retries, each bounded by `timeoutMs`, up to three at once. Throws when any batch fails or
 * returns another number of texts than it was given (the order could no longer be trusted), so the caller
 * shows the originals rather than a transcript with lines swapped. Empty texts are not sent, and texts
 * translated before (translate-cache.ts) are not sent again.
 *
 * @example
 * const translator = createTextTranslator({ model, timeoutMs: 15_000 });
 * await translator.translate({ texts: ["¿Hacéis envíos a Canadá?"], to: "en" }); // ["Do you ship to Canada?"]
 */
export function createTextTranslator(options: { model: LanguageModel; timeoutMs: number; batchSize?: number; cacheEntries?: number }): Translator {
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const cache = createTranslationCache(options.cacheEntries ?? CACHE_ENTRIES);
  const translateBatch = async (texts: string[], to: string): Promise<string[]> => {
    const { output } = await generateText({
      model: options.model,
      system: buildTranslationSystemPrompt(to),
      prompt: buildTranslationUserPrompt(texts),
      output: Output.object({ schema: translationSchema }),
      temperature: 0,
      maxRetries: 0,
      abortSignal: AbortSignal.timeout(options.timeoutMs),
    });
    if (output.translations.length !== texts.length) {
      throw new Error(`the model returned ${output.translations.length} translations for ${texts.length} texts`);
    }
    return output.translations.map((text) => redactCardNumbers(text));
  };
  return {
    async translate({ texts, to }) {
      // Answers are collected here, not re-read from the cache: a conversation longer than the cache's bound
      // would otherwise push out its own first lines before they are returned.
      const known = new Map<string, string>();
      for (const text of texts) {
        const hit = cache.get(to, text);
        if (hit !== undefined) known.set(text, hit);
      }
      const toSend = [...new Set(texts.filter((text) => text.trim() !== "" && !known.has(text)))];
      const batches: string[][] = [];
      for (let i = 0; i < toSend.length; i += batchSize) batches.push(toSend.slice(i, i + batchSize));
      const translated = (await inWaves(batches, PARALLEL_CALLS, (batch) => translateBatch(batch, to))).flat();
      toSend.forEach((text, i) => {
        const translation = translated[i] ?? text;
        known.set(text, translation);
        cache.set(to, text, translation);
      });
      return texts.map((text) => known.get(text) ?? text);
    },
  };
}

/** Runs `work` over `items`, `size` at a time, results in order. */
async function inWaves<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  return results;
}
