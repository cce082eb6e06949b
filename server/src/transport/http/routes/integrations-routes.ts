import { errorBodySchema } from "@relevo/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../../app/app-deps.js";
import { retryDelivery } from "../../../app/handoff/retry-delivery.js";
import { connectIntegration } from "../../../app/integrations/connect-integration.js";
import { disconnectIntegration } from "../../../app/integrations/disconnect-integration.js";
import { AppError } from "../../../domain/errors.js";
import type { HandoffRecord, IntegrationRecord } from "../../../domain/records.js";
import { requireStaff } from "../auth-guard.js";

const secret = z.string().trim().min(1).max(500);
const zendeskBody = z.object({ subdomain: z.string().trim().min(1).max(200), email: z.email(), apiToken: secret }).strict();
const gorgiasBody = z.object({ domain: z.string().trim().min(1).max(200), email: z.email(), apiKey: secret }).strict();
const kindParams = z.object({ kind: z.enum(["zendesk", "gorgias"]) });

const integrationDto = z.object({
  kind: z.enum(["zendesk", "gorgias"]), connected: z.boolean(), accountLabel: z.string().nullable(),
  verifiedAt: z.string().nullable(), lastError: z.string().nullable(), lastErrorAt: z.string().nullable(),
});
const handoffDto = z.object({
  id: z.string(), conversationId: z.string(), reason: z.string(), destination: z.string(), deliveryStatus: z.string(),
  attempts: z.number(), externalTicketId: z.string().nullable(), externalUrl: z.string().nullable(),
  lastError: z.string().nullable(), lastErrorAt: z.string().nullable(), deliveredAt: z.string().nullable(), createdAt: z.string(),
});
const alertDto = z.object({ id: z.string(), kind: z.string(), message: z.string(), data: z.record(z.string(), z.unknown()).nullable(), createdAt: z.string(), acknowledgedAt: z.string().nullable() });
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema, 422: errorBodySchema };

const iso = (d: Date | null) => d?.toISOString() ?? null;
function toIntegrationDto(kind: "zendesk" | "gorgias", r: IntegrationRecord | undefined) {
  return { kind, connected: Boolean(r), accountLabel: r?.accountLabel ?? null, verifiedAt: iso(r?.verifiedAt ?? null), lastError: r?.lastError ?? null, lastErrorAt: iso(r?.lastErrorAt ?? null) };
}
export function toHandoffDto(h: HandoffRecord) {
  return {
    id: h.id, conversationId: h.conversationId, reason: h.reason, destination: h.destination, deliveryStatus: h.deliveryStatus,
    attempts: h.attempts, externalTicketId: h.externalTicketId, externalUrl: h.externalUrl, lastError: h.lastError,
    lastErrorAt: iso(h.lastErrorAt), deliveredAt: iso(h.deliveredAt), createdAt: h.createdAt.toISOString(),
  };
}

/** Admin API: connect/verify/disconnect helpdesks, handoff delivery states, and admin alerts. */
export function integrationsRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.addHook("onRequest", requireStaff(deps, "admin"));
    const tags = ["integrations"];

    app.get("/api/v1/admin/integrations", { schema: { tags, response: { 200: z.object({ integrations: z.array(integrationDto) }), ...errors } } }, async () => {
      const saved = await deps.uow.repos.integrations.list();
      return { integrations: (["zendesk", "gorgias"] as const).map((k) => toIntegrationDto(k, saved.find((r) => r.kind === k))) };
    });

    app.put("/api/v1/admin/integrations/zendesk", {
      schema: { tags, summary: "Connect Zendesk (verified against GET /api/v2/users/me)", body: zendeskBody, response: { 200: integrationDto, ...errors } },
    }, async (request) => toIntegrationDto("zendesk", await connectIntegration(deps, { kind: "zendesk", ...request.body })));

    app.put("/api/v1/admin/integrations/gorgias", {
      schema: { tags, summary: "Connect Gorgias (verified against GET /api/account)", body: gorgiasBody, response: { 200: integrationDto, ...errors } },
    }, async (request) => toIntegrationDto("gorgias", await connectIntegration(deps, { kind: "gorgias", ...request.body })));

    app.delete("/api/v1/admin/integrations/:kind", { schema: { tags, params: kindParams, response: { 204: z.null(), ...errors } } }, async (request, reply) => {
      await disconnectIntegration(deps, request.params.kind);
      return reply.status(204).send(null);
    });

    app.get("/api/v1/admin/handoffs", {
      schema: { tags, querystring: z.object({ status: z.enum(["pending", "retrying", "delivered", "fell_back", "undelivered"]).optional(), conversationId: z.uuid().optional() }),
        response: { 200: z.object({ handoffs: z.array(handoffDto) }), ...errors } },
    }, async (request) => {
      const { status, conversationId } = request.query;
      const all = conversationId ? await deps.uow.repos.handoffs.listByConversation(conversationId) : await deps.uow.repos.handoffs.listUndelivered();
      const shown = status && status !== "undelivered" ? all.filter((h) => h.deliveryStatus === status) : all;
      return { handoffs: shown.map(toHandoffDto) };
    });

    app.get("/api/v1/admin/handoffs/:id", { schema: { tags, params: z.object({ id: z.uuid() }), response: { 200: handoffDto.extend({ packet: z.unknown() }), ...errors } } }, async (request) => {
      const handoff = await deps.uow.repos.handoffs.findById(request.params.id);
      if (!handoff) throw new AppError("handoff_not_found", `No handoff with id ${request.params.id}.`);
      return { ...toHandoffDto(handoff), packet: handoff.packet };
    });

    app.post("/api/v1/admin/handoffs/:id/retry", { schema: { tags, params: z.object({ id: z.uuid() }), response: { 202: handoffDto, ...errors } } }, async (request, reply) =>
      reply.status(202).send(toHandoffDto(await retryDelivery(deps, request.params.id))));

    app.get("/api/v1/admin/alerts", {
      schema: { tags, querystring: z.object({ all: z.stringbool().optional() }), response: { 200: z.object({ alerts: z.array(alertDto) }), ...errors } },
    }, async (request) => ({
      alerts: (await deps.uow.repos.alerts.list({ includeAcknowledged: request.query.all ?? false })).map((a) => ({ ...a, createdAt: a.createdAt.toISOString(), acknowledgedAt: iso(a.acknowledgedAt) })),
    }));

    app.post("/api/v1/admin/alerts/:id/acknowledge", { schema: { tags, params: z.object({ id: z.uuid() }), response: { 204: z.null(), ...errors } } }, async (request, reply) => {
      if (!(await deps.uow.repos.alerts.acknowledge(request.params.id, deps.now()))) throw new AppError("not_found", "No open alert with that id.");
      return reply.status(204).send(null);
    });
  };
}
