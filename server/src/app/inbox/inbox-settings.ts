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

/** As stored: the SMTP password sealed with the instance's secret key, never in clear. */
type StoredEmailSettings = Omit<EmailSettings, "password"> & { sealedPassword: string | null };

export async function loadEmailSettings(deps: Pick<AppDeps, "uow" | "secrets">): Promise<EmailSettings | null> {
  const stored = await deps.uow.repos.settings.get<StoredEmailSettings>(inboxSettingsKeys.email);
  if (!stored) return null;
  const { sealedPassword, ...rest } = stored;
  return { ...rest, password: sealedPassword ? deps.secrets.open(sealedPassword) : null };
}

/**
 * Saves SMTP settings; a missing password keeps the stored one so the console never has to read it back,
 * and an empty one removes it.
 */
export async function updateEmailSettings(
  deps: Pick<AppDeps, "uow" | "secrets">,
  input: Omit<EmailSettings, "password"> & { password?: string | undefined },
): Promise<EmailSettings> {
  const { password, ...rest } = input;
  const stored = await deps.uow.repos.settings.get<StoredEmailSettings>(inboxSettingsKeys.email);
  const sealedPassword = password ? deps.secrets.seal(password) : password === "" ? null : (stored?.sealedPassword ?? null);
  await deps.uow.repos.settings.set(inboxSettingsKeys.email, { ...rest, sealedPassword } satisfies StoredEmailSettings);
  return { ...rest, password: sealedPassword ? (password ?? deps.secrets.open(sealedPassword)) : null };
}
