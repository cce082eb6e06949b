import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * Keeps a scrolling list at its newest item: when items arrive and when the list shrinks (the email form
 * replaces the composer), unless the shopper has scrolled up to read history.
 */
export function useStickToBottom(list: RefObject<HTMLElement>, changeKey: unknown): void {
  const stuck = useRef(true);
  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const onScroll = () => {
      stuck.current = el.scrollHeight - el.scrollTop - el.clientHeight < 48;
    };
    const observer = new ResizeObserver(() => {
      if (stuck.current) el.scrollTop = el.scrollHeight;
    });
    el.addEventListener("scroll", onScroll, { passive: true });
    observer.observe(el);
    return () => {
      el.removeEventListener("scroll", onScroll);
      observer.disconnect();
    };
  }, [list]);
  useEffect(() => {
    const el = list.current;
    if (el && stuck.current) el.scrollTop = el.scrollHeight;
  }, [list, changeKey]);
}
