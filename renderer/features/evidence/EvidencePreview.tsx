/**
 * Previews an item safely: text and logs (first megabytes, searchable), JSON pretty-printed, transcripts as a
 * conversation, images, PDFs, snapshots. Evidence is only ever text nodes, an <img> or the PDF viewer from a blob:
 * URL; no evidence is parsed as HTML and no script from it can run.
 */
import { formatBytes } from '../../../shared/domain/byteSize';
import type { EvidenceItem } from '../../../shared/domain/evidence/evidence';
import { ImagePreview } from './ImagePreview';
import { JsonPreview } from './JsonPreview';
import { PdfPreview } from './PdfPreview';
import { previewKindOf, TEXT_PREVIEW_BYTES, WHOLE_PREVIEW_LIMIT } from './previewKind';
import { SnapshotPreview } from './SnapshotPreview';
import { TextPreview } from './TextPreview';
import { TranscriptPreview } from './TranscriptPreview';
import { useContentPrefix } from './useContentPrefix';

function PreviewBody({ item }: { readonly item: EvidenceItem }) {
  const kind = previewKindOf(item);
  const whole = kind === 'image' || kind === 'pdf';
  const limit = whole
    ? WHOLE_PREVIEW_LIMIT
    : kind === 'json' || kind === 'transcript'
      ? TEXT_PREVIEW_BYTES * 4
      : TEXT_PREVIEW_BYTES;
  const content = useContentPrefix(
    item.sha256,
    limit,
    kind === 'pdf' ? 'application/pdf' : whole ? item.mediaType : '',
  );
  if (kind === 'snapshot' && item.snapshot) return <SnapshotPreview snapshot={item.snapshot} />;
  if (kind === 'none') return <p className="muted">No preview for {item.mediaType}. Export the item to open it.</p>;
  if (whole && item.size > WHOLE_PREVIEW_LIMIT) {
    return (
      <p className="muted">This file is {formatBytes(item.size)}, too large to preview here. Export it to open it.</p>
    );
  }
  if (content.status === 'loading') return <p className="muted">Reading the stored content…</p>;
  if (content.status === 'failed')
    return (
      <p className="form-alert" role="alert">
        {content.message}
      </p>
    );
  switch (kind) {
    case 'image':
      return <ImagePreview blob={content.blob} name={item.name} />;
    case 'pdf':
      return <PdfPreview blob={content.blob} name={item.name} />;
    case 'json':
      return <JsonPreview blob={content.blob} totalSize={item.size} />;
    case 'transcript':
      return <TranscriptPreview blob={content.blob} totalSize={item.size} />;
    default:
      return <TextPreview blob={content.blob} totalSize={item.size} />;
  }
}

export function EvidencePreview({ item }: { readonly item: EvidenceItem }) {
  return (
    <section className="panel panel-preview" aria-labelledby="preview-title">
      <h2 id="preview-title" className="panel-title">
        Preview
      </h2>
      <PreviewBody item={item} />
    </section>
  );
}
