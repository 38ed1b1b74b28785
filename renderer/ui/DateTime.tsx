/** A moment shown in the responder's zone with the zone named; optionally relative; UTC in the tooltip. */
import { formatDateTime, formatRelative, formatTime, formatUtc } from './formatTime';
import { useNow } from './useNow';

export interface DateTimeProps {
  readonly iso: string;
  /** 'full': "22 Nov 2026, 07:31 CET"; 'time': "07:31 CET". */
  readonly format?: 'full' | 'time';
  readonly relative?: boolean;
}

function RelativeTime({ iso }: { readonly iso: string }) {
  const now = useNow();
  return <span className="datetime-relative"> ({formatRelative(iso, now)})</span>;
}

export function DateTime({ iso, format = 'full', relative = false }: DateTimeProps) {
  return (
    <time className="datetime" dateTime={iso} title={formatUtc(iso)}>
      {format === 'time' ? formatTime(iso) : formatDateTime(iso)}
      {relative ? <RelativeTime iso={iso} /> : null}
    </time>
  );
}
