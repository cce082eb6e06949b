import type { HandoffPacket } from "../domain/handoff-packet.js";
import { permanentError } from "./helpdesk-port.js";

/**
 * Zendesk subdomains and Gorgias account domains are DNS labels. Checking the shape before building
 * "https://{label}.zendesk.com" keeps a pasted value like "evil.example/x#" from pointing our
 * credentials at another host.
 */
const dnsLabel = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** Accepts "acme", "acme.zendesk.com" or "https://acme.zendesk.com/" and returns "acme". */
export function parseAccountName(input: string, suffix: string, service: string): string {
  const label = input
    .trim()
    .replace(/^https?:\/\//i, "")
    .replace(/\/+$/, "")
    .replace(new RegExp(`\\.${suffix.replace(/\./g, "\\.")}$`, "i"), "")
    .toLowerCase();
  if (!dnsLabel.test(label)) {
    throw permanentError(
      `${service}: "${input}" is not a valid ${service} account name (expected e.g. "acme")`,
    );
  }
  return label;
}

/** Both services need non-empty credentials; saying so beats a 401 later. */
export function requireCredential(value: string, what: string, service: string): string {
  const trimmed = value.trim();
  if (!trimmed) throw permanentError(`${service}: ${what} is missing`);
  return trimmed;
}

/**
 * Helpdesk tickets are answered by email (DESIGN §1), so a handoff without an address cannot become a
 * ticket. Permanent: the delivery job falls back to the Inbox instead of retrying.
 */
export function requesterEmail(packet: HandoffPacket, service: string): string {
  const email = packet.email?.trim();
  if (!email)
    throw permanentError(`${service}: handoff ${packet.handoffId} has no email address to reply to`);
  return email;
}
