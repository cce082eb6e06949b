import type { ComponentChildren } from "preact";
import { safeHttpUrl } from "./safe-url";

// [label](https://…): the only markup we honour, in messages Relevo wrote (AI and system), e.g. the
// merchant's custom handoff message with links to the help center.
const markdownLink = /\[([^\]\n]{1,300})\]\((https?:\/\/[^\s)]{1,2000})\)/g;

export type TextSegment = { text: string } | { text: string; href: string };

/**
 * Splits text into plain runs and [label](https://…) links. The href is checked with the URL parser
 * (http and https only); anything else stays plain text, brackets and all.
 */
export function splitLinks(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(markdownLink)) {
    const [whole, label = "", raw = ""] = match;
    const href = safeHttpUrl(raw);
    if (!href) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: label, href });
    last = match.index + whole.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Message text as text nodes, with Markdown links as anchors we build ourselves: never parsed as HTML. */
export function RichText({ text, links }: { text: string; links: boolean }) {
  if (!links) return <>{text}</>;
  return (
    <>
      {splitLinks(text).map((segment) =>
        "href" in segment ? <ExternalLink href={segment.href}>{segment.text}</ExternalLink> : segment.text,
      )}
    </>
  );
}

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
