import { describe, expect, it } from "vitest";
import { containsCardNumber, findCardNumbers, passesLuhn, redactCardNumbers } from "./card-numbers.js";

describe("payment card numbers", () => {
  it("accepts numbers that pass the Luhn check and rejects one wrong digit", () => {
    expect(passesLuhn("4111111111111111")).toBe(true);
    expect(passesLuhn("4111111111111112")).toBe(false);
  });

  it("finds cards typed with spaces or dashes", () => {
    expect(findCardNumbers("my card is 4111 1111 1111 1111 ok")).toEqual(["4111 1111 1111 1111"]);
    expect(findCardNumbers("5500-0000-0000-0004")).toEqual(["5500-0000-0000-0004"]);
    expect(containsCardNumber("amex 378282246310005")).toBe(true);
  });

  it("ignores order numbers and phone numbers, even long ones", () => {
    expect(containsCardNumber("cancel purchase 113542617735902")).toBe(false);
    expect(containsCardNumber("call (123) 456-7890")).toBe(false);
    expect(containsCardNumber("order 00004587345")).toBe(false);
  });

  it("finds a card followed by its expiry date in the same run of digits", () => {
    expect(findCardNumbers("4111 1111 1111 1111 12 25")).toEqual(["4111 1111 1111 1111"]);
  });

  it("redacts only the card numbers and keeps the rest of the text", () => {
    expect(redactCardNumbers("card 4111-1111-1111-1111, order 123456, exp 12/25")).toBe(
      "card [card number removed], order 123456, exp 12/25",
    );
    expect(redactCardNumbers("two: 4111111111111111 and 5555 5555 5555 4444.")).toBe(
      "two: [card number removed] and [card number removed].",
    );
  });

  it("leaves text without cards untouched", () => {
    expect(redactCardNumbers("where is order 113542617735902?")).toBe("where is order 113542617735902?");
  });
});
