import type { OfficeHours } from "../office-hours/office-hours.js";
import { defaultInboxMessages, type InboxMessages } from "./inbox-notice.js";

/** Settings → Inbox: office hours, the two shopper messages, and how conversations are assigned. */
export interface InboxSettings {
  officeHours: OfficeHours | null;
  messages: InboxMessages;
  /** manual: agents claim; round_robin: the next online agent under `loadLimit` open conversations gets it. */
  assignment: { mode: "manual" | "round_robin"; loadLimit: number };
}

export const defaultInboxSettings: InboxSettings = {
  officeHours: null,
  messages: defaultInboxMessages,
  assignment: { mode: "manual", loadLimit: 5 },
};

/** Settings → Email: the SMTP server replies to absent shoppers go through. */
export interface EmailSettings {
  host: string;
  port: number;
  secure: boolean;
  user: string | null;
  password: string | null;
  from: string;
  fromName: string | null;
}

/** A console socket heartbeats every 20 s; one silent for 60 s belongs to a closed console or chat. */
export const socketHeartbeatMs = 20_000;
export const socketGraceMs = 60_000;
