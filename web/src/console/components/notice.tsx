import type { ComponentChildren } from "preact";
import type { LineError } from "../lib/line-errors";

/**
 * A message about the last action. Errors use role=alert (read at once by screen readers); success uses
 * role=status (read politely).
 */
export function Notice({ kind, children }: { kind: "error" | "ok" | "info"; children: ComponentChildren }) {
  return (
    <div class={`notice ${kind}`} role={kind === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

export function ErrorNotice({ error }: { error: Error | null }) {
  return error ? <Notice kind="error">{error.message}</Notice> : null;
}

export function Loading({ label }: { label: string }) {
  return (
    <p class="muted" aria-busy="true">
      {label}
    </p>
  );
}

/**
 * A file the server refused whole, with the reason of each bad line. Line 0 is the file as a whole (no
 * entries, too many) and reads without a line number.
 */
export function RefusedFileNotice({ heading, lines, lineLabel }: { heading: string; lines: LineError[]; lineLabel(n: number): string }) {
  return (
    <div class="notice error" role="alert">
      <p>{heading}</p>
      <ul class="line-errors">
        {lines.map((l, i) =>
          l.line > 0 ? (
            <li key={`${l.line}-${i}`}>
              <strong>{lineLabel(l.line)}:</strong> {l.reason}
            </li>
          ) : (
            <li key={`0-${i}`}>{l.reason}</li>
          ),
        )}
      </ul>
    </div>
  );
}
