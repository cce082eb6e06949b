import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type Connection, openLiveSocket } from "./live-socket";

/** Stands in for the browser's WebSocket: the test opens, sends to and closes each one by hand. */
class FakeSocket {
  static all: FakeSocket[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((message: { data: unknown }) => void) | null = null;
  onclose: ((close: { code: number }) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeSocket.all.push(this);
  }
  close() {
    this.closed = true;
  }
}

const latest = () => FakeSocket.all.at(-1) as FakeSocket;

function open(permanent: number[] = [4401]) {
  const events: unknown[] = [];
  const states: Connection[] = [];
  const log = { reconnected: 0, denied: [] as number[] };
  const live = openLiveSocket("ws://relevo.test/socket", {
    parse: (data) => (typeof data === "string" && data.startsWith("{") ? JSON.parse(data) : null),
    permanentCloseCodes: new Set(permanent),
    onEvent: (event) => events.push(event),
    onConnection: (state) => states.push(state),
    onReconnected: () => log.reconnected++,
    onDenied: (code) => log.denied.push(code),
  });
  return { live, events, states, log };
}

beforeEach(() => {
  FakeSocket.all = [];
  vi.useFakeTimers();
  vi.stubGlobal("WebSocket", FakeSocket);
  vi.spyOn(Math, "random").mockReturnValue(0.5); // no jitter: delays are exactly 1 s, 2 s, 4 s …
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the live socket shared by the widget and the console", () => {
  it("passes on the frames it can parse and drops the rest", () => {
    const { events, states } = open();
    latest().onopen?.();
    latest().onmessage?.({ data: "{\"type\":\"draft\"}" });
    latest().onmessage?.({ data: "garbage" });
    expect(events).toEqual([{ type: "draft" }]);
    expect(states).toEqual(["connecting", "online"]);
  });

  it("reconnects after 1 s, 2 s, 4 s while the server is away, then asks the page to catch up", () => {
    const { states, log } = open();
    latest().onopen?.();
    for (const delay of [1000, 2000, 4000]) {
      const count = FakeSocket.all.length;
      latest().onclose?.({ code: 1006 });
      vi.advanceTimersByTime(delay - 1);
      expect(FakeSocket.all).toHaveLength(count);
      vi.advanceTimersByTime(1);
      expect(FakeSocket.all).toHaveLength(count + 1);
    }
    expect(log.reconnected).toBe(0);
    latest().onopen?.();
    expect(log.reconnected).toBe(1);
    expect(states.at(-1)).toBe("online");
    // A successful reconnect starts the backoff over.
    latest().onclose?.({ code: 1006 });
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.all).toHaveLength(5);
  });

  it("gives up at once on a permanent close code and says so", () => {
    const { log } = open([4401, 4404]);
    latest().onclose?.({ code: 4404 });
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
    expect(log.denied).toEqual([4404]);
  });

  it("stays closed when the page closes it, even if a reconnect was scheduled", () => {
    const { live } = open();
    latest().onclose?.({ code: 1006 });
    live.close();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.all).toHaveLength(1);
  });
});
