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
});
