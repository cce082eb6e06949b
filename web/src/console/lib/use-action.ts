import { useCallback, useRef, useState } from "preact/hooks";

export interface Action {
  busy: boolean;
  error: Error | null;
  /** A success message to show after the last run, if it gave one. */
  done: string | null;
  run(work: () => Promise<unknown>): Promise<boolean>;
  clear(): void;
}

/** One button's request: busy while it runs, the server's error message when it fails. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const running = useRef(false);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    if (running.current) return false; // a double click must not send twice
    running.current = true;
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const result = await work();
      setDone(typeof result === "string" ? result : null);
      return true;
    } catch (caught) {
      setError(caught instanceof Error ? caught : new Error(String(caught)));
      return false;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setDone(null);
  }, []);
  return { busy, error, done, run, clear };
}
