import type { ComponentChildren } from "preact";

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
