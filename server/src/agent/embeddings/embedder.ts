import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { embedMany } from "ai";
import type { EmbeddingsConfig } from "../../config/config.js";

/** Turns texts into vectors (one per text, same order). */
export interface Embedder {
  /** The model name, stored with each vector: a new model means embedding everything again. */
  model: string;
  embed(texts: string[], opts?: { signal?: AbortSignal }): Promise<number[][]>;
}

/**
 * The embedding model of the same OpenAI-compatible server as the language model (POST /embeddings,
 * https://ai-sdk.dev/docs/ai-sdk-core/embeddings). `embedMany` splits a long list into the provider's
 * per-call maximum (2,048). No SDK retries: the job retries with backoff, and a shopper's turn has no time
 * to wait.
 *
 * @example
 * const embedder = createEmbedder({ baseUrl: "http://localhost:11434/v1", model: "nomic-embed-text", apiKey: null });
 * await embedder.embed(["Can I return a gift?"]); // [[0.013, -0.072, …]]
 */
export function createEmbedder(config: EmbeddingsConfig): Embedder {
  const provider = createOpenAICompatible({
    name: "relevo-embeddings",
    baseURL: config.baseUrl.replace(/\/$/, ""),
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  });
  const model = provider.embeddingModel(config.model);
  return {
    model: config.model,
    async embed(texts, opts = {}) {
      if (texts.length === 0) return [];
      const { embeddings } = await embedMany({ model, values: texts, maxRetries: 0, ...(opts.signal ? { abortSignal: opts.signal } : {}) });
      return embeddings;
    },
  };
}

/** Unit length, so a dot product is the cosine similarity; a zero vector stays zero. */
export function normalize(vector: number[]): number[] {
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((x) => x / norm);
}
