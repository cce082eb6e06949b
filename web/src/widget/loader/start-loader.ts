import type { WidgetMessage } from "@relevo/contracts";
import { iframeUrl, type LoaderConfig, newChannelId } from "./find-config";
import { listenToWidget } from "./host-channel";
import { createLauncherUi } from "./launcher-ui";
import { installGlobal, isAlreadyLoaded } from "./relevo-global";

/** Page URL for the handoff packet; the API accepts only http(s) URLs up to 2048 characters. */
function currentPageUrl(): string | null {
  const url = location.href.split("#")[0] ?? "";
  return /^https?:/.test(url) && url.length <= 2048 ? url : null;
}

/** Wires the bubble, the iframe and `window.Relevo`. State set before the iframe is ready goes in `init`. */
export function startLoader(config: LoaderConfig): void {
  if (isAlreadyLoaded()) return; // pasted twice: the first copy runs the widget
  const channel = newChannelId();
  const ui = createLauncherUi(iframeUrl(config, channel), config.lang);
  const state = { open: false, identity: null as string | null };

  const onMessage = (message: WidgetMessage) => {
    if (message.type === "ready") {
      ui.reveal();
      host.post({ type: "init", open: state.open, pageUrl: currentPageUrl(), identity: state.identity });
    } else if (message.type === "unread") {
      ui.setUnread(message.count);
    } else if (message.type === "close") {
      setOpen(false, true);
    }
  };
  const host = listenToWidget(ui.iframe, config.relevoOrigin, channel, onMessage);

  const setOpen = (open: boolean, focus: boolean) => {
    if (state.open === open) return;
    state.open = open;
    ui.setOpen(open, { focus });
    host.post({ type: open ? "open" : "close" });
  };
  ui.onBubbleClick(() => setOpen(!state.open, true));
  installGlobal({
    identify(token) {
      state.identity = token;
      host.post({ type: "identify", token });
    },
    open: () => setOpen(true, true),
    // Give focus back to the bubble only if it was inside the chat, never steal it from the page.
    close: () => setOpen(false, document.activeElement?.hasAttribute("data-relevo-widget") === true),
  });
}
