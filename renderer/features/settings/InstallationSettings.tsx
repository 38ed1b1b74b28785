/**
 * Settings › Installation: this installation's id and site code. The code can change until the first record is
 * written here; after that it is shown read-only with the reason.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { SITE_CODE_LOCKED_REASON } from '../../../shared/domain/installation';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { hasWrittenRecords, readInstallation } from '../../db/installation';
import { showToast } from '../../ui/toastStore';
import { SiteCodeForm } from '../onboarding/SiteCodeForm';
import { SettingsSection } from './SettingsSection';

export function InstallationSettings() {
  const db = useDatabase();
  const { actor } = useSession();
  const state = useLiveQuery(
    async () => ({
      installation: await readInstallation(db),
      locked: await hasWrittenRecords(db, actor.personId),
    }),
    [db, actor.personId],
  );
  const installation = state?.installation;
  return (
    <SettingsSection
      title="Installation"
      description="This copy of Firebreak, as other installations will know it when you exchange work."
    >
      {installation ? (
        <>
          <dl className="facts-list">
            <div>
              <dt>Installation id</dt>
              <dd className="mono">{installation.id}</dd>
            </div>
            {state.locked || installation.siteCode === null ? (
              <div>
                <dt>Site code</dt>
                <dd className="mono">{installation.siteCode ?? 'not chosen'}</dd>
              </div>
            ) : null}
          </dl>
          {state.locked ? (
            <p className="muted">{SITE_CODE_LOCKED_REASON}</p>
          ) : (
            <SiteCodeForm
              key={installation.siteCode}
              actor={actor}
              siteCode={installation.siteCode ?? ''}
              submitLabel="Save site code"
              onSaved={() => showToast('success', 'Site code saved.')}
            />
          )}
        </>
      ) : (
        <p className="muted">This database was made without first run, so it has no installation id or site code.</p>
      )}
    </SettingsSection>
  );
}
