import { describe, expect, it } from "vitest";
import { loadConfig } from "../../config/config.js";

describe("the embeddings configuration", () => {
  it("is off unless RELEVO_EMBEDDINGS_MODEL is set, even with a language model", () => {
    expect(loadConfig({ RELEVO_LLM_BASE_URL: "http://localhost:11434/v1", RELEVO_LLM_MODEL: "llama3.1" }).embeddings).toBeNull();
  });

  it("uses the language model's server and key", () => {
    const config = loadConfig({
      RELEVO_LLM_BASE_URL: "http://localhost:11434/v1", RELEVO_LLM_MODEL: "llama3.1", RELEVO_LLM_API_KEY: "k",
      RELEVO_EMBEDDINGS_MODEL: "nomic-embed-text",
    });
    expect(config.embeddings).toEqual({ baseUrl: "http://localhost:11434/v1", model: "nomic-embed-text", apiKey: "k" });
  });

  it("refuses an embeddings model without the server's base URL, naming the missing variable", () => {
    expect(() => loadConfig({ RELEVO_EMBEDDINGS_MODEL: "nomic-embed-text" })).toThrow(/RELEVO_LLM_BASE_URL: required when RELEVO_EMBEDDINGS_MODEL/);
  });
});
