import { defaultInboxSettings, type EmailSettings, type InboxSettings } from "../../domain/inbox/inbox-settings.js";
import type { Repos } from "../../domain/ports.js";
import type { AppDeps } from "../app-deps.js";

export const inboxSettingsKeys = { inbox: "inbox", email: "email_smtp" } as const;

/** The Inbox settings with defaults for anything not saved yet (manual assignment, no office hours). */
export async function loadInboxSettings(repos: Repos): Promise<InboxSettings> {
  const saved = await repos.settings.get<InboxSettings>(inboxSettingsKeys.inbox);
  return saved ?? defaultInboxSettings;
}

/** Saves the whole Inbox settings (validated by the route's zod schema) and tells every process. */
export async function updateInboxSettings(deps: Pick<AppDeps, "uow" | "events">, settings: InboxSettings): Promise<InboxSettings> {
  await deps.uow.repos.settings.set(inboxSettingsKeys.inbox, settings);
  deps.events.publish({ type: "settings.changed" });
  return settings;
}

export async function loadEmailSettings(repos: Repos): Promise<EmailSettings | null> {
  return repos.settings.get<EmailSettings>(inboxSettingsKeys.email);
}

/** Saves SMTP settings; a missing password keeps the stored one so the console never has to read it back. */
export async function updateEmailSettings(
  deps: Pick<AppDeps, "uow">,
  input: Omit<EmailSettings, "password"> & { password?: string | undefined },
): Promise<EmailSettings> {
  const stored = await loadEmailSettings(deps.uow.repos);
  const settings: EmailSettings = { ...input, password: input.password ?? stored?.password ?? null };
  await deps.uow.repos.settings.set(inboxSettingsKeys.email, settings);
  return settings;
}
