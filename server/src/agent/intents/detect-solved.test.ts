import { describe, expect, it } from "vitest";
import { detectSmallTalk } from "./detect-small-talk.js";
import { detectSolved } from "./detect-solved.js";

describe("detectSolved", () => {
  it.each(["thanks that's all", "problem solved", "ya está, gracias", "perfect, it worked", "eso es todo"])(
    "recognises %s",
    (text) => expect(detectSolved(text)).toBe(true),
  );

  it("does not close a chat that asks something more", () => {
    expect(detectSolved("thanks! and how do I return it?")).toBe(false);
    expect(detectSolved("thanks")).toBe(false);
  });
});

describe("detectSmallTalk", () => {
  it("recognises a bare greeting or thanks in both languages", () => {
    expect(detectSmallTalk("hi")).toBe("greeting");
    expect(detectSmallTalk("hola, buenas tardes")).toBe("greeting");
    expect(detectSmallTalk("thanks so much!")).toBe("thanks");
    expect(detectSmallTalk("muchas gracias por tu ayuda")).toBe("thanks");
  });

  it("leaves a greeting with a question to the knowledge search", () => {
    expect(detectSmallTalk("hi, where is my order?")).toBeNull();
    expect(detectSmallTalk("hola, ¿hacen envíos a Chile?")).toBeNull();
  });
});
