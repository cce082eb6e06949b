import WebSocket from "ws";

export interface TestSocket {
  /** Every JSON message received so far, in order. */
  received: Array<Record<string, unknown>>;
  /** Resolves with the first message (already received or future) matching `match`. */
  next(match: (m: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  closed: Promise<{ code: number; reason: string }>;
  close(): Promise<void>;
  raw: WebSocket;
}

/** A real WebSocket client (the `ws` package) that records what it receives, for tests against a listening app. */
export function openTestSocket(url: string, headers: Record<string, string> = {}, opts: { localAddress?: string } = {}): Promise<TestSocket> {
  const raw = new WebSocket(url, { headers, ...opts });
  const received: Array<Record<string, unknown>> = [];
  const waiters: Array<{ match: (m: Record<string, unknown>) => boolean; resolve: (m: Record<string, unknown>) => void }> = [];
  raw.on("message", (data) => {
    const message: Record<string, unknown> = JSON.parse(String(data));
    received.push(message);
    for (const w of [...waiters]) {
      if (w.match(message)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(message);
      }
    }
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => raw.on("close", (code, reason) => resolve({ code, reason: String(reason) })));
  const socket: TestSocket = {
    received, closed, raw,
    next(match, timeoutMs = 5_000) {
      const seen = received.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching socket message within ${timeoutMs} ms; got ${JSON.stringify(received.map((m) => m.type))}`)), timeoutMs);
        waiters.push({
          match,
          resolve: (m) => {
            clearTimeout(timer);
            resolve(m);
          },
        });
      });
    },
    async close() {
      if (raw.readyState === WebSocket.CLOSED) return;
      raw.close();
      await closed;
    },
  };
  return new Promise((resolve, reject) => {
    raw.once("open", () => resolve(socket));
    raw.once("error", reject);
    raw.once("close", () => resolve(socket)); // refused handshakes still resolve; `closed` tells why
  });
}

export const ofType = (type: string) => (m: Record<string, unknown>) => m.type === type;
