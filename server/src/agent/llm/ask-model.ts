import { generateText, type LanguageModel, Output } from "ai";
import { type ModelAnswer, modelAnswerSchema } from "./answer-schema.js";

/**
 * One structured call to the model, bounded by `timeoutMs`. Throws on timeout, HTTP errors and
 * output that is not valid JSON for the schema (AI SDK `NoOutputGeneratedError`); callers fall back.
 * `maxRetries: 0` because the shopper is waiting: the builtin answer now beats a retry later
 * (retries default to 2 — https://ai-sdk.dev/docs/reference/ai-sdk-core/generate-text).
 */
export async function askModel(
  model: LanguageModel,
  request: { system: string; prompt: string; timeoutMs: number },
): Promise<ModelAnswer> {
  const { output } = await generateText({
    model,
    system: request.system,
    prompt: request.prompt,
    output: Output.object({ schema: modelAnswerSchema }),
    temperature: 0,
    maxRetries: 0,
    abortSignal: AbortSignal.timeout(request.timeoutMs),
  });
  return output;
}
