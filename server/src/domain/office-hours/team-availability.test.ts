import { describe, expect, it } from "vitest";
import type { OfficeHours, OfficeInterval } from "./office-hours.js";
import { isWithinHours, nextOpening, teamAvailability } from "./team-availability.js";
import { zonedInstant } from "./zoned-time.js";

const nineToSix: OfficeInterval[] = [{ start: "09:00", end: "18:00" }];
const weekdaysOnly = (timezone: string, intervals = nineToSix, closedDates: string[] = []): OfficeHours => ({
  timezone, closedDates, weekly: { mon: intervals, tue: intervals, wed: intervals, thu: intervals, fri: intervals },
});
const at = (iso: string) => new Date(iso);
const availability = (now: string, hours: OfficeHours | null, agentsOnline = 0) => teamAvailability({ now: at(now), officeHours: hours, agentsOnline });

describe("teamAvailability: is someone available now, and when next", () => {
  it("is available whenever an agent is online, even outside office hours", () => {
    expect(availability("2026-03-28T12:00:00Z", weekdaysOnly("Europe/Madrid"), 1)).toEqual({ kind: "available" });
  });

  it("is away with no known return when nobody is online and no office hours are set", () => {
    expect(availability("2026-03-28T12:00:00Z", null)).toEqual({ kind: "away", nextOpenAt: null });
  });

  it("is away within hours with nobody online, back at the next opening", () => {
    // Tuesday 10:00 in Madrid (CET, UTC+1) → Wednesday 09:00 CET
    expect(availability("2026-03-24T09:00:00Z", weekdaysOnly("Europe/Madrid"))).toEqual({ kind: "away", nextOpenAt: at("2026-03-25T08:00:00Z") });
  });

  it("is closed at the weekend in Madrid and opens Monday in summer time after the DST switch", () => {
    // Saturday 28 March (CET); clocks go forward on Sunday 29 March; Monday 09:00 is CEST (UTC+2)
    expect(availability("2026-03-28T12:00:00Z", weekdaysOnly("Europe/Madrid"))).toEqual({ kind: "closed", nextOpenAt: at("2026-03-30T07:00:00Z") });
  });

  it("opens Monday in winter time after Madrid's autumn switch", () => {
    // Clocks go back on Sunday 25 October 2026; Monday 09:00 is CET (UTC+1)
    expect(nextOpening(at("2026-10-23T18:00:00Z"), weekdaysOnly("Europe/Madrid"))).toEqual(at("2026-10-26T08:00:00Z"));
  });

  it("follows New York's DST changes on their own dates", () => {
    const ny = weekdaysOnly("America/New_York", [{ start: "09:00", end: "17:00" }]);
    // Friday 6 March after close (EST) → Monday 9 March 09:00 EDT (UTC-4), the day after the switch
    expect(availability("2026-03-06T23:00:00Z", ny)).toEqual({ kind: "closed", nextOpenAt: at("2026-03-09T13:00:00Z") });
    // Friday 30 October after close (EDT) → Monday 2 November 09:00 EST (UTC-5)
    expect(nextOpening(at("2026-10-30T22:00:00Z"), ny)).toEqual(at("2026-11-02T14:00:00Z"));
    // Europe has already switched back (25 Oct) while New York has not: 09:00 is still 13:00Z on 26 Oct
    expect(nextOpening(at("2026-10-25T12:00:00Z"), ny)).toEqual(at("2026-10-26T13:00:00Z"));
  });

  it("keeps Mexico City at UTC-6 all year (no DST since 2022)", () => {
    const mx = weekdaysOnly("America/Mexico_City");
    expect(nextOpening(at("2026-03-08T12:00:00Z"), mx)).toEqual(at("2026-03-09T15:00:00Z"));
    expect(nextOpening(at("2026-07-05T12:00:00Z"), mx)).toEqual(at("2026-07-06T15:00:00Z"));
    expect(isWithinHours(at("2026-11-02T23:59:00Z"), mx)).toBe(true); // 17:59 local
    expect(isWithinHours(at("2026-11-03T00:00:00Z"), mx)).toBe(false); // 18:00 local
  });

  it("treats an interval that crosses midnight as one shift belonging to the day it starts", () => {
    const nights: OfficeHours = { timezone: "Europe/Madrid", closedDates: [], weekly: { fri: [{ start: "22:00", end: "02:00" }] } };
    expect(isWithinHours(at("2026-01-10T00:00:00Z"), nights)).toBe(true); // Saturday 01:00 local
    expect(availability("2026-01-10T01:30:00Z", nights)).toEqual({ kind: "closed", nextOpenAt: at("2026-01-16T21:00:00Z") });
  });

  it("skips holidays, and a holiday does not cut short a shift that started the day before", () => {
    const madrid = weekdaysOnly("Europe/Madrid", nineToSix, ["2026-12-25"]);
    // Thursday 24 December after close → Friday 25 is closed → Monday 28 December 09:00 CET
    expect(availability("2026-12-24T18:00:00Z", madrid)).toEqual({ kind: "closed", nextOpenAt: at("2026-12-28T08:00:00Z") });
    const lateThursday: OfficeHours = { timezone: "Europe/Madrid", closedDates: ["2026-12-25"], weekly: { thu: [{ start: "22:00", end: "02:00" }], fri: [{ start: "22:00", end: "02:00" }] } };
    expect(isWithinHours(at("2026-12-25T00:30:00Z"), lateThursday)).toBe(true); // Friday 01:30, Thursday's shift
    expect(isWithinHours(at("2026-12-25T22:30:00Z"), lateThursday)).toBe(false); // Friday's own shift is off
  });

  it("does not announce a back-to-back interval as an opening", () => {
    const split = weekdaysOnly("Europe/Madrid", [{ start: "09:00", end: "13:00" }, { start: "13:00", end: "18:00" }]);
    expect(availability("2026-03-24T09:00:00Z", split)).toEqual({ kind: "away", nextOpenAt: at("2026-03-25T08:00:00Z") });
    const split2 = weekdaysOnly("Europe/Madrid", [{ start: "09:00", end: "13:00" }, { start: "15:00", end: "18:00" }]);
    expect(availability("2026-03-24T12:30:00Z", split2)).toEqual({ kind: "closed", nextOpenAt: at("2026-03-24T14:00:00Z") });
  });

  it("has no next opening when the team never closes or never opens", () => {
    const always = { start: "00:00", end: "24:00" };
    const allWeek: OfficeHours = { timezone: "UTC", closedDates: [], weekly: { mon: [always], tue: [always], wed: [always], thu: [always], fri: [always], sat: [always], sun: [always] } };
    expect(availability("2026-03-24T09:00:00Z", allWeek)).toEqual({ kind: "away", nextOpenAt: null });
    expect(availability("2026-03-24T09:00:00Z", { timezone: "UTC", closedDates: [], weekly: {} })).toEqual({ kind: "closed", nextOpenAt: null });
  });

  it("opens at the end of the spring DST gap when a shift starts inside it", () => {
    // Madrid, Sunday 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00Z); 02:30 never shows on the wall
    const gap: OfficeHours = { timezone: "Europe/Madrid", closedDates: [], weekly: { sun: [{ start: "02:30", end: "05:00" }] } };
    expect(nextOpening(at("2026-03-28T12:00:00Z"), gap)).toEqual(at("2026-03-29T01:00:00Z"));
    expect(isWithinHours(at("2026-03-29T00:59:00Z"), gap)).toBe(false);
    expect(isWithinHours(at("2026-03-29T01:00:00Z"), gap)).toBe(true);
  });

  it("takes the first of the two readings when a shift starts in the autumn repeated hour", () => {
    // New York, Sunday 1 November 2026: 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST)
    expect(zonedInstant("2026-11-01", 90, "America/New_York")).toEqual(at("2026-11-01T05:30:00Z"));
    const repeated: OfficeHours = { timezone: "America/New_York", closedDates: [], weekly: { sun: [{ start: "01:30", end: "03:00" }] } };
    expect(nextOpening(at("2026-10-31T12:00:00Z"), repeated)).toEqual(at("2026-11-01T05:30:00Z"));
  });
});
