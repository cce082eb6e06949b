import { useEffect, useMemo } from "preact/hooks";
import { widgetStrings } from "../../i18n/widget-strings";
import { ChatWindow } from "./components/chat-window";
import type { LaunchParams } from "./launch-params";
import { useChat } from "./use-chat";
import { useHost } from "./use-host";

/** The chat iframe: talks to the store's page (use-host) and to Relevo's chat API (use-chat). */
export function App({ launch }: { launch: LaunchParams }) {
  const host = useHost(launch);
  const chat = useChat(launch, host);
  const strings = widgetStrings(launch.lang);
  const { embedded, post } = host;
  const close = useMemo(() => (embedded ? () => post({ type: "close" }) : null), [embedded, post]);

  useEffect(() => {
    if (!close) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [close]);

  return <ChatWindow chat={chat} strings={strings} open={host.open} onClose={close} />;
}
