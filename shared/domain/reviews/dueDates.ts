/**
 * Action items' due days: today's date where the person works, and whether an item is overdue. Plain functions with
 * no schema, so the metrics worker counts overdue items without loading zod.
 */
import type { ActionItem } from './actionItem';

/** Today's date (YYYY-MM-DD) in the zone the person works in: due dates are calendar days. */
export function localDate(at: Date, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** An item is overdue once its due day has passed and it is not done. */
export function isOverdue(item: Pick<ActionItem, 'dueDate' | 'status'>, today: string): boolean {
  return item.status !== 'done' && item.dueDate < today;
}
