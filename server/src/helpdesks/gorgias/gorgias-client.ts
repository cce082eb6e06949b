import { z } from "zod";
import { redactCardNumbers } from "../../domain/card-numbers.js";
import type { HandoffPacket } from "../../domain/handoff-packet.js";
import { parseAccountName, requesterEmail, requireCredential } from "../helpdesk-config.js";
import { type HelpdeskClient, isHelpdeskError, permanentError, type TicketRef } from "../helpdesk-port.js";
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
const ticketSchema = z.object({ id: z.number().int(), external_id: z.string().nullish() });
const ticketListSchema = z.object({ data: z.array(ticketSchema) });

/**
 * Gorgias behind the HelpdeskClient port, following the project's derived spec
 * (https://developers.gorgias.com/reference/create-ticket, /docs/create-a-ticket-using-api).
 *
 * Idempotency: Gorgias has no idempotency key, so we set `external_id = handoffId` on the ticket and its
 * message. When a create fails in a way that may have reached Gorgias (a timeout, a dropped connection, a
 * 5xx), we look the ticket up by that `external_id` (List Tickets, `GET /api/tickets?external_id=`) and
 * return it rather than fail: the retry that would have made a second ticket never happens. That endpoint
 * is not in the project's derived spec (a third-party summary of Gorgias's spec lists it:
 * https://www.withone.ai/knowledge/gorgias/conn_mod_def%3A%3AGJ309ji_DuI%3A%3AEp3PgzwXR1WQN5USq898hA), so
 * it is only called on that failure path, and a failed lookup just reports the original failure.
 * Remaining gap: a ticket Gorgias finishes creating after that lookup is not seen by a later retry, which
 * would need the delivery job to say "this is attempt 2" (deliver-handoff.ts) to look up before creating.
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
      try {
        const ticket = await http.request({
          method: "POST",
          path: "/api/tickets",
          body: gorgiasTicketBody(packet, customerEmail, config.supportAddress?.trim() || null),
          schema: ticketSchema,
        });
        return ticketRef(ticket.id);
      } catch (error) {
        if (!mayHaveCreated(error)) throw error;
        const found = await findTicket(packet.handoffId).catch(() => null);
        if (found) return found;
        throw error;
      }
    },
  };

  function ticketRef(id: number): TicketRef {
    return { externalId: String(id), url: `https://${domain}.gorgias.com/app/ticket/${id}` };
  }

  /** The ticket this handoff already made, if any (exact match: we don't rely on the filter alone). */
  async function findTicket(handoffId: string): Promise<TicketRef | null> {
    const list = await http.request({
      method: "GET",
      path: "/api/tickets",
      query: { external_id: handoffId, limit: "10" },
      schema: ticketListSchema,
    });
    const found = list.data.find((ticket) => ticket.external_id === handoffId);
    return found ? ticketRef(found.id) : null;
  }
}

/**
 * A failure after which Gorgias may still have created the ticket: no answer at all (timeout, reset) or
 * a server error. 429 and 4xx mean the request was refused, so there is nothing to find.
 */
function mayHaveCreated(error: unknown): boolean {
  if (!isHelpdeskError(error) || error.failure.kind !== "retryable") return false;
  return error.failure.status === null || error.failure.status >= 500;
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
