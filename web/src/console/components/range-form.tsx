import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useI18n } from "../lib/i18n";
import { TextField } from "./field";

export interface DateRange {
  from: string;
  to: string;
}

/** From/To day pickers (store days, both included); Apply loads the report again. */
export function RangeForm({
  range,
  onApply,
  children,
}: {
  range: DateRange;
  onApply(range: DateRange): void;
  children?: ComponentChildren;
}) {
  const { t } = useI18n();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  useEffect(() => {
    setFrom(range.from);
    setTo(range.to);
  }, [range.from, range.to]);
  return (
    <form
      class="row filters card"
      onSubmit={(e) => {
        e.preventDefault();
        onApply({ from, to });
      }}
    >
      <TextField
        label={t.dateRange.from}
        type="date"
        name="from"
        value={from}
        max={to || undefined}
        onInput={(e) => setFrom(e.currentTarget.value)}
      />
      <TextField
        label={t.dateRange.to}
        type="date"
        name="to"
        value={to}
        min={from || undefined}
        onInput={(e) => setTo(e.currentTarget.value)}
      />
      {children}
      <button type="submit" class="primary">
        {t.dateRange.apply}
      </button>
    </form>
  );
}
