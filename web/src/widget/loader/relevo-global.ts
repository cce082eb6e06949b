/** What the store's page may call. */
export interface RelevoApi {
  /** Identifies the signed-in shopper with a token the store's backend signed (HS256 JWT). */
  identify(token: string): void;
  open(): void;
  close(): void;
}

type QueuedCall = [keyof RelevoApi, ...unknown[]];

declare global {
  interface Window {
    Relevo?: Partial<RelevoApi> & { q?: QueuedCall[]; loaded?: boolean };
  }
}

/**
 * Installs `window.Relevo`. Calls a page made before widget.js loaded, through the optional stub
 * `window.Relevo = window.Relevo || { q: [] }; Relevo.q.push(["open"])`, are replayed in order.
 */
export function installGlobal(api: RelevoApi): void {
  const queued = window.Relevo?.q ?? [];
  window.Relevo = { ...api, loaded: true };
  for (const [method, ...args] of queued) {
    if (method === "identify" && typeof args[0] === "string") api.identify(args[0]);
    else if (method === "open") api.open();
    else if (method === "close") api.close();
  }
}

export function isAlreadyLoaded(): boolean {
  return window.Relevo?.loaded === true;
}
