import type { InboxSocketEvent } from "@relevo/contracts";
import type { AppDeps } from "../../app/app-deps.js";
import type { EventBus } from "../../app/event-bus.js";
import { agentNames } from "../../app/inbox/agent-names.js";
import { listAgents } from "../../app/inbox/list-agents.js";
import { humanOwnedStatuses } from "../../domain/conversation/conversation-status.js";
import type { DomainEvent } from "../../domain/domain-events.js";
import { toInboxConversationDto, toInboxMessageDto } from "../http/inbox-dto.js";

const inboxStatuses = new Set(["queued", "with_agent", "resolved"]);

/**
 * The agents' live feed: one bus subscription per process turns each domain event into at most one Inbox
 * event (looked up once, serialized once) and fans it out to every open agent socket. Conversations the AI
 * still handles alone are not sent.
 */
export function createInboxFeed(deps: AppDeps, bus: EventBus) {
  const listeners = new Set<(json: string) => void>();
  const unsubscribe = bus.subscribe((event) => {
    if (listeners.size === 0) return;
    void toInboxEvent(deps, event)
      .then((inboxEvent) => {
        if (!inboxEvent) return;
        const json = JSON.stringify(inboxEvent);
        for (const listener of listeners) listener(json);
      })
      .catch(() => {
        // A failed lookup loses one live event; the console re-reads the list on reconnect.
      });
  });
  return {
    add(listener: (json: string) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop: unsubscribe,
    get size() {
      return listeners.size;
    },
  };
}

async function toInboxEvent(deps: AppDeps, event: DomainEvent): Promise<InboxSocketEvent | null> {
  const { repos } = deps.uow;
  switch (event.type) {
    case "message.created": {
      const { message } = event;
      const relevant = message.internal || message.author === "agent" || humanOwnedStatuses.includes((await repos.conversations.findById(event.conversationId))?.status ?? "ai");
      return relevant ? { type: "message.created", conversationId: event.conversationId, message: toInboxMessageDto(message) } : null;
    }
    case "conversation.handed_off": {
      const conversation = await repos.conversations.findById(event.conversationId);
      return event.handoff.destination === "inbox" && conversation
        ? { type: "conversation.queued", conversation: toInboxConversationDto(conversation, await agentNames(repos)) }
        : null;
    }
    case "conversation.updated":
      return inboxStatuses.has(event.conversation.status)
        ? { type: "conversation.updated", conversation: toInboxConversationDto(event.conversation, await agentNames(repos)) }
        : null;
    case "conversation.assigned": {
      const name = (await repos.users.findById(event.userId))?.name ?? "";
      return { type: "conversation.claimed", conversationId: event.conversationId, agent: { id: event.userId, name }, how: event.how };
    }
    case "handoff.summarized":
      return { type: "handoff.updated", conversationId: event.conversationId, handoffId: event.handoffId };
    case "agent.presence_changed": {
      const agent = (await listAgents(repos, deps.now())).find((a) => a.id === event.userId);
      return agent ? { type: "presence.changed", agent } : null;
    }
    default:
      return null;
  }
}
