import type { enInsights } from "./en-insights";

export const esInsights: typeof enInsights = {
  dashboard: {
    title: "Panel",
    intro: "Cómo terminan las conversaciones en los días que elijas (en la zona horaria de la tienda).",
    language: "Idioma",
    allLanguages: "Todos los idiomas",
    range: (from, to, zone) => `${from} – ${to} (${zone})`,
    conversations: "Conversaciones",
    engaged: (n) => `${n} con mensaje del cliente`,
    resolution: "Resueltas por la IA",
    routed: "Pasadas al equipo",
    custom: "Con el mensaje personalizado",
    unresolved: "Otras",
    ofEngaged: (n, total) => `${n} de ${total}`,
    firstReply: "Tiempo hasta la primera respuesta humana",
    firstReplyDetail: (p90, replied, waiting) => `p90 ${p90} · ${replied} respondidas · ${waiting} esperando`,
    median: "mediana",
    noData: "—",
    perDay: "Conversaciones por día",
    chartLabel: (days, total) =>
      `Gráfico de barras de conversaciones por día durante ${days} días, ${total} en total.`,
    showTable: "Ver los números en una tabla",
    date: "Día",
    reasons: "Motivos de traspaso",
    noHandoffs: "No hay traspasos en este periodo.",
    byLanguage: "Por idioma",
    rate: "tasa",
    legend: "Leyenda",
  },
  gaps: {
    title: "Lagunas de conocimiento",
    intro: "Preguntas que la IA no supo responder, agrupadas por significado, las más frecuentes primero.",
    summary: (questions, groups) =>
      `${questions} ${questions === 1 ? "pregunta sin respuesta" : "preguntas sin respuesta"} en ${groups} ${groups === 1 ? "grupo" : "grupos"}.`,
    truncated: "Solo se agrupan las preguntas más recientes; acota el periodo para ver las anteriores.",
    empty: "No hay preguntas sin respuesta en este periodo.",
    asked: (n) => (n === 1 ? "preguntada una vez" : `preguntada ${n} veces`),
    alsoAsked: "También preguntada como",
    examples: "Ejemplos recientes",
    lastSeen: (date) => `última vez ${date}`,
    addAnswer: "Añadir la respuesta",
    rerun: "Volver a probar estas preguntas",
    rerunning: "Probando…",
    rerunResult: (answered, total) =>
      `${answered} de ${total} ${total === 1 ? "pregunta tiene" : "preguntas tienen"} ya respuesta.`,
  },
  durations: {
    seconds: (n) => `${n} s`,
    minutes: (n) => `${n} min`,
    hours: (n) => `${n} h`,
  },
};
