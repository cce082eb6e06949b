import { computeMetrics, type MetricsReport } from "../../domain/metrics/compute-metrics.js";
import { resolveReportRange } from "../../domain/metrics/report-range.js";
import type { AppDeps } from "../app-deps.js";

/**
 * The metrics dashboard over a range of store-local days (the store's time zone from settings), optionally
 * narrowed to one language. The formulas live in domain/metrics/; this only fetches the facts.
 *
 * @example
 * const report = await getMetrics(deps, { from: "2026-03-01", to: "2026-03-31" });
 * report.totals.resolutionRate; // e.g. 0.62
 */
export async function getMetrics(
  deps: Pick<AppDeps, "uow" | "settings" | "now">,
  query: { from?: string | undefined; to?: string | undefined; lang?: string | undefined },
): Promise<MetricsReport> {
  const { timezone } = await deps.settings();
  const range = resolveReportRange({ from: query.from, to: query.to }, deps.now(), timezone);
  const facts = await deps.uow.repos.metrics.conversationFacts(range);
  return computeMetrics(facts, range, query.lang ?? null);
}
