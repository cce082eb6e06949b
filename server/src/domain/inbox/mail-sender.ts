import type { EmailSettings } from "./inbox-settings.js";

/** Sends one plain-text email through the store's SMTP server (mail/smtp-mail-sender.ts; tests may fake it). */
export interface MailSender {
  send(smtp: EmailSettings, mail: { to: string; subject: string; text: string }): Promise<void>;
}
