import {
  type HostMessage,
  isHostMessage,
  readEnvelope,
  type WidgetMessage,
  widgetEnvelope,
} from "@relevo/contracts";
import { useCallback, useEffect, useState } from "preact/hooks";
import type { LaunchParams } from "./launch-params";

export interface HostState {
  /** The handshake is done (or there is no parent page): the app may start talking to the API. */
  ready: boolean;
  open: boolean;
  pageUrl: string | null;
  identity: string | null;
}

export interface HostLink extends HostState {
  embedded: boolean;
  post(message: WidgetMessage): void;
}

function apply(state: HostState, message: HostMessage): HostState {
  if (message.type === "init") return { ready: true, open: message.open, pageUrl: message.pageUrl, identity: message.identity };
  if (!state.ready) return state; // nothing but init counts before the handshake
  if (message.type === "identify") return { ...state, identity: message.token };
  return { ...state, open: message.type === "open" };
}

/**
 * The iframe's end of the widget protocol (contracts/src/widget-protocol.ts): says `ready` to the parent
 * origin named in our URL and then reads only that origin's messages, from our parent window, on our channel.
 * Opened on its own (no parent), the app is simply open.
 */
export function useHost(launch: LaunchParams): HostLink {
  const { parentOrigin, channel } = launch;
  const [state, setState] = useState<HostState>(() =>
    parentOrigin ? { ready: false, open: false, pageUrl: null, identity: null } : { ready: true, open: true, pageUrl: null, identity: null },
  );
  const post = useCallback(
    (message: WidgetMessage) => {
      if (parentOrigin) window.parent.postMessage(widgetEnvelope(channel, message), parentOrigin);
    },
    [parentOrigin, channel],
  );
  useEffect(() => {
    if (!parentOrigin) return;
    const listener = (event: MessageEvent) => {
      if (event.origin !== parentOrigin || event.source !== window.parent) return;
      const message = readEnvelope(event.data, channel, isHostMessage);
      if (message) setState((current) => apply(current, message));
    };
    window.addEventListener("message", listener);
    post({ type: "ready" });
    return () => window.removeEventListener("message", listener);
  }, [parentOrigin, channel, post]);
  return { ...state, embedded: parentOrigin !== null, post };
}
