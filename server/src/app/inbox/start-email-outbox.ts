import type { MailSender } from "../../domain/inbox/mail-sender.js";
import type { AppDeps } from "../app-deps.js";
import type { EventBus } from "../event-bus.js";
import { sendPendingEmails } from "./send-pending-emails.js";

/**
 * Sends each queued email as soon as its `email.queued` event arrives (from this process or, via the relay,
 * another: the claim lets exactly one send it), and sweeps for due retries every `sweepEveryMs` when this
 * process runs the worker service. Stop waits for sends in flight.
 */
export function startEmailOutbox(deps: AppDeps, bus: EventBus, mailer: MailSender, opts: { sweepEveryMs: number | null }) {
  const inFlight = new Set<Promise<unknown>>();
  const run = (id?: string) => {
    const job = sendPendingEmails(deps, mailer, id ? { id } : {}).catch(() => {
      // The database was unreachable: the email stays pending and the next sweep retries it.
    });
    inFlight.add(job);
    void job.finally(() => inFlight.delete(job));
  };
  const unsubscribe = bus.subscribe((event) => {
    if (event.type === "email.queued") run(event.emailId);
  });
  const sweep = opts.sweepEveryMs ? setInterval(() => run(), opts.sweepEveryMs) : null;
  sweep?.unref();
  return async () => {
    unsubscribe();
    if (sweep) clearInterval(sweep);
    await Promise.all(inFlight);
  };
}
