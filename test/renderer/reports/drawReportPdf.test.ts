/**
 * The report's own text drawing (`PageText` in drawReportPdf.ts) against pdfkit's `text()`, which it replaces: the
 * same laid-out pages drawn both ways must extract to the same text, word for word at the same place (pdftotext
 * -bbox), including shaped Arabic, right-to-left Hebrew, CJK, emoji and a combining mark drawn off the baseline.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import type { FontkitFont } from 'fontkit';
import { drawReportPdf } from '../../../renderer/features/reports/drawReportPdf';
import { pdfFontName, type FontFace, type ReportFonts } from '../../../renderer/features/reports/layout/fontMetrics';
import { paginate } from '../../../renderer/features/reports/layout/paginate';
import type { LaidOutPage } from '../../../renderer/features/reports/layout/pageModel';
import { buildReport } from '../../../shared/reports/reportTypes';
import { reportIncident, reportSource } from '../../fixtures/reportSources';
import { reportFonts } from '../../fixtures/signedReports';

/** pdfkit's text API as the report drew with it before: one `text()` call per line. */
interface TextApi {
  font(src: FontkitFont, name: string): TextApi;
  fontSize(size: number): TextApi;
  fillColor(color: string): TextApi;
  text(text: string, x: number, y: number, options: { readonly lineBreak: false }): TextApi;
  rect(x: number, y: number, w: number, h: number): TextApi;
  fill(color: string): TextApi;
  addPage(options: { readonly size: readonly [number, number]; readonly margin: number }): TextApi;
  on(event: string, listener: (chunk?: Uint8Array) => void): TextApi;
  end(): void;
}

/** The same pages drawn with pdfkit's `text()` (the reference), in the same order as the report draws them. */
function drawWithPdfkitText(pages: readonly LaidOutPage[], fonts: ReportFonts): Promise<Uint8Array> {
  const pdf = new PDFDocument({ autoFirstPage: false, compress: true }) as unknown as TextApi;
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve) => {
    pdf.on('data', (chunk) => chunks.push(chunk!));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
  });
  for (const page of pages) {
    pdf.addPage({ size: [595.28, 841.89], margin: 0 });
    for (const item of page.items) if (item.kind === 'rect') pdf.rect(item.x, item.y, item.w, item.h).fill(item.color);
    for (const face of ['regular', 'bold', 'mono'] as FontFace[]) {
      for (const item of page.items) {
        if (item.kind !== 'text' || item.face !== face) continue;
        pdf.fontSize(item.size).fillColor(item.color);
        const runs = fonts.metrics.runs(item.text, face, item.size);
        if (runs === null) {
          pdf.font(fonts.typefaces[face], pdfFontName(face)).text(item.text, item.x, item.y, { lineBreak: false });
        } else {
          for (const run of runs) {
            pdf.font(run.font, run.fontName).text(run.text, item.x + run.x, item.y, { lineBreak: false });
          }
        }
      }
    }
  }
  pdf.end();
  return done;
}

async function words(bytes: Uint8Array): Promise<{ text: string; box: number[] }[]> {
  const dir = await mkdtemp(join(tmpdir(), 'firebreak-draw-'));
  const path = join(dir, 'report.pdf');
  await writeFile(path, bytes);
  const result = spawnSync('pdftotext', ['-bbox', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return [
    ...result.stdout.matchAll(/<word xMin="([^"]+)" yMin="([^"]+)" xMax="([^"]+)" yMax="([^"]+)">([^<]*)<\/word>/g),
  ].map((match) => ({ text: match[5]!, box: match.slice(1, 5).map(Number) }));
}

describe('report text drawing', () => {
  it('puts every word where pdfkit text() puts it, in every script', async () => {
    const summary =
      'Arabic: تم احتواء الحادث. Hebrew: האירוע נבלם. Chinese: 模型泄露了系统提示。 Japanese: モデルがシステム。\n' +
      'Emoji: 🔥 done. Marks: i̇ ǰ é. Kerning: AVATAR Ty Wo';
    const source = { ...reportSource({ entries: 60, evidence: 8 }), incident: reportIncident({ summary }) };
    const document = buildReport('incident-report', { ...source, generatedAt: '2026-11-30T12:00:00.000Z' });
    const fonts = reportFonts();
    const pages = paginate(document, fonts.metrics);

    const ours = await words(await drawReportPdf(document, pages, fonts));
    const reference = await words(await drawWithPdfkitText(pages, fonts));

    expect(ours.length).toBeGreaterThan(200);
    expect(ours.map((word) => word.text)).toEqual(reference.map((word) => word.text));
    for (const [index, word] of ours.entries()) {
      const expected = reference[index]!;
      for (const [k, value] of word.box.entries()) {
        expect(Math.abs(value - expected.box[k]!), `${word.text}: ${word.box} vs ${expected.box}`).toBeLessThan(0.001);
      }
    }
    const all = ours.map((word) => word.text).join('');
    for (const text of ['模型泄露了系统提示', '🔥', 'AVATAR']) expect(all).toContain(text);
  }, 60_000);
});
