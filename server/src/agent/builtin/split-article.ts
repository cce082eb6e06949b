/** One section of a help-centre article: its heading path and its Markdown text. */
export interface ArticleSection {
  heading: string;
  text: string;
}

const HEADING = /^(#{1,6})\s+(.+?)\s*#*\s*$/;

/**
 * Splits a Markdown article into sections at its headings, so that an answer can quote the part
 * that matches instead of the whole article. Text before the first heading is the intro section
 * (headed by the article title). Hand-written: only ATX headings matter here, and a Markdown
 * parser would be a heavy dependency for a line scan.
 *
 * @example
 * splitArticle("Shipping", "Intro\n## Times\n3-5 days")
 * // [{ heading: "Shipping", text: "Intro" }, { heading: "Times", text: "3-5 days" }]
 */
export function splitArticle(title: string, body: string): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let heading = title;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join("\n").trim();
    if (text !== "") sections.push({ heading, text });
  };
  let inFence = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const match = inFence ? null : HEADING.exec(line);
    if (match) {
      flush();
      heading = match[2] ?? heading;
      lines = [];
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections.length > 0 ? sections : [{ heading: title, text: body.trim() }];
}
