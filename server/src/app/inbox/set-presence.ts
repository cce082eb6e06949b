import type { Presence } from "../../domain/inbox/inbox-ports.js";
import type { UserRecord } from "../../domain/records.js";
import type { AppDeps } from "../app-deps.js";

/** An agent chooses online, away or offline; every process's agent sockets hear about it. */
export async function setPresence(deps: Pick<AppDeps, "uow" | "events">, agent: UserRecord, presence: Presence): Promise<void> {
  await deps.uow.repos.presence.setAgentPresence(agent.id, presence);
  deps.events.publish({ type: "agent.presence_changed", userId: agent.id });
}
