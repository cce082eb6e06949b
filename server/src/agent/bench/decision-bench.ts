import { createBuiltinAnswererBuilder } from "../builtin/index.js";
import { tokenize } from "../language/normalize.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { seededRandom, syntheticKnowledge, syntheticQuestions } from "./synthetic-knowledge.js";

/** One row of the decision benchmark (printed as JSON by `npm run bench`). */
export interface DecisionBenchRow {
  name: string;
  entries: number;
  queries: number;
  build_ms: number;
  /** One entry edited: the knowledge handed to the builder again, which re-indexes only that entry. */
  apply_one_change_ms: number;
  p50_ms: number;
  p99_ms: number;
  /** CPU time per decision: on a shared machine wall time also counts waiting for a core. */
  cpu_p50_ms: number;
  cpu_p99_ms: number;
  /** The same questions answered by a naive linear scan (word overlap over every entry). */
  baseline_p50_ms: number;
  baseline_p99_ms: number;
}

const QUERIES = 300;

/**
 * Measures the builtin answerer's decision time on synthetic shop knowledge of each size, and a
 * naive linear scan over the same entries as a baseline measured in the same run.
 *
 * @example
 * console.log(JSON.stringify(await benchDecision([1_000, 10_000])));
 */
export async function benchDecision(sizes: number[]): Promise<DecisionBenchRow[]> {
  const rows: DecisionBenchRow[] = [];
  for (const size of sizes) {
    const random = seededRandom(size);
    const entries = syntheticKnowledge(size, random);
    const questions = syntheticQuestions(QUERIES, random);
    const started = performance.now();
    const build = createBuiltinAnswererBuilder();
    const answerer = build(entries);
    const buildMs = performance.now() - started;
    // Steady state is what matters: let the JIT compile the scoring path before timing.
    for (const text of questions.slice(0, 30)) answerer.decide({ text, context: [] });
    const timed = questions.map((text) => timeIt(() => answerer.decide({ text, context: [] })));
    const times = timed.map((t) => t.wall);
    const cpu = timed.map((t) => t.cpu);
    const baseline = linearScan(entries);
    const baselineTimes = questions.slice(0, Math.max(20, Math.round(QUERIES / Math.max(1, size / 2000)))).map((text) => timeIt(() => baseline(text)).wall);
    const changeStarted = performance.now();
    build(entries.map((entry, i) => (i === Math.floor(size / 2) ? { ...entry, url: "https://shop.example/changed" } : entry)));
    const changeMs = performance.now() - changeStarted;
    rows.push({
      name: "builtin decide",
      entries: size,
      queries: questions.length,
      build_ms: round(buildMs),
      apply_one_change_ms: round(changeMs),
      p50_ms: percentile(times, 0.5),
      p99_ms: percentile(times, 0.99),
      cpu_p50_ms: percentile(cpu, 0.5),
      cpu_p99_ms: percentile(cpu, 0.99),
      baseline_p50_ms: percentile(baselineTimes, 0.5),
      baseline_p99_ms: percentile(baselineTimes, 0.99),
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return rows;
}

function timeIt(run: () => unknown): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  run();
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuStart);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/** The baseline: tokenise the question and count shared words with every entry, keep the best. */
function linearScan(entries: KnowledgeEntry[]): (text: string) => string | undefined {
  const texts = entries.map((e) => ({ id: e.id, words: new Set(tokenize(e.kind === "faq" ? `${e.question} ${e.alternates.join(" ")} ${e.answer}` : `${e.title} ${e.body}`)) }));
  return (text) => {
    const words = tokenize(text);
    let best: string | undefined;
    let bestScore = 0;
    for (const entry of texts) {
      const score = words.filter((w) => entry.words.has(w)).length;
      if (score > bestScore) [best, bestScore] = [entry.id, score];
    }
    return best;
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
