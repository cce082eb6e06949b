import { describe, expect, it } from "vitest";
import { parseRetryAfter } from "./retry-after.js";

describe("parseRetryAfter", () => {
  const now = Date.parse("2026-10-21T07:27:00Z");

  it("reads delay-seconds as milliseconds", () => {
    expect(parseRetryAfter("7", now)).toBe(7000);
    expect(parseRetryAfter(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date as the time left until then", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:28:00 GMT", now)).toBe(60_000);
  });

  it("treats a date in the past as no wait", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2026 07:00:00 GMT", now)).toBe(0);
  });

  it("returns null for a missing or unreadable header, so the caller uses its own backoff", () => {
    for (const value of [null, undefined, "", "soon", "1.5", "-3", "2026-10-21T07:28:00Z"]) {
      expect(parseRetryAfter(value, now)).toBeNull();
    }
  });
});
