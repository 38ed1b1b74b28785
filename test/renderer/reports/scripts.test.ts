/**
 * Reports in the scripts regulators and affected people write in: Arabic and Hebrew (shaped, right to left, inside a
 * left-to-right report), Chinese and Japanese, and emoji, set in the bundled Noto fonts and extracted back from the
 * PDF by pdftotext. A script no bundled font covers still prints as [U+XXXX].
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fallbackFontsNeeded } from '../../../renderer/features/reports/layout/fontMetrics';
import { renderReportPdf } from '../../../renderer/features/reports/renderReportPdf';
import { buildReport } from '../../../shared/reports/reportTypes';
import { reportIncident, reportSource } from '../../fixtures/reportSources';
import { reportFonts, reportMetrics } from '../../fixtures/signedReports';

const ARABIC = 'تم احتواء الحادث';
const HEBREW = 'האירוע נבלם';
const CHINESE = '模型泄露了系统提示';
const JAPANESE = 'モデルがシステムプロンプトを漏洩しました';

async function pdfText(bytes: Uint8Array): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-scripts-'));
  const path = join(dir, 'report.pdf');
  await writeFile(path, bytes);
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('reports in every script', () => {
  it('prints Arabic, Hebrew, Chinese, Japanese and emoji that pdftotext reads back', async () => {
    const summary = `Arabic: ${ARABIC}.\nHebrew: ${HEBREW}.\nChinese: ${CHINESE}。\nJapanese: ${JAPANESE}。\nEmoji: 🔥 ⚠️ done.`;
    const source = { ...reportSource(), incident: reportIncident({ summary }) };
    const rendered = await renderReportPdf(buildReport('executive-brief', source), reportFonts());
    const text = await pdfText(rendered.bytes);
    for (const words of [CHINESE, JAPANESE, '🔥']) expect(text).toContain(words);
    // pdftotext gives each right-to-left word back letter for letter; it lists the words of a right-to-left
    // phrase inside a left-to-right line in the order they are drawn, so the words are checked one by one.
    for (const word of [...ARABIC.split(' '), ...HEBREW.split(' ')]) expect(text).toContain(word);
    expect(text).not.toContain('[U+');
  });

  it('orders a right-to-left phrase right to left inside a left-to-right line, in its own font', () => {
    const runs = reportMetrics().runs(`Status: ${HEBREW} confirmed`, 'regular', 10)!;
    // fontkit sets the Hebrew run right to left; the runs themselves come in visual order.
    // The first Hebrew word is drawn rightmost; spaces stay in the report's own face.
    const [first, second] = HEBREW.split(' ');
    expect(runs.map((run) => [run.fontName, run.text])).toEqual([
      ['firebreak-regular', 'Status: '],
      ['firebreak-fallback-hebrew', second],
      ['firebreak-regular', ' '],
      ['firebreak-fallback-hebrew', first],
      ['firebreak-regular', ' confirmed'],
    ]);
    expect(runs.map((run) => run.x)).toEqual(runs.map((run) => run.x).toSorted((a, b) => a - b));
    // Two right-to-left words with a Latin word between them in a right-to-left phrase: the first Hebrew word is
    // drawn rightmost.
    const mixed = reportMetrics().runs(`${HEBREW} 2026 ${ARABIC}`, 'regular', 10)!;
    expect(mixed.map((run) => run.text).join('|')).toEqual(
      [...ARABIC.split(' ').toReversed(), '2026', ...HEBREW.split(' ').toReversed()].join('| |'),
    );
    const twoWords = reportMetrics().runs(`${HEBREW}`, 'regular', 10)!;
    expect(twoWords.map((run) => run.text)).toEqual([second, ' ', first]);
    expect(reportMetrics().runs('Plain Latin line', 'regular', 10)).toBeNull();
  });

  it('fetches only the fallback fonts a document needs', () => {
    expect(fallbackFontsNeeded('Plain text, Ωμέγα, Кибер')).toEqual([]);
    expect(fallbackFontsNeeded(`${ARABIC} ${JAPANESE}`)).toEqual(['arabic', 'japanese', 'chinese']);
    expect(fallbackFontsNeeded('🔥')).toEqual(['emoji']);
  });
});
