import nodemailer from "nodemailer";
import type { EmailSettings } from "../domain/inbox/inbox-settings.js";
import type { MailSender } from "../domain/inbox/mail-sender.js";

/**
 * SMTP with nodemailer (https://nodemailer.com/smtp/): `secure` is TLS from the first byte (port 465);
 * otherwise STARTTLS is used when the server offers it. Timeouts keep a dead server from holding a sender.
 */
export function createSmtpMailSender(): MailSender {
  return {
    async send(smtp: EmailSettings, mail) {
      const transport = nodemailer.createTransport({
        host: smtp.host, port: smtp.port, secure: smtp.secure,
        ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? "" } } : {}),
        connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000,
      });
      try {
        await transport.sendMail({ from: smtp.fromName ? { name: smtp.fromName, address: smtp.from } : smtp.from, to: mail.to, subject: mail.subject, text: mail.text });
      } finally {
        transport.close();
      }
    },
  };
}
