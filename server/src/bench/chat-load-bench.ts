import type { BenchLine } from "./run-benchmarks.js";
import type { BenchServer } from "./bench-process.js";
import { processCpuMs, processMemory, round1 } from "./bench-stats.js";
import { connectShoppers, disconnectShoppers, runStep, type StepResult } from "./chat-load-client.js";

export interface ChatLoadPlan {
  shopperCounts: number[];
  /** Offered messages per second, in order; every step up to the goal's rate runs, higher ones only while they hold. */
  steps: number[];
  stepMs: number;
}

export const chatGoal = { shoppers: 1000, rate_per_s: 500, p99_ms: 100, ceiling_ratio_vs_echo: 0.2 };

/** A step holds when nearly everything offered was answered in time, without errors. */
export function holds(step: StepResult): boolean {
  return step.p99_ms <= chatGoal.p99_ms && step.achieved_per_s >= 0.95 * step.offered_per_s && step.errors === 0;
}

/**
 * Drives one running server (Relevo or the echo ceiling) with each shopper count through the offered-load
 * steps; emits a line per step and returns the highest rate that held, per shopper count.
 */
export async function benchChatLoad(target: string, server: BenchServer, plan: ChatLoadPlan, emit: (line: BenchLine) => void): Promise<Map<number, Capacity>> {
  const sustained = new Map<number, Capacity>();
  for (const count of plan.shopperCounts) {
    const connectStarted = performance.now();
    const shoppers = await connectShoppers(server.url, count);
    const connect_ms = Math.round(performance.now() - connectStarted);
    let best = 0;
    let peak = 0;
    let lastHeld = true;
    for (const rate of plan.steps) {
      if (rate > chatGoal.rate_per_s && !lastHeld) break; // past the goal, climb only while the last step held
      const cpuBefore = await processCpuMs(server.child.pid);
      const step = await runStep(server.url, shoppers, rate, plan.stepMs);
      const cpuAfter = await processCpuMs(server.child.pid);
      // The server's own CPU per answered turn: steadier than throughput on a machine shared with the load generator.
      const cpu_ms_per_turn = cpuBefore !== null && cpuAfter !== null && step.answered > 0 ? round1((cpuAfter - cpuBefore) / step.answered) : null;
      lastHeld = holds(step);
      if (lastHeld) best = Math.max(best, step.achieved_per_s);
      peak = Math.max(peak, step.achieved_per_s);
      const memory = await processMemory(server.child.pid);
      emit({ bench: "chat_load_step", target, shoppers: count, connect_ms, ...step, cpu_ms_per_turn, holds: holds(step), ...memory, goal_p99_ms: chatGoal.p99_ms });
      if (!holds(step) && rate >= chatGoal.rate_per_s) break;
    }
    disconnectShoppers(shoppers);
    sustained.set(count, { held: best, peak });
  }
  return sustained;
}

/** Per shopper count: the highest rate that held (p99 within the goal), and the most answered at any latency. */
export interface Capacity {
  held: number;
  peak: number;
}

/** The summary line: Relevo's sustained turns/s beside the echo ceiling's, with the goals. */
export function chatSummary(target: string, shoppers: number, relevo: Capacity, echo: Capacity, stepsAtGoal: BenchLine | undefined): BenchLine {
  const ratio = echo.held > 0 ? Math.round((relevo.held / echo.held) * 1000) / 1000 : null;
  return {
    bench: "chat_load_ceiling", target, shoppers, sustained_turns_per_s: relevo.held, baseline_ws_echo_turns_per_s: echo.held, ratio,
    peak_turns_per_s_any_latency: relevo.peak, baseline_ws_echo_peak_turns_per_s: echo.peak,
    goal_ratio: chatGoal.ceiling_ratio_vs_echo, ratio_meets_goal: ratio !== null && ratio >= chatGoal.ceiling_ratio_vs_echo,
    goal: `${chatGoal.shoppers} shoppers at ${chatGoal.rate_per_s} msg/s with p99 <= ${chatGoal.p99_ms} ms (2 cores, PGlite)`,
    ...(stepsAtGoal ? { at_goal_rate: { p50_ms: stepsAtGoal.p50_ms, p99_ms: stepsAtGoal.p99_ms, achieved_per_s: stepsAtGoal.achieved_per_s, holds: stepsAtGoal.holds } } : {}),
  };
}
