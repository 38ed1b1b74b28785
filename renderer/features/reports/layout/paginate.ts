/**
 * Lays a ReportDocument out on A4 pages in one pass: wraps every text, places blocks top to bottom, starts a new page
 * when the next line would not fit, repeats table headers on every page a table continues on, keeps a chart whole on
 * one page (followed by its values as a table), and adds the running header and the "Page N of M" footer once the
 * page count is known. Linear in the size of the report.
 */
import type { ReportBlock, ReportDocument, ReportField, ReportTableColumn } from '../../../../shared/reports/document';
import { chartTable } from '../../../../shared/reports/chart';
import { reportTime } from '../../../../shared/reports/format';
import { layoutChart } from './chartLayout';
import type { FontFace, FontMetrics } from './fontMetrics';
import { COLORS, CONTENT_WIDTH, PAGE, type DrawItem, type LaidOutPage } from './pageModel';
import { wrapText } from './wrapText';

const BODY = { size: 9.5, leading: 13.2 } as const;
const TABLE = { size: 7.8, leading: 10.2, padX: 4, padY: 3.5 } as const;
const FIELD_LABEL_WIDTH = 150;

/** A wrapped text as the writer cached it: its lines and how many characters `visibleText` replaced. */
interface WrappedText {
  readonly lines: readonly string[];
  readonly replaced: number;
}

/**
 * Distinct wrapped texts kept per layout. Tables repeat the same cells (kinds, names, statuses, hashes cited twice)
 * and each would otherwise be re-measured, and a long word re-measured once per character; past this many distinct
 * texts the cache starts again, so a 1,000-page report's layout holds at most this many.
 */
const WRAP_CACHE_LIMIT = 20_000;

class PageWriter {
  readonly pages: DrawItem[][] = [[]];
  y: number = PAGE.top;
  replaced = 0;
  /** Wrapped texts by style (face, size, width), then by the text itself: a text's hash is kept on the string. */
  private readonly wrapped = new Map<string, Map<string, WrappedText>>();
  private cached = 0;

  constructor(readonly metrics: FontMetrics) {}

  get items(): DrawItem[] {
    return this.pages[this.pages.length - 1]!;
  }

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > PAGE.top) this.newPage();
  }

  visible(text: string): string {
    const shown = this.metrics.visibleText(text);
    this.replaced += shown.replaced;
    return shown.text;
  }

  /** `text` wrapped to `width`, measured once per distinct (text, width, face, size) in this layout. */
  lines(text: string, width: number, face: FontFace, size: number): readonly string[] {
    const style = `${face} ${size} ${width}`;
    let byText = this.wrapped.get(style);
    if (byText === undefined) {
      byText = new Map();
      this.wrapped.set(style, byText);
    }
    let wrapped = byText.get(text);
    if (wrapped === undefined) {
      const shown = this.metrics.visibleText(text);
      wrapped = { lines: wrapText(shown.text, width, face, size, this.metrics), replaced: shown.replaced };
      if (this.cached >= WRAP_CACHE_LIMIT) {
        for (const texts of this.wrapped.values()) texts.clear();
        this.cached = 0;
      }
      byText.set(text, wrapped);
      this.cached++;
    }
    this.replaced += wrapped.replaced;
    return wrapped.lines;
  }

  text(x: number, y: number, text: string, face: FontFace, size: number, color: string = COLORS.text): void {
    if (text !== '') this.items.push({ kind: 'text', x, y, text, face, size, color });
  }

  rect(x: number, y: number, w: number, h: number, color: string): void {
    this.items.push({ kind: 'rect', x, y, w, h, color });
  }
}

function writeParagraph(
  writer: PageWriter,
  text: string,
  face: FontFace,
  size: number,
  leading: number,
  color: string,
) {
  for (const line of writer.lines(text, CONTENT_WIDTH, face, size)) {
    writer.ensure(leading);
    writer.text(PAGE.left, writer.y, line, face, size, color);
    writer.y += leading;
  }
}

function writeFields(writer: PageWriter, fields: readonly ReportField[]) {
  const valueWidth = CONTENT_WIDTH - FIELD_LABEL_WIDTH;
  for (const field of fields) {
    const face: FontFace = field.mono ? 'mono' : 'regular';
    const size = field.mono ? 8.2 : BODY.size;
    const labelLines = writer.lines(field.label, FIELD_LABEL_WIDTH - 10, 'bold', 8.5);
    const valueLines = writer.lines(field.value === '' ? '—' : field.value, valueWidth, face, size);
    const rows = Math.max(labelLines.length, valueLines.length);
    writer.ensure(Math.min(rows, 3) * BODY.leading);
    for (let i = 0; i < rows; i++) {
      writer.ensure(BODY.leading);
      writer.text(PAGE.left, writer.y + 0.8, labelLines[i] ?? '', 'bold', 8.5, COLORS.muted);
      writer.text(PAGE.left + FIELD_LABEL_WIDTH, writer.y, valueLines[i] ?? '', face, size);
      writer.y += BODY.leading;
    }
    writer.y += 2.5;
  }
}

