export type Connection = "connecting" | "online" | "reconnecting";

export interface LiveSocketOptions<Event> {
  /** A frame as an event, or null for anything the page does not know (ignored). */
  parse(data: unknown): Event | null;
  /** Close codes the server uses when retrying cannot help (bad token, unknown conversation, foreign origin). */
  permanentCloseCodes: ReadonlySet<number>;
  onEvent(event: Event): void;
  onConnection(state: Connection): void;
  /** After a reconnect: fetch again what may have been sent while the socket was down. */
  onReconnected(): void;
  /** The server refused us with a permanent close code; nothing more happens. */
  onDenied?(code: number): void;
}

const maxDelayMs = 30_000;

/**
 * A WebSocket that reconnects with exponential backoff (1 s, 2 s, 4 s … 30 s), jittered ±25 % so many
 * browsers do not reconnect in lockstep after a server restart. Shared by the widget (one conversation)
 * and the console (the agents' feed); each brings its own frame parser and close codes.
 *
 * @example
 * const live = openLiveSocket(url, { parse: parseSocketEvent, permanentCloseCodes: new Set([4401]), onEvent, onConnection, onReconnected });
 * live.close();
 */
export function openLiveSocket<Event>(url: string, options: LiveSocketOptions<Event>): { close(): void } {
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const connect = () => {
    options.onConnection(attempt === 0 ? "connecting" : "reconnecting");
    const current = new WebSocket(url);
    socket = current;
    current.onopen = () => {
      if (attempt > 0) options.onReconnected();
      attempt = 0;
      options.onConnection("online");
    };
    current.onmessage = (message) => {
      const event = options.parse(message.data);
      if (event) options.onEvent(event);
    };
    current.onclose = (close) => {
      if (stopped || socket !== current) return;
      if (options.permanentCloseCodes.has(close.code)) return options.onDenied?.(close.code);
      attempt += 1;
      options.onConnection("reconnecting");
      timer = setTimeout(connect, Math.min(maxDelayMs, 1000 * 2 ** (attempt - 1)) * (0.75 + Math.random() / 2));
    };
  };
  connect();
  return {
    close() {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
