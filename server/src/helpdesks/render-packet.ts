import { redactCardNumbers } from "../domain/card-numbers.js";
import type { HandoffPacket } from "../domain/handoff-packet.js";
import {
  authorLabel,
  escapeHtml,
  languageLabel,
  reasonLabel,
  safeHttpUrl,
  storeTimeFormatter,
} from "./packet-labels.js";

/**
 * One handoff packet, rendered the same way for every destination (DESIGN §1: "one handoff packet …
 * rendered the same way in every destination"). Card numbers are redacted from every free-text field
 * before anything is rendered, because this text leaves for a third party. The output depends only on
 * the packet (no clock, no randomness), so a retried delivery sends byte-identical content under the same
 * Zendesk Idempotency-Key; idempotency layers commonly refuse a key reused with a different body.
 */
interface Field {
  label: string;
  value: string;
  /** Set when the value is a safe http(s) link. */
  href: string | null;
}

interface PacketView {
  summary: string;
  fields: Field[];
  citations: { title: string; href: string | null }[];
  lines: { author: string; shownAt: string; iso: string; text: string }[];
}

const heading = "Conversation handed over by Relevo";
const notGiven = "not given";

function viewOf(packet: HandoffPacket): PacketView {
  const clean = (text: string | null | undefined) => redactCardNumbers(text ?? "").trim();
  const shownAt = storeTimeFormatter(packet.storeTimezone);
  const pageUrl = clean(packet.pageUrl);
  return {
    summary: clean(packet.summary),
    fields: [
      { label: "Reason", value: reasonLabel(packet.reason), href: null },
      { label: "Language", value: languageLabel(packet.lang), href: null },
      { label: "Email", value: clean(packet.email) || notGiven, href: null },
      { label: "Name", value: clean(packet.name) || notGiven, href: null },
      { label: "Profile ID", value: clean(packet.profileId) || notGiven, href: null },
      { label: "Page", value: pageUrl || notGiven, href: safeHttpUrl(pageUrl) },
      { label: "Conversation in Relevo", value: packet.consoleUrl, href: safeHttpUrl(packet.consoleUrl) },
    ],
    citations: packet.citations.map((citation) => ({
      title: clean(citation.title),
      href: safeHttpUrl(citation.url),
    })),
    lines: packet.transcript.map((line) => ({
      author: clean(authorLabel(line)),
      shownAt: shownAt(line.createdAt),
      iso: line.createdAt,
      text: clean(line.text),
    })),
  };
}

/**
 * The packet as HTML for a ticket body (Zendesk `comment.html_body`, Gorgias `body_html`).
 * Every value is escaped: shopper text is hostile.
 *
 * @example
 * renderPacketHtml(packet) // "<h2>Conversation handed over by Relevo</h2><p><strong>Summary:</strong> …"
 */
export function renderPacketHtml(packet: HandoffPacket): string {
  const view = viewOf(packet);
  const link = (text: string, href: string | null) =>
    href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
  const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, "<br>");
  const fields = view.fields.map(
    (field) => `<li><strong>${field.label}:</strong> ${link(field.value, field.href)}</li>`,
  );
  const citations = view.citations.map((citation) => `<li>${link(citation.title, citation.href)}</li>`);
  const lines = view.lines.map(
    (line) =>
      `<p><strong>${escapeHtml(line.author)}</strong> · ${escapeHtml(line.shownAt)} <small>(${escapeHtml(line.iso)})</small><br>${multiline(line.text)}</p>`,
  );
  return [
    `<h2>${heading}</h2>`,
    `<p><strong>Summary:</strong> ${multiline(view.summary || notGiven)}</p>`,
    `<ul>${fields.join("")}</ul>`,
    "<h3>Knowledge the AI cited</h3>",
    citations.length > 0 ? `<ul>${citations.join("")}</ul>` : "<p>None.</p>",
    "<h3>Transcript</h3>",
    lines.length > 0 ? lines.join("") : "<p>No messages.</p>",
  ].join("\n");
}

/**
 * The same packet as plain text (Gorgias `body_text`, emails, logs).
 *
 * @example
 * renderPacketText(packet).split("\n")[0] // "Conversation handed over by Relevo"
 */
export function renderPacketText(packet: HandoffPacket): string {
  const view = viewOf(packet);
  const indent = (text: string) => text.replace(/\r?\n/g, "\n    ");
  const citations = view.citations.map(
    (citation) => `- ${citation.title}${citation.href ? ` <${citation.href}>` : ""}`,
  );
  const lines = view.lines.map(
    (line) => `[${line.shownAt} | ${line.iso}] ${line.author}:\n    ${indent(line.text)}`,
  );
  return [
    heading,
    "",
    `Summary: ${indent(view.summary || notGiven)}`,
    ...view.fields.map((field) => `${field.label}: ${field.value}`),
    "",
    "Knowledge the AI cited:",
    ...(citations.length > 0 ? citations : ["None."]),
    "",
    "Transcript:",
    ...(lines.length > 0 ? lines : ["No messages."]),
  ].join("\n");
}

/**
 * A one-line ticket subject: "[Relevo] The shopper asked for a person: Where is my order #1234?"
 * Plain text (helpdesks escape subjects themselves), at most ~150 characters.
 */
export function ticketSubject(packet: HandoffPacket): string {
  const summary = redactCardNumbers(packet.summary).replace(/\s+/g, " ").trim();
  const topic = summary || redactCardNumbers(packet.email ?? "").trim() || "conversation";
  const short = topic.length > 100 ? `${topic.slice(0, 99).trimEnd()}…` : topic;
  return `[Relevo] ${reasonLabel(packet.reason)}: ${short}`;
}
