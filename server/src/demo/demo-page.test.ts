import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const page = readFileSync(new URL("./demo-page.html", import.meta.url), "utf8");
const scripts = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("\n");

// The chat itself is the widget (web/src/widget), tested in a browser by test/e2e; these guard the page.
describe("the demo page", () => {
  it("embeds the real widget with the snippet a store pastes", () => {
    expect(page).toContain('<script src="/widget.js" data-store="demo" async></script>');
  });

  it("sets the page language before the widget reads it", () => {
    expect(page.indexOf("documentElement.lang =")).toBeGreaterThan(-1);
    expect(page.indexOf("documentElement.lang =")).toBeLessThan(page.indexOf('src="/widget.js"'));
  });

  it("never turns text into HTML", () => {
    expect(scripts).not.toBe("");
    expect(scripts).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(scripts).toContain("textContent");
  });
});
