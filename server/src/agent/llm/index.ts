import type { LlmConfig } from "../../config/config.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { Answerer } from "../../domain/ports.js";
import { createBuiltinAnswererBuilder } from "../builtin/index.js";
import { reportModelHealth } from "./check-model-health.js";
import { createLlmAnswerer, type LlmOutcome } from "./create-llm-answerer.js";
import { createLlmModel } from "./create-model.js";
import type { VoiceOptions } from "./llm-options.js";
import type { SemanticSearch } from "./retrieve-candidates.js";

export { createLlmAnswerer, type LlmAnswerer, type LlmAnswererOptions, type LlmOutcome } from "./create-llm-answerer.js";
export { createLlmModel } from "./create-model.js";
export { checkModelHealth, reportModelHealth } from "./check-model-health.js";

/**
 * What the composition root needs when a model is configured: the answerer builder for the
 * answerer cache. Starts the start-up health check (not awaited) and logs why a turn fell back.
 *
 * @example
 * const build = startLlmAnswerers(config.llm, { log: console.info });
 * createAnswererCache(uow, bus, build);
 */
export function startLlmAnswerers(
  config: LlmConfig,
  opts: { log: (line: string) => void; voice?: VoiceOptions; semanticSearch?: SemanticSearch },
): (entries: KnowledgeEntry[]) => Answerer {
  const model = createLlmModel(config);
  void reportModelHealth(model, { name: config.model, timeoutMs: config.timeoutMs }, opts.log);
  const onOutcome = (outcome: LlmOutcome): void => {
    if (outcome.kind === "fallback") opts.log(`language model failed, builtin reply used: ${describe(outcome.error)}`);
  };
  const semantic = opts.semanticSearch ? { semanticSearch: opts.semanticSearch } : {};
  // The builtin answerer under the model (retrieval, safety, fallback) is updated in place when knowledge
  // changes, as when it answers alone: one edited entry among 100,000 is re-indexed, not all of them.
  const buildBuiltin = createBuiltinAnswererBuilder();
  return (entries) =>
    createLlmAnswerer(entries, { model, timeoutMs: config.timeoutMs, ...opts.voice, onOutcome, ...semantic, builtin: buildBuiltin(entries) });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
