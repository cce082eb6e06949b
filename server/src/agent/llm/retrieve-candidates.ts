import type { AgentDecision } from "../../domain/agent-decision.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { BuiltinAnswerer } from "../builtin/index.js";
import { fuseRankings } from "../embeddings/fuse-rankings.js";

/**
 * Entry ids nearest in meaning to a question, best first (agent/embeddings/semantic-search.ts). It
 * keeps its own short timeout and may throw: the caller then uses the lexical hits alone.
 */
export type SemanticSearch = (question: string, limit: number) => Promise<string[]>;

/**
 * The entries the model may use: the builtin search's top hits (all languages), plus the entry
 * the builtin would have answered with. An elliptical follow-up is searched with the earlier messages too.
 * With embeddings configured, the lexical hits are fused with the nearest entries by meaning
 * (reciprocal rank fusion), so an entry worded with synonyms of the question's words is found too;
 * any embedding failure, or no vectors yet, leaves the lexical hits as they were.
 */
export async function retrieveCandidates(
  builtin: BuiltinAnswerer,
  byId: Map<string, KnowledgeEntry>,
  input: { text: string; locale?: string; context: string[] },
  base: AgentDecision,
  limit: number,
  semanticSearch?: SemanticSearch,
): Promise<KnowledgeEntry[]> {
  const opts = { limit, ...(input.locale ? { locale: input.locale } : {}) };
  let hits = builtin.search(input.text, opts);
  const lastContext = input.context.at(-1);
  if (hits.length === 0 && lastContext) hits = builtin.search(`${lastContext} ${input.text}`, opts);
  const lexical = hits.map((hit) => hit.entryId);
  const ranked = semanticSearch ? fuseRankings([lexical, await semanticIds(semanticSearch, input.text, limit)]) : lexical;
  const ids = new Set([...(base.kind === "answer" ? base.knowledgeIds : []), ...ranked]);
  return [...ids].flatMap((id) => byId.get(id) ?? []).slice(0, limit);
}

async function semanticIds(search: SemanticSearch, text: string, limit: number): Promise<string[]> {
  try {
    return await search(text, limit);
  } catch {
    return []; // the embedding server is down or slow: lexical retrieval alone still answers
  }
}
