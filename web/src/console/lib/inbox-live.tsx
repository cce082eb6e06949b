import type { InboxSocketEvent } from "@relevo/contracts";
import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { socketUrl } from "./api";
import { beep, notify } from "./attention";
import { useI18n } from "./i18n";
import { type Connection, openInboxSocket } from "./live-socket";
import { navigate } from "./router";

type Listener = (event: InboxSocketEvent) => void;

interface Live {
  connection: Connection | "denied";
  /** Bumped after a reconnect: pages refetch what they may have missed. */
  generation: number;
  subscribe(listener: Listener): () => void;
  alertsOn: boolean;
  setAlertsOn(on: boolean): void;
}

const LiveContext = createContext<Live | null>(null);
const alertsKey = "relevo:console:alerts";

function storedAlerts(): boolean {
  try {
    return localStorage.getItem(alertsKey) === "on";
  } catch {
    return false;
  }
}

/**
 * One agents' socket for the whole console while logged in: it is what makes the agent count as present
 * (docs/inbox.md), so it stays open on every page, not only the Inbox.
 */
export function LiveProvider({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const [connection, setConnection] = useState<Live["connection"]>("connecting");
  const [generation, setGeneration] = useState(0);
  const [alertsOn, setAlerts] = useState(storedAlerts);
  const listeners = useRef(new Set<Listener>());
  const words = useRef({ t, alertsOn });
  words.current = { t, alertsOn };

  useEffect(() => {
    const socket = openInboxSocket(socketUrl("/inbox/socket"), {
      onConnection: setConnection,
      onReconnected: () => setGeneration((g) => g + 1),
      onDenied: () => setConnection("denied"),
      onEvent(event) {
        if (event.type === "conversation.queued" && words.current.alertsOn) {
          beep();
          const c = event.conversation;
          notify(
            words.current.t.inbox.newQueuedTitle,
            c.name ?? c.email ?? words.current.t.inbox.anonymous,
            () => navigate(`/inbox/${c.id}`),
          );
        }
        for (const listener of listeners.current) listener(event);
      },
    });
    return () => socket.close();
  }, []);

  const value = useMemo<Live>(
    () => ({
      connection,
      generation,
      subscribe(listener) {
        listeners.current.add(listener);
        return () => listeners.current.delete(listener);
      },
      alertsOn,
      setAlertsOn(on) {
        try {
          localStorage.setItem(alertsKey, on ? "on" : "off");
        } catch {
          // Private mode: lasts for this page.
        }
        setAlerts(on);
      },
    }),
    [connection, generation, alertsOn],
  );
  return <LiveContext.Provider value={value}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  const value = useContext(LiveContext);
  if (!value) throw new Error("useLive outside LiveProvider");
  return value;
}

/** Calls `listener` for every live event while the component is mounted (always the latest closure). */
export function useLiveEvents(listener: Listener): void {
  const live = useLive();
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => live.subscribe((event) => latest.current(event)), [live.subscribe]);
}
