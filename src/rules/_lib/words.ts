/** "2029, 2030 and 2031". */
export function listWords(items: readonly (string | number)[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The text with its first letter in capitals. */
export function capital(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** "40 %" for 0.4. */
export function percent(share: number): string {
  return `${Math.round(share * 100)} %`;
}

/** "1 theme", "2 themes". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** "5 weeks", "5 weeks and 1 day", "3 days": a span of days in weeks and days. */
export function weeksAndDays(days: number): string {
  const weeks = Math.floor(Math.abs(days) / 7);
  const rest = Math.abs(days) % 7;
  const parts: string[] = [];
  if (weeks > 0) parts.push(count(weeks, "week"));
  if (rest > 0 || weeks === 0) parts.push(count(rest, "day"));
  return parts.join(" and ");
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** "Saturday" for weekday 6. */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday] ?? "";
}
