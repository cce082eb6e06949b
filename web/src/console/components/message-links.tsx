import { useI18n } from "../lib/i18n";

const linkPattern = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** The Markdown links in a custom message, as the widget will show them: only http(s) targets are links. */
export function messageLinks(text: string): Array<{ label: string; url: string; ok: boolean }> {
  return [...text.matchAll(linkPattern)].map((m) => {
    const url = m[2] ?? "";
    let ok = false;
    try {
      ok = ["http:", "https:"].includes(new URL(url).protocol);
    } catch {
      ok = false;
    }
    return { label: m[1] ?? "", url, ok };
  });
}

export function MessageLinks({ text }: { text: string }) {
  const { t } = useI18n();
  const links = messageLinks(text);
  return (
    <div class="links-preview">
      <span class="muted">{t.handoff.links}:</span>{" "}
      {links.length === 0 ? (
        <span class="muted">{t.handoff.noLinks}</span>
      ) : (
        <ul class="inline-list">
          {links.map((l, i) => (
            <li key={`${i}-${l.url}`}>
              {l.ok ? (
                <a href={l.url} target="_blank" rel="noopener noreferrer">
                  {l.label}
                </a>
              ) : (
                <s title={l.url}>{l.label}</s>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
