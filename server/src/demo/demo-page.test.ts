import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const page = readFileSync(new URL("./demo-page.html", import.meta.url), "utf8");
const script = /<script>([\s\S]*)<\/script>/.exec(page)?.[1] ?? "";

// The page itself was exercised in a DOM with a fake API; these guard the rules that must not regress.
describe("the demo page", () => {
  it("never turns text into HTML: shopper and server text is untrusted", () => {
    expect(script).not.toBe("");
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
    expect(script).toContain("textContent");
  });

  it("talks to the public chat API and its socket", () => {
    expect(script).toContain('"/api/v1/conversations"');
    expect(script).toContain("/messages`");
    expect(script).toContain("/socket?token=");
    expect(script).toContain("Authorization = `Bearer ${state.session.token}`");
  });

  it("announces new messages to screen readers", () => {
    expect(page).toMatch(/<ol[^>]*role="log"[^>]*aria-live="polite"/);
  });

  it("only links citations with http(s) addresses", () => {
    expect(script).toMatch(/\^https\?:\$/);
  });
});
