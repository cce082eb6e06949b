import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The API specs copied into the repo (see test/fixtures/specs/README.md). */
export const specsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "specs");
export const zendeskSpec = join(specsDir, "zendesk-support-oas.yaml");
export const gorgiasSpec = join(specsDir, "gorgias-derived-oas.yaml");

export interface PrismServer {
  /** e.g. "http://127.0.0.1:41234" */
  url: string;
  /** Everything Prism logged, for failure messages (it logs each request's validation result). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `prism mock --errors <spec>` (@stoplight/prism-cli 5.14.2) on a free port and resolves once it
 * listens. `--errors` makes Prism answer a request that violates the spec with 422 (and a missing
 * Authorization with 401) instead of a happy example, so a client that sends a wrong body fails its test.
 *
 * Start-up parses the whole spec: for the 1.5 MB Zendesk file ~5.5 s idle, ~7 s on a busy 2-core box;
 * for the Gorgias file ~2.3–4 s (measured 2026-11-25), hence the generous default timeout. Start it once per file
 * (beforeAll) and raise the hook timeout to match.
 *
 * @example
 * let prism: PrismServer;
 * beforeAll(async () => { prism = await startPrism(zendeskSpec) }, 90_000);
 * afterAll(() => prism.stop());
 */
export async function startPrism(
  specPath: string,
  options: { timeoutMs?: number } = {},
): Promise<PrismServer> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [prismBin(), "mock", "-h", "127.0.0.1", "-p", String(port), "--errors", specPath],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString("utf8")));
  try {
    await waitForListening(child, () => log, options.timeoutMs ?? 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url: `http://127.0.0.1:${port}`, output: () => log, stop: () => stopChild(child) };
}

function prismBin(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Prism prints "Prism is listening on http://127.0.0.1:<port>" once the server accepts requests. */
function waitForListening(child: ChildProcess, log: () => string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (log().includes("is listening on")) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null || child.signalCode !== null) {
        clearInterval(timer);
        reject(new Error(`prism exited before listening (code ${child.exitCode}):\n${log().slice(-2000)}`));
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`prism did not listen within ${timeoutMs} ms:\n${log().slice(-2000)}`));
      }
    }, 50);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
