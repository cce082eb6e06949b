/** `relevo bench`: benchmarks as JSON lines, each beside its baseline measured in the same run. */
export async function runBenchCommand(_argv: string[]): Promise<number> {
  const { runBenchmarks } = await import("../bench/run-benchmarks.js");
  await runBenchmarks((line) => console.log(JSON.stringify(line)));
  return 0;
}
