import type { KnowledgeBody } from "@relevo/contracts";
import { AppError } from "../../domain/errors.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import type { AppDeps } from "../app-deps.js";

/** Creates an entry (id generated unless given) or replaces one by id; the agent sees it on the next turn. */
export async function saveKnowledgeEntry(
  deps: Pick<AppDeps, "uow" | "events" | "newId">,
  body: KnowledgeBody,
  opts: { id?: string; mustExist: boolean },
): Promise<KnowledgeEntry> {
  const id = opts.id ?? body.id ?? `${body.kind}-${deps.newId()}`;
  if (opts.mustExist && !(await deps.uow.repos.knowledge.findById(id))) {
    throw new AppError("knowledge_not_found", `No knowledge entry with id ${id}.`);
  }
  const entry: KnowledgeEntry =
    body.kind === "faq"
      ? { id, kind: "faq", lang: body.lang, question: body.question, alternates: body.alternates, answer: body.answer, url: body.url ?? null }
      : { id, kind: "article", lang: body.lang, title: body.title, body: body.body, url: body.url ?? null };
  await deps.uow.repos.knowledge.upsert(entry);
  deps.events.publish({ type: "knowledge.changed", ids: [id] });
  return entry;
}
