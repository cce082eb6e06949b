import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The loader a store pastes (`<script src=".../widget.js" data-store="…" async>`): one classic script
 * (IIFE, no imports, no globals but `window.Relevo`), because it runs inside pages we do not control.
 */
export default defineConfig({
  publicDir: false,
  build: {
    outDir: dir("dist"),
    emptyOutDir: false,
    target: "es2020",
    lib: { entry: dir("src/widget/loader.ts"), formats: ["iife"], name: "RelevoLoader", fileName: () => "widget.js" },
    rolldownOptions: {
      treeshake: { moduleSideEffects: (id: string) => !id.includes("/contracts/src/") },
    },
  },
});
