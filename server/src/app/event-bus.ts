import { EventEmitter } from "node:events";
import type { DomainEvent, EventPublisher } from "../domain/domain-events.js";

type Listener = (event: DomainEvent) => void;

/**
 * The in-process bus for domain events. Subscribers are realtime sockets and caches; the cross-process
 * relay (storage/notify-relay.ts) forwards what is published here to the other processes and hands
 * their events to `deliverLocally`.
 */
export interface EventBus extends EventPublisher {
  subscribe(listener: Listener): () => void;
  /**
   * Only the events of one conversation. A shopper's socket listens this way: with a thousand sockets open,
   * an event reaches its own conversation's listeners instead of being offered to every socket.
   */
  subscribeConversation(conversationId: string, listener: Listener): () => void;
  /** Delivers an event that came from another process to local subscribers only. */
  deliverLocally(event: DomainEvent): void;
  /** Registers the relay that sends every locally published event to other processes. */
  forwardPublished(forward: Listener): void;
}

export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // subscribers to every event (caches, agents' consoles): a few, but no limit
  const byConversation = new Map<string, Set<Listener>>();
  const forwards: Listener[] = [];
  const deliver = (event: DomainEvent) => {
    emitter.emit("event", event);
    if (!("conversationId" in event)) return;
    const listeners = byConversation.get(event.conversationId);
    if (listeners) for (const listener of [...listeners]) listener(event);
  };
  return {
    publish(event) {
      deliver(event);
      for (const forward of forwards) forward(event);
    },
    deliverLocally: deliver,
    forwardPublished(forward) {
      forwards.push(forward);
    },
    subscribe(listener) {
      const safe = guarded(listener);
      emitter.on("event", safe);
      return () => emitter.off("event", safe);
    },
    subscribeConversation(conversationId, listener) {
      const safe = guarded(listener);
      const listeners = byConversation.get(conversationId) ?? new Set<Listener>();
      byConversation.set(conversationId, listeners.add(safe));
      return () => {
        listeners.delete(safe);
        if (listeners.size === 0 && byConversation.get(conversationId) === listeners) byConversation.delete(conversationId);
      };
    },
  };
}

/** A failing subscriber (a closed socket) must not break the publisher or the others. */
function guarded(listener: Listener): Listener {
  return (event) => {
    try {
      listener(event);
    } catch {
      // swallowed on purpose, see above
    }
  };
}
