import { generateText, type LanguageModel } from "ai";

export type ModelHealth = { ok: true; ms: number } | { ok: false; ms: number; error: string };

/**
 * Asks the model for a one-word reply within `timeoutMs`. Never throws: an unreachable model is a
 * fact to report, not a reason to stop Relevo (turns fall back to the builtin answerer).
 */
export async function checkModelHealth(model: LanguageModel, timeoutMs: number): Promise<ModelHealth> {
  const started = performance.now();
  try {
    await generateText({ model, prompt: "Reply with the single word OK.", maxOutputTokens: 5, maxRetries: 0, abortSignal: AbortSignal.timeout(timeoutMs) });
    return { ok: true, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Starts the health check without awaiting it, so start-up never waits on the model, and logs one line.
 *
 * @example
 * reportModelHealth(model, { name: "llama3.1", timeoutMs: 15_000 }, console.log);
 * // later: "language model llama3.1: answering (120 ms)"
 */
export function reportModelHealth(
  model: LanguageModel,
  opts: { name: string; timeoutMs: number },
  log: (line: string) => void,
): Promise<ModelHealth> {
  return checkModelHealth(model, opts.timeoutMs).then((health) => {
    log(
      health.ok
        ? `language model ${opts.name}: answering (${health.ms} ms)`
        : `language model ${opts.name}: NOT answering (${health.error}); shoppers get the builtin answerer's replies until it does`,
    );
    return health;
  });
}
