import type { KnowledgeEntry } from "../domain/knowledge.js";
import type { Answerer, KnowledgeRepo } from "../domain/ports.js";
import type { EventBus } from "./event-bus.js";

/** More changed ids than this (a large import) and reading everything is as cheap as naming them all. */
const maxIdsToRead = 200;

/**
 * Building the retrieval index costs milliseconds per thousand entries, so it is built once and updated
 * after `knowledge.changed`: with the changed ids, only those entries are read again and `build` gets the
 * knowledge with them replaced (a builder that keeps its index re-indexes only what differs); without
 * ids, everything is read again. Concurrent turns share one build in progress; changes apply in order.
 */
/** All the cache reads: the knowledge (a unit of work has it). */
type KnowledgeSource = { repos: { knowledge: Pick<KnowledgeRepo, "list" | "findMany"> } };

export function createAnswererCache(
  uow: KnowledgeSource,
  bus: EventBus,
  build: (entries: KnowledgeEntry[]) => Answerer,
): () => Promise<Answerer> {
  let current: Promise<Answerer> | null = null;
  /** The last load started: loads run one after another, each on what the previous one left. */
  let last: Promise<unknown> = Promise.resolve();
  let known: Map<string, KnowledgeEntry> | null = null;
  let readAll = true;
  let stale = new Set<string>();
  bus.subscribe((event) => {
    if (event.type !== "knowledge.changed") return;
    current = null;
    if (event.ids) for (const id of event.ids) stale.add(id);
    else readAll = true;
  });
  const load = async (): Promise<Answerer> => {
    const ids = [...stale];
    const everything = readAll || !known || ids.length > maxIdsToRead;
    stale = new Set();
    readAll = false;
    try {
      known = everything ? await readEverything(uow) : await reread(uow, known ?? new Map(), ids);
    } catch (error) {
      readAll = true; // the next turn reads everything again
      throw error;
    }
    return build([...known.values()]);
  };
  return () => {
    if (!current) {
      const building = last.then(load, load);
      current = building;
      last = building;
      building.catch(() => {
        if (current === building) current = null;
      });
    }
    return current;
  };
}

async function readEverything(uow: KnowledgeSource): Promise<Map<string, KnowledgeEntry>> {
  return new Map((await uow.repos.knowledge.list()).map((entry) => [entry.id, entry]));
}

/** `known` with the entries `ids` read again (one read): replaced, added, or dropped when deleted. */
async function reread(uow: KnowledgeSource, known: Map<string, KnowledgeEntry>, ids: string[]): Promise<Map<string, KnowledgeEntry>> {
  const found = new Map((await uow.repos.knowledge.findMany(ids)).map((entry) => [entry.id, entry]));
  const next = new Map(known);
  for (const id of ids) {
    const entry = found.get(id);
    if (entry) next.set(id, entry);
    else next.delete(id);
  }
  return next;
}
