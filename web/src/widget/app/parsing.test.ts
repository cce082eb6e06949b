import { isHostMessage, isWidgetMessage, readEnvelope, widgetEnvelope } from "@relevo/contracts";
import { describe, expect, it } from "vitest";
import { pickLanguage } from "../../i18n/languages";
import { splitLinks } from "./components/rich-text";
import { safeHttpUrl } from "./components/safe-url";
import { checkEmail } from "./email-check";
import { parseSocketEvent } from "./socket-events";

describe("Markdown links in Relevo's messages", () => {
  it("become links only for http(s) addresses; everything else stays text", () => {
    expect(splitLinks("See our [help center](https://shop.example/help).")).toEqual([
      { text: "See our " }, { text: "help center", href: "https://shop.example/help" }, { text: "." },
    ]);
    expect(splitLinks("[x](javascript:alert(1)) and [y](data:text/html,hi)")).toEqual([{ text: "[x](javascript:alert(1)) and [y](data:text/html,hi)" }]);
    expect(safeHttpUrl("/relative")).toBeNull();
    expect(safeHttpUrl("HTTPS://shop.example/a")).toBe("https://shop.example/a");
  });
});

describe("the page↔iframe protocol", () => {
  it("reads only well-formed messages on our channel", () => {
    expect(readEnvelope(widgetEnvelope("c1", { type: "open" }), "c1", isHostMessage)).toEqual({ type: "open" });
    expect(readEnvelope(widgetEnvelope("other", { type: "open" }), "c1", isHostMessage)).toBeNull();
    expect(readEnvelope({ protocol: "relevo.widget.1", channel: "c1", message: { type: "identify", token: "" } }, "c1", isHostMessage)).toBeNull();
    expect(readEnvelope(widgetEnvelope("c1", { type: "unread", count: 2 }), "c1", isWidgetMessage)).toEqual({ type: "unread", count: 2 });
    expect(readEnvelope({ protocol: "relevo.widget.1", channel: "c1", message: { type: "unread", count: -1 } }, "c1", isWidgetMessage)).toBeNull();
    expect(readEnvelope("open", "c1", isHostMessage)).toBeNull();
  });
});

describe("small checks", () => {
  it("picks the page's language, then the browser's, then English", () => {
    expect(pickLanguage(["es-MX", "en"])).toBe("es");
    expect(pickLanguage(["", "fr-FR", "ES"])).toBe("es");
    expect(pickLanguage([undefined, "de"])).toBe("en");
  });

  it("tells a missing email from an invalid one", () => {
    expect(checkEmail("  ")).toBe("missing");
    expect(checkEmail("ana@")).toBe("invalid");
    expect(checkEmail("ana @example.com")).toBe("invalid");
    expect(checkEmail(" ana@example.com ")).toBe("ok");
  });

  it("accepts socket frames the UI can render and drops the rest", () => {
    const frame = { type: "message.created", message: { id: "m1", author: "ai", text: "hi", createdAt: "2026-01-01T10:00:00Z" } };
    expect(parseSocketEvent(JSON.stringify(frame))).toEqual(frame);
    expect(parseSocketEvent(JSON.stringify({ type: "message.created", message: { id: 1, text: "hi" } }))).toBeNull();
    expect(parseSocketEvent("not json")).toBeNull();
  });
});

describe("socket frames", () => {
  it("accepts a draft only with a string id and text", () => {
    expect(parseSocketEvent(JSON.stringify({ type: "draft", draftId: "d1", text: "Yes, we" }))).toEqual({ type: "draft", draftId: "d1", text: "Yes, we" });
    expect(parseSocketEvent(JSON.stringify({ type: "draft", draftId: "d1", text: 3 }))).toBeNull();
    expect(parseSocketEvent(JSON.stringify({ type: "draft", text: "x" }))).toBeNull();
  });

  it("accepts the server's ready frame (the moment to read the conversation again)", () => {
    expect(parseSocketEvent(JSON.stringify({ type: "ready" }))).toEqual({ type: "ready" });
  });
});