function columnGeometry(columns: readonly ReportTableColumn[]) {
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  let x = PAGE.left;
  return columns.map((column) => {
    const width = (column.width / total) * CONTENT_WIDTH;
    const geometry = { x, width, face: (column.mono ? 'mono' : 'regular') as FontFace };
    x += width;
    return geometry;
  });
}

function writeTable(writer: PageWriter, block: Extract<ReportBlock, { kind: 'table' }>) {
  if (block.rows.length === 0) {
    writeParagraph(writer, block.empty, 'regular', BODY.size, BODY.leading, COLORS.muted);
    return;
  }
  const geometry = columnGeometry(block.columns);
  const headerLines = block.columns.map((column, i) =>
    writer.lines(column.header, geometry[i]!.width - 2 * TABLE.padX, 'bold', TABLE.size),
  );
  const headerHeight = Math.max(...headerLines.map((lines) => lines.length)) * TABLE.leading + 2 * TABLE.padY;
  const drawHeader = () => {
    writer.rect(PAGE.left, writer.y, CONTENT_WIDTH, headerHeight, COLORS.headerFill);
    headerLines.forEach((lines, i) =>
      lines.forEach((line, n) =>
        writer.text(geometry[i]!.x + TABLE.padX, writer.y + TABLE.padY + n * TABLE.leading, line, 'bold', TABLE.size),
      ),
    );
    writer.y += headerHeight;
  };
  writer.ensure(headerHeight + TABLE.leading + 2 * TABLE.padY);
  drawHeader();
  block.rows.forEach((row, rowIndex) => {
    const cells = geometry.map((column, i) =>
      writer.lines(row[i] ?? '', column.width - 2 * TABLE.padX, column.face, TABLE.size),
    );
    const lineCount = Math.max(1, ...cells.map((lines) => lines.length));
    let from = 0;
    while (from < lineCount) {
      const room = Math.floor((writer.bottom - writer.y - 2 * TABLE.padY) / TABLE.leading);
      const remaining = lineCount - from;
      const fitsOnFreshPage = remaining * TABLE.leading + 2 * TABLE.padY <= writer.bottom - PAGE.top - headerHeight;
      // A row that fits on a fresh page moves there whole; a taller one is split across pages.
      if (room < remaining && (fitsOnFreshPage || room < 3)) {
        writer.newPage();
        drawHeader();
        continue;
      }
      const take = Math.min(room, lineCount - from);
      const height = take * TABLE.leading + 2 * TABLE.padY;
      if (rowIndex % 2 === 1) writer.rect(PAGE.left, writer.y, CONTENT_WIDTH, height, COLORS.zebra);
      cells.forEach((lines, i) => {
        for (let n = 0; n < take; n++) {
          const line = lines[from + n];
          if (line !== undefined) {
            writer.text(
              geometry[i]!.x + TABLE.padX,
              writer.y + TABLE.padY + n * TABLE.leading,
              line,
              geometry[i]!.face,
              TABLE.size,
            );
          }
        }
      });
      writer.y += height;
      writer.rect(PAGE.left, writer.y - 0.4, CONTENT_WIDTH, 0.4, COLORS.rule);
      from += take;
    }
  });
  writer.y += 4;
}

/** The chart on one page (a new one when it does not fit), then its values as a table for readers and extraction. */
function writeChart(writer: PageWriter, block: Extract<ReportBlock, { kind: 'chart' }>) {
  writer.y += 4;
  const chart = layoutChart(block, PAGE.left, 0, CONTENT_WIDTH, {
    metrics: writer.metrics,
    visible: (text) => writer.visible(text),
  });
  writer.ensure(chart.height);
  const top = writer.y;
  for (const item of chart.items) {
    writer.items.push(
      item.kind === 'line'
        ? { ...item, points: item.points.map((point) => ({ x: point.x, y: point.y + top })) }
        : { ...item, y: item.y + top },
    );
  }
  writer.y += chart.height + 4;
  writeTable(writer, chartTable(block));
}

