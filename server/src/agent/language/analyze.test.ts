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

  it("keeps words the stemmer conflates apart when the lexicon marks them exact", () => {
    // Snowball stems "pedido" (an order) and "pedir" (to ask for) alike.
    expect(terms("mi pedido", "es")).toContain("c:order");
    expect(terms("mi pedido", "es")).not.toContain("c:request");
    expect(terms("quiero pedir un reembolso", "es")).toContain("c:request");
    expect(terms("quiero pedir un reembolso", "es")).not.toContain("c:order");
    // "install" is not "installments".
    expect(terms("how do I install it", "en")).not.toContain("c:installments");
    expect(terms("can I pay in installments", "en")).toContain("c:installments");
  });

  it("reads arriving and being delivered as the same thing, in both languages", () => {
    expect(terms("when will it arrive", "en")).toContain("c:arrive");
    expect(terms("delivery times", "en")).toContain("c:arrive");
    expect(terms("¿cuándo me llega?", "es")).toContain("c:arrive");
    expect(terms("plazos de entrega", "es")).toContain("c:arrive");
  });

  it("reads a device that will not switch on as a problem, in both languages", () => {
    expect(terms("the keyboard doesn't turn on", "en")).toContain("c:problem");
    expect(terms("la bocina no prende", "es")).toContain("c:problem");
  });

  it("names product categories with one light concept", () => {
    expect(terms("my headphones", "en")).toContain("c:product");
    expect(terms("unos audífonos", "es")).toContain("c:product");
    expect(terms("is the lipstick vegan", "en")).toContain("c:product");
  });

  it("drops 'do you offer' as a question opener, not a topic", () => {
    expect(terms("do you offer financing", "en")).not.toContain("c:promo");
    expect(terms("is there an offer on shoes", "en")).toContain("c:promo");
  });

  it("does not read opening a product as signing up", () => {
    expect(terms("can I return it after opening", "en")).not.toContain("c:signup");
    expect(terms("¿puedo devolverla sin abrir?", "es")).not.toContain("c:signup");
    expect(terms("open an account", "en")).toContain("c:signup");
  });

  it("drops number words as it drops digits, and reported-speech filler", () => {
    expect(terms("two promo codes", "en")).toEqual(["c:promo"]);
    expect(terms("it says shipped", "en")).toEqual(["w:ship", "c:ship"]);
    expect(terms("no me gustó", "es")).toEqual([]);
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
