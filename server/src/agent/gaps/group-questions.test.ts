import { describe, expect, it } from "vitest";
import type { GapQuestion } from "../../domain/metrics/knowledge-gap.js";
import { groupQuestions } from "./group-questions.js";

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 10, minute));
const q = (text: string, minute: number, lang = "en"): GapQuestion => ({ text, lang, askedAt: at(minute) });

describe("grouping unanswered questions", () => {
  it("puts the same question in other words into one group, and different ones apart", () => {
    const groups = groupQuestions([
      q("do you ship to Canada?", 1), q("shipping to canada", 2), q("Can you send my order to Canada?", 3),
      q("Can I pay with bitcoin?", 4), q("bitcoin payments?", 5),
      q("do you repair bicycles?", 6),
    ]);
    const texts = groups.map((g) => [g.question, ...g.alternates].sort());
    expect(texts).toEqual(expect.arrayContaining([
      ["Can you send my order to Canada?", "do you ship to Canada?", "shipping to canada"],
      ["Can I pay with bitcoin?", "bitcoin payments?"],
      ["do you repair bicycles?"],
    ]));
    expect(groups).toHaveLength(3);
  });

  it("counts every time a question was asked and orders groups most asked first", () => {
    const groups = groupQuestions([q("do you repair bicycles?", 1), q("bitcoin payments?", 2), q("Bitcoin payments", 3), q("bitcoin payments??", 4)]);
    expect(groups.map((g) => [g.count, g.question])).toEqual([[3, "bitcoin payments??"], [1, "do you repair bicycles?"]]);
  });

  it("suggests the most asked phrasing as the FAQ question, the others as alternates", () => {
    const [group] = groupQuestions([q("shipping to canada", 1), q("do you ship to Canada?", 2), q("do you ship to canada", 3), q("Can you send my order to Canada?", 4)]);
    expect(group?.question).toBe("do you ship to canada");
    expect(group?.alternates.sort()).toEqual(["Can you send my order to Canada?", "shipping to canada"]);
  });

  it("gives a few distinct examples, most recent first, with first and last seen", () => {
    const [group] = groupQuestions([q("shipping to canada", 1), q("do you ship to Canada?", 5), q("shipping to Canada", 9)], { maxExamples: 5 });
    expect(group?.examples).toEqual([{ text: "shipping to Canada", askedAt: at(9) }, { text: "do you ship to Canada?", askedAt: at(5) }]);
    expect(group).toMatchObject({ firstSeen: at(1), lastSeen: at(9), count: 3 });
  });

  it("keeps languages apart, and groups Spanish by its own stems", () => {
    const groups = groupQuestions([q("¿hacen envíos a Canadá?", 1, "es"), q("¿envían a Canadá?", 2, "es"), q("do you ship to Canada?", 3)]);
    expect(groups.map((g) => [g.lang, g.count])).toEqual([["es", 2], ["en", 1]]);
  });

  it("gives a group the same id on every run", () => {
    const input = [q("do you ship to Canada?", 1), q("shipping to canada", 2), q("bitcoin payments?", 3)];
    expect(groupQuestions(input).map((g) => g.id)).toEqual(groupQuestions([...input].reverse()).map((g) => g.id));
  });

  it("keeps texts without meaningful words only with their exact repeats", () => {
    const groups = groupQuestions([q("???", 1), q("?? ?", 2), q("what is it", 3)]);
    expect(groups.every((g) => g.question.length > 0)).toBe(true);
    expect(groups.reduce((n, g) => n + g.count, 0)).toBe(3);
  });
});
