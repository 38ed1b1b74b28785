/** The module being played: its scenario update and discussion questions. */
import type { ScenarioModule } from '../../../shared/domain/exercises/scenario';

export function ModulePanel({ module }: { readonly module: ScenarioModule }) {
  return (
    <section className="panel module-panel" aria-labelledby="module-title">
      <h2 className="panel-title" id="module-title">
        Current module: {module.title}
      </h2>
      <p className="module-update">{module.update}</p>
      <h3 className="panel-subtitle">Discussion questions</h3>
      {module.discussionQuestions.length === 0 ? (
        <p className="muted">This module has no discussion questions.</p>
      ) : (
        <ol className="discussion-questions">
          {module.discussionQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
