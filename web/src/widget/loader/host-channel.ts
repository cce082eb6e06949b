import {
  type HostMessage,
  isWidgetMessage,
  readEnvelope,
  type WidgetMessage,
  widgetEnvelope,
} from "@relevo/contracts";

export interface HostChannel {
  /** Sends once the iframe has said `ready`; before that the loader keeps state and sends it in `init`. */
  post(message: HostMessage): void;
  readonly ready: boolean;
}

/**
 * The page's end of the widget protocol. Only messages from the exact Relevo origin this script was loaded
 * from, from our own iframe's window, on our channel, are read.
 */
export function listenToWidget(
  iframe: HTMLIFrameElement,
  relevoOrigin: string,
  channel: string,
  onMessage: (message: WidgetMessage) => void,
): HostChannel {
  let ready = false;
  window.addEventListener("message", (event: MessageEvent) => {
    if (event.origin !== relevoOrigin || event.source !== iframe.contentWindow) return;
    const message = readEnvelope(event.data, channel, isWidgetMessage);
    if (!message) return;
    if (message.type === "ready") ready = true;
    onMessage(message);
  });
  return {
    post(message) {
      if (ready) iframe.contentWindow?.postMessage(widgetEnvelope(channel, message), relevoOrigin);
    },
    get ready() {
      return ready;
    },
  };
}
