/**
 * A scenario version read as a situation manual: overview, objectives and the capabilities they map to, capability
 * targets with critical tasks, the modules with their scenario update, injects in MSEL order and discussion
 * questions, then the hot-wash guide.
 */
import { EXERCISE_CAPABILITY_LABELS, type ScenarioBody } from '../../../shared/domain/exercises/scenario';
import { ATLAS_TECHNIQUES } from '../../../shared/domain/incidents/taxonomy';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import { InjectDetails } from './InjectDetails';
import { useRunbookSteps } from './useRunbookSteps';

const TECHNIQUE_NAMES: Readonly<Partial<Record<string, string>>> = ATLAS_TECHNIQUES;

export function ScenarioBodyView({ body }: { readonly body: ScenarioBody }) {
  const steps = useRunbookSteps();
  const { overview } = body;
  return (
    <>
      <section className="panel" aria-labelledby="scenario-overview">
        <h2 id="scenario-overview" className="panel-title">
          Overview
        </h2>
        <h3 className="panel-subtitle">Scope</h3>
        <p>{overview.scope}</p>
        <h3 className="panel-subtitle">Threat or hazard</h3>
        <p>{overview.threat}</p>
        <dl className="scenario-facts">
          <div>
            <dt>Sponsor</dt>
            <dd>{overview.sponsor || '—'}</dd>
          </div>
          <div>
            <dt>Point of contact</dt>
            <dd>{overview.pointOfContact || '—'}</dd>
          </div>
          <div>
            <dt>Participating organisations</dt>
            <dd>{overview.participatingOrganisations.join(', ') || '—'}</dd>
          </div>
          <div>
            <dt>Regulatory clocks it should raise</dt>
            <dd>{overview.expectedRegimes.map((id) => REGULATORY_RULES[id].name).join('; ') || '—'}</dd>
          </div>
        </dl>
        <h3 className="panel-subtitle">MITRE ATLAS techniques</h3>
        {overview.atlasTechniques.length === 0 ? (
          <p className="muted">None listed.</p>
        ) : (
          <ul className="atlas-tags">
            {overview.atlasTechniques.map((technique) => (
              <li key={technique}>
                <span className="mono atlas-id">{technique}</span> {TECHNIQUE_NAMES[technique] ?? ''}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="scenario-objectives">
        <h2 id="scenario-objectives" className="panel-title">
          Objectives and capabilities
        </h2>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Objective</th>
              <th scope="col">Capabilities</th>
            </tr>
          </thead>
          <tbody>
            {body.objectives.map((objective) => (
              <tr key={objective.id}>
                <td>{objective.text}</td>
                <td>{objective.capabilities.map((c) => EXERCISE_CAPABILITY_LABELS[c]).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <h3 className="panel-subtitle">Capability targets and critical tasks</h3>
        <ul className="scenario-targets">
          {body.capabilityTargets.map((target) => (
            <li key={target.id}>
              <strong>{EXERCISE_CAPABILITY_LABELS[target.capability]}:</strong> {target.target}
              {target.criticalTasks.length > 0 ? (
                <ul>
                  {target.criticalTasks.map((task, index) => (
                    <li key={index}>{task}</li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {body.modules.map((module) => {
        const injects = module.injects.toSorted((a, b) => a.offsetMinutes - b.offsetMinutes || a.sequence - b.sequence);
        return (
          <section key={module.id} className="panel" aria-labelledby={`module-${module.id}`}>
            <h2 id={`module-${module.id}`} className="panel-title">
              {module.title}
            </h2>
            <h3 className="panel-subtitle">Scenario update</h3>
            <p className="scenario-update">{module.update}</p>
            <h3 className="panel-subtitle">Injects ({injects.length})</h3>
            {injects.length === 0 ? (
              <p className="muted">No injects in this module.</p>
            ) : (
              <ol className="msel-list" aria-label={`Injects of ${module.title}`}>
                {injects.map((inject) => (
                  <InjectDetails key={inject.id} inject={inject} steps={steps} />
                ))}
              </ol>
            )}
            <h3 className="panel-subtitle">Discussion questions</h3>
            {module.discussionQuestions.length === 0 ? (
              <p className="muted">None written.</p>
            ) : (
              <ol className="scenario-questions">
                {module.discussionQuestions.map((question, index) => (
                  <li key={index}>{question}</li>
                ))}
              </ol>
            )}
          </section>
        );
      })}
      <section className="panel" aria-labelledby="scenario-hot-wash">
        <h2 id="scenario-hot-wash" className="panel-title">
          Hot-wash guide
        </h2>
        {body.hotWashGuide.length === 0 ? (
          <p className="muted">None written.</p>
        ) : (
          <ol className="scenario-questions">
            {body.hotWashGuide.map((prompt, index) => (
              <li key={index}>{prompt}</li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
