/**
 * Getting an agent's attention for a new queued conversation: a short two-tone beep made with WebAudio
 * (no sound file to download) and a browser notification when the agent allowed them.
 */
let audio: AudioContext | null = null;

export function beep(): void {
  try {
    audio ??= new AudioContext();
    const ctx = audio;
    // Browsers start an AudioContext suspended until a user gesture; resume() is a no-op after one.
    void ctx.resume();
    [880, 1320].forEach((frequency, i) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const start = ctx.currentTime + i * 0.18;
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.2, start + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.16);
      osc.connect(gain).connect(ctx.destination);
      osc.start(start);
      osc.stop(start + 0.17);
    });
  } catch {
    // No audio device or API: the notification and the list still show it.
  }
}

export function notificationsSupported(): boolean {
  return typeof Notification !== "undefined";
}

export function notificationPermission(): NotificationPermission | "unsupported" {
  return notificationsSupported() ? Notification.permission : "unsupported";
}

export async function askNotificationPermission(): Promise<NotificationPermission | "unsupported"> {
  if (!notificationsSupported()) return "unsupported";
  return Notification.requestPermission();
}

/** Shows a notification that opens the conversation when clicked; the text is set as text, never HTML. */
export function notify(title: string, body: string, onClick: () => void): void {
  if (notificationPermission() !== "granted") return;
  try {
    const n = new Notification(title, { body, tag: "relevo-queued" });
    n.onclick = () => {
      window.focus();
      onClick();
      n.close();
    };
  } catch {
    // Some browsers only allow notifications from a service worker; the beep still plays.
  }
}
