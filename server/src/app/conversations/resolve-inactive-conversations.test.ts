import { describe, expect, it } from "vitest";
import { useTestApp } from "../../../test/support/test-app.js";
import { resolveInactiveConversations } from "./resolve-inactive-conversations.js";

describe("resolving quiet conversations", () => {
  const t = useTestApp();

  it("resolves AI conversations idle for the window, records the event, and leaves active or human-held ones alone", async () => {
    const quiet = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: {} })).json();
    const { deps } = t.relevo;
    const later = { ...deps, now: () => new Date(Date.now() + 31 * 60_000) };
    const busy = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: {} })).json();
    expect(await resolveInactiveConversations({ ...deps, now: () => new Date(Date.now() + 5 * 60_000) }, 30)).toBe(0);
    const repos = deps.uow.repos;
    const busyRecord = await repos.conversations.findById(busy.conversation.id);
    if (!busyRecord) throw new Error("missing");
    await repos.conversations.updateIfVersion(busyRecord.id, busyRecord.version, { status: "with_agent" });
    expect(await resolveInactiveConversations(later, 30)).toBe(1);
    expect((await repos.conversations.findById(quiet.conversation.id))?.status).toBe("resolved");
    expect((await repos.conversations.findById(busy.conversation.id))?.status).toBe("with_agent");
  });
});
