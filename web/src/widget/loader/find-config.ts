import { pickLanguage, type WidgetLanguage } from "../../i18n/languages";

export interface LoaderConfig {
  /** Where the iframe app lives, e.g. https://relevo.example/widget/ (keeps any path prefix). */
  appUrl: URL;
  relevoOrigin: string;
  store: string;
  lang: WidgetLanguage;
}

/**
 * Reads the snippet the store pasted. `document.currentScript` is set while a classic (even async) script
 * runs; the selector is a fallback for loaders that inject the tag in unusual ways.
 */
export function findConfig(): LoaderConfig | null {
  const script = document.currentScript instanceof HTMLScriptElement
    ? document.currentScript
    : document.querySelector<HTMLScriptElement>("script[src*='widget.js'][data-store]");
  if (!script?.src) return null;
  const appUrl = new URL("widget/", script.src);
  return {
    appUrl,
    relevoOrigin: appUrl.origin,
    store: script.dataset.store?.slice(0, 100) || "default",
    // The page's declared language first (it matches the store's copy), then the browser's.
    lang: pickLanguage([script.dataset.lang, document.documentElement.lang, navigator.language]),
  };
}

/** A random id for this page's channel to the iframe (getRandomValues works on plain-http pages too). */
export function newChannelId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

export function iframeUrl(config: LoaderConfig, channel: string): string {
  const url = new URL(config.appUrl);
  url.searchParams.set("parent", location.origin);
  url.searchParams.set("store", config.store);
  url.searchParams.set("lang", config.lang);
  // In the fragment: never sent to the server, so it stays out of access logs and Referer headers.
  url.hash = `channel=${channel}`;
  return url.href;
}
