import type { WidgetLanguage } from "./languages";

/** The few words the loader shows on the store's page (kept apart so widget.js stays tiny). */
export const loaderStrings: Record<WidgetLanguage, { open: string; close: string; frameTitle: string; unread: (n: number) => string }> = {
  en: {
    open: "Open chat",
    close: "Close chat",
    frameTitle: "Chat with our team",
    unread: (n) => `${n} new ${n === 1 ? "message" : "messages"}`,
  },
  es: {
    open: "Abrir el chat",
    close: "Cerrar el chat",
    frameTitle: "Chatea con nuestro equipo",
    unread: (n) => `${n} ${n === 1 ? "mensaje nuevo" : "mensajes nuevos"}`,
  },
};
