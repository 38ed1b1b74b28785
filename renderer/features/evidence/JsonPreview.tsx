/** JSON pretty-printed as text (never evaluated, never HTML); falls back to plain text when it does not parse. */
import { useEffect, useState } from 'react';
import { TextPreview } from './TextPreview';

export function JsonPreview({ blob, totalSize }: { readonly blob: Blob; readonly totalSize: number }) {
  const [pretty, setPretty] = useState<Blob | null>(null);
  useEffect(() => {
    let live = true;
    void blob.text().then((text) => {
      let out = text;
      if (blob.size === totalSize) {
        try {
          out = JSON.stringify(JSON.parse(text), null, 2);
        } catch {
          out = text;
        }
      }
      if (live) setPretty(new Blob([out]));
    });
    return () => {
      live = false;
    };
  }, [blob, totalSize]);
  if (!pretty) return <p className="muted">Reading…</p>;
  return <TextPreview blob={pretty} totalSize={Math.max(totalSize, pretty.size)} />;
}
