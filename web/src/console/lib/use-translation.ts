import type { ConversationTranslationDto } from "@relevo/contracts";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import type { ConsoleLanguage } from "../../i18n/console";
import { api } from "./api";

export interface Translation {
  /** The translated view is on (texts without a translation yet show as written). */
  shown: boolean;
  busy: boolean;
  error: Error | null;
  /** Message id → translated text. */
  messages: Map<string, string>;
  /** Handoff id → translated summary. */
  summaries: Map<string, string>;
  show(): void;
  showOriginal(): void;
}

const empty = new Map<string, string>();

/**
 * The conversation translated into the console's language by the server's language model, on demand.
 * While the translated view is on, a change of the texts (`textsKey`: a new message, a new summary) asks
 * again; the server remembers what it translated, so only new texts cost a model call. The originals are
 * never replaced: `showOriginal` just stops using the translation.
 */
export function useTranslation(conversationId: string, to: ConsoleLanguage, textsKey: string): Translation {
  const [shown, setShown] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [result, setResult] = useState<ConversationTranslationDto | null>(null);
  const latest = useRef(0);

  // Another conversation or console language: back to the originals.
  useEffect(() => {
    latest.current++;
    setShown(false);
    setResult(null);
    setError(null);
    setBusy(false);
  }, [conversationId, to]);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    setBusy(true);
    setError(null);
    try {
      const value = await api<ConversationTranslationDto>(
        "POST",
        `/inbox/conversations/${encodeURIComponent(conversationId)}/translation`,
        { to },
      );
      if (ticket === latest.current) setResult(value);
    } catch (caught) {
      if (ticket === latest.current) {
        setError(caught instanceof Error ? caught : new Error(String(caught)));
        setShown(false);
      }
    } finally {
      if (ticket === latest.current) setBusy(false);
    }
  }, [conversationId, to]);

  // textsKey is only a trigger: new texts to translate while the translation is shown.
  useEffect(() => {
    if (shown) void load();
  }, [shown, textsKey, load]);

  const messages = result ? new Map(result.messages.map((m) => [m.id, m.text])) : empty;
  const summaries = result ? new Map(result.handoffs.map((h) => [h.id, h.summary])) : empty;
  return {
    shown,
    busy,
    error,
    messages,
    summaries,
    show: () => setShown(true),
    showOriginal: () => setShown(false),
  };
}
