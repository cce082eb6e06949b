import { describe, expect, it } from "vitest";
import { parseKnowledgeCsv } from "./parse-knowledge-csv.js";
import { stableFaqId } from "./stable-faq-id.js";

const en = { defaultLang: "en" };

function errorsOf(text: string) {
  const result = parseKnowledgeCsv(text, en);
  if (result.ok) throw new Error("expected errors");
  return result.errors;
}

describe("parseKnowledgeCsv", () => {
  it("reads question, answer, |-separated alternates, url and lang", () => {
    const text = 'question,answer,alternates,url,lang\n"Do you ship to Mexico?","Yes, in 5-8 days.",ship mexico | envío méxico ,https://shop.example/shipping,\n¿Envían a México?,Sí.,,,es\n';
    expect(parseKnowledgeCsv(text, en)).toEqual({
      ok: true,
      entries: [
        { id: stableFaqId("en", "Do you ship to Mexico?"), kind: "faq", lang: "en", question: "Do you ship to Mexico?", alternates: ["ship mexico", "envío méxico"], answer: "Yes, in 5-8 days.", url: "https://shop.example/shipping" },
        { id: stableFaqId("es", "¿Envían a México?"), kind: "faq", lang: "es", question: "¿Envían a México?", alternates: [], answer: "Sí.", url: null },
      ],
    });
  });

  it("accepts the columns in any order and in any case", () => {
    const result = parseKnowledgeCsv("Answer, QUESTION\nYes.,Do you ship?", en);
    expect(result.ok && result.entries[0]).toMatchObject({ question: "Do you ship?", answer: "Yes." });
  });

  it("gives the same question the same id on every import, whatever its spacing and case", () => {
    const first = parseKnowledgeCsv("question,answer\nDo you ship?,Yes.", en);
    const second = parseKnowledgeCsv("question,answer\n  do you   SHIP? ,Yes we do.", en);
    expect(first.ok && first.entries[0]?.id).toBe(second.ok && second.entries[0]?.id);
    expect(first.ok && first.entries[0]?.id).toMatch(/^faq-[0-9a-f]{12}$/);
    expect(stableFaqId("es", "Do you ship?")).not.toBe(stableFaqId("en", "Do you ship?"));
  });

  it("reads semicolon-separated files from Spanish spreadsheets", () => {
    const result = parseKnowledgeCsv("question;answer\n¿Hacéis envíos?;Sí, a toda España.", { defaultLang: "es" });
    expect(result.ok && result.entries[0]).toMatchObject({ lang: "es", answer: "Sí, a toda España." });
  });

  it("keeps quoted multi-line answers and reports the line where a row starts", () => {
    const text = 'question,answer\n"Returns?","Within 30 days.\nUnworn items only."\nExchanges?,\n';
    expect(errorsOf(text)).toEqual([{ line: 4, reason: "`answer` is required for an FAQ entry" }]);
    const ok = parseKnowledgeCsv(text.replace("Exchanges?,", "Exchanges?,Yes."), en);
    expect(ok.ok && ok.entries[0]).toMatchObject({ answer: "Within 30 days.\nUnworn items only." });
  });

  it("skips blank rows and counts the header as line 1", () => {
    expect(errorsOf("question,answer\n\n ,  \nQ?,\n")).toEqual([{ line: 4, reason: "`answer` is required for an FAQ entry" }]);
  });

  it("refuses a row with more cells than the header: an unquoted comma would cut the answer", () => {
    expect(errorsOf("question,answer\nDo you ship?,Yes, to Spain")[0]).toEqual({
      line: 2,
      reason: 'this row has 3 cells but the header has 2; put text that contains commas in "double quotes"',
    });
  });

  it("explains a header without the required columns or with unknown ones", () => {
    expect(errorsOf("q,answer,tags,answer\nx,y,z,w").map((error) => error.reason)).toEqual([
      'unknown column "q" in the header; use question, answer, alternates, url, lang',
      'unknown column "tags" in the header; use question, answer, alternates, url, lang',
      'column "answer" appears twice in the header',
      'the header needs a "question" column',
    ]);
  });

  it("says an empty file needs a header", () => {
    expect(errorsOf("")).toEqual([{ line: 1, reason: expect.stringContaining("the first line must be a header") }]);
  });

  it("reports broken quoting with its line", () => {
    expect(errorsOf('question,answer\nok,fine\n"never closed,x\n')).toEqual([{ line: 3, reason: expect.stringContaining("not valid CSV") }]);
  });

  it("accepts a spreadsheet's ES or es-MX as the language code es", () => {
    const result = parseKnowledgeCsv("question,answer,lang\n¿Envíos?,Sí.,ES\n¿Pagos?,Con tarjeta.,es-MX", en);
    expect(result.ok && result.entries.map((entry) => entry.lang)).toEqual(["es", "es"]);
  });

  it("names both lines of a repeated question", () => {
    expect(errorsOf("question,answer\nDo you ship?,Yes.\nOther?,No.\nDO YOU SHIP?,Maybe.")).toEqual([
      { line: 4, reason: "the same question in the same language is already on line 2" },
    ]);
  });

  it("validates each row like a kb.jsonl entry and imports nothing when any row is wrong", () => {
    const result = parseKnowledgeCsv("question,answer,url,lang\nFine?,Yes.,,\nBad url?,Yes.,ftp://x,\nBad lang?,Yes.,,Spanish", en);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, reason: expect.stringContaining("`url` must be an http(s) address") },
        { line: 4, reason: expect.stringContaining("`lang` must be a two-letter") },
      ],
    });
  });

  it("numbers lines as an editor does when a file mixes \\n, \\r\\n and \\r line endings", () => {
    const result = parseKnowledgeCsv("question,answer\n\r\n!", { defaultLang: "en" });
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ line: 3 })] });
  });
});
