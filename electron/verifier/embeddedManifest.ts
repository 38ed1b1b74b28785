/**
 * Reads the report manifest a revision references: the catalog's /Names /EmbeddedFiles name tree (or its /AF
 * associated files) → the file specification named `firebreak-manifest.json` → its /EF embedded-file stream. Never
 * found by searching bytes, so text elsewhere in the file cannot stand in for it.
 */
import { anyReportManifestSchema, MANIFEST_FILE_NAME, type AnyReportManifest } from '../../shared/reports/manifest';
import { decodeStream, type PdfDocument } from './pdfDocument';
import { dictGet, PdfSyntaxError, type PdfValue } from './pdfLexer';
import { decodeTextString } from './pdfText';

const MAX_TREE_NODES = 2_000;
const MAX_TREE_DEPTH = 16;

export interface EmbeddedManifest {
  /** The embedded file's exact bytes, to compare revisions. */
  readonly bytes: Buffer;
  readonly manifest: AnyReportManifest | null;
}

function fileSpecsInNameTree(document: PdfDocument, revision: number, root: PdfValue | undefined): PdfValue[] {
  const specs: PdfValue[] = [];
  let nodes = 0;
  const visit = (value: PdfValue | undefined, depth: number): void => {
    if (++nodes > MAX_TREE_NODES || depth > MAX_TREE_DEPTH) throw new PdfSyntaxError('The name tree is too large.');
    const node = document.resolve(value, revision);
    const names = document.resolve(dictGet(node, 'Names'), revision);
    if (names?.kind === 'array') {
      for (let i = 0; i + 1 < names.items.length; i += 2) {
        const key = document.resolve(names.items[i], revision);
        const spec = names.items[i + 1];
        if (decodeTextString(key) === MANIFEST_FILE_NAME && spec !== undefined) specs.push(spec);
      }
    }
    const kids = document.resolve(dictGet(node, 'Kids'), revision);
    if (kids?.kind === 'array') for (const kid of kids.items) visit(kid, depth + 1);
  };
  if (root !== undefined) visit(root, 0);
  return specs;
}

function associatedFileSpecs(document: PdfDocument, revision: number, af: PdfValue | undefined): PdfValue[] {
  const list = document.resolve(af, revision);
  if (list?.kind !== 'array') return [];
  return list.items.filter((spec) => {
    const dict = document.resolve(spec, revision);
    return [decodeTextString(dictGet(dict, 'UF')), decodeTextString(dictGet(dict, 'F'))].includes(MANIFEST_FILE_NAME);
  });
}

function embeddedFile(document: PdfDocument, revision: number, spec: PdfValue): Buffer | undefined {
  const ef = document.resolve(dictGet(document.resolve(spec, revision), 'EF'), revision);
  const file = dictGet(ef, 'F') ?? dictGet(ef, 'UF');
  if (file?.kind !== 'ref') return undefined;
  const object = document.resolveObject(file.num, revision);
  if (object?.stream === undefined || object.value.kind !== 'dict') return undefined;
  return decodeStream(object.value, object.stream);
}

function parseManifest(bytes: Buffer): AnyReportManifest | null {
  try {
    const parsed = anyReportManifestSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The manifest revision `revision` references, `undefined` when it references none. */
export function readEmbeddedManifest(document: PdfDocument, revision: number): EmbeddedManifest | undefined {
  const catalog = document.catalog(revision);
  const names = document.resolve(catalog?.entries.get('Names'), revision);
  const specs = [
    ...fileSpecsInNameTree(document, revision, dictGet(names, 'EmbeddedFiles')),
    ...associatedFileSpecs(document, revision, catalog?.entries.get('AF')),
  ];
  for (const spec of specs) {
    const bytes = embeddedFile(document, revision, spec);
    if (bytes === undefined) continue;
    return { bytes, manifest: parseManifest(bytes) };
  }
  return undefined;
}
