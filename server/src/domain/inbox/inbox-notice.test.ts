import { describe, expect, it } from "vitest";
import { defaultInboxMessages, inboxNotice } from "./inbox-notice.js";

const madrid = { timezone: "Europe/Madrid", now: new Date("2026-03-28T12:00:00Z") };
const monday = new Date("2026-03-30T07:00:00Z");

describe("inboxNotice", () => {
  it("promises a person now when someone is available", () => {
    expect(inboxNotice({ kind: "available" }, "en", defaultInboxMessages, madrid)).toMatch(/An agent will join you here/);
  });

  it("tells a Spanish shopper outside hours when the team is back, in Spanish and in the store's zone", () => {
    const text = inboxNotice({ kind: "closed", nextOpenAt: monday }, "es", defaultInboxMessages, madrid);
    expect(text).toContain("vuelve el lunes, 9:00 CEST");
    expect(text).toContain("Puedes dejar tu mensaje aquí");
  });

  it("uses the merchant's auto-reply within hours when nobody is online", () => {
    const messages = { ...defaultInboxMessages, autoReply: { en: "Back {next}, leave a note!", es: "Volvemos {next}" } };
    expect(inboxNotice({ kind: "away", nextOpenAt: monday }, "en", messages, madrid)).toMatch(/Back on Monday, 9:00\sAM GMT\+2, leave a note!$/);
    expect(inboxNotice({ kind: "away", nextOpenAt: null }, "fr", messages, madrid)).toMatch(/Back shortly, leave a note!$/);
  });
});
