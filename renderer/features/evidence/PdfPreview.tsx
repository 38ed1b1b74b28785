/**
 * A PDF in the browser's own viewer from a blob: URL typed application/pdf (CSP object-src blob: only). The viewer
 * runs outside the page, so nothing in the PDF can reach the console; where no viewer exists, export to read it.
 */
import { useObjectUrl } from './useContentPrefix';

export function PdfPreview({ blob, name }: { readonly blob: Blob; readonly name: string }) {
  const url = useObjectUrl(blob);
  if (!url) return null;
  return (
    <object className="pdf-preview" data={url} type="application/pdf" aria-label={`Preview of ${name}`}>
      <p className="muted">This viewer cannot show PDFs inline. Export the item to read it.</p>
    </object>
  );
}
