import { describe, expect, it } from "vitest";
import { resolveReportRange } from "./report-range.js";
import { addDays, eachDay, isIsoDate, localDate, startOfLocalDay } from "./store-days.js";

const now = new Date("2026-03-10T12:00:00Z");

describe("store-local days", () => {
  it("reads the date on the store's wall clock", () => {
    expect(localDate(new Date("2026-03-01T23:30:00Z"), "Europe/Madrid")).toBe("2026-03-02");
    expect(localDate(new Date("2026-03-01T23:30:00Z"), "America/Mexico_City")).toBe("2026-03-01");
  });

  it("starts a day at local midnight, across daylight saving changes", () => {
    expect(startOfLocalDay("2026-07-01", "Europe/Madrid").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(startOfLocalDay("2026-01-15", "Europe/Madrid").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    // 29 March 2026 has 23 hours in Madrid; the next day starts at 22:00 UTC.
    expect(startOfLocalDay("2026-03-30", "Europe/Madrid").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfLocalDay("2026-03-29", "Europe/Madrid").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfLocalDay("2026-10-26", "Europe/Madrid").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("starts a day whose midnight does not exist at the moment the clocks jump", () => {
    // Santiago moves from -04 to -03 at 00:00 on 6 September 2026: the day begins at 01:00 local, 04:00 UTC.
    expect(startOfLocalDay("2026-09-06", "America/Santiago").toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect(startOfLocalDay("2026-09-07", "America/Santiago").toISOString()).toBe("2026-09-07T03:00:00.000Z");
  });

  it("walks dates and recognises real ones only", () => {
    expect(addDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(eachDay("2026-12-30", "2027-01-01")).toEqual(["2026-12-30", "2026-12-31", "2027-01-01"]);
    expect(isIsoDate("2026-02-30")).toBe(false);
    expect(isIsoDate("2026-3-1")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
  });
});

describe("report range", () => {
  it("turns whole local days into instants, the end excluded", () => {
    const range = resolveReportRange({ from: "2026-03-01", to: "2026-03-31" }, now, "Europe/Madrid");
    expect(range.start.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(range.end.toISOString()).toBe("2026-03-31T22:00:00.000Z");
  });

  it("defaults to the last 30 days, today included", () => {
    expect(resolveReportRange({}, now, "UTC")).toMatchObject({ from: "2026-02-09", to: "2026-03-10" });
    expect(resolveReportRange({ from: "2026-03-01" }, now, "UTC")).toMatchObject({ from: "2026-03-01", to: "2026-03-10" });
    expect(resolveReportRange({ to: "2026-01-30" }, now, "UTC")).toMatchObject({ from: "2026-01-01", to: "2026-01-30" });
  });

  it("refuses a range that ends before it starts", () => {
    expect(() => resolveReportRange({ from: "2026-03-02", to: "2026-03-01" }, now, "UTC")).toThrow(/"from" \(2026-03-02\) must be on or before "to"/);
  });

  it("allows 366 days and refuses 367", () => {
    expect(resolveReportRange({ from: "2025-01-01", to: "2026-01-01" }, now, "UTC").from).toBe("2025-01-01");
    expect(() => resolveReportRange({ from: "2025-01-01", to: "2026-01-02" }, now, "UTC")).toThrow(/367 days; at most 366/);
  });

  it("refuses dates that do not exist, with a validation_failed code", () => {
    expect(() => resolveReportRange({ from: "2026-02-30" }, now, "UTC")).toThrow(expect.objectContaining({ code: "validation_failed" }));
  });
});
