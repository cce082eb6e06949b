import { useEffect, useRef } from "preact/hooks";

/**
 * The page's h1. It takes focus when the page opens, so keyboard and screen-reader users land on the new
 * page after a hash-route change instead of staying on the link they followed.
 */
export function PageTitle({ children, intro }: { children: string; intro?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  useEffect(() => {
    document.title = `${children} · Relevo`;
  }, [children]);
  return (
    <header class="page-head">
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
      {intro ? <p class="muted">{intro}</p> : null}
    </header>
  );
}
