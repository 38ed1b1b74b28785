/**
 * Settings › Demo data: fill the register with realistic AI incidents to rehearse or demonstrate, with progress.
 * Loading again adds another copy (new references), so with incidents already present it asks first.
 */
import { useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { loadDemoDataInto, useDemoLoadStore } from '../../app/demoLoadStore';
import { useSession } from '../../app/ProfileContext';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ProgressBar } from '../../ui/ProgressBar';
import { useLiveIncidentIndex } from '../register/useLiveIncidentIndex';
import { SettingsSection } from './SettingsSection';

export function DemoDataSettings() {
  const db = useDatabase();
  const { actor } = useSession();
  const demo = useDemoLoadStore();
  const { status } = useLiveIncidentIndex();
  const [confirming, setConfirming] = useState(false);
  const load = (): void => void loadDemoDataInto(db, actor);

  return (
    <SettingsSection
      title="Demo data"
      description="Adds a set of realistic AI incidents with timelines, declared by you. They are ordinary records: they go into the audit log like any other."
    >
      <div className="stack">
        <div>
          <Button
            icon="database"
            busy={demo.status === 'loading'}
            onClick={() => (status.phase === 'ready' && status.total > 0 ? setConfirming(true) : load())}
          >
            Load demo data
          </Button>
        </div>
        {demo.status === 'loading' ? (
          <ProgressBar
            label="Loading demo data"
            value={demo.done}
            max={demo.total}
            detail={
              demo.total > 0
                ? `${demo.done.toLocaleString('en-GB')} of ${demo.total.toLocaleString('en-GB')} incidents`
                : 'Preparing…'
            }
          />
        ) : null}
        {demo.status === 'done' ? (
          <p className="status-line status-ok" role="status">
            Loaded {demo.count.toLocaleString('en-GB')} demo incidents.
          </p>
        ) : null}
        {demo.status === 'failed' ? (
          <p className="status-line status-bad" role="alert">
            Demo data was not loaded. {demo.message}
          </p>
        ) : null}
      </div>
      <ConfirmDialog
        open={confirming}
        title="Add the demo incidents again?"
        message={`This database already holds ${status.total.toLocaleString('en-GB')} incidents. Loading the demo adds another copy of every demo incident with new references; nothing existing changes.`}
        confirmLabel="Add demo incidents"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          load();
        }}
      />
    </SettingsSection>
  );
}
