import { pickLanguage, type WidgetLanguage } from "../../i18n/languages";

export interface LaunchParams {
  /** The embedding page's origin, or null when the app is opened on its own (no parent to talk to). */
  parentOrigin: string | null;
  channel: string;
  store: string;
  lang: WidgetLanguage;
}

function originOf(value: string | null): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.origin === value ? url.origin : null;
  } catch {
    return null;
  }
}

/** Reads what the loader put in this iframe's URL (?parent=&store=&lang=#channel=). */
export function readLaunchParams(location: Location): LaunchParams {
  const query = new URLSearchParams(location.search);
  const fragment = new URLSearchParams(location.hash.slice(1));
  const embedded = window.parent !== window;
  return {
    parentOrigin: embedded ? originOf(query.get("parent")) : null,
    channel: fragment.get("channel") ?? "",
    store: (query.get("store") ?? "default").slice(0, 100),
    lang: pickLanguage([query.get("lang"), navigator.language]),
  };
}
