import { describe, expect, it } from "vitest";
import { useTestApp } from "../../test/support/test-app.js";

describe("the agent follows knowledge edits made in the console", () => {
  const t = useTestApp();

  it("answers from a new entry, then from its edited answer, and no longer after it is deleted", async () => {
    const admin = await t.logIn();
    const chat = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: "en" } })).json();
    const ask = async (text: string) => {
      const res = await t.server.inject({
        method: "POST", url: `/api/v1/conversations/${chat.conversation.id}/messages`, payload: { text },
        headers: { authorization: `Bearer ${chat.visitorToken}` },
      });
      return res.json().messages.slice(1).map((m: { text: string }) => m.text).join(" ");
    };
    const entry = { kind: "faq", lang: "en", question: "Do you ship to Iceland?", alternates: ["shipping to Iceland"], answer: "Yes, to Reykjavik in 6 days." };
    const saved = await t.server.inject({ method: "POST", url: "/api/v1/admin/knowledge", payload: entry, headers: admin });
    expect(saved.statusCode).toBe(201);
    expect(await ask("do you ship to iceland?")).toContain("Reykjavik in 6 days");
    const id = saved.json().id;
    await t.server.inject({ method: "PUT", url: `/api/v1/admin/knowledge/${id}`, payload: { ...entry, answer: "Yes, to Reykjavik in 4 days." }, headers: admin });
    expect(await ask("do you ship to iceland?")).toContain("Reykjavik in 4 days");
    await t.server.inject({ method: "DELETE", url: `/api/v1/admin/knowledge/${id}`, headers: admin });
    expect(await ask("do you ship to iceland?")).not.toContain("Reykjavik");
  });
});
