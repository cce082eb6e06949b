import type { ConversationStatus } from "../../domain/conversation/conversation-status.js";
import { AppError } from "../../domain/errors.js";
import type { ConversationRecord, UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";
import { agentNames } from "./agent-names.js";

export type InboxView = "queued" | "mine" | "open" | "resolved";

const statusesByView: Record<InboxView, readonly ConversationStatus[]> = {
  queued: ["queued"],
  mine: ["with_agent"],
  open: ["queued", "with_agent"],
  resolved: ["resolved"],
};

/**
 * One page of an Inbox list, newest activity first. The cursor is the last row's (activity, id), so
 * pages stay stable while new conversations arrive at the top.
 */
export async function listInbox(deps: AppDeps, viewer: UserRecord | null, input: { view: InboxView; cursor?: string | undefined; limit: number }) {
  if (input.view === "mine" && !viewer) throw new AppError("forbidden", "The `mine` view needs a console user; API keys have no conversations of their own.");
  const rows = await deps.uow.repos.inbox.list({
    statuses: statusesByView[input.view],
    ...(input.view === "mine" && viewer ? { assignedUserId: viewer.id } : {}),
    limit: input.limit + 1,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    conversations: page,
    names: await agentNames(deps.uow.repos),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  };
}

function encodeCursor(c: ConversationRecord): string {
  return Buffer.from(JSON.stringify([c.lastActivityAt.toISOString(), c.id])).toString("base64url");
}

function decodeCursor(cursor: string): { lastActivityAt: Date; id: string } {
  try {
    const [at, id]: unknown[] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    const lastActivityAt = new Date(String(at));
    if (typeof id === "string" && /^[0-9a-f-]{36}$/i.test(id) && !Number.isNaN(lastActivityAt.getTime())) return { lastActivityAt, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError("validation_failed", "cursor: pass the nextCursor of the previous page unchanged.");
}
