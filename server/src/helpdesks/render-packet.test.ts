import fc from "fast-check";
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { CARD_NUMBER_PLACEHOLDER } from "../domain/card-numbers.js";
import { renderPacketHtml, renderPacketText, ticketSubject } from "./render-packet.js";
import { samplePacket } from "./testing/sample-packet.js";

const attack = "<img src=x onerror=alert(1)>";
const card = "4111 1111 1111 1111";

/** Every element the renderer itself emits; anything else in the output came from packet text. */
const ourTags = new Set(["h2", "h3", "p", "ul", "li", "strong", "small", "br", "a"]);

describe("renderPacketHtml", () => {
  it("shows summary, reason, language, contact, page, citations, console link and the transcript", () => {
    const html = renderPacketHtml(samplePacket());
    for (const expected of [
      "order #1042 arrived damaged",
      "The shopper asked for a person",
      "Spanish (es)",
      "lucia.garcia@example.com",
      "shopify-customer-8812",
      '<a href="https://shop.example.com/orders/1042">',
      '<a href="https://shop.example.com/pages/returns">Devoluciones en 30 días</a>',
      "<li>Plazos de envío</li>",
      '<a href="https://relevo.shop.example.com/console/conversations/conv_01JDX7Q0AA">',
      "<strong>Shopper (Lucía)</strong>",
      "<strong>AI assistant</strong>",
    ]) {
      expect(html).toContain(expected);
    }
  });

  it("renders hostile shopper text inert, in every field it can reach", () => {
    const packet = samplePacket({
      summary: attack,
      name: attack,
      profileId: attack,
      pageUrl: `javascript:alert(1)//${attack}`,
      citations: [{ knowledgeId: "k", title: attack, url: "javascript:alert(1)" }],
      transcript: [
        {
          author: "visitor",
          authorName: attack,
          text: `${attack}\n<script>alert(2)</script>`,
          createdAt: "2026-11-24T10:00:00Z",
        },
      ],
    });
    const html = renderPacketHtml(packet);
    const root = parse(html);
    expect(root.querySelectorAll("img, script")).toHaveLength(0);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    // A javascript: URL is shown as text, never as a link.
    expect(root.querySelectorAll("a").map((a) => a.getAttribute("href"))).not.toContainEqual(
      expect.stringMatching(/^javascript:/),
    );
  });

  it("never lets packet text open an element of its own (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (text, title) => {
        const html = renderPacketHtml(
          samplePacket({
            summary: text,
            name: text,
            citations: [{ knowledgeId: "k", title, url: "https://x.example/" }],
            transcript: [{ author: "visitor", authorName: title, text, createdAt: "2026-11-24T10:00:00Z" }],
          }),
        );
        const tags = [...html.matchAll(/<\/?([a-zA-Z0-9]+)/g)].map((match) => match[1]);
        expect(tags.every((tag) => tag !== undefined && ourTags.has(tag))).toBe(true);
        expect(html.replace(/<\/?[a-z0-9]+(?: href="[^"<>]*")?>/g, "")).not.toMatch(/[<>]/);
      }),
    );
  });

  it("redacts card numbers before rendering, in the transcript, the summary and the subject", () => {
    const packet = samplePacket({
      summary: `Paid with ${card}`,
      transcript: [
        { author: "visitor", text: `my card is ${card} exp 12/27`, createdAt: "2026-11-24T10:00:00Z" },
      ],
    });
    for (const rendered of [renderPacketHtml(packet), renderPacketText(packet), ticketSubject(packet)]) {
      expect(rendered).not.toContain("4111");
      expect(rendered).toContain(CARD_NUMBER_PLACEHOLDER);
    }
  });

  it("shows each line's time in the store's timezone next to the ISO timestamp", () => {
    const html = renderPacketHtml(samplePacket());
    // 22:58Z is 23:58 in Madrid (CET); 23:01Z is already the next day there.
    expect(html).toContain("24 Nov 2026, 23:58 CET <small>(2026-11-24T22:58:00.000Z)</small>");
    expect(html).toContain("25 Nov 2026, 00:01 CET <small>(2026-11-24T23:01:30.000Z)</small>");
  });

  it("falls back to UTC when the store's timezone is not a real zone", () => {
    const html = renderPacketHtml(samplePacket({ storeTimezone: "Mars/Olympus_Mons" }));
    expect(html).toContain("24 Nov 2026, 22:58 UTC");
  });

  it("renders the same packet to the same bytes, so a retried delivery sends identical content", () => {
    expect(renderPacketHtml(samplePacket())).toBe(renderPacketHtml(samplePacket()));
    expect(renderPacketText(samplePacket())).toBe(renderPacketText(samplePacket()));
  });
});

describe("renderPacketText", () => {
  it("carries the same facts as the HTML, as plain text", () => {
    const text = renderPacketText(samplePacket({ summary: attack }));
    expect(text.split("\n")[0]).toBe("Conversation handed over by Relevo");
    expect(text).toContain(`Summary: ${attack}`); // plain text is not HTML: nothing to escape
    expect(text).toContain("Reason: The shopper asked for a person");
    expect(text).toContain("- Devoluciones en 30 días <https://shop.example.com/pages/returns>");
    expect(text).toContain(
      "[24 Nov 2026, 23:58 CET | 2026-11-24T22:58:00.000Z] Shopper (Lucía):\n    Mi pedido #1042 llegó roto",
    );
  });

  it("says so when there are no citations, no messages and no contact details", () => {
    const text = renderPacketText(
      samplePacket({ citations: [], transcript: [], email: null, profileId: null, pageUrl: null }),
    );
    expect(text).toContain("Knowledge the AI cited:\nNone.");
    expect(text).toContain("Transcript:\nNo messages.");
    expect(text).toContain("Email: not given");
  });
});

describe("ticketSubject", () => {
  it("is one line with the reason and the start of the summary", () => {
    const subject = ticketSubject(samplePacket({ summary: `Line one\nline two ${"x".repeat(300)}` }));
    expect(subject).toMatch(/^\[Relevo\] The shopper asked for a person: Line one line two x+…$/);
    expect(subject.length).toBeLessThan(160);
  });
});
