import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The chat iframe app: web/src/widget/app → dist/widget/ (index.html + hashed assets), served by the
 * server at /widget/. The loader (widget.js) has its own config, vite.loader.config.ts, because it must be
 * one self-contained classic script.
 */
export default defineConfig({
  root: dir("src/widget/app"),
  base: "/widget/",
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: dir("dist/widget"),
    emptyOutDir: true,
    target: "es2020",
    // One small page: inline nothing, hash everything so the server can cache assets forever.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // contracts/ modules only declare schemas and types; treating them as pure lets the bundler drop
      // zod when the widget imports only the plain-TS protocol guards.
      treeshake: { moduleSideEffects: (id: string) => !id.includes("/contracts/src/") },
    },
  },
});
