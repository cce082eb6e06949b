import {
  agentReplyBodySchema, conversationTranslationSchema, errorBodySchema, inboxAgentSchema, inboxConversationSchema, inboxConversationViewSchema, inboxListQuerySchema,
  inboxListSchema, inboxMessageSchema, presenceBodySchema, transferBodySchema, translationBodySchema,
} from "@relevo/contracts";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { AppDeps } from "../../../app/app-deps.js";
import { agentNames } from "../../../app/inbox/agent-names.js";
import { consoleUser } from "../../../app/inbox/assert-may-act.js";
import { claimConversation } from "../../../app/inbox/claim-conversation.js";
import { getInboxConversation } from "../../../app/inbox/get-inbox-conversation.js";
import { listAgents } from "../../../app/inbox/list-agents.js";
import { listInbox } from "../../../app/inbox/list-inbox.js";
import { reopenConversation } from "../../../app/inbox/reopen-conversation.js";
import { replyAsAgent } from "../../../app/inbox/reply-as-agent.js";
import { resolveConversation } from "../../../app/inbox/resolve-conversation.js";
import { setPresence } from "../../../app/inbox/set-presence.js";
import { transferConversation } from "../../../app/inbox/transfer-conversation.js";
import { translateConversation } from "../../../app/inbox/translate-conversation.js";
import type { ConversationRecord } from "../../../domain/records.js";
import { requireStaff } from "../auth-guard.js";
import { toEmailDeliveryDto, toHandoffViewDto, toInboxConversationDto, toInboxMessageDto } from "../inbox-dto.js";

const idParams = z.object({ id: z.uuid({ message: "must be a conversation id (UUID)" }) });
const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const changedSchema = z.object({ conversation: inboxConversationSchema, messages: z.array(inboxMessageSchema) });
const tags = ["inbox"];

/** The Inbox API for agents and admins (session cookie + CSRF, or an admin API key for reading). */
export function inboxRoutes(deps: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // onRequest, before body validation: an anonymous caller gets 401, not a 400 about their body.
    app.addHook("onRequest", requireStaff(deps, "agent"));
    const changed = async (result: { conversation: ConversationRecord; messages: Parameters<typeof toInboxMessageDto>[0][] }) => ({
      conversation: toInboxConversationDto(result.conversation, await agentNames(deps.uow.repos)),
      messages: result.messages.map(toInboxMessageDto),
    });
    const action = (summary: string) => ({ tags, summary, params: idParams, response: { 200: changedSchema, ...errors } });

    app.get("/api/v1/inbox/conversations", {
      schema: { tags, summary: "List conversations by view, newest activity first", querystring: inboxListQuerySchema, response: { 200: inboxListSchema, ...errors } },
    }, async (request) => {
      const viewer = request.principal?.kind === "user" ? request.principal.user : null;
      const page = await listInbox(deps, viewer, request.query);
      return { conversations: page.conversations.map((c) => toInboxConversationDto(c, page.names)), nextCursor: page.nextCursor };
    });

    app.get("/api/v1/inbox/conversations/:id", {
      schema: { tags, summary: "A conversation with notes, handoff packets and deliveries", params: idParams, response: { 200: inboxConversationViewSchema, ...errors } },
    }, async (request) => {
      const view = await getInboxConversation(deps, request.params.id);
      return {
        conversation: toInboxConversationDto(view.conversation, view.names), messages: view.messages.map(toInboxMessageDto),
        handoffs: view.handoffs.map(toHandoffViewDto), emails: view.emails.map(toEmailDeliveryDto), shopperOnline: view.shopperOnline,
        translationAvailable: deps.translator !== null,
      };
    });

    app.post("/api/v1/inbox/conversations/:id/claim", { schema: action("Take a queued conversation (409 already_claimed if someone was faster)") },
      async (request) => changed(await claimConversation(deps, consoleUser(request.principal), request.params.id)));

    app.post("/api/v1/inbox/conversations/:id/messages", {
      schema: { ...action("Reply to the shopper, or leave an internal note with internal: true"), body: agentReplyBodySchema },
    }, async (request) => changed(await replyAsAgent(deps, consoleUser(request.principal), request.params.id, request.body)));

    app.post("/api/v1/inbox/conversations/:id/transfer", { schema: { ...action("Give the conversation to another agent"), body: transferBodySchema } },
      async (request) => changed(await transferConversation(deps, consoleUser(request.principal), request.params.id, request.body.userId)));

    app.post("/api/v1/inbox/conversations/:id/resolve", { schema: action("Mark resolved; the shopper's next message goes to the AI afresh") },
      async (request) => changed(await resolveConversation(deps, consoleUser(request.principal), request.params.id)));

    app.post("/api/v1/inbox/conversations/:id/reopen", { schema: action("Reopen a resolved conversation and hold it") },
      async (request) => changed(await reopenConversation(deps, consoleUser(request.principal), request.params.id)));

    app.post("/api/v1/inbox/conversations/:id/translation", {
      schema: {
        tags, params: idParams, body: translationBodySchema,
        summary: "The transcript and handoff summaries translated by the language model (409 translation_unavailable without one, 502 translation_failed when it fails)",
        response: { 200: conversationTranslationSchema, ...errors, 502: errorBodySchema },
      },
    }, async (request) => {
      consoleUser(request.principal); // for people reading the console; an API key has the originals
      return translateConversation(deps, request.params.id, request.body.to);
    });

    app.get("/api/v1/inbox/agents", { schema: { tags, summary: "Console users and their presence", response: { 200: z.object({ agents: z.array(inboxAgentSchema) }), ...errors } } },
      async () => ({ agents: await listAgents(deps.uow.repos, deps.now()) }));

    app.put("/api/v1/inbox/presence", { schema: { tags, summary: "Set my presence (online, away, offline)", body: presenceBodySchema, response: { 204: z.null(), ...errors } } },
      async (request, reply) => {
        await setPresence(deps, consoleUser(request.principal), request.body.presence);
        return reply.status(204).send(null);
      });
  };
}
