import type { InboxAgentDto } from "@relevo/contracts";
import { useEffect, useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useLive, useLiveEvents } from "../lib/inbox-live";
import { useUser } from "../lib/session";

type Choice = "online" | "away";

/** My status: online agents get new conversations (round-robin, "an agent will join"); away ones do not. */
export function PresenceControl() {
  const { t } = useI18n();
  const user = useUser();
  const live = useLive();
  const [presence, setPresence] = useState<Choice>("online");
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (live.connection !== "online") return;
    api<{ agents: InboxAgentDto[] }>("GET", "/inbox/agents").then(
      ({ agents }) => {
        const me = agents.find((a) => a.id === user.id);
        if (me && me.presence !== "offline") setPresence(me.presence);
      },
      () => undefined,
    );
  }, [live.connection, live.generation, user.id]);

  useLiveEvents((event) => {
    if (event.type === "presence.changed" && event.agent.id === user.id && event.agent.presence !== "offline")
      setPresence(event.agent.presence);
  });

  const choose = (next: Choice) => {
    const before = presence;
    setPresence(next);
    setError(null);
    api("PUT", "/inbox/presence", { presence: next }).catch((caught: Error) => {
      setPresence(before);
      setError(caught.message);
    });
  };
  return (
    <label class={`presence ${presence}`}>
      <span class="dot" aria-hidden="true" />
      <span>{t.myStatus}</span>
      <select
        value={presence}
        onChange={(e) => choose(e.currentTarget.value === "away" ? "away" : "online")}
        aria-describedby={error ? "presence-error" : undefined}
      >
        <option value="online">{t.presence.online}</option>
        <option value="away">{t.presence.away}</option>
      </select>
      {error ? (
        <span id="presence-error" role="alert" class="field-error">
          {error}
        </span>
      ) : null}
    </label>
  );
}
