import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const webDir = path.join(repoRoot, "web");
const builtMarker = path.join(webDir, "dist/widget/index.html");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Builds web/ unless web/dist is newer than every source file (the suite tests what ships, so a stale
 * build would test old code). Set RELEVO_E2E_SKIP_BUILD=1 to use dist/ as it is.
 */
export function ensureWebBuilt(): void {
  if (process.env.RELEVO_E2E_SKIP_BUILD === "1" && existsSync(builtMarker)) return;
  const sources = Math.max(newestMtime(path.join(webDir, "src")), newestMtime(path.join(repoRoot, "contracts/src")));
  const built = existsSync(builtMarker) && existsSync(path.join(webDir, "dist/widget.js"))
    ? Math.min(statSync(builtMarker).mtimeMs, statSync(path.join(webDir, "dist/widget.js")).mtimeMs)
    : 0;
  if (built > sources) return;
  // vitest sets NODE_ENV=test, which would make Vite ship Preact's debug build: test what ships.
  execFileSync("npm", ["run", "build", "-w", "web"], { cwd: repoRoot, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
}
