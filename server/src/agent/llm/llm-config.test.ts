import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../config/config.js";

describe("the language model configuration", () => {
  it("is off when no base URL is set, so Relevo runs the builtin answerer", () => {
    expect(loadConfig({}).llm).toBeNull();
  });

  it("reads the base URL, model, key and a 15 s default timeout", () => {
    const config = loadConfig({ RELEVO_LLM_BASE_URL: "http://localhost:11434/v1", RELEVO_LLM_MODEL: "llama3.1", RELEVO_LLM_API_KEY: "k" });
    expect(config.llm).toEqual({ baseUrl: "http://localhost:11434/v1", model: "llama3.1", apiKey: "k", timeoutMs: 15_000 });
  });

  it("refuses a base URL without a model, naming the missing variable", () => {
    expect(() => loadConfig({ RELEVO_LLM_BASE_URL: "http://localhost:8000/v1" })).toThrow(/RELEVO_LLM_MODEL: required/);
  });

  it("refuses a model without a base URL", () => {
    expect(() => loadConfig({ RELEVO_LLM_MODEL: "gpt-4o-mini" })).toThrow(ConfigError);
  });

  it("refuses a timeout that is not a number of milliseconds", () => {
    expect(() => loadConfig({ RELEVO_LLM_BASE_URL: "http://x/v1", RELEVO_LLM_MODEL: "m", RELEVO_LLM_TIMEOUT_MS: "soon" })).toThrow(/RELEVO_LLM_TIMEOUT_MS/);
  });
});
