/**
 * Writing a runbook: a new one (version 1, draft), or an edit of a version — a draft changes in place, a published
 * or retired version becomes the next draft version, so incidents that ran it keep what they ran.
 */
import { runbookContent, type RunbookContent } from '../../../shared/domain/runbooks/runbook';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { navigate } from '../../app/routeStore';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { createRunbook, saveRunbookEdit } from '../../db/runbooks/runbooks';
import { showToast } from '../../ui/toastStore';
import { RunbookForm } from './RunbookForm';
import { EMPTY_RUNBOOK, toValues } from './runbookEditorValues';
import { useRunbookLibrary } from './useRunbookLibrary';

export function RunbookEditorScreen({ baseId }: { readonly baseId?: string }) {
  const db = useDatabase();
  const { actor } = useSession();
  const library = useRunbookLibrary();
  const base = baseId && library ? [...library.values()].flat().find((version) => version.id === baseId) : undefined;
  useDocumentTitle(base ? `Edit ${base.title}` : 'New runbook');
  if (baseId && library === undefined) return <p className="screen muted">Opening the runbook…</p>;
  if (baseId && !base) return <p className="screen">That runbook no longer exists.</p>;

  const save = async (content: RunbookContent): Promise<void> => {
    const saved = base ? await saveRunbookEdit(db, actor, base.id, content) : await createRunbook(db, actor, content);
    showToast('success', `Saved “${saved.title}” v${saved.version} as a draft.`);
    navigate({ name: 'runbook', id: saved.id });
  };

  return (
    <div className="screen screen-runbook-editor">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>{base ? `Edit ${base.title}` : 'New runbook'}</h1>
          <p className="screen-subtitle">
            {base
              ? base.status === 'draft'
                ? `Editing draft version ${base.version}.`
                : `Version ${base.version} is ${base.status}; saving creates the next version as a draft. Incidents keep the version they ran.`
              : 'A new runbook is saved as a draft; publish it to have it suggested on matching incidents.'}
          </p>
        </div>
      </header>
      <RunbookForm
        defaultValues={base ? toValues(runbookContent(base)) : EMPTY_RUNBOOK}
        submitLabel={base && base.status !== 'draft' ? 'Save as new version' : 'Save draft'}
        onSubmit={save}
        onCancel={() => navigate(base ? { name: 'runbook', id: base.id } : { name: 'runbooks' })}
      />
    </div>
  );
}
