import { describe, expect, it } from "vitest";
import { parseKnowledgeHtml } from "./parse-knowledge-html.js";

const en = { defaultLang: "en" };

const page = `<!doctype html>
<html lang="es-MX"><head><title>Devoluciones</title><style>p { color: red }</style>
<link rel="canonical" href="https://shop.example/devoluciones"></head>
<body><nav><a href="/">Inicio</a></nav>
<h1>Devoluciones</h1>
<p>Tienes <b>30&nbsp;días</b> &amp; envío gratis.<br>Sin preguntas.</p>
<h2>Cómo devolver</h2>
<ol><li>Entra en <a href="https://shop.example/cuenta">tu cuenta</a></li><li>Pulsa <a href="javascript:alert(1)">aquí</a></li></ol>
<h3>Excepciones</h3><ul><li>Ropa interior</li><li>Tarjetas regalo</li></ul>
<table><tr><th>País</th><th>Días</th></tr><tr><td>México</td><td>30</td></tr></table>
<script>document.write("<h2>injected</h2>")</script>
</body></html>`;

describe("parseKnowledgeHtml", () => {
  it("converts a help-centre page into a Markdown article", () => {
    expect(parseKnowledgeHtml("devoluciones.html", page, en)).toEqual({
      ok: true,
      entries: [{
        id: "article-es-devoluciones",
        kind: "article",
        lang: "es",
        title: "Devoluciones",
        url: "https://shop.example/devoluciones",
        body: [
          "Tienes 30 días & envío gratis.\nSin preguntas.",
          "## Cómo devolver",
          "1. Entra en [tu cuenta](https://shop.example/cuenta)\n2. Pulsa aquí",
          "### Excepciones",
          "- Ropa interior\n- Tarjetas regalo",
          "País | Días\nMéxico | 30",
        ].join("\n\n"),
      }],
    });
  });

  it("uses the first <h1> as the title when there is no <title>, and the default language", () => {
    const result = parseKnowledgeHtml("sizes.htm", "<h1>Size guide</h1><h2>Shoes</h2><p>True to size.</p>", en);
    expect(result.ok && result.entries[0]).toMatchObject({ title: "Size guide", lang: "en", body: "## Shoes\n\nTrue to size.", url: null });
  });

  it("keeps a heading that differs from the <title>", () => {
    const result = parseKnowledgeHtml("a.html", "<title>Help | Shop</title><h1>Payments</h1><p>Cards.</p>", en);
    expect(result.ok && result.entries[0]).toMatchObject({ title: "Help | Shop", body: "# Payments\n\nCards." });
  });

  it("refuses a page without a title", () => {
    expect(parseKnowledgeHtml("a.html", "<p>Text only.</p>", en)).toEqual({ ok: false, errors: [{ line: 0, reason: expect.stringContaining("no title") }] });
  });

  it("refuses a page with nothing but scripts and styles", () => {
    expect(parseKnowledgeHtml("a.html", "<title>T</title><body><script>x()</script><style>p{}</style></body>", en)).toEqual({
      ok: false,
      errors: [{ line: 0, reason: "the article has no text" }],
    });
  });

  it("survives broken markup", () => {
    const result = parseKnowledgeHtml("a.html", "<title>T</title></div><p><b>unclosed <i>tags", en);
    expect(result.ok && result.entries[0]).toMatchObject({ body: "unclosed tags" });
  });
});
