import { cn } from './cn';
import { formatDateTime, toDate, type DateTimeStyle } from './format-date-time';

export interface DateTimeProps {
  /** UTC ISO string from the API, or a Date (superjson). */
  value: string | Date;
  style?: DateTimeStyle;
  locale?: string;
  /** IANA zone, e.g. the store's zone; UTC by default so server and client agree. */
  timeZone?: string;
  className?: string;
}

export function DateTime({
  value,
  style = 'datetime',
  locale,
  timeZone = 'UTC',
  className,
}: DateTimeProps) {
  const date = toDate(value);
  return (
    <time
      dateTime={date.toISOString()}
      // The tooltip always carries date, time and zone, whatever the visible style.
      title={`${formatDateTime(date, { locale, timeZone, style: 'datetime' })} ${timeZone}`}
      className={cn('tabular-nums', className)}
    >
      {formatDateTime(date, { locale, timeZone, style })}
    </time>
  );
}
