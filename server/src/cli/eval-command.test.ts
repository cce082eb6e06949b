import { afterEach, describe, expect, it, vi } from "vitest";
import { runEvalCommand } from "./eval-command.js";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe("relevo eval --answerer llm", () => {
  it("refuses to run without the language model configuration, saying which variables to set", async () => {
    vi.stubEnv("RELEVO_LLM_BASE_URL", undefined);
    vi.stubEnv("RELEVO_LLM_MODEL", undefined);
    const stderr = captureStderr();
    expect(await runEvalCommand(["--kb", "kb.jsonl", "--cases", "cases.jsonl", "--answerer", "llm"])).toBe(2);
    expect(stderr.join("")).toContain("--answerer llm needs RELEVO_LLM_BASE_URL and RELEVO_LLM_MODEL");
  });

  it("names the available answerers when given an unknown one", async () => {
    const stderr = captureStderr();
    expect(await runEvalCommand(["--kb", "kb.jsonl", "--cases", "cases.jsonl", "--answerer", "gpt"])).toBe(2);
    expect(stderr.join("")).toContain("available: builtin, llm");
  });
});
