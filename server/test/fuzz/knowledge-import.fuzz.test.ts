import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { as, staff } from "../support/inbox-helpers.js";
import { useTestApp } from "../support/test-app.js";
import { anyJson, expectWellFormed, fuzzRuns, nastyString, storedRows } from "./fuzz-support.js";

/** One line of each format, mangled: valid entries, entries with wrong fields, and garbage. */
const jsonlLine = fc.oneof(
  fc.record({ id: nastyString, kind: fc.constantFrom("faq", "article", "x"), lang: fc.constantFrom("en", "es", "", "english"), question: nastyString, answer: nastyString, title: nastyString, body: nastyString }, { requiredKeys: [] }).map((v) => JSON.stringify(v)),
  anyJson.map((v) => JSON.stringify(v) ?? ""),
  nastyString,
);
const csvLine = fc.array(fc.oneof(nastyString, fc.constantFrom("\"", "\"\"", ",", "\r\n", "question", "answer")), { maxLength: 5 }).map((cells) => cells.join(","));
const content = fc.oneof(
  fc.array(jsonlLine, { maxLength: 6 }).map((lines) => ({ fileName: "kb.jsonl", content: lines.join("\n") })),
  fc.array(csvLine, { maxLength: 6 }).map((lines) => ({ fileName: "kb.csv", content: `question,answer,lang\n${lines.join("\n")}` })),
  nastyString.map((text) => ({ fileName: "kb.md", content: `# ${text}\n\n${text}\n## ${text}` })),
  nastyString.map((text) => ({ fileName: "kb.html", content: `<html><body><h1>${text}</h1><p>${text}</p><script>alert(1)</script></body></html>` })),
  fc.record({ fileName: nastyString, content: nastyString }),
);

describe("knowledge import over HTTP under fuzzed files", () => {
  const t = useTestApp();

  it("answers every file without a 5xx, and a refused import changes nothing (all or nothing)", async () => {
    const admin = await staff(t, "admin");
    await fc.assert(
      fc.asyncProperty(content, fc.option(fc.constantFrom("en", "es", "xx", "EN"), { nil: undefined }), async (file, defaultLang) => {
        const before = await storedRows(t);
        const res = await as(t, admin, "POST", "/api/v1/admin/knowledge/import", { ...file, ...(defaultLang ? { defaultLang } : {}) });
        expectWellFormed(res, file);
        if (res.statusCode >= 400) expect(await storedRows(t)).toEqual(before);
      }),
      { numRuns: Math.min(fuzzRuns, 100) },
    );
  });
});
