import { describe, expect, it } from "vitest";
import { consoleStrings } from "../../i18n/console";
import { messageLinks } from "../components/message-links";
import { duration, percent } from "./format";

describe("console formatting", () => {
  it("writes rates as percentages in the console's language, and a dash when nobody wrote", () => {
    expect(percent("en", 0.4271, "—")).toBe("42.7%");
    expect(percent("es", 0.5, "—")).toMatch(/^50\s%$/); // a no-break space in Spanish
    expect(percent("en", null, "—")).toBe("—");
  });

  it("writes durations in seconds, minutes or hours", () => {
    const t = consoleStrings("en");
    expect(duration(t, 45)).toBe("45 s");
    expect(duration(t, 600)).toBe("10 min");
    expect(duration(t, 3 * 3600 + 1800)).toBe("3.5 h");
    expect(duration(t, null)).toBe("—");
  });
});

describe("the links of a custom handoff message", () => {
  it("lists Markdown links and marks only http(s) targets as links, like the widget", () => {
    expect(
      messageLinks("See our [help center](https://shop.example/help) or [x](javascript:alert(1))"),
    ).toEqual([
      { label: "help center", url: "https://shop.example/help", ok: true },
      { label: "x", url: "javascript:alert(1", ok: false },
    ]);
    expect(messageLinks("no links here")).toEqual([]);
  });
});

describe("the console's Spanish", () => {
  it("has every English string, with the same parameters", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
        : [`${prefix}${typeof value}`];
    expect(keys(consoleStrings("es")).sort()).toEqual(keys(consoleStrings("en")).sort());
  });
});
