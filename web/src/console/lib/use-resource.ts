import { useCallback, useEffect, useRef, useState } from "preact/hooks";

export interface Resource<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
  reload(): Promise<void>;
  /** Replace the data locally, after a save that returned the new state. */
  set(data: T): void;
}

/**
 * Loads data for a page and reloads when `key` changes; a slower earlier answer never overwrites a newer one.
 *
 * @example
 * const settings = useResource(() => api<Settings>("GET", "/admin/settings"), "settings");
 */
export function useResource<T>(load: () => Promise<T>, key: string): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);
  const loader = useRef(load);
  loader.current = load;

  const reload = useCallback(async () => {
    const ticket = ++latest.current;
    setLoading(true);
    try {
      const value = await loader.current();
      if (ticket === latest.current) {
        setData(value);
        setError(null);
      }
    } catch (caught) {
      if (ticket === latest.current) setError(caught instanceof Error ? caught : new Error(String(caught)));
    } finally {
      if (ticket === latest.current) setLoading(false);
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [key, reload]);

  return { data, error, loading, reload, set: setData };
}
