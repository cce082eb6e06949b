import { socketGraceMs, socketHeartbeatMs } from "../../domain/inbox/inbox-settings.js";
import type { SocketKind } from "../../domain/inbox/inbox-ports.js";
import type { AppDeps } from "../app-deps.js";

/**
 * Records this process's open sockets in `live_sockets`, so every process can tell whether a shopper's chat
 * or an agent's console is open. One UPDATE per heartbeat refreshes all of them (thousands of sockets cost
 * one query every 20 s); a process that dies stops refreshing and its rows expire after the grace period.
 */
export function createSocketRegistry(deps: Pick<AppDeps, "uow" | "newId" | "now">) {
  const open = new Set<string>();
  const { presence } = deps.uow.repos;
  const timer = setInterval(() => {
    const now = deps.now();
    if (open.size > 0) presence.touchSockets([...open], now).catch(() => {});
    presence.removeStale(new Date(now.getTime() - 10 * socketGraceMs)).catch(() => {});
  }, socketHeartbeatMs);
  timer.unref();
  return {
    async open(kind: SocketKind, subjectId: string): Promise<string> {
      const id = deps.newId();
      open.add(id);
      await deps.uow.repos.presence.openSocket({ id, kind, subjectId }, deps.now());
      return id;
    },
    /**
     * `linger`: keep the row until the grace period runs out, so an agent reloading the console does not
     * flicker offline; a shopper's chat counts as closed at once (replies go by email from then on).
     */
    async close(id: string, opts: { linger: boolean }): Promise<void> {
      open.delete(id);
      const done = opts.linger ? presence.touchSockets([id], deps.now()) : presence.closeSocket(id);
      await done.catch(() => {});
    },
    async stop(): Promise<void> {
      clearInterval(timer);
      await Promise.all([...open].map((id) => presence.closeSocket(id).catch(() => {})));
      open.clear();
    },
  };
}

export type SocketRegistry = ReturnType<typeof createSocketRegistry>;
