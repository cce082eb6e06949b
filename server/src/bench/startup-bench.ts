import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const relevoBin = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../bin/relevo.mjs");

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** ms from spawning a process until `url` answers 200, polling every 25 ms, bounded by `timeoutMs`. */
async function timeToHealthy(command: string[], env: Record<string, string>, url: string, timeoutMs = 180_000) {
  const started = performance.now();
  const child = spawn(process.execPath, command, { env: { ...process.env, ...env }, stdio: "ignore" });
  try {
    while (performance.now() - started < timeoutMs) {
      const ok = await fetch(url).then((r) => r.ok).catch(() => false);
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${url} not healthy after ${timeoutMs} ms`);
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

/**
 * Start-up to a healthy /healthz on a fresh embedded database, beside the baseline of a bare Node process
 * that answers HTTP (what start-up costs before Relevo does anything).
 */
export async function benchStartup() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "relevo-bench-"));
  try {
    const port = await freePort();
    const relevo = await timeToHealthy([relevoBin, "start"], { PORT: String(port), RELEVO_DATA_DIR: dataDir, LOG_LEVEL: "silent" }, `http://127.0.0.1:${port}/healthz`);
    const basePort = await freePort();
    const bare = `require("http").createServer((q,s)=>s.end("ok")).listen(${basePort},"127.0.0.1")`;
    const baseline = await timeToHealthy(["-e", bare], {}, `http://127.0.0.1:${basePort}/`);
    return { bench: "startup_to_healthy", relevo_ms: Math.round(relevo), baseline_bare_node_http_ms: Math.round(baseline), ratio: +(relevo / baseline).toFixed(1) };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
