import { describe, expect, it } from "vitest";
import { detectHumanRequest } from "./detect-human-request.js";

describe("detectHumanRequest", () => {
  it.each([
    "talk to a human",
    "agent pls",
    "real person",
    "can I speak with a representative?",
    "connect me with customer support",
    "is there a live person I can chat with",
    "I want to return this, can a human check my order?",
    "I need to speak with goddamn customer support",
    "can I get a supervisor",
    "I need to talk to someone in person about my account",
    "customersupport e-mail",
    "I'd rather sort this out with someone from customer service",
    "is there a phone number I can call?",
    "can i call you?",
  ])("hears an English request for a person: %s", (text) => {
    expect(detectHumanRequest(text)).toBe(true);
  });

  it.each([
    "hablar con una persona",
    "quiero un agente",
    "operador",
    "asesor",
    "humano",
    "quiero hablar con un asesor",
    "pásame con alguien de la tienda",
    "¿me comunicas con un ejecutivo porfa?",
    "ocupo hablar con una persona real",
  ])("hears a Spanish (incl. Mexican) request for a person: %s", (text) => {
    expect(detectHumanRequest(text)).toBe(true);
  });

  it("tolerates typos in the key words", () => {
    expect(detectHumanRequest("speak to a humna")).toBe(true);
    expect(detectHumanRequest("how to taok to an agent")).toBe(true);
    expect(detectHumanRequest("quiero hablar con un asesr")).toBe(true);
  });

  it.each([
    "the human resources dept",
    "how do I order",
    "can I pick it up in person?",
    "I need assistance cancelling my order",
    "I don't want to talk to a person, just tell me the return window",
    "my travel agent booked it",
    "¿puedo recoger en persona?",
  ])("does not treat a mere mention of people as a request: %s", (text) => {
    expect(detectHumanRequest(text)).toBe(false);
  });

  it("hears asking for the store's phone as asking for people, but not a phone number on the account", () => {
    expect(detectHumanRequest("¿tenéis un teléfono al que pueda llamar?")).toBe(true);
    expect(detectHumanRequest("¿cuál es su teléfono?")).toBe(true);
    expect(detectHumanRequest("can I change the phone number on my account?")).toBe(false);
    expect(detectHumanRequest("¿puedo cambiar mi número de teléfono?")).toBe(false);
    expect(detectHumanRequest("I'd rather pay with paypal")).toBe(false);
  });
});
