import { z } from "zod";
import { redactCardNumbers } from "../../domain/card-numbers.js";
import type { HandoffPacket } from "../../domain/handoff-packet.js";
import { parseAccountName, requesterEmail, requireCredential } from "../helpdesk-config.js";
import { type HelpdeskClient, permanentError } from "../helpdesk-port.js";
import { basicAuth, createHelpdeskHttp } from "../http/helpdesk-http.js";
import { renderPacketHtml, renderPacketText, ticketSubject } from "../render-packet.js";

export interface GorgiasConfig {
  /** "acme" for https://acme.gorgias.com ("acme.gorgias.com" and the full URL are accepted too). */
  domain: string;
  /** The Gorgias user the REST API key belongs to. */
  email: string;
  apiKey: string;
  /**
   * The store's support address connected to Gorgias (its email integration). When set, the shopper's
   * message is addressed to it, so Gorgias answers from that integration; otherwise Gorgias picks its default.
   */
  supportAddress?: string;
  /** Overrides https://{domain}.gorgias.com (tests: Prism or the fake helpdesk). */
  baseUrl?: string;
  timeoutMs?: number;
}

const service = "Gorgias";

// Only the fields we read (spec: test/fixtures/specs/gorgias-derived-oas.yaml, schemas Account and Ticket).
const accountSchema = z.object({ domain: z.string(), deactivated_datetime: z.string().nullish() });
const ticketSchema = z.object({ id: z.number().int() });

/**
 * Gorgias behind the HelpdeskClient port, following the project's derived spec
 * (https://developers.gorgias.com/reference/create-ticket, /docs/create-a-ticket-using-api).
 *
 * Idempotency limitation: Gorgias has no idempotency key, and the derived spec has no way to list tickets
 * by `external_id` (a third-party summary of Gorgias's spec lists `GET /api/tickets?external_id=`, but no
 * official page we hold confirms it). So we set `external_id = handoffId` on the ticket and its message,
 * which lets people find a duplicate, but a retry after a lost response (timeout after Gorgias created the
 * ticket) can create a second ticket. The delivery job must store the TicketRef as soon as it gets one.
 *
 * @example
 * const gorgias = createGorgiasClient({ domain: "acme", email: "bot@acme.com", apiKey });
 * await gorgias.createTicket(packet); // { externalId: "1234", url: "https://acme.gorgias.com/app/ticket/1234" }
 */
export function createGorgiasClient(config: GorgiasConfig): HelpdeskClient {
  const domain = parseAccountName(config.domain, "gorgias.com", service);
  const email = requireCredential(config.email, "the user's email", service);
  const apiKey = requireCredential(config.apiKey, "the REST API key", service);
  const http = createHelpdeskHttp({
    service,
    baseUrl: config.baseUrl ?? `https://${domain}.gorgias.com`,
    // Private apps use Basic auth: account email + API key (https://developers.gorgias.com/docs/access-tokens-api-keys).
    authorization: basicAuth(email, apiKey),
    secrets: [apiKey],
    timeoutMs: config.timeoutMs,
  });

  return {
    kind: "gorgias",

    async verify() {
      const account = await http.request({ method: "GET", path: "/api/account", schema: accountSchema });
      if (account.deactivated_datetime) {
        throw permanentError(
          `${service}: the account ${account.domain} was deactivated on ${account.deactivated_datetime}`,
        );
      }
      return { accountLabel: `${account.domain}.gorgias.com` };
    },

    async createTicket(packet) {
      const customerEmail = requesterEmail(packet, service);
      const ticket = await http.request({
        method: "POST",
        path: "/api/tickets",
        body: gorgiasTicketBody(packet, customerEmail, config.supportAddress?.trim() || null),
        schema: ticketSchema,
      });
      return { externalId: String(ticket.id), url: `https://${domain}.gorgias.com/app/ticket/${ticket.id}` };
    },
  };
}

/**
 * The Create Ticket body (spec: CreateTicket). One incoming email message from the shopper holds the
 * packet. `sent_datetime` marks it as already sent: Gorgias sends messages whose sent_datetime is empty
 * (https://developers.gorgias.com/reference/create-ticket-message), and this one must not be emailed anywhere.
 */
export function gorgiasTicketBody(packet: HandoffPacket, email: string, supportAddress: string | null) {
  const name = redactCardNumbers(packet.name ?? "").trim() || null;
  const party = name ? { email, name } : { email };
  const subject = ticketSubject(packet);
  return {
    channel: "email",
    via: "api",
    from_agent: false,
    customer: party,
    external_id: packet.handoffId,
    subject,
    tags: [{ name: "relevo" }, { name: "handoff" }, { name: packet.reason }],
    messages: [
      {
        channel: "email",
        via: "api",
        from_agent: false,
        sender: party,
        source: {
          type: "email",
          from: { address: email, name },
          ...(supportAddress ? { to: [{ address: supportAddress, name: null }] } : {}),
        },
        subject,
        body_html: renderPacketHtml(packet),
        body_text: renderPacketText(packet),
        external_id: packet.handoffId,
        created_datetime: packet.createdAt,
        sent_datetime: packet.createdAt,
      },
    ],
  };
}
