/**
 * The participant screen, for the projector: the EXERCISE marking, the exercise's reference and title, the scenario
 * update of the module being played, and the released injects, newest first, large enough to read across a room. It
 * holds participant events only — start and release events mapped through the participant schemas — so notes,
 * expected actions, discussion questions and unreleased injects never reach it. A release reaches it through the
 * participant feed (participantFeed.ts): announced by the releasing window with no read, or read by its key alone;
 * each release renders once (its card is memoised on the release).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { DELIVERY_METHOD_LABELS, INJECT_TYPE_LABELS } from '../../../shared/domain/exercises/scenario';
import { useDatabase } from '../../app/DatabaseContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import {
  listenToParticipantFeed,
  participantEventIds,
  participantEventsByIds,
  participantViewOf,
  type ParticipantEvent,
  type ParticipantRelease,
  type ParticipantView,
} from '../../db/exercises/participantFeed';
import { DateTime } from '../../ui/DateTime';

/** The participant events this screen holds, by id: announced ones applied at once, missed ones read by key. */
function useParticipantView(exerciseId: string): ParticipantView | undefined {
  const db = useDatabase();
  // Undefined until the first read; then the events held, by id (a new map only when one is new).
  const [held, setHeld] = useState<ReadonlyMap<string, ParticipantEvent>>();
  const apply = useCallback((events: readonly ParticipantEvent[]) => {
    setHeld((current) => {
      let next: Map<string, ParticipantEvent> | undefined;
      for (const event of events) {
        if (current?.has(event.id) || next?.has(event.id)) continue;
        next ??= new Map(current);
        next.set(event.id, event);
      }
      return next ?? current ?? new Map();
    });
  }, []);
  useEffect(() => listenToParticipantFeed(exerciseId, apply), [exerciseId, apply]);
  const ids = useLiveQuery(() => participantEventIds(db, exerciseId), [db, exerciseId]);
  const missing = useMemo(() => ids?.filter((id) => !held?.has(id)), [ids, held]);
  useEffect(() => {
    if (missing === undefined) return undefined;
    let live = true;
    void participantEventsByIds(db, exerciseId, missing).then((events) => {
      if (live) apply(events);
    });
    return () => {
      live = false;
    };
  }, [db, exerciseId, missing, apply]);
  return useMemo(() => (held === undefined ? undefined : participantViewOf(held.values())), [held]);
}

const ParticipantInjectCard = memo(function ParticipantInjectCard({
  release: { inject, releasedAt },
  latest,
}: {
  readonly release: ParticipantRelease;
  readonly latest: boolean;
}) {
  return (
    <li className={latest ? 'participant-inject participant-inject-latest' : 'participant-inject'}>
      <p className="participant-inject-meta">
        Inject {inject.sequence} · {INJECT_TYPE_LABELS[inject.type]} · {DELIVERY_METHOD_LABELS[inject.delivery]} ·
        released <DateTime iso={releasedAt} format="auto" />
      </p>
      <h2 className="participant-inject-title">{inject.title}</h2>
      <p className="participant-inject-route">
        From {inject.from} · To {inject.to}
      </p>
      <p className="participant-inject-content">{inject.content}</p>
    </li>
  );
});

export function ParticipantScreen({ id }: { readonly id: string }) {
  const view = useParticipantView(id);
  useDocumentTitle(view?.started ? `${view.exerciseRef} participant screen` : 'Participant screen');
  const [latest, ...earlier] = view?.injects ?? [];
  const module = view?.module;
  return (
    <div className="participant-screen">
      <header className="participant-header">
        <span className="participant-marking">EXERCISE</span>
        <h1>{view?.started ? `${view.exerciseRef} · ${view.title}` : 'Tabletop exercise'}</h1>
      </header>
      {module ? (
        <section className="participant-update" aria-labelledby="participant-update-title">
          <p className="participant-update-eyebrow">Scenario update</p>
          <h2 id="participant-update-title" className="participant-update-title">
            {module.title}
          </h2>
          <p className="participant-update-text">{module.update}</p>
        </section>
      ) : null}
      {view === undefined ? null : latest === undefined ? (
        <p className="participant-waiting" role="status">
          {view.started
            ? 'The exercise has started. The first inject will appear here.'
            : 'Waiting for the exercise to start.'}
        </p>
      ) : (
        <ol className="participant-injects" aria-label="Released injects" aria-live="polite">
          {[latest, ...earlier].map((release, index) => (
            <ParticipantInjectCard key={release.id} release={release} latest={index === 0} />
          ))}
        </ol>
      )}
    </div>
  );
}
