import { describe, expect, it } from "vitest";
import { as, staff } from "../../../../test/support/inbox-helpers.js";
import { useTestApp } from "../../../../test/support/test-app.js";

describe("Settings → the AI agent's voice", () => {
  const t = useTestApp();

  it("starts neutral with no forbidden phrases, and keeps what an admin saves (duplicates folded)", async () => {
    const admin = await staff(t, "admin");
    expect((await as(t, admin, "GET", "/api/v1/admin/settings")).json().agentVoice).toEqual({ tone: "neutral", forbiddenPhrases: [] });
    const saved = await as(t, admin, "PUT", "/api/v1/admin/settings/agent-voice", {
      tone: "formal", forbiddenPhrases: ["  guaranteed ", "Guaranteed", "cheap"],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().agentVoice).toEqual({ tone: "formal", forbiddenPhrases: ["Guaranteed", "cheap"] });
    expect((await t.relevo.deps.settings()).agentVoice).toEqual({ tone: "formal", forbiddenPhrases: ["Guaranteed", "cheap"] });
  });

  it("refuses an unknown tone or an oversized list with validation_failed, keeping the saved voice", async () => {
    const admin = await staff(t, "admin");
    await as(t, admin, "PUT", "/api/v1/admin/settings/agent-voice", { tone: "friendly", forbiddenPhrases: [] });
    const badTone = await as(t, admin, "PUT", "/api/v1/admin/settings/agent-voice", { tone: "sarcastic", forbiddenPhrases: [] });
    expect(badTone.statusCode).toBe(400);
    expect(badTone.json().error.code).toBe("validation_failed");
    const tooMany = await as(t, admin, "PUT", "/api/v1/admin/settings/agent-voice", {
      tone: "neutral", forbiddenPhrases: Array.from({ length: 51 }, (_, i) => `phrase ${i}`),
    });
    expect(tooMany.statusCode).toBe(400);
    expect((await t.relevo.deps.settings()).agentVoice.tone).toBe("friendly");
  });

  it("is not an agent's to change", async () => {
    const agent = await staff(t, "agent");
    expect((await as(t, agent, "PUT", "/api/v1/admin/settings/agent-voice", { tone: "formal", forbiddenPhrases: [] })).statusCode).toBe(403);
  });
});

describe("Settings → Store: signed identities", () => {
  const t = useTestApp();

  it("turns signed identities on with a secret and off again with null", async () => {
    const admin = await staff(t, "admin");
    const profile = { storeName: "Northwind", timezone: "Europe/Madrid" };
    const on = await as(t, admin, "PUT", "/api/v1/admin/settings/store", { ...profile, identitySecret: "s".repeat(40) });
    expect(on.json().identityEnabled).toBe(true);
    const off = await as(t, admin, "PUT", "/api/v1/admin/settings/store", { ...profile, identitySecret: null });
    expect(off.statusCode).toBe(200);
    expect(off.json().identityEnabled).toBe(false);
  });
});
