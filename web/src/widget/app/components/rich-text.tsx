import type { ComponentChildren } from "preact";
import { safeHttpUrl } from "./safe-url";

// [label](https://…): the only markup we honour, in messages Relevo wrote (AI and system), e.g. the
// merchant's custom handoff message with links to the help center.
const markdownLink = /\[([^\]\n]{1,300})\]\((https?:\/\/[^\s)]{1,2000})\)/g;

/**
 * Message text as text nodes, with Markdown links turned into anchors we build ourselves. Nothing is
 * ever parsed as HTML: the label is text, the href is an http(s) URL checked by the URL parser.
 */
export function RichText({ text, links }: { text: string; links: boolean }) {
  if (!links) return <>{text}</>;
  const parts: ComponentChildren[] = [];
  let last = 0;
  for (const match of text.matchAll(markdownLink)) {
    const [whole, label = "", href = ""] = match;
    const url = safeHttpUrl(href);
    if (!url) continue;
    parts.push(text.slice(last, match.index), <ExternalLink href={url}>{label}</ExternalLink>);
    last = match.index + whole.length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}

export function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
