import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../src/app/auth/create-user.js";
import { newShopper, screenshot } from "./support/browser.js";
import { useStage } from "./support/stage.js";
import { repoRoot } from "./support/web-build.js";

interface Case {
  id: string;
  lang: string;
  messages: string[];
  expect: "answer" | "handoff" | "human_request";
  kb?: string[];
}

/**
 * Against the demo store's knowledge (server/src/demo/demo-store.jsonl, which the stage imports). Each
 * answer case asks a question the store covers, in its own words; the handoff case asks for something no
 * clothing store covers; so every case passes except the one whose only expected id the store lacks.
 */
const cases: Case[] = [
  { id: "returns", lang: "en", messages: ["How long do I have to return an item?"], expect: "answer", kb: ["returns-window-en"] },
  { id: "piano", lang: "en", messages: ["Can you engrave <b>my name</b> on a piano?"], expect: "handoff" },
  { id: "person", lang: "en", messages: ["I want to talk to a person"], expect: "human_request" },
  { id: "gift-balance", lang: "en", messages: ["How do gift cards work?"], expect: "answer", kb: ["gift-card-balance-en"] },
  { id: "regalo", lang: "es", messages: ["Hola", "¿Cómo funcionan las tarjetas regalo?"], expect: "answer", kb: ["gift-cards-es"] },
];

const pct = (n: number, of: number) =>
  new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(n / of);

