import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../domain/domain-events.js";
import { createEventBus } from "./event-bus.js";

const draft = (conversationId: string, text = "hi"): DomainEvent => ({ type: "reply.draft", conversationId, draftId: "d1", text });

describe("event bus", () => {
  it("gives a conversation's subscriber that conversation's events only, and every subscriber everything", () => {
    const bus = createEventBus();
    const mine: DomainEvent[] = [];
    const all: DomainEvent[] = [];
    bus.subscribeConversation("c1", (event) => mine.push(event));
    bus.subscribe((event) => all.push(event));
    bus.publish(draft("c1"));
    bus.publish(draft("c2"));
    bus.publish({ type: "knowledge.changed" });
    expect(mine).toEqual([draft("c1")]);
    expect(all).toHaveLength(3);
  });

  it("stops after unsubscribing, and one failing listener does not keep the event from the others", () => {
    const bus = createEventBus();
    const got: string[] = [];
    const stopFirst = bus.subscribeConversation("c1", () => got.push("first"));
    bus.subscribeConversation("c1", () => {
      throw new Error("closed socket");
    });
    bus.subscribeConversation("c1", () => got.push("third"));
    bus.publish(draft("c1"));
    stopFirst();
    bus.publish(draft("c1"));
    expect(got).toEqual(["first", "third", "third"]);
  });

  it("forwards what is published here to other processes, not what came from them", () => {
    const bus = createEventBus();
    const forwarded: DomainEvent[] = [];
    const local: DomainEvent[] = [];
    bus.forwardPublished((event) => forwarded.push(event));
    bus.subscribeConversation("c1", (event) => local.push(event));
    bus.publish(draft("c1", "from here"));
    bus.deliverLocally(draft("c1", "from another process"));
    expect(forwarded).toEqual([draft("c1", "from here")]);
    expect(local).toHaveLength(2);
  });
});
