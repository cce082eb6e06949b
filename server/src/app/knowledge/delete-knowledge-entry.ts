import { AppError } from "../../domain/errors.js";
import type { AppDeps } from "../app-deps.js";

export async function deleteKnowledgeEntry(deps: Pick<AppDeps, "uow" | "events">, id: string): Promise<void> {
  if (!(await deps.uow.repos.knowledge.remove(id))) throw new AppError("knowledge_not_found", `No knowledge entry with id ${id}.`);
  deps.events.publish({ type: "knowledge.changed", ids: [id] });
}
