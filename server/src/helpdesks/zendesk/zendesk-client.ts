import { z } from "zod";
import { redactCardNumbers } from "../../domain/card-numbers.js";
import type { HandoffPacket } from "../../domain/handoff-packet.js";
import { parseAccountName, requesterEmail, requireCredential } from "../helpdesk-config.js";
import { type HelpdeskClient, permanentError, type TicketRef } from "../helpdesk-port.js";
import { basicAuth, createHelpdeskHttp } from "../http/helpdesk-http.js";
import { renderPacketHtml, ticketSubject } from "../render-packet.js";

export interface ZendeskConfig {
  /** "acme" for https://acme.zendesk.com ("acme.zendesk.com" and the full URL are accepted too). */
  subdomain: string;
  /** The agent or admin the API token belongs to. */
  email: string;
  apiToken: string;
  /** Overrides https://{subdomain}.zendesk.com (tests: Prism or the fake helpdesk). */
  baseUrl?: string;
  timeoutMs?: number;
}

const service = "Zendesk";

// Only the fields we read; Zendesk sends many more (spec: test/fixtures/specs/zendesk-support-oas.yaml).
const currentUserSchema = z.object({
  user: z.object({
    id: z.number().int().nullable(),
    name: z.string().nullish(),
    role: z.string().nullish(),
  }),
});
const ticketSchema = z.object({ id: z.number().int(), external_id: z.string().nullish() });
const ticketResponseSchema = z.object({ ticket: ticketSchema });
const ticketListSchema = z.object({ tickets: z.array(ticketSchema) });

/**
 * Zendesk Support (Ticketing API v2) behind the HelpdeskClient port.
 *
 * Idempotency, two layers (DESIGN §5):
 * 1. `Idempotency-Key: <handoffId>` on create: Zendesk replays the first response for the same key instead
 *    of creating a second ticket, for two hours
 *    (https://developer.zendesk.com/api-reference/ticketing/introduction/#idempotency).
 * 2. Because a delivery job may retry after those two hours (a long outage, a restart), we first look the
 *    ticket up by `external_id` (List Tickets, `?external_id=`; spec operation ListTickets).
 *
 * @example
 * const zendesk = createZendeskClient({ subdomain: "acme", email: "bot@acme.com", apiToken });
 * await zendesk.verify();                 // { accountLabel: "Relevo Bot (admin) at acme.zendesk.com" }
 * await zendesk.createTicket(packet);     // { externalId: "35436", url: "https://acme.zendesk.com/agent/tickets/35436" }
 */
export function createZendeskClient(config: ZendeskConfig): HelpdeskClient {
  const subdomain = parseAccountName(config.subdomain, "zendesk.com", service);
  const email = requireCredential(config.email, "the agent's email", service);
  const apiToken = requireCredential(config.apiToken, "the API token", service);
  const http = createHelpdeskHttp({
    service,
    baseUrl: config.baseUrl ?? `https://${subdomain}.zendesk.com`,
    // API token auth: "{email}/token:{api_token}" (https://developer.zendesk.com/api-reference/introduction/security-and-auth/).
    authorization: basicAuth(`${email}/token`, apiToken),
    secrets: [apiToken],
    timeoutMs: config.timeoutMs,
  });
  const ticketRef = (id: number): TicketRef => ({
    externalId: String(id),
    url: `https://${subdomain}.zendesk.com/agent/tickets/${id}`,
  });

  return {
    kind: "zendesk",

    async verify() {
      // GET /api/v2/users/me is "Allowed for: Anonymous users" (spec operation ShowCurrentUser): a caller
      // Zendesk did not authenticate can get 200 with the anonymous user (id null, role "end-user")
      // rather than 401, so a 200 proves nothing until we check who we are.
      const { user } = await http.request({
        method: "GET",
        path: "/api/v2/users/me",
        schema: currentUserSchema,
      });
      if (user.id === null || (user.role !== "agent" && user.role !== "admin")) {
        throw permanentError(
          `${service}: ${email} is not an agent or admin (Zendesk answered as ${user.id === null ? "an anonymous user" : `role "${user.role ?? "unknown"}"`}); check the email and API token`,
        );
      }
      return { accountLabel: `${user.name ?? email} (${user.role}) at ${subdomain}.zendesk.com` };
    },

    async createTicket(packet) {
      const requester = requesterEmail(packet, service);
      const existing = await http.request({
        method: "GET",
        path: "/api/v2/tickets",
        query: { external_id: packet.handoffId },
        schema: ticketListSchema,
      });
      // External ids aren't unique in Zendesk, and we compare exactly rather than trust the filter.
      const found = existing.tickets.find((ticket) => ticket.external_id === packet.handoffId);
      if (found) return ticketRef(found.id);
      const created = await http.request({
        method: "POST",
        path: "/api/v2/tickets",
        headers: { "Idempotency-Key": packet.handoffId },
        body: zendeskTicketBody(packet, requester),
        schema: ticketResponseSchema,
      });
      return ticketRef(created.ticket.id);
    },
  };
}

/**
 * The Create Ticket body (spec: TicketCreateRequest). The packet goes in as a private note
 * (`public: false`): it holds the AI's summary and internal links, not a message to the shopper.
 * Agents' public replies go to `requester.email`.
 */
export function zendeskTicketBody(packet: HandoffPacket, email: string) {
  return {
    ticket: {
      subject: ticketSubject(packet),
      comment: { html_body: renderPacketHtml(packet), public: false },
      requester: { name: redactCardNumbers(packet.name ?? "").trim() || email, email },
      tags: ["relevo", "handoff", packet.reason],
      external_id: packet.handoffId,
    },
  };
}
