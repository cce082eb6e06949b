// Prints the gzipped size of what a shopper's browser downloads on first load — widget.js plus the
// iframe page and every script/stylesheet it references — as JSON, and fails when over the budget.
// Usage: npm run build -w web && npm run size -w web
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "../dist");
const budgetBytes = 30 * 1024;

/** Assets the iframe page loads at once: <script src>, <link rel=stylesheet|modulepreload href>. */
function firstLoadAssets(html) {
  const refs = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\/widget\/([^"]+)"/g)].map((m) => m[1]);
  return refs.map((ref) => path.join("widget", ref));
}

function measure(file) {
  const content = readFileSync(path.join(dist, file));
  // Level 6 is what nginx and most CDNs use by default; -9 would flatter the figure.
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 6 }).length };
}

const html = readFileSync(path.join(dist, "widget/index.html"), "utf8");
const assets = ["widget.js", "widget/index.html", ...firstLoadAssets(html)].map(measure);
const totalGzip = assets.reduce((sum, a) => sum + a.gzip, 0);
const report = { assets, totalGzip, totalGzipKiB: Math.round((totalGzip / 1024) * 10) / 10, budgetBytes, withinBudget: totalGzip <= budgetBytes };
console.log(JSON.stringify(report, null, 2));
if (!report.withinBudget) process.exitCode = 1;
