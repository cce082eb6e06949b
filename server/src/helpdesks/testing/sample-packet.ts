import type { HandoffPacket } from "../../domain/handoff-packet.js";

/**
 * A realistic handoff packet for helpdesk tests: Spanish shopper, two citations, a transcript that
 * crosses midnight in Madrid. Override any field.
 */
export function samplePacket(overrides: Partial<HandoffPacket> = {}): HandoffPacket {
  return {
    handoffId: "hnd_01JDX7Q4ZK3M5N6P7Q8R9S0T1V",
    conversationId: "conv_01JDX7Q0AA",
    reason: "customer_request",
    lang: "es",
    email: "lucia.garcia@example.com",
    name: "Lucía García",
    profileId: "shopify-customer-8812",
    pageUrl: "https://shop.example.com/orders/1042",
    citations: [
      {
        knowledgeId: "returns-window",
        title: "Devoluciones en 30 días",
        url: "https://shop.example.com/pages/returns",
      },
      { knowledgeId: "shipping-times", title: "Plazos de envío" },
    ],
    summary: "The shopper's order #1042 arrived damaged; she wants a replacement, not a refund.",
    transcript: [
      {
        author: "visitor",
        authorName: "Lucía",
        text: "Mi pedido #1042 llegó roto",
        createdAt: "2026-11-24T22:58:00.000Z",
      },
      {
        author: "ai",
        text: "Lo siento. ¿Quieres hablar con una persona?",
        createdAt: "2026-11-24T22:58:05.000Z",
      },
      { author: "visitor", text: "Sí, por favor", createdAt: "2026-11-24T23:01:30.000Z" },
    ],
    consoleUrl: "https://relevo.shop.example.com/console/conversations/conv_01JDX7Q0AA",
    storeTimezone: "Europe/Madrid",
    createdAt: "2026-11-24T23:01:31.000Z",
    ...overrides,
  };
}
