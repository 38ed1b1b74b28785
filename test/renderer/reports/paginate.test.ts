import { describe, expect, it } from 'vitest';
import { paginate } from '../../../renderer/features/reports/layout/paginate';
import { PAGE, type DrawItem } from '../../../renderer/features/reports/layout/pageModel';
import { buildReport } from '../../../shared/reports/reportTypes';
import { exerciseReportSource } from '../../fixtures/exerciseReportSources';
import { reportSource } from '../../fixtures/reportSources';
import { reportMetrics } from '../../fixtures/signedReports';

const texts = (items: readonly DrawItem[]) => items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));

describe('report pagination', () => {
  const document = buildReport('incident-report', reportSource({ entries: 150, evidence: 40 }));
  const pages = paginate(document, reportMetrics());

  it('numbers every page "Page N of M"', () => {
    expect(pages.length).toBeGreaterThan(5);
    expect(pages.map((page) => texts(page.items).find((text) => text.startsWith('Page ')))).toEqual(
      pages.map((_, index) => `Page ${index + 1} of ${pages.length}`),
    );
  });

  it('repeats the table header on every page a table continues on', () => {
    const timelinePages = pages.filter((page) =>
      texts(page.items).some((text) => text.includes('(#60)') || text.includes('(#100)')),
    );
    expect(timelinePages.length).toBeGreaterThan(0);
    for (const page of timelinePages)
      expect(texts(page.items)).toEqual(expect.arrayContaining(['Event time', 'Entry time', 'What happened']));
  });

  it('keeps every line inside the margins and above the footer', () => {
    const metrics = reportMetrics();
    // The AAR/IP's cover banner carries the scenario's whole name, long enough to wrap.
    const aar = paginate(buildReport('after-action-report', exerciseReportSource({ injects: 20 })), metrics);
    expect(texts(aar[0]?.items ?? []).join(' ')).toContain('EXERCISE');
    for (const page of [...pages, ...aar]) {
      for (const item of page.items) {
        if (item.kind !== 'text') continue;
        expect(item.x + metrics.width(item.text, item.face, item.size)).toBeLessThanOrEqual(
          PAGE.width - PAGE.right + 0.5,
        );
        expect(item.y).toBeLessThan(PAGE.height - 20);
      }
    }
  });

  it('shows characters outside the bundled scripts as code points, with a note, never as empty boxes', () => {
    const all = pages.flatMap((page) => texts(page.items)).join('\n');
    expect(all.replace(/\s+/g, ' ')).toContain('中文 is set in Noto; [U+182E][U+1823] text falls back visibly');
    expect(all).toContain('Η ομάδα ενημερώθηκε. Команда уведомлена.');
    expect(all).toContain('2 characters are in a script the report font cannot show');
  });

  it('breaks a word wider than its column instead of letting it overflow', () => {
    const hashLines = pages.flatMap((page) => texts(page.items)).filter((text) => /^[0-9a-f]{20,}$/.test(text));
    expect(hashLines.length).toBeGreaterThan(0);
  });
});
