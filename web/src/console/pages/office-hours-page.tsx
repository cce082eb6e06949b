import type { InboxSettings } from "@relevo/contracts";
import { useEffect, useState } from "preact/hooks";
import { EmailSettingsForm } from "../components/email-settings-form";
import { SelectField, TextArea, TextField } from "../components/field";
import { ErrorNotice, Loading, Notice } from "../components/notice";
import { PageTitle } from "../components/page-title";
import { type Weekly, WeeklyHours } from "../components/weekly-hours";
import { api } from "../lib/api";
import { useI18n } from "../lib/i18n";
import { useAction } from "../lib/use-action";
import { useResource } from "../lib/use-resource";

const emptyWeek: Weekly = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
const officeWeek: Weekly = {
  ...emptyWeek,
  mon: [{ start: "09:00", end: "17:00" }],
  tue: [{ start: "09:00", end: "17:00" }],
  wed: [{ start: "09:00", end: "17:00" }],
  thu: [{ start: "09:00", end: "17:00" }],
  fri: [{ start: "09:00", end: "17:00" }],
};

/** Office hours, the auto-reply and office-hours messages (EN/ES), and how conversations are assigned. */
export function OfficeHoursPage() {
  const { t } = useI18n();
  const h = t.hours;
  const loaded = useResource(() => api<InboxSettings>("GET", "/admin/inbox-settings"), "inbox-settings");
  const [form, setForm] = useState<InboxSettings | null>(null);
  const [enabled, setEnabled] = useState(false);
  const [zone, setZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [weekly, setWeekly] = useState<Weekly>(officeWeek);
  const [closed, setClosed] = useState("");
  const save = useAction();

  useEffect(() => {
    const s = loaded.data;
    if (!s) return;
    setForm(s);
    setEnabled(s.officeHours !== null);
    if (s.officeHours) {
      setZone(s.officeHours.timezone);
      setWeekly({ ...emptyWeek, ...s.officeHours.weekly });
      setClosed(s.officeHours.closedDates.join("\n"));
    }
  }, [loaded.data]);

  if (!form)
    return (
      <>
        <PageTitle intro={h.intro}>{h.title}</PageTitle>
        <ErrorNotice error={loaded.error} />
        <Loading label={t.loading} />
      </>
    );
  const setMessage = (which: "autoReply" | "officeHours", lang: "en" | "es", text: string) =>
    setForm({ ...form, messages: { ...form.messages, [which]: { ...form.messages[which], [lang]: text } } });
  const submit = (event: Event) => {
    event.preventDefault();
    const closedDates = closed
      .split(/[\s,]+/)
      .map((d) => d.trim())
      .filter(Boolean);
    const body: InboxSettings = {
      ...form,
      officeHours: enabled ? { timezone: zone.trim(), weekly, closedDates } : null,
    };
    void save.run(async () => {
      loaded.set(await api<InboxSettings>("PUT", "/admin/inbox-settings", body));
      return h.saved;
    });
  };
  return (
    <>
      <PageTitle intro={h.intro}>{h.title}</PageTitle>
      <form class="stack" onSubmit={submit} aria-label={h.title}>
        <section class="card stack">
          <label class="check">
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />{" "}
            {h.enabled}
          </label>
          <p class="hint">{h.enabledHint}</p>
          {enabled ? (
            <>
              <TextField
                label={h.timezone}
                hint={h.timezoneHint}
                required
                value={zone}
                onInput={(e) => setZone(e.currentTarget.value)}
              />
              <WeeklyHours weekly={weekly} onChange={setWeekly} />
              <TextArea
                label={h.closedDates}
                hint={h.closedDatesHint}
                rows={3}
                value={closed}
                onInput={(e) => setClosed(e.currentTarget.value)}
              />
            </>
          ) : null}
        </section>
        <section class="card stack" aria-labelledby="messages-title">
          <h2 id="messages-title">{h.messages}</h2>
          <p class="hint">{h.messagesHint}</p>
          {(["autoReply", "officeHours"] as const).map((which) => (
            <div class="grid-2" key={which}>
              {(["en", "es"] as const).map((lang) => (
                <TextArea
                  key={lang}
                  label={`${which === "autoReply" ? h.autoReply : h.officeHours} — ${h.inLang[lang]}`}
                  rows={3}
                  required
                  maxLength={1000}
                  value={form.messages[which][lang]}
                  onInput={(e) => setMessage(which, lang, e.currentTarget.value)}
                />
              ))}
            </div>
          ))}
        </section>
        <section class="card stack" aria-labelledby="assignment-title">
          <h2 id="assignment-title">{h.assignment}</h2>
          <div class="grid-2">
            <SelectField
              label={h.assignment}
              value={form.assignment.mode}
              onChange={(e) =>
                setForm({
                  ...form,
                  assignment: {
                    ...form.assignment,
                    mode: e.currentTarget.value === "round_robin" ? "round_robin" : "manual",
                  },
                })
              }
              options={[
                { value: "manual", label: h.manual },
                { value: "round_robin", label: h.roundRobin },
              ]}
            />
            <TextField
              label={h.loadLimit}
              type="number"
              min={1}
              max={100}
              required
              value={String(form.assignment.loadLimit)}
              onInput={(e) =>
                setForm({
                  ...form,
                  assignment: { ...form.assignment, loadLimit: Number(e.currentTarget.value) || 1 },
                })
              }
            />
          </div>
        </section>
        {save.done ? <Notice kind="ok">{save.done}</Notice> : null}
        <ErrorNotice error={save.error} />
        <div class="row sticky-actions">
          <button class="primary" type="submit" disabled={save.busy}>
            {save.busy ? t.saving : t.save}
          </button>
        </div>
      </form>
      <EmailSettingsForm />
    </>
  );
}
