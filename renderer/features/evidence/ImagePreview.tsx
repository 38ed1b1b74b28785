/** An image shown from a blob: URL (the CSP allows img-src blob:); images cannot run script. */
import { useObjectUrl } from './useContentPrefix';

export function ImagePreview({ blob, name }: { readonly blob: Blob; readonly name: string }) {
  const url = useObjectUrl(blob);
  if (!url) return null;
  return <img className="image-preview" src={url} alt={`Preview of ${name}`} />;
}
