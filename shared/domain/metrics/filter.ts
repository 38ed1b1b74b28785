/**
 * What the dashboard and the metrics report count: a period of declaration (a preset relative to now, or all time),
 * severities and incident types (none chosen means all). The shape crosses into the metrics worker, so it is a zod
 * schema; the preset periods resolve to epoch-millisecond bounds with `periodBounds`.
 */
import { z } from 'zod';
import { incidentTypeSchema, severitySchema, type IncidentType } from '../incidents/taxonomy';

export const PERIODS = ['all', '30d', '90d', '12m', 'ytd'] as const;
export const periodSchema = z.enum(PERIODS, { error: 'Choose a period from the list.' });
export type Period = z.infer<typeof periodSchema>;

export const PERIOD_LABELS: Readonly<Record<Period, string>> = {
  all: 'All time',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
  '12m': 'Last 12 months',
  ytd: 'This year',
};

export const metricsFilterSchema = z.object({
  period: periodSchema.default('all'),
  severities: z.array(severitySchema).max(4).default([]),
  types: z.array(incidentTypeSchema).max(13).default([]),
});
export type MetricsFilter = z.infer<typeof metricsFilterSchema>;

export const ALL_INCIDENTS: MetricsFilter = { period: 'all', severities: [], types: [] };

const DAY = 86_400_000;

/** The declaration times a period covers, [from, to) in epoch milliseconds; null is unbounded. */
export function periodBounds(period: Period, now: number): { from: number | null; to: number | null } {
  switch (period) {
    case 'all':
      return { from: null, to: null };
    case '30d':
      return { from: now - 30 * DAY, to: now + 1 };
    case '90d':
      return { from: now - 90 * DAY, to: now + 1 };
    case '12m': {
      const start = new Date(now);
      start.setFullYear(start.getFullYear() - 1);
      return { from: start.getTime(), to: now + 1 };
    }
    case 'ytd':
      return { from: new Date(new Date(now).getFullYear(), 0, 1).getTime(), to: now + 1 };
  }
}

/** The filter in words, for captions, file names and the report: "Last 90 days · SEV1, SEV2 · all types". */
export function describeFilter(filter: MetricsFilter, typeLabel: (type: IncidentType) => string): string {
  const severities = filter.severities.length === 0 ? 'all severities' : filter.severities.join(', ');
  const types = filter.types.length === 0 ? 'all types' : filter.types.map(typeLabel).join(', ');
  return `${PERIOD_LABELS[filter.period]} · ${severities} · ${types}`;
}
