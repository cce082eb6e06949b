import { loaderStrings } from "../../i18n/loader-strings";
import type { WidgetLanguage } from "../../i18n/languages";
import { launcherCss } from "./launcher-styles";

export interface LauncherUi {
  iframe: HTMLIFrameElement;
  setOpen(open: boolean, opts: { focus: boolean }): void;
  setUnread(count: number): void;
  /** Shows the bubble: the chat answered the handshake, so it can actually be used. */
  reveal(): void;
  onBubbleClick(handler: () => void): void;
}

const svgNs = "http://www.w3.org/2000/svg";
const chatPath = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z";
const closePath = "M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19 12 13.4 17.6 19 19 17.6 13.4 12 19 6.4 17.6 5 12 10.6z";

function icon(className: string, d: string): SVGSVGElement {
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 24 24");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("class", className);
  const path = document.createElementNS(svgNs, "path");
  path.setAttribute("d", d);
  svg.append(path);
  return svg;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>): HTMLElementTagNameMap[K] {
  return Object.assign(document.createElement(tag), props);
}

function buildBubble(): { bubble: HTMLButtonElement; badge: HTMLSpanElement } {
  const bubble = element("button", { type: "button", className: "bubble" });
  bubble.setAttribute("aria-haspopup", "dialog");
  const badge = element("span", { className: "badge", hidden: true });
  bubble.append(icon("icon-chat", chatPath), icon("icon-close", closePath), badge);
  return { bubble, badge };
}

function buildPanel(src: string, title: string): { panel: HTMLDivElement; iframe: HTMLIFrameElement } {
  const panel = element("div", { className: "panel", hidden: true });
  panel.setAttribute("role", "dialog");
  panel.setAttribute("aria-label", title);
  const iframe = element("iframe", { title, src });
  // Defence in depth: the chat may run scripts, keep its own storage and open links in new tabs, but
  // never navigate or script the store's page.
  iframe.setAttribute("sandbox", "allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox");
  panel.append(iframe);
  return { panel, iframe };
}

/**
 * The bubble and the (initially hidden) panel holding the iframe, in a shadow root. Style isolation is the
 * same for open and closed roots; "open" keeps it reachable by accessibility tools and browser tests (a
 * closed root would not stop the page's scripts anyway, and the chat itself is in a cross-origin iframe).
 */
export function createLauncherUi(src: string, lang: WidgetLanguage): LauncherUi {
  const text = loaderStrings[lang];
  const host = element("div", {});
  host.setAttribute("data-relevo-widget", "");
  // Hidden until the iframe says ready: on a refused origin or with Relevo down, no dead bubble shows.
  const shell = element("div", { className: "waiting" });
  const { bubble, badge } = buildBubble();
  const { panel, iframe } = buildPanel(src, text.frameTitle);
  shell.append(panel, bubble);
  host.attachShadow({ mode: "open" }).append(element("style", { textContent: launcherCss }), shell);
  document.body.append(host);

  const state = { unread: 0, open: false };
  // The badge counts replies missed while closed; opening the chat shows them, so it goes at once.
  const render = () => {
    const { unread, open } = state;
    badge.hidden = unread === 0 || open;
    badge.textContent = unread > 9 ? "9+" : String(unread);
    const base = open ? text.close : text.open;
    bubble.setAttribute("aria-label", unread > 0 && !open ? `${base}, ${text.unread(unread)}` : base);
    bubble.setAttribute("aria-expanded", String(open));
    shell.classList.toggle("open", open);
    panel.hidden = !open;
  };
  render();
  return {
    iframe,
    setOpen(open, { focus }) {
      state.open = open;
      render();
      if (focus) (open ? iframe : bubble).focus();
    },
    setUnread(count) {
      state.unread = count;
      render();
    },
    reveal: () => shell.classList.remove("waiting"),
    onBubbleClick: (handler) => bubble.addEventListener("click", handler),
  };
}
