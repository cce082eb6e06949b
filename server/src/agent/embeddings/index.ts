import type { EmbeddingsConfig } from "../../config/config.js";
import type { DomainEvent } from "../../domain/domain-events.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { Database } from "../../storage/db.js";
import { createEmbedder, type Embedder } from "./embedder.js";
import { startEmbeddingJobs } from "./embedding-jobs.js";
import { type EmbeddingStore, reembedKnowledge } from "./reembed-knowledge.js";
import { createSemanticSearch } from "./semantic-search.js";

export { createEmbedder, type Embedder } from "./embedder.js";
export { reembedKnowledge, type EmbeddingStore } from "./reembed-knowledge.js";
export { createSemanticSearch } from "./semantic-search.js";

export interface Embeddings {
  /** For the language model answerer's hybrid retrieval (agent/llm/retrieve-candidates.ts). */
  semanticSearch: (question: string, limit: number) => Promise<string[]>;
  stop(): Promise<void>;
}

/**
 * What the composition root starts when RELEVO_EMBEDDINGS_MODEL is set: the re-embedding job, requested
 * at start-up and on every `knowledge.changed` (this process's or, through the relay, another's), and the
 * semantic search over the vectors it keeps.
 *
 * @example
 * const embeddings = await startEmbeddings({ config: config.embeddings, database, store, listKnowledge, subscribe: bus.subscribe, work: true, log });
 * startLlmAnswerers(config.llm, { log, semanticSearch: embeddings.semanticSearch });
 */
export async function startEmbeddings(opts: {
  config: EmbeddingsConfig;
  database: Database;
  store: EmbeddingStore;
  listKnowledge: () => Promise<KnowledgeEntry[]>;
  subscribe: (listener: (event: DomainEvent) => void) => () => void;
  work: boolean;
  log: (line: string) => void;
  /** Replaces the model server's embedder (tests). */
  embedder?: Embedder;
}): Promise<Embeddings> {
  const embedder = opts.embedder ?? createEmbedder(opts.config);
  const onError = (error: unknown) => opts.log(`knowledge embedding failed, will retry: ${error instanceof Error ? error.message : String(error)}`);
  const jobs = await startEmbeddingJobs({
    database: opts.database, work: opts.work, onError,
    reembed: async () => {
      try {
        return await reembedKnowledge({ listKnowledge: opts.listKnowledge, store: opts.store, embedder });
      } catch (error) {
        onError(error);
        throw error; // pg-boss retries the run with backoff
      }
    },
  });
  const unsubscribe = opts.subscribe((event) => {
    if (event.type === "knowledge.changed") void jobs.request().catch(onError);
  });
  return {
    semanticSearch: createSemanticSearch({ embedder, store: opts.store }),
    async stop() {
      unsubscribe();
      await jobs.stop();
    },
  };
}
