import { useEffect, useRef, useState } from "preact/hooks";
import { ConnectForm } from "../components/connect-form";
import { type MessageTexts, MessageMethodFields } from "../components/message-method-fields";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { ApiError, api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import {
  type HandoffMethod,
  type HelpdeskKind,
  type Integration,
  serviceName,
  type StoreSettings,
} from "../lib/types";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

type Destination = "inbox" | HelpdeskKind;
const destinations: Destination[] = ["inbox", "zendesk", "gorgias"];

function textsOf(method: HandoffMethod): MessageTexts {
  return method.kind === "message"
    ? { en: method.texts.en ?? "", es: method.texts.es ?? "", defaultText: method.defaultText }
    : { en: "", es: "", defaultText: "" };
}

function toBody(kind: HandoffMethod["kind"], destination: Destination, texts: MessageTexts): HandoffMethod {
  if (kind === "helpdesk") return { kind, destination };
  const perLanguage: Record<string, string> = {};
  if (texts.en.trim()) perLanguage.en = texts.en.trim();
  if (texts.es.trim()) perLanguage.es = texts.es.trim();
  return { kind, texts: perLanguage, defaultText: texts.defaultText.trim() };
}

/** Settings → Agent handoff: a helpdesk (Inbox, Zendesk, Gorgias) or a custom message. */
export function HandoffPage() {
  const { t } = useI18n();
  const h = t.handoff;
  const settings = useResource(() => api<StoreSettings>("GET", "/admin/settings"), "settings");
  const integrations = useResource(
    () => api<{ integrations: Integration[] }>("GET", "/admin/integrations"),
    "integrations",
  );
  const [kind, setKind] = useState<HandoffMethod["kind"]>("helpdesk");
  const [destination, setDestination] = useState<Destination>("inbox");
  const [texts, setTexts] = useState<MessageTexts>({ en: "", es: "", defaultText: "" });
  const [justConnected, setJustConnected] = useState<HelpdeskKind | null>(null);
  const [sentToConnect, setSentToConnect] = useState(false);
  const save = useAction();
  const saveButton = useRef<HTMLButtonElement>(null);

  const loaded = settings.data;
  useEffect(() => {
    if (!loaded) return;
    const m = loaded.handoffMethod;
    setKind(m.kind);
    if (m.kind === "helpdesk") setDestination(m.destination);
    setTexts(textsOf(m));
  }, [loaded]);

  if (!settings.data || !integrations.data) {
    return (
      <>
        <PageTitle intro={h.intro}>{h.title}</PageTitle>
        <ErrorNotice error={settings.error ?? integrations.error} />
        <Loading label={t.loading} />
      </>
    );
  }
  const integration = (k: Destination) => integrations.data?.integrations.find((i) => i.kind === k);
  const needsConnection =
    kind === "helpdesk" && destination !== "inbox" && !integration(destination)?.connected;

  const submit = (event: Event) => {
    event.preventDefault();
    setJustConnected(null);
    void save.run(async () => {
      try {
        settings.set(
          await api<StoreSettings>("PUT", "/admin/settings/handoff-method", toBody(kind, destination, texts)),
        );
        return h.savedNotice;
      } catch (error) {
        // The server refuses Zendesk/Gorgias until connected: lead into the connect form right here.
        if (error instanceof ApiError && error.code === "integration_not_connected") setSentToConnect(true);
        throw error;
      }
    });
  };
  const connected = (result: Integration) => {
    setJustConnected(result.kind);
    setSentToConnect(false);
    save.clear();
    void integrations.reload().then(() => saveButton.current?.focus());
  };

  return (
    <>
      <PageTitle intro={h.intro}>{h.title}</PageTitle>
      <form class="card stack" onSubmit={submit} id="handoff-form">
        <fieldset class="choice">
          <legend>{h.method}</legend>
          <label class="option">
            <input
              type="radio"
              name="kind"
              value="helpdesk"
              checked={kind === "helpdesk"}
              onChange={() => setKind("helpdesk")}
            />
            <span>
              <strong>{h.helpdesk}</strong>
              <span class="hint">{h.helpdeskHint}</span>
            </span>
          </label>
          {kind === "helpdesk" ? (
            <fieldset class="choice nested">
              <legend>{h.destination}</legend>
              {destinations.map((d) => {
                const i = integration(d);
                return (
                  <label class="option" key={d}>
                    <input
                      type="radio"
                      name="destination"
                      value={d}
                      checked={destination === d}
                      onChange={() => {
                        setDestination(d);
                        setJustConnected(null);
                      }}
                    />
                    <span>
                      <strong>{h.destinations[d]}</strong>
                      <span class="hint">{d === "inbox" ? h.inboxHint : h.ticketHint}</span>
                      {i ? (
                        <span class={`badge ${i.connected ? "ok" : "off"}`}>
                          {i.connected ? t.integrations.connected : t.integrations.notConnected}
                        </span>
                      ) : null}
                    </span>
                  </label>
                );
              })}
            </fieldset>
          ) : null}
          <label class="option">
            <input
              type="radio"
              name="kind"
              value="message"
              checked={kind === "message"}
              onChange={() => setKind("message")}
            />
            <span>
              <strong>{h.message}</strong>
              <span class="hint">{h.messageHint}</span>
            </span>
          </label>
        </fieldset>
        {kind === "message" ? <MessageMethodFields texts={texts} onChange={setTexts} /> : null}
        {justConnected && destination === justConnected && !needsConnection ? (
          <Notice kind="ok">{h.backToSave(serviceName[justConnected])}</Notice>
        ) : null}
        {save.done ? <Notice kind="ok">{save.done}</Notice> : null}
        <ErrorNotice error={save.error} />
      </form>
      {needsConnection ? (
        <section class="card connect-step" aria-label={serviceName[destination]}>
          <Notice kind="info">{h.notConnected(serviceName[destination])}</Notice>
          <ConnectForm kind={destination} onConnected={connected} autoFocus={sentToConnect} />
        </section>
      ) : null}
      <div class="row sticky-actions">
        <button ref={saveButton} class="primary" type="submit" form="handoff-form" disabled={save.busy}>
          {save.busy ? t.saving : t.save}
        </button>
      </div>
    </>
  );
}
