/**
 * Relevo's own overhead per turn with the language model answerer: a model that answers in 0 ms,
 * in-process (AI SDK mock) and over HTTP (the fake OpenAI-compatible server), against the builtin
 * answerer alone, on the English and Spanish benchmarks; over HTTP both as one JSON response and streamed.
 *
 * Run: cd server && npx tsx src/agent/llm/measure-overhead.ts
 */
import { readFileSync } from "node:fs";
import { MockLanguageModelV3 } from "ai/test";
import { startFakeOpenAi } from "../../../test/support/fake-openai.js";
import type { KnowledgeEntry } from "../../domain/knowledge.js";
import { createBuiltinAnswerer } from "../builtin/index.js";
import type { EvalCase } from "../eval/eval-case.js";
import { parseCasesJsonl } from "../eval/parse-cases-jsonl.js";
import { parseKnowledgeJsonl } from "../knowledge-import/parse-knowledge-jsonl.js";
import { createLlmAnswerer } from "./create-llm-answerer.js";
import { createLlmModel } from "./create-model.js";
import { promptText, textResult } from "./test-support/mock-model.js";

type Decide = (input: { text: string; context: string[] }) => unknown;

/** Answers instantly from the first knowledge id in the prompt, in the language the prompt asks for. */
function instantReply(prompt: string): unknown {
  const id = /\{"id":"([^"]+)"/.exec(prompt)?.[1] ?? "";
  const language = /set language to "(\w+)"/.exec(prompt)?.[1] ?? "en";
  return { answerable: true, answer: "Here is what we know about that.", usedIds: [id], language };
}

async function timeTurns(decide: Decide, cases: EvalCase[]): Promise<number[]> {
  for (const c of cases.slice(0, 20)) await decide({ text: c.messages.at(-1) ?? "", context: [] });
  const times: number[] = [];
  for (const c of cases) {
    const started = performance.now();
    await decide({ text: c.messages.at(-1) ?? "", context: c.messages.slice(0, -1) });
    times.push(performance.now() - started);
  }
  return times;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function load(dir: string): { entries: KnowledgeEntry[]; cases: EvalCase[] } {
  const kb = parseKnowledgeJsonl(readFileSync(`../eval/${dir}/kb.jsonl`, "utf8"));
  const cases = parseCasesJsonl(readFileSync(`../eval/${dir}/cases.jsonl`, "utf8"));
  if (!kb.ok || !cases.ok) throw new Error(`eval/${dir} is not readable`);
  return { entries: kb.entries, cases: cases.cases };
}

async function main(): Promise<void> {
  const fake = await startFakeOpenAi();
  const mock = new MockLanguageModelV3({ doGenerate: async (options) => textResult(instantReply(promptText(options))) });
  const rows: string[] = ["benchmark  answerer        turns  p50 ms  p99 ms"];
  for (const dir of ["en", "es"]) {
    const { entries, cases } = load(dir);
    const builtin = createBuiltinAnswerer(entries);
    fake.script({ kind: "json", content: { answerable: false, answer: "", usedIds: [], language: "en" } });
    // Built once per knowledge set, as the answerer cache keeps them: the index is not rebuilt per turn.
    const viaMock = createLlmAnswerer(entries, { model: mock, timeoutMs: 15_000 });
    const httpModel = createLlmModel({ baseUrl: fake.baseUrl, model: "fake", apiKey: null, timeoutMs: 15_000 });
    const viaHttp = createLlmAnswerer(entries, { model: httpModel, timeoutMs: 15_000 });
    const runs: Array<[string, Decide]> = [
      ["builtin", (input) => builtin.decide(input)],
      ["llm (mock)", (input) => viaMock.decide(input)],
      ["llm (http)", (input) => viaHttp.decide(input)],
      // The same server answering with server-sent events, as every shopper turn asks (onDraft given).
      ["llm (http, sse)", (input) => viaHttp.decide({ ...input, onDraft: () => {} })],
    ];
    for (const [name, decide] of runs) {
      const times = await timeTurns(decide, cases);
      rows.push(`${dir.padEnd(10)} ${name.padEnd(15)} ${String(times.length).padStart(5)}  ${percentile(times, 50).toFixed(2).padStart(6)}  ${percentile(times, 99).toFixed(2).padStart(6)}`);
    }
  }
  await fake.close();
  process.stdout.write(`${rows.join("\n")}\n`);
}

await main();
