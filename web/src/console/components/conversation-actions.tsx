import type { InboxAgentDto, InboxConversationDto } from "@relevo/contracts";
import { useState } from "preact/hooks";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import type { ConsoleUser } from "../lib/session";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";
import { ErrorNotice, Notice } from "./notice";

interface Props {
  conversation: InboxConversationDto;
  user: ConsoleUser;
  onChanged(): void;
}

/** Claim, transfer, resolve, reopen; the server decides who may (409/403 messages are shown as they come). */
export function ConversationActions({ conversation: c, user, onChanged }: Props) {
  const { t } = useI18n();
  const s = t.inbox;
  const action = useAction();
  const agents = useResource(() => api<{ agents: InboxAgentDto[] }>("GET", "/inbox/agents"), "agents");
  const [target, setTarget] = useState("");
  const post = (path: string, body?: unknown, done?: string) =>
    void action.run(async () => {
      await api("POST", `/inbox/conversations/${encodeURIComponent(c.id)}/${path}`, body);
      onChanged();
      return done ?? null;
    });
  const others = (agents.data?.agents ?? []).filter((a) => a.id !== c.assignedTo?.id);
  const holder = c.assignedTo?.id === user.id;
  const mayTransfer = c.status === "queued" || holder || user.role === "admin";
  return (
    <div class="stack">
      <div class="row actions-bar">
        {c.status === "queued" ? (
          <button
            type="button"
            class="primary"
            onClick={() => post("claim", undefined, s.claimed)}
            disabled={action.busy}
          >
            {s.claim}
          </button>
        ) : null}
        {c.status === "with_agent" && (holder || user.role === "admin") ? (
          <button type="button" onClick={() => post("resolve")} disabled={action.busy}>
            {s.resolve}
          </button>
        ) : null}
        {c.status === "resolved" ? (
          <button type="button" onClick={() => post("reopen")} disabled={action.busy}>
            {s.reopen}
          </button>
        ) : null}
        {mayTransfer && c.status !== "resolved" ? (
          <form
            class="row inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (target) post("transfer", { userId: target });
            }}
          >
            <label for="transfer-to">{s.transferTo}</label>
            <select id="transfer-to" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
              <option value="">{s.chooseAgent}</option>
              {others.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name} ({t.presence[a.presence]})
                </option>
              ))}
            </select>
            <button type="submit" disabled={!target || action.busy}>
              {s.transfer}
            </button>
          </form>
        ) : null}
      </div>
      {action.done ? <Notice kind="ok">{action.done}</Notice> : null}
      <ErrorNotice error={action.error} />
    </div>
  );
}
