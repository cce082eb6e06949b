import type { ConversationSocketEvent } from "@relevo/contracts";
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../../app/app-deps.js";
import { authorizeVisitor } from "../../app/conversations/authorize-visitor.js";
import type { EventBus } from "../../app/event-bus.js";
import { holderName } from "../../app/inbox/agent-names.js";
import { createSocketRegistry } from "../../app/inbox/socket-registry.js";
import { isAppError } from "../../domain/errors.js";
import { toConversationDto, toMessageDto } from "../http/dto.js";
import { keepAlive } from "./keep-alive.js";

const query = z.object({ token: z.string().min(1).max(200) });
const params = z.object({ id: z.uuid() });

/**
 * The shopper's live channel: pushes new messages and state changes of one conversation. It subscribes to
 * domain events; nothing calls it. Browsers cannot set headers on a WebSocket, so the visitor token comes
 * in the query string (over TLS in production) and is checked before anything is sent.
 */
export function registerConversationSocket(app: FastifyInstance, deps: AppDeps, bus: EventBus): void {
  const visitors = createSocketRegistry(deps);
  app.addHook("onClose", () => visitors.stop());
  app.get("/api/v1/conversations/:id/socket", { websocket: true, schema: { hide: true } }, async (socket, request) => {
    const parsedQuery = query.safeParse(request.query);
    const parsedParams = params.safeParse(request.params);
    if (!parsedQuery.success || !parsedParams.success) return socket.close(4400, "bad_request");
    const conversationId = parsedParams.data.id;
    try {
      await authorizeVisitor(deps.uow.repos, conversationId, parsedQuery.data.token);
    } catch (error) {
      return socket.close(isAppError(error) && error.code === "conversation_not_found" ? 4404 : 4401, "unauthorized");
    }
    const send = (event: ConversationSocketEvent) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(event));
    };
    const unsubscribe = bus.subscribeConversation(conversationId, (event) => {
      if (event.type === "message.created" && !event.message.internal) send({ type: "message.created", message: toMessageDto(event.message) });
      if (event.type === "reply.draft") send({ type: "draft", draftId: event.draftId, text: event.text });
      if (event.type === "conversation.updated") {
        const { conversation } = event;
        void Promise.all([deps.settings(), holderName(deps.uow.repos, conversation)]).then(([settings, agentName]) =>
          send({ type: "conversation.updated", conversation: toConversationDto(conversation, { settings, agentName }) }));
      }
    });
    // Only now is every new event pushed; the client catches up on what came before by reading again.
    send({ type: "ready" });
    // Registered after subscribing: once the row exists, replies reach this socket instead of email.
    const tracked = visitors.open("visitor", conversationId);
    // Keep idle connections alive through proxies and drop dead peers (their chat then counts as closed).
    const stopPings = keepAlive(socket, 25_000);
    socket.on("close", () => {
      stopPings();
      unsubscribe();
      void tracked.then((id) => visitors.close(id, { linger: false }));
    });
  });
}
