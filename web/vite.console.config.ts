import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

const dir = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/**
 * The console (admins and agents): web/src/console → dist/console/, served by the server at /console/.
 * Its own build because it is a separate page with its own base path and budget; the widget configs stay
 * untouched. Hash routes (#/inbox) mean the server only ever serves index.html and hashed assets.
 */
export default defineConfig({
  root: dir("src/console"),
  base: "/console/",
  publicDir: false,
  plugins: [preact({ prerender: { enabled: false } })],
  build: {
    outDir: dir("dist/console"),
    emptyOutDir: true,
    target: "es2020",
    assetsInlineLimit: 0,
    rolldownOptions: {
      // contracts/ is imported for types only; never pull zod into the console bundle.
      treeshake: { moduleSideEffects: (id: string) => !id.includes("/contracts/src/") },
    },
  },
});
