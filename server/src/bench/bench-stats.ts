import { readFile } from "node:fs/promises";

/** The value below which a share `p` (0–1) of the samples fall; 0 for no samples. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0;
}

export const round1 = (value: number) => Math.round(value * 10) / 10;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process in MB (VmRSS) and its peak (VmHWM), from /proc; nulls where /proc is missing. */
export async function processMemory(pid: number | undefined): Promise<{ rss_mb: number | null; peak_rss_mb: number | null }> {
  const status = pid ? await readFile(`/proc/${pid}/status`, "utf8").catch(() => "") : "";
  const field = (name: string) => {
    const kb = status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  };
  return { rss_mb: field("VmRSS"), peak_rss_mb: field("VmHWM") };
}

/** Runs `task` over `items` with at most `limit` at a time; results in input order. */
export async function mapLimit<T, R>(items: T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** CPU time (user + system) a process has used, in ms, from /proc/<pid>/stat; null where /proc is missing. */
export async function processCpuMs(pid: number | undefined): Promise<number | null> {
  const stat = pid ? await readFile(`/proc/${pid}/stat`, "utf8").catch(() => "") : "";
  // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is 14th, stime 15th.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) && stat ? (ticks * 1000) / 100 : null; // USER_HZ is 100 on Linux
}
