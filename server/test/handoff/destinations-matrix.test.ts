import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeHelpdesk, startFakeHelpdesk } from "../support/fake-helpdesk.js";
import { useTestApp } from "../support/test-app.js";

const secret = "another-shared-secret-of-32-characters-or-more";
const destinations = ["inbox", "zendesk", "gorgias"] as const;
const shoppers = [
  { lang: "en", identified: false, question: "can you fix my car engine?", yes: "yes", email: "ana@example.com", told: { inbox: /our team/, ticket: /follow up by email/ } },
  { lang: "en", identified: true, question: "can you fix my car engine?", yes: "sure", email: "ben@example.com", told: { inbox: /our team/, ticket: /follow up by email/ } },
  { lang: "es", identified: false, question: "¿me arreglan el motor del coche?", yes: "sí", email: "carla@example.com", told: { inbox: /nuestro equipo/, ticket: /te escribirá/ } },
  { lang: "es", identified: true, question: "¿me arreglan el motor del coche?", yes: "claro", email: "dani@example.com", told: { inbox: /nuestro equipo/, ticket: /te escribirá/ } },
] as const;

let fake: FakeHelpdesk;
beforeAll(async () => {
  fake = await startFakeHelpdesk();
});
afterAll(async () => fake.close());

describe("the whole handoff flow for every destination, shopper kind and language", () => {
  const t = useTestApp({}, () => ({ SERVICES: "web,worker", RELEVO_ZENDESK_BASE_URL: fake.url, RELEVO_GORGIAS_BASE_URL: fake.url }));

  async function configure(destination: (typeof destinations)[number]) {
    const headers = await t.logIn("admin");
    const put = (url: string, payload: object) => t.server.inject({ method: "PUT", url, headers, payload });
    await put("/api/v1/admin/settings/store", { storeName: "Northwind", timezone: "America/Mexico_City", identitySecret: secret });
    if (destination === "zendesk") await put("/api/v1/admin/integrations/zendesk", { subdomain: "acme", email: "bot@acme.example", apiToken: "t" });
    if (destination === "gorgias") await put("/api/v1/admin/integrations/gorgias", { domain: "acme", email: "bot@acme.example", apiKey: "k" });
    expect((await put("/api/v1/admin/settings/handoff-method", { kind: "helpdesk", destination })).statusCode).toBe(200);
  }

  for (const destination of destinations) {
    for (const shopper of shoppers) {
      const who = `${shopper.identified ? "an identified" : "an unidentified"} ${shopper.lang} shopper`;
      it(`hands ${who} to ${destination} after consent, telling them in their language`, async () => {
        await configure(destination);
        const identity = shopper.identified
          ? await new SignJWT({ email: shopper.email, profileId: `p-${shopper.email}` }).setProtectedHeader({ alg: "HS256" }).setExpirationTime("5m").sign(new TextEncoder().encode(secret))
          : undefined;
        const started = (await t.server.inject({ method: "POST", url: "/api/v1/conversations", payload: { locale: shopper.lang, ...(identity ? { identity } : {}) } })).json();
        const say = async (text: string) =>
          (await t.server.inject({ method: "POST", url: `/api/v1/conversations/${started.conversation.id}/messages`, headers: { authorization: `Bearer ${started.visitorToken}` }, payload: { text } })).json();
        expect((await say(shopper.question)).conversation.status).toBe("offering");
        let last = await say(shopper.yes);
        if (!shopper.identified) {
          expect(last.conversation.status).toBe("collecting_email");
          last = await say(shopper.email);
        }
        expect(last.conversation.status).toBe(destination === "inbox" ? "queued" : "ticketed");
        expect(last.messages.at(-1).text).toMatch(destination === "inbox" ? shopper.told.inbox : shopper.told.ticket);
        const [handoff] = await t.relevo.deps.uow.repos.handoffs.listByConversation(started.conversation.id);
        expect(handoff?.packet).toMatchObject({ email: shopper.email, lang: shopper.lang, reason: "missing_knowledge", storeTimezone: "America/Mexico_City" });
        if (destination === "inbox") return;
        const end = Date.now() + 15_000;
        while ((await t.relevo.deps.uow.repos.handoffs.findById(handoff?.id ?? ""))?.deliveryStatus !== "delivered") {
          if (Date.now() > end) throw new Error("not delivered in time");
          await new Promise((r) => setTimeout(r, 100));
        }
        const tickets = fake.tickets.filter((tk) => tk.externalId === handoff?.id);
        expect(tickets).toHaveLength(1);
        expect(tickets[0]?.service).toBe(destination);
      });
    }
  }
});
