// Activity dates as day numbers (days since 1970-01-01), so periods compare with integer arithmetic.
// A bare year covers the whole year: 1 January when it opens a period, 31 December when it closes one.

const ACTIVITY_DATE = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/u;

/** Day number of the first day of `value` ("2026" → 1 January 2026). */
export function startDay(value: string): number {
  const match = ACTIVITY_DATE.exec(value);
  const year = Number(match?.[1]);
  return (
    Date.UTC(year, match?.[2] === undefined ? 0 : Number(match[2]) - 1, Number(match?.[3] ?? 1)) / 86_400_000
  );
}

/** Day number of the last day of `value` ("2026" → 31 December 2026). */
export function endDay(value: string): number {
  const match = ACTIVITY_DATE.exec(value);
  const year = Number(match?.[1]);
  if (match?.[2] === undefined) return Date.UTC(year, 11, 31) / 86_400_000;
  return Date.UTC(year, Number(match[2]) - 1, Number(match[3])) / 86_400_000;
}

/** A day number written YYYY-MM-DD. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
