import { AppError } from "../../domain/errors.js";
import type { AppDeps } from "../app-deps.js";

/**
 * Imports a knowledge file in one transaction: a file with any error is rejected whole, with the line and
 * reason of each, and nothing is written. Entries with an existing id replace it (re-importing is safe).
 */
export async function importKnowledge(
  deps: Pick<AppDeps, "uow" | "events" | "parseKnowledgeFile">,
  input: { fileName: string; content: string; defaultLang?: string },
): Promise<{ imported: number }> {
  const parsed = deps.parseKnowledgeFile(input.fileName, input.content, { defaultLang: input.defaultLang ?? "en" });
  if (!parsed.ok) {
    const n = parsed.errors.length;
    throw new AppError("import_failed", `${input.fileName} was not imported: ${n} error${n === 1 ? "" : "s"}.`, { errors: parsed.errors });
  }
  await deps.uow.transaction(async (repos) => {
    for (const entry of parsed.entries) await repos.knowledge.upsert(entry);
  });
  deps.events.publish({ type: "knowledge.changed", ids: parsed.entries.map((entry) => entry.id) });
  return { imported: parsed.entries.length };
}
