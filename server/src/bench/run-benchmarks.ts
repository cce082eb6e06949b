/** One benchmark result line: a figure, its goal when one is set, and the baseline measured in the same run. */
export type BenchLine = Record<string, unknown> & { bench: string };

/** Runs every benchmark in turn; each is bounded in count and time and talks to loopback only. */
export async function runBenchmarks(emit: (line: BenchLine) => void): Promise<void> {
  const { benchStartup } = await import("./startup-bench.js");
  emit(await benchStartup());
}
