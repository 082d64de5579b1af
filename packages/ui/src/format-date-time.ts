export type DateTimeStyle = 'date' | 'datetime' | 'time';

export interface FormatDateTimeOptions {
  locale?: string;
  /** IANA zone. Defaults to UTC so server and browser render the same text (no hydration mismatch). */
  timeZone?: string;
  style?: DateTimeStyle;
}

const styleOptions: Record<DateTimeStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  datetime: { dateStyle: 'medium', timeStyle: 'short' },
  time: { timeStyle: 'short' },
};

/** Accepts an ISO string (API output) or a Date (superjson revives Dates). */
export function toDate(value: string | Date): Date {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`Invalid date: ${String(value)}`);
  }
  return date;
}

export function formatDateTime(value: string | Date, options: FormatDateTimeOptions = {}): string {
  const { locale = 'en-US', timeZone = 'UTC', style = 'datetime' } = options;
  return new Intl.DateTimeFormat(locale, { ...styleOptions[style], timeZone }).format(
    toDate(value),
  );
}