function writeBlock(writer: PageWriter, block: ReportBlock) {
  switch (block.kind) {
    case 'heading':
      writer.y += 10;
      // Keep a heading with at least three lines of what follows.
      writer.ensure(22 + 3 * BODY.leading);
      writer.text(PAGE.left, writer.y, writer.visible(block.text), 'bold', 13, COLORS.accent);
      writer.y += 17;
      writer.rect(PAGE.left, writer.y, CONTENT_WIDTH, 0.6, COLORS.rule);
      writer.y += 7;
      return;
    case 'subheading':
      writer.y += 5;
      writer.ensure(16 + 3 * BODY.leading);
      writeParagraph(writer, block.text, 'bold', 10, 14, COLORS.text);
      writer.y += 2;
      return;
    case 'paragraph':
      writeParagraph(
        writer,
        block.text,
        'regular',
        BODY.size,
        BODY.leading,
        block.tone === 'muted' ? COLORS.muted : block.tone === 'warning' ? COLORS.warning : COLORS.text,
      );
      writer.y += 5;
      return;
    case 'fields':
      writeFields(writer, block.fields);
      writer.y += 4;
      return;
    case 'table':
      writeTable(writer, block);
      return;
    case 'chart':
      writeChart(writer, block);
      return;
  }
}

function writeCover(writer: PageWriter, document: ReportDocument) {
  writer.text(PAGE.left, writer.y, document.kind.toUpperCase(), 'bold', 10, COLORS.accent);
  writer.y += 20;
  for (const line of writer.lines(document.title, CONTENT_WIDTH, 'bold', 20)) {
    writer.text(PAGE.left, writer.y, line, 'bold', 20);
    writer.y += 25;
  }
  writer.y += 2;
  // The banner wraps like the title: an exercise's carries its scenario's whole name.
  const banner = `${document.subject.ref}  ·  ${writer.visible(document.banner)}`;
  for (const line of writer.lines(banner, CONTENT_WIDTH, 'regular', 11)) {
    writer.text(PAGE.left, writer.y, line, 'regular', 11, COLORS.muted);
    writer.y += 15;
  }
  writer.y += 7;
  writer.rect(PAGE.left, writer.y, CONTENT_WIDTH, 1.2, COLORS.accent);
  writer.y += 14;
  writeFields(writer, document.cover);
  writer.y += 6;
}

function writeChrome(writer: PageWriter, document: ReportDocument) {
  const total = writer.pages.length;
  const generated = `Generated by ${writer.visible(document.generatedBy)} on ${reportTime(document.generatedAt)} with Firebreak`;
  const fingerprint =
    document.signerFingerprint === ''
      ? 'Unsigned preview'
      : `Signing certificate SHA-256 ${document.signerFingerprint}`;
  const right = (text: string, face: FontFace, size: number) =>
    PAGE.width - PAGE.right - writer.metrics.width(text, face, size);
  writer.pages.forEach((items, index) => {
    const footerY = PAGE.height - PAGE.bottom + 22;
    items.push(
      { kind: 'rect', x: PAGE.left, y: PAGE.top - 14, w: CONTENT_WIDTH, h: 0.5, color: COLORS.rule },
      {
        kind: 'text',
        x: PAGE.left,
        y: PAGE.top - 26,
        text: `${document.subject.ref} · ${document.kind}`,
        face: 'bold',
        size: 7.5,
        color: COLORS.muted,
      },
      {
        kind: 'text',
        x: right('Firebreak', 'regular', 7.5),
        y: PAGE.top - 26,
        text: 'Firebreak',
        face: 'regular',
        size: 7.5,
        color: COLORS.muted,
      },
      { kind: 'rect', x: PAGE.left, y: footerY - 6, w: CONTENT_WIDTH, h: 0.5, color: COLORS.rule },
      { kind: 'text', x: PAGE.left, y: footerY, text: generated, face: 'regular', size: 7, color: COLORS.muted },
      { kind: 'text', x: PAGE.left, y: footerY + 10, text: fingerprint, face: 'mono', size: 6.6, color: COLORS.muted },
      {
        kind: 'text',
        x: right(`Page ${index + 1} of ${total}`, 'bold', 7.5),
        y: footerY,
        text: `Page ${index + 1} of ${total}`,
        face: 'bold',
        size: 7.5,
        color: COLORS.text,
      },
    );
  });
}

/** Lays out `document` as its report type declared (`document.layout`). */
export function paginate(document: ReportDocument, metrics: FontMetrics): LaidOutPage[] {
  const writer = new PageWriter(metrics);
  writeCover(writer, document);
  if (document.layout.coverPageBreak) writer.newPage();
  for (const block of document.blocks) writeBlock(writer, block);
  if (writer.replaced > 0) {
    writer.y += 8;
    writeParagraph(
      writer,
      `Note: ${writer.replaced} character${writer.replaced === 1 ? ' is' : 's are'} in a script the report font cannot show; ` +
        'each is printed as its Unicode code point, [U+XXXX]. The record in Firebreak keeps the original text.',
      'regular',
      BODY.size,
      BODY.leading,
      COLORS.warning,
    );
  }
  writeChrome(writer, document);
  return writer.pages.map((items) => ({ items }));
}
