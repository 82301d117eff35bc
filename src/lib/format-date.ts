/**
 * Every date the reader shows is formatted here. Times are shown in the
 * reader's time zone. A date-only value (`dateOnly`: the file gave a day and
 * no time) is that calendar day wherever it is read: its `published` is the
 * day's midnight UTC, the evening before west of Greenwich, so it is shown
 * in UTC and never with a time. `zone` lets tests pick a time zone.
 */
export type Dated = { published: string; dateOnly?: true };
export type Zone = { timeZone?: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify(options);
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat('en-GB', options);
    formatters.set(key, found);
  }
  return found;
}
// Made on first use, not when the module loads: the first one costs a phone
// tens of milliseconds (the locale's data), which would lengthen the app's
// start, a task nothing else can run during.
let relativeFormat: Intl.RelativeTimeFormat | undefined;
const relative = () => (relativeFormat ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' }));
const DAY_MS = 24 * 3600 * 1000;

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const zoneOf = (when: Dated, zone: Zone) => (when.dateOnly ? 'UTC' : zone.timeZone);

function dateOf(when: Dated): Date | undefined {
  const date = new Date(when.published);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** "24 Aug 2021, 08:58"; "24 Aug 2021" for a date-only value. */
export function formatDate(when: Dated, zone: Zone = {}): string {
  const date = dateOf(when);
  if (!date) return when.published;
  const time: Intl.DateTimeFormatOptions = when.dateOnly ? {} : { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  return formatter({ day: 'numeric', month: 'short', year: 'numeric', ...time, timeZone: zoneOf(when, zone) }).format(date);
}

/** "24 Aug 2021" (or "24 Aug"): the day alone, as `formatDate` would place it. */
export function formatDay(when: Dated, zone: Zone = {}, withYear = true): string {
  const date = dateOf(when);
  if (!date) return when.published;
  const year: Intl.DateTimeFormatOptions = withYear ? { year: 'numeric' } : {};
  return formatter({ day: 'numeric', month: 'short', ...year, timeZone: zoneOf(when, zone) }).format(date);
}

/** For `<time dateTime>`: a date-only value is a day, not an instant. */
export function dateTimeValue(when: Dated): string {
  return when.dateOnly ? when.published.slice(0, 10) : when.published;
}

/** `2021-08-24`: the calendar day a value falls on where it is shown. */
export function dayKey(when: Dated, zone: Zone = {}): string {
  const date = dateOf(when);
  if (when.dateOnly || !date) return when.published.slice(0, 10);
  const parts = formatter({ year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone.timeZone }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** "Tuesday, 24 August 2021": the heading of a day given by `dayKey`. */
export function formatDayHeading(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

function inUnits(seconds: number, smallest: Intl.RelativeTimeFormatUnit): string {
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return relative().format(Math.trunc(seconds / size), unit);
    if (unit === smallest) break;
  }
  return relative().format(0, smallest);
}

/**
 * "3 hours ago". A date-only value counts whole days from the reader's
 * today ("today", "yesterday", "3 years ago"): it has no hour to count from.
 */
export function formatRelative(when: Dated, now = Date.now(), zone: Zone = {}): string {
  const then = Date.parse(when.published);
  if (Number.isNaN(then)) return when.published;
  if (!when.dateOnly) return inUnits(Math.round((then - now) / 1000), 'second');
  const today = dayKey({ published: new Date(now).toISOString() }, zone);
  const days = Math.round((Date.parse(dayKey(when)) - Date.parse(today)) / DAY_MS);
  return inUnits(days * (DAY_MS / 1000), 'day');
}

/** "23 Aug 2021", "23 Aug – 25 Aug 2021" or "30 Dec 2020 – 2 Jan 2021". */
export function formatDayRange(first: Dated, last: Dated, zone: Zone = {}): string {
  const end = formatDay(last, zone);
  const [firstDay, lastDay] = [dayKey(first, zone), dayKey(last, zone)];
  if (firstDay === lastDay) return end;
  return `${formatDay(first, zone, firstDay.slice(0, 4) !== lastDay.slice(0, 4))} – ${end}`;
}
