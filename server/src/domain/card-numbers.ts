/**
 * Payment card numbers in free text: finding them (to hand the chat to a person, who should tell
 * the shopper not to share them) and redacting them (before a transcript leaves for a third
 * party). Pure.
 *
 * A match is 13–19 digits, optionally grouped by single spaces or dashes, that passes the Luhn
 * check (ISO/IEC 7812-1) and starts with an issuer prefix in use (Visa 4, Mastercard 51–55 and
 * 2221–2720, Amex 34/37, Discover/UnionPay/Maestro 5–6, Diners/JCB 30/36/38/35). The prefix check
 * matters: one random number in ten passes Luhn, and shoppers paste long order numbers.
 */

// Runs of digits joined by single spaces or dashes; the lookarounds stop us starting mid-number.
const RUN = /(?<![\d])\d(?:[ -]?\d)*(?![\d])/g;
const ISSUER_PREFIX = /^(?:4|5[1-5]|2(?:2[2-9]|[3-6]\d|7[01]|720)|3[0478]|35|5[06-9]|6)/;

export const CARD_NUMBER_PLACEHOLDER = "[card number removed]";

/** True when the digit string passes the Luhn checksum. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let digit = Number(digits[i]);
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** True when a matched run of digits and separators looks like a real payment card number. */
export function isCardNumber(candidate: string): boolean {
  const digits = candidate.replace(/[ -]/g, "");
  return digits.length >= 13 && digits.length <= 19 && ISSUER_PREFIX.test(digits) && passesLuhn(digits);
}

/**
 * Within one run of digit groups, the part that is a card number. A card is often followed or
 * preceded by other numbers ("4111 1111 1111 1111 12 25" with the expiry), so sub-runs of whole
 * groups are tried, longest first.
 */
function cardWithin(run: string): { offset: number; text: string } | undefined {
  const groups = [...run.matchAll(/\d+/g)];
  for (let size = Math.min(groups.length, 19); size >= 1; size--) {
    for (let first = 0; first + size <= groups.length; first++) {
      const start = groups[first]?.index ?? 0;
      const last = groups[first + size - 1];
      const end = (last?.index ?? 0) + (last?.[0].length ?? 0);
      const text = run.slice(start, end);
      if (isCardNumber(text)) return { offset: start, text };
    }
  }
  return undefined;
}

interface CardSpan {
  start: number;
  end: number;
  text: string;
}

function cardSpans(text: string): CardSpan[] {
  const spans: CardSpan[] = [];
  for (const match of text.matchAll(RUN)) {
    const card = cardWithin(match[0]);
    if (!card) continue;
    const start = (match.index ?? 0) + card.offset;
    spans.push({ start, end: start + card.text.length, text: card.text });
  }
  return spans;
}

/**
 * The card numbers found in a text, as typed.
 *
 * @example
 * findCardNumbers("my card is 4111 1111 1111 1111") // ["4111 1111 1111 1111"]
 */
export function findCardNumbers(text: string): string[] {
  return cardSpans(text).map((span) => span.text);
}

/** True when the text contains a payment card number. */
export function containsCardNumber(text: string): boolean {
  return cardSpans(text).length > 0;
}

/**
 * Replaces each payment card number with a placeholder; other numbers (orders, phones) stay.
 *
 * @example
 * redactCardNumbers("card 4111-1111-1111-1111, order 123456")
 * // "card [card number removed], order 123456"
 */
export function redactCardNumbers(text: string): string {
  let result = "";
  let cursor = 0;
  for (const span of cardSpans(text)) {
    result += text.slice(cursor, span.start) + CARD_NUMBER_PLACEHOLDER;
    cursor = span.end;
  }
  return result + text.slice(cursor);
}
