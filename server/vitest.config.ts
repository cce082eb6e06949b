import { defineConfig } from "vitest/config";

// Unit and integration tests sit next to the code (src/**/x.test.ts); cross-cutting ones in test/.
// One PGlite per worker (see test/support/test-db.ts): starting one costs ~5 s and ~0.5 GB.
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["test/e2e/**", "node_modules/**"],
    globalSetup: ["test/support/temp-root.ts"],
    pool: "forks",
    // Files in one worker share its database (test/support/test-db.ts); each test empties it first.
    isolate: false,
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
