/**
 * A moment shown in the responder's zone with the zone named; optionally relative; UTC in the tooltip. This and
 * formatTime.ts are the only places the renderer turns a timestamp into words.
 */
import { memo, useCallback } from 'react';
import { formatDateTime, formatMoment, formatRelative, formatUtc } from './formatTime';
import { useNowDerived } from './useNow';

export interface DateTimeProps {
  readonly iso: string;
  /**
   * 'full': always "22 Nov 2026, 07:31 CET"; 'auto': "07:31 CET" while the moment is today, with the date on any
   * other day (and it changes at midnight without a reload).
   */
  readonly format?: 'full' | 'auto';
  readonly relative?: boolean;
}

function RelativeTime({ iso }: { readonly iso: string }) {
  const text = useNowDerived(useCallback((now: number) => formatRelative(iso, now), [iso]));
  return <span className="datetime-relative"> ({text})</span>;
}

function AutoMoment({ iso }: { readonly iso: string }) {
  return <>{useNowDerived(useCallback((now: number) => formatMoment(iso, now), [iso]))}</>;
}

function DateTimeView({ iso, format = 'full', relative = false }: DateTimeProps) {
  return (
    <time className="datetime" dateTime={iso} title={formatUtc(iso)}>
      {format === 'auto' ? <AutoMoment iso={iso} /> : formatDateTime(iso)}
      {relative ? <RelativeTime iso={iso} /> : null}
    </time>
  );
}

/**
 * Memoised on its props (all plain values): a panel that re-renders for one changed time re-renders only that time's
 * element, and the relative and 'auto' parts still follow the clock on their own.
 */
export const DateTime = memo(DateTimeView);
