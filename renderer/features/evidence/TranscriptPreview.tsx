/** A prompt/response transcript shown as a conversation: one bubble per turn, content as text only. */
import { useEffect, useState } from 'react';
import { parseTranscript, type TranscriptTurn } from './previewKind';
import { TextPreview } from './TextPreview';

export function TranscriptPreview({ blob, totalSize }: { readonly blob: Blob; readonly totalSize: number }) {
  const [turns, setTurns] = useState<TranscriptTurn[] | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void blob.text().then((text) => {
      if (live) setTurns(parseTranscript(text));
    });
    return () => {
      live = false;
    };
  }, [blob]);
  if (turns === undefined) return <p className="muted">Reading…</p>;
  if (turns === null) return <TextPreview blob={blob} totalSize={totalSize} />;
  return (
    <ol className="transcript" aria-label="Conversation">
      {turns.map((turn, index) => (
        <li
          key={index}
          className={`turn turn-${turn.role === 'user' ? 'user' : turn.role === 'assistant' ? 'assistant' : 'other'}`}
        >
          <span className="turn-role">{turn.role}</span>
          <p className="turn-content">{turn.content}</p>
        </li>
      ))}
    </ol>
  );
}
