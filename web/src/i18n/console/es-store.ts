import type { enStore } from "./en-store";

export const esStore: typeof enStore = {
  store: {
    title: "Tienda",
    intro:
      "El nombre y la zona horaria de tu tienda, dónde puede aparecer el chat y los clientes identificados.",
    name: "Nombre de la tienda",
    timezone: "Zona horaria",
    timezoneHint:
      "Un nombre IANA como Europe/Madrid; los días de los informes y las transcripciones la usan.",
    origins: "Sitios que pueden mostrar el chat",
    originsHint:
      "Uno por línea, p. ej. https://tienda.example. Vacío: cualquier sitio puede incrustarlo (solo para pruebas).",
    identity: "Clientes identificados",
    identityOn:
      "Activado: tu tienda firma un token con el secreto compartido y a esos clientes no se les pide el correo.",
    identityOff: "Desactivado: todos los clientes son anónimos hasta que dan su correo.",
    keep: "Dejarlo como está",
    generate: "Crear un secreto nuevo",
    turnOff: "Desactivar: todos los clientes vuelven a ser anónimos",
    newSecret:
      "Copia ahora este secreto en el backend de tu tienda; no se vuelve a mostrar al salir de esta página.",
    snippet: "Código del chat",
    snippetHint: "Pégalo antes de </body> en todas las páginas de tu tienda.",
    saved: "Ajustes de la tienda guardados.",
    voice: {
      title: "Voz del agente de IA",
      intro: (store: string) =>
        `Se usa cuando Relevo responde con un modelo de lenguaje (RELEVO_LLM_*). Habla como ${store}; el agente integrado cita tu base de conocimiento tal cual.`,
      tone: "Tono",
      tones: {
        neutral: "Neutro: claro y conciso",
        friendly: "Cercano: cálido, pero conciso",
        formal: "Formal: cortés (de usted)",
      },
      forbidden: "Frases que nunca debe usar",
      forbiddenHint:
        "Una por línea, p. ej. el nombre de un competidor o «garantizado». Una respuesta que contenga una no se muestra; se ofrece una persona al cliente.",
      saved: "Voz guardada.",
    },
  },
  apiKeys: {
    title: "Claves de API",
    intro:
      "Claves para scripts que leen la API de administración (Authorization: Bearer …). No pueden actuar en la Bandeja.",
    name: "Nombre de la clave",
    create: "Crear clave",
    created: "Copia esta clave ahora; no se vuelve a mostrar:",
    prefix: "Empieza por",
    createdAt: "Creada",
    revokedAt: "Revocada",
    active: "Activa",
    revoke: "Revocar",
    confirmRevoke: (name) => `¿Revocar «${name}»? Los scripts que la usan dejan de funcionar al instante.`,
    empty: "Aún no hay claves de API.",
  },
};
