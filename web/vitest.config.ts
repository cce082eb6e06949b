import { defineConfig } from "vitest/config";

// Unit tests of the browser code's pure parts (state, parsing, protocol), next to the code. The widget
// as a whole runs in a real browser in server/test/e2e.
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: { include: ["src/**/*.test.ts"], environment: "node" },
});
