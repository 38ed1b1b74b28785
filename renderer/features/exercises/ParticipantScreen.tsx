/**
 * The participant screen, for the projector: the EXERCISE marking, the exercise's reference and title, the scenario
 * update of the module being played, and the released injects, newest first, large enough to read across a room. It
 * reads `participantView` only — start and release events mapped through the participant schemas — so notes,
 * expected actions, discussion questions and unreleased injects never reach it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { DELIVERY_METHOD_LABELS, INJECT_TYPE_LABELS } from '../../../shared/domain/exercises/scenario';
import { useDatabase } from '../../app/DatabaseContext';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { participantView } from '../../db/exercises/queries';
import { DateTime } from '../../ui/DateTime';

export function ParticipantScreen({ id }: { readonly id: string }) {
  const db = useDatabase();
  const view = useLiveQuery(() => participantView(db, id), [db, id]);
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
          {[latest, ...earlier].map(({ inject, releasedAt }, index) => (
            <li
              key={inject.id}
              className={index === 0 ? 'participant-inject participant-inject-latest' : 'participant-inject'}
            >
              <p className="participant-inject-meta">
                Inject {inject.sequence} · {INJECT_TYPE_LABELS[inject.type]} · {DELIVERY_METHOD_LABELS[inject.delivery]}{' '}
                · released <DateTime iso={releasedAt} format="auto" />
              </p>
              <h2 className="participant-inject-title">{inject.title}</h2>
              <p className="participant-inject-route">
                From {inject.from} · To {inject.to}
              </p>
              <p className="participant-inject-content">{inject.content}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
