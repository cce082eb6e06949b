import { describe, expect, it } from "vitest";
import { analyze } from "./analyze.js";
import { detectLanguage } from "./detect-language.js";
import { TypoCorrector, withinDistance } from "./edit-distance.js";
import { normalize, tokenize } from "./normalize.js";

const terms = (text: string, lang: "en" | "es") => analyze(text, lang).flatMap((slot) => slot.terms);

describe("language analysis", () => {
  it("folds case, accents and punctuation", () => {
    expect(normalize("¿Cuándo llega mi DEVOLUCIÓN?")).toBe("cuando llega mi devolucion");
  });

  it("drops long digit runs such as order numbers", () => {
    expect(tokenize("where is order #113542617735902")).toEqual(["where", "is", "order"]);
  });

  it("detects Spanish and English, and falls back to the locale hint", () => {
    expect(detectLanguage("¿dónde está mi pedido?")).toBe("es");
    expect(detectLanguage("where is my order")).toBe("en");
    expect(detectLanguage("ok", "es-MX")).toBe("es");
    expect(detectLanguage("ok")).toBe("en");
  });

  it("maps shop synonyms to one concept", () => {
    expect(terms("where is my parcel", "en")).toContain("c:order");
    expect(terms("I want my money back", "en")).toContain("c:refund");
    expect(terms("quiero un reembolso", "es")).toContain("c:refund");
  });

  it("maps Spanish and English words of the same thing to the same concept", () => {
    expect(terms("¿cuánto tarda el envío?", "es")).toEqual(expect.arrayContaining(["c:ship", "c:timing"]));
    expect(terms("how long does shipping take", "en")).toEqual(expect.arrayContaining(["c:ship", "c:timing"]));
    expect(terms("cambio de talla", "es")).toContain("c:size");
    expect(terms("size exchange", "en")).toEqual(expect.arrayContaining(["c:size", "c:exchange"]));
  });

  it("reads a multi-word phrase as its own meaning", () => {
    // "comprobante de pago" is a receipt, not a payment question.
    expect(terms("comprobante de pago", "es")).not.toContain("c:pay");
  });

  it("matches a phrase with a pronoun inside it", () => {
    expect(terms("can I send them back?", "en")).toContain("c:return");
    expect(terms("quiero darme de baja", "es")).toContain("c:delete");
  });

  it("drops filler and stop words", () => {
    expect(terms("I need help please", "en")).toEqual([]);
  });
});

describe("typo tolerance", () => {
  it("measures one edit, including a swap of neighbours", () => {
    expect(withinDistance("recieve", "receive", 1)).toBe(true);
    expect(withinDistance("shipping", "shopping", 1)).toBe(true);
    expect(withinDistance("refund", "return", 1)).toBe(false);
  });

  it("corrects long words by one edit but short words only by a swap", () => {
    const corrector = new TypoCorrector(["password", "ship", "cash"]);
    expect(corrector.correct("pasword")).toBe("password");
    expect(corrector.correct("shpi")).toBe("ship");
    expect(corrector.correct("wash")).toBeUndefined();
  });
});
