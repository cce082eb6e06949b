/** The shopper's conversation, kept in this iframe origin's localStorage so a reload resumes it. */
export interface Session {
  id: string;
  token: string;
}

const key = (store: string) => `relevo:${store}:session`;

export function loadSession(store: string): Session | null {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key(store)) ?? "null");
    if (typeof value !== "object" || value === null || !("id" in value) || !("token" in value)) return null;
    const { id, token } = value;
    return typeof id === "string" && typeof token === "string" ? { id, token } : null;
  } catch {
    return null; // storage blocked (privacy settings) or corrupt: start fresh
  }
}

export function saveSession(store: string, session: Session | null): void {
  try {
    if (session) localStorage.setItem(key(store), JSON.stringify(session));
    else localStorage.removeItem(key(store));
  } catch {
    // Storage blocked: the chat still works, it just won't survive a reload.
  }
}
