/**
 * Wording shared by report builders: times in UTC (a report is read in other time zones), lists, durations. Sizes
 * are printed as on screen (`shared/domain/byteSize.ts`).
 */
export function reportTime(iso: string | undefined): string {
  if (iso === undefined || iso === '') return '—';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  return `${new Date(time).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

export function listOrNone(items: readonly string[], none = 'None recorded'): string {
  return items.length === 0 ? none : items.join(', ');
}

export function durationBetween(fromIso: string, toIso: string): string {
  const minutes = Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h ${minutes % 60} min`;
  return `${Math.floor(hours / 24)} days ${hours % 24} h`;
}
