import { defineConfig } from "vitest/config";

// Browser tests (test/e2e/*.e2e.test.ts): a real Relevo on a port, a store page on another origin and
// Debian's Chromium via playwright-core. One file at a time: they share one browser and 2 CPU cores.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    pool: "forks",
    maxWorkers: 1,
    fileParallelism: false,
    // Files share the worker's in-memory PGlite (test/e2e/support/relevo-server.ts).
    isolate: false,
    testTimeout: 45_000,
    // Building the web app (when stale) and starting PGlite happen in beforeAll.
    hookTimeout: 180_000,
  },
});
