import { describe, expect, it } from "vitest";
import type { AgentDecision } from "../domain/agent-decision.js";
import type { KnowledgeEntry } from "../domain/knowledge.js";
import { createAnswererCache } from "./answerer-cache.js";
import { createEventBus } from "./event-bus.js";

const faq = (id: string, answer: string): KnowledgeEntry => ({ id, kind: "faq", lang: "en", question: `About ${id}?`, alternates: [], answer, url: null });

/** An in-memory knowledge store that counts reads, and a build that records what it was given. */
function setUp(initial: KnowledgeEntry[]) {
  const stored = new Map(initial.map((e) => [e.id, e]));
  const reads = { list: 0, byId: [] as string[] };
  const builds: KnowledgeEntry[][] = [];
  const uow = {
    repos: {
      knowledge: {
        list: async () => {
          reads.list++;
          return [...stored.values()];
        },
        findMany: async (ids: string[]) => {
          reads.byId.push(...ids);
          return ids.flatMap((id) => stored.get(id) ?? []);
        },
      },
    },
  };
  const bus = createEventBus();
  const decision: AgentDecision = { kind: "no_knowledge", lang: "en" };
  const answerer = createAnswererCache(uow, bus, (entries) => {
    builds.push(entries);
    return { decide: async () => decision };
  });
  const lastBuild = () => (builds.at(-1) ?? []).map((e) => (e.kind === "faq" ? `${e.id}=${e.answer}` : e.id)).sort();
  return { stored, reads, builds, bus, answerer, lastBuild };
}

describe("the answerer cache", () => {
  it("reads only the entries a change names, and builds on the knowledge with them replaced or dropped", async () => {
    const t = setUp([faq("a", "1"), faq("b", "1"), faq("c", "1")]);
    await t.answerer();
    t.stored.set("b", faq("b", "2"));
    t.stored.delete("c");
    t.bus.publish({ type: "knowledge.changed", ids: ["b", "c"] });
    await t.answerer();
    expect(t.reads.list).toBe(1);
    expect(t.reads.byId.sort()).toEqual(["b", "c"]);
    expect(t.lastBuild()).toEqual(["a=1", "b=2"]);
  });

  it("reads everything again when a change does not say which entries", async () => {
    const t = setUp([faq("a", "1")]);
    await t.answerer();
    t.stored.set("d", faq("d", "1"));
    t.bus.publish({ type: "knowledge.changed" });
    await t.answerer();
    expect(t.reads.list).toBe(2);
    expect(t.lastBuild()).toEqual(["a=1", "d=1"]);
  });

  it("applies changes that arrive while a build is under way after it, in order, losing none", async () => {
    const t = setUp([faq("a", "1")]);
    const first = t.answerer();
    t.stored.set("a", faq("a", "2"));
    t.bus.publish({ type: "knowledge.changed", ids: ["a"] });
    const second = t.answerer();
    t.stored.set("e", faq("e", "1"));
    t.bus.publish({ type: "knowledge.changed", ids: ["e"] });
    await Promise.all([first, second, t.answerer()]);
    expect(t.lastBuild()).toEqual(["a=2", "e=1"]);
    expect(t.builds).toHaveLength(3);
  });

  it("serves one build to turns that ask at the same time", async () => {
    const t = setUp([faq("a", "1")]);
    const [x, y] = await Promise.all([t.answerer(), t.answerer()]);
    expect(x).toBe(y);
    expect(t.builds).toHaveLength(1);
  });
});
