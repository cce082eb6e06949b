import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../src/bench/startup-bench.js";

const relevoBin = path.join(path.dirname(fileURLToPath(import.meta.url)), "../../bin/relevo.mjs");

export interface RelevoProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Runs `relevo <args>` to completion (e.g. `user add`) with the given environment. */
export async function runRelevo(args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [relevoBin, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { code, output };
}

/** A real Relevo process (`relevo start`) on a free port, ready when /healthz answers. */
export async function startRelevoProcess(env: Record<string, string>, timeoutMs = 60_000): Promise<RelevoProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [relevoBin, "start"], {
    env: { ...process.env, LOG_LEVEL: "warn", ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  while (!(await fetch(`${url}/healthz`).then((r) => r.ok).catch(() => false))) {
    if (child.exitCode !== null || Date.now() - started > timeoutMs) {
      child.kill("SIGKILL");
      throw new Error(`relevo did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url, child, output: () => output,
    async kill(signal = "SIGKILL") {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    },
  };
}
