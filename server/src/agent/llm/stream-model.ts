import { type DeepPartial, type LanguageModel, Output, streamText } from "ai";
import { type ModelAnswer, modelAnswerSchema } from "./answer-schema.js";

/**
 * The same structured call as askModel, streamed: `onPartial` sees the answer object as it is parsed
 * from the growing JSON (https://ai-sdk.dev/docs/ai-sdk-core/generating-structured-data, streamText with
 * `output` → `partialOutputStream`). Resolves with the complete, schema-checked object; throws, like
 * askModel, on timeout, HTTP errors and output that does not fit the schema (`NoOutputGeneratedError`).
 */
export async function streamModel(
  model: LanguageModel,
  request: { system: string; prompt: string; timeoutMs: number },
  onPartial: (partial: DeepPartial<ModelAnswer>) => void,
): Promise<ModelAnswer> {
  const result = streamText({
    model,
    system: request.system,
    prompt: request.prompt,
    output: Output.object({ schema: modelAnswerSchema }),
    temperature: 0,
    maxRetries: 0,
    abortSignal: AbortSignal.timeout(request.timeoutMs),
    // Errors reach the caller through `output` (which rejects); without this the SDK also logs them.
    onError: () => {},
  });
  for await (const partial of result.partialOutputStream) onPartial(partial);
  return await result.output;
}
