import { EventEmitter } from "node:events";
import type { DomainEvent, EventPublisher } from "../domain/domain-events.js";

/**
 * The in-process bus for domain events. Subscribers are realtime sockets and caches; the cross-process
 * relay (storage/notify-relay.ts) forwards what is published here to the other processes and hands
 * their events to `deliverLocally`.
 */
export interface EventBus extends EventPublisher {
  subscribe(listener: (event: DomainEvent) => void): () => void;
  /** Delivers an event that came from another process to local subscribers only. */
  deliverLocally(event: DomainEvent): void;
  /** Registers the relay that sends every locally published event to other processes. */
  forwardPublished(forward: (event: DomainEvent) => void): void;
}

export function createEventBus(): EventBus {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0); // one listener per open socket: thousands are expected
  const forwards: Array<(event: DomainEvent) => void> = [];
  return {
    publish(event) {
      emitter.emit("event", event);
      for (const forward of forwards) forward(event);
    },
    deliverLocally(event) {
      emitter.emit("event", event);
    },
    forwardPublished(forward) {
      forwards.push(forward);
    },
    subscribe(listener) {
      const safe = (event: DomainEvent) => {
        try {
          listener(event);
        } catch {
          // A failing subscriber (a closed socket) must not break the publisher or the others.
        }
      };
      emitter.on("event", safe);
      return () => emitter.off("event", safe);
    },
  };
}
