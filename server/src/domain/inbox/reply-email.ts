/**
 * The email an absent shopper gets when an agent replies: who replied, what they said, and the link back
 * to the chat (the widget keeps the conversation's history across page loads).
 */
export function replyEmail(input: { lang: string; storeName: string; agentName: string; text: string; link: string }): { subject: string; body: string } {
  if (input.lang === "es") {
    return {
      subject: `Nueva respuesta de ${input.storeName}`,
      body: `${input.agentName} ha respondido a tu conversación con ${input.storeName}:\n\n${input.text}\n\nPuedes continuar la conversación aquí: ${input.link}\n`,
    };
  }
  return {
    subject: `New reply from ${input.storeName}`,
    body: `${input.agentName} replied to your conversation with ${input.storeName}:\n\n${input.text}\n\nContinue the conversation here: ${input.link}\n`,
  };
}
