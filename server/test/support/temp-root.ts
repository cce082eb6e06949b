import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Vitest global setup: one temporary folder for the whole run, handed to the workers through the
 * environment (they inherit it) and removed when the run ends. Workers are killed rather than exited,
 * so a clean-up of their own would not run.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "relevo-test-run-"));
  process.env.RELEVO_TEST_TMP = root;
  return () => rmSync(root, { recursive: true, force: true });
}

/** A folder for this worker under the run's temporary folder (the system's when run without the setup). */
export function workerTempDir(name: string): string {
  return path.join(process.env.RELEVO_TEST_TMP ?? tmpdir(), `${name}-${process.pid}`);
}
