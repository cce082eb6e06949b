import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import type { LlmConfig } from "../../config/config.js";

/**
 * The chat model of any OpenAI-compatible server (OpenAI, vLLM, llama.cpp's server, Ollama's /v1).
 * `supportsStructuredOutputs` makes the provider send the zod schema as `response_format:
 * json_schema` instead of bare `json_object`, which these servers all accept
 * (https://ai-sdk.dev/providers/openai-compatible-providers).
 *
 * @example
 * const model = createLlmModel({ baseUrl: "http://localhost:11434/v1", model: "llama3.1", apiKey: null, timeoutMs: 15_000 });
 */
export function createLlmModel(config: LlmConfig): LanguageModel {
  const provider = createOpenAICompatible({
    name: "relevo-llm",
    baseURL: config.baseUrl.replace(/\/$/, ""),
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
    supportsStructuredOutputs: true,
  });
  return provider.chatModel(config.model);
}
