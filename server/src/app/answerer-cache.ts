import type { KnowledgeEntry } from "../domain/knowledge.js";
import type { Answerer, UnitOfWork } from "../domain/ports.js";
import type { EventBus } from "./event-bus.js";

/**
 * Building the retrieval index costs milliseconds per thousand entries, so it is built once and rebuilt
 * only after `knowledge.changed`. Concurrent turns share one build in progress.
 */
export function createAnswererCache(
  uow: UnitOfWork,
  bus: EventBus,
  build: (entries: KnowledgeEntry[]) => Answerer,
): () => Promise<Answerer> {
  let current: Promise<Answerer> | null = null;
  bus.subscribe((event) => {
    if (event.type === "knowledge.changed") current = null;
  });
  return () => {
    if (!current) {
      const building = uow.repos.knowledge.list().then(build);
      current = building;
      building.catch(() => {
        if (current === building) current = null;
      });
    }
    return current;
  };
}