describe("the console's batch test of questions", () => {
  const stage = useStage();
  let dir: string;
  let storeIds: Set<string>;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "relevo-batch-"));
    const demo = await readFile(path.join(repoRoot, "server/src/demo/demo-store.jsonl"), "utf8");
    storeIds = new Set(demo.split("\n").filter((l) => l.trim()).map((l) => String(JSON.parse(l).id)));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("runs a cases.jsonl file and shows the figures and each case, wrong first; a file with bad lines lists them", async () => {
    const unknown = (c: Case) => (c.kb ?? []).filter((id) => !storeIds.has(id));
    // What the expectations imply: an answer case passes when the store has one of its expected ids.
    const passes = (c: Case) => c.expect !== "answer" || unknown(c).length < (c.kb ?? []).length;
    expect(cases.filter((c) => unknown(c).length > 0).map((c) => c.id)).toEqual(["gift-balance"]);

    const email = `admin-${randomUUID().slice(0, 8)}@northwind.example`;
    await createUser(stage.relevo.relevo.deps, { email, name: "Alex", role: "admin", password: "correct horse battery" });
    const admin = await newShopper(stage.browser, `${stage.relevo.url}/console/`, {
      locale: "en-US",
      viewport: { width: 1280, height: 1500 }, // the screenshot shows the figures and the table
    });
    const page = admin.page;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Log in" }).click();
    await page.getByRole("navigation", { name: "Main" }).waitFor();
    await page.getByRole("link", { name: "Knowledge", exact: true }).click();
    const card = page.getByRole("form", { name: "Test a batch of questions" });
    await card.getByText("It is the same file `relevo eval --cases` reads").waitFor();

    const casesFile = path.join(dir, "cases.jsonl");
    await writeFile(casesFile, `${cases.map((c) => JSON.stringify(c)).join("\n")}\n`);
    await card.getByLabel("Cases file (.jsonl)").setInputFiles(casesFile);
    await card.getByRole("button", { name: "Run the questions" }).click();

    const right = cases.filter(passes);
    await card.getByRole("heading", { name: `cases.jsonl: ${right.length} of ${cases.length} right` }).waitFor();
    const answers = cases.filter((c) => c.expect === "answer");
    const of = (expect: Case["expect"]) => cases.filter((c) => c.expect === expect);
    const figure = (rate: string) => card.getByTestId(`batch-${rate}`).locator(".value").textContent();
    expect(await figure("decision_accuracy")).toBe(pct(right.length, cases.length));
    expect(await figure("answer_accuracy")).toBe(pct(answers.filter(passes).length, answers.length));
    expect(await figure("handoff_recall")).toBe(pct(of("handoff").filter(passes).length, of("handoff").length));
    // Every answer case asks something the store covers, so none is handed off (the unknown id fails on its citation).
    expect(await figure("false_handoff_rate")).toBe(pct(0, answers.length));
    expect(await figure("human_request_recall")).toBe(pct(of("human_request").filter(passes).length, of("human_request").length));
    expect(await card.getByTestId("batch-decision_accuracy").textContent()).toContain(
      `${right.length} of ${cases.length} questions decided right`,
    );

    // Two languages: one row each, with that language's decision accuracy.
    const byLang = card.getByRole("table", { name: "By language" });
    for (const lang of ["en", "es"]) {
      const inLang = cases.filter((c) => c.lang === lang);
      const row = byLang.getByRole("row", { name: new RegExp(`^${lang} `) });
      const cells = await row.getByRole("cell").allTextContents();
      expect(cells.slice(0, 2)).toEqual([String(inLang.length), pct(inLang.filter(passes).length, inLang.length)]);
    }

    const table = card.getByRole("table", { name: `${cases.length} questions, wrong ones first` });
    for (const name of ["Result", "Question", "Expected", "What the AI did"]) {
      await table.getByRole("columnheader", { name }).waitFor();
    }
    const rows = table.locator("tbody tr");
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute("data-case")));
    expect(shown).toEqual([...cases.filter((c) => !passes(c)), ...right].map((c) => c.id));
    for (const c of cases) {
      const row = table.locator(`tr[data-case="${c.id}"]`);
      // The verdict is a word to assistive technology, not only the symbol.
      await row.getByRole("cell", { name: passes(c) ? "Right" : "Wrong", exact: true }).waitFor();
      expect(await row.locator("td").first().textContent()).toBe(passes(c) ? "✓ Right" : "✗ Wrong");
      const text = await row.textContent();
      expect(text).toContain(c.messages.at(-1));
      const warning = row.getByTestId("unknown-ids");
      if (unknown(c).length > 0) {
        expect(await warning.textContent()).toContain(`Expects knowledge this store does not have: ${unknown(c).join(", ")}`);
      } else {
        expect(await warning.count()).toBe(0);
      }
      const [expected, did] = await row.locator("td").evaluateAll((tds) => tds.slice(2).map((td) => td.textContent ?? ""));
      if (c.expect === "answer") {
        expect(expected).toContain(`An answer citing ${(c.kb ?? []).join(" or ")}`);
        expect(did).toMatch(/^Answered citing /);
        if (passes(c)) expect(did).toContain(c.kb?.find((id) => storeIds.has(id)));
      } else if (c.expect === "handoff") {
        expect(expected).toBe("A handoff: the knowledge does not cover it");
        expect(did).toBe("Handed off: no knowledge answers it");
      } else {
        expect(expected).toBe("A handoff to a person, at once");
        expect(did).toBe("Handed off: the shopper asks for a person");
      }
    }
    // Earlier messages are shown as context; shopper text stays text.
    expect(await table.locator('tr[data-case="regalo"]').textContent()).toContain("Earlier messages: “Hola”");
    expect(await table.locator('tr[data-case="piano"] b').count()).toBe(0);
    await table.locator('tr[data-case="returns"]').getByText("Show the answer").click();
    expect((await table.locator('tr[data-case="returns"] details p').textContent())?.length).toBeGreaterThan(0);
    await card.getByRole("heading", { name: "Test a batch of questions" }).evaluate((h) => h.scrollIntoView());
    await screenshot(page, "console-knowledge-batch");

    // A file with bad lines is refused whole, each line listed; the last results go away.
    const badFile = path.join(dir, "bad-cases.jsonl");
    await writeFile(badFile, [
      JSON.stringify(cases[0]),
      "this line is not JSON",
      JSON.stringify({ id: "no-kb", lang: "en", messages: ["Do you ship to Canada?"], expect: "answer" }),
    ].join("\n"));
    await card.getByLabel("Cases file (.jsonl)").setInputFiles(badFile);
    await card.getByRole("button", { name: "Run the questions" }).click();
    const alert = card.locator(".line-errors");
    await alert.waitFor();
    expect(await card.getByText("bad-cases.jsonl was not run. Fix these lines:").count()).toBe(1);
    const lines = await alert.locator("li").allTextContents();
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Line 2: not valid JSON/);
    expect(lines[1]).toMatch(/^Line 3: .*kb/);
    expect(await card.getByRole("table").count()).toBe(0);
    await screenshot(page, "console-knowledge-batch-refused");
    expect(admin.dialogs).toEqual([]);
    await admin.close();
  });
});
