/** The export chooser: what to send (chosen incidents, runbooks, people, or everything new for a site), to whom, a preview, then progress and Cancel. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, useState } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { useSession } from '../../app/ProfileContext';
import { collectBundle, incidentsToOffer, type BundleSelection } from '../../db/bundles/collect';
import { previewOf, type ExportPreview } from '../../db/bundles/exportBundle';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { ChoiceCard } from '../../ui/ChoiceCard';
import { Field } from '../../ui/Field';
import { ProgressBar } from '../../ui/ProgressBar';
import { describeError } from '../../ui/errorMessage';
import { BundleEncryptionChoice, encryptionOptions, NO_ENCRYPTION_CHOSEN } from './BundleEncryptionChoice';
import { formatBytes } from './formatBytes';
import { OutcomeLine, type Outcome } from './OutcomeLine';
import { exportBundle } from './sendBundle';
import { SettingsSection } from '../settings/SettingsSection';

const SEND_MODES: readonly { mode: 'chosen' | 'since'; title: string; description: string }[] = [
  {
    mode: 'chosen',
    title: 'Chosen incidents',
    description: 'The incidents you tick below, and runbooks or people if you add them.',
  },
  {
    mode: 'since',
    title: 'Everything changed since the last bundle to the site below',
    description: 'Every record written here after the newest one already sent to that site.',
  },
];

export function SendBundlePanel() {
  const db = useDatabase();
  const { actor } = useSession();
  const incidents = useLiveQuery(() => incidentsToOffer(db), [db]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [mode, setMode] = useState<'chosen' | 'since'>('chosen');
  const [runbooks, setRunbooks] = useState(false);
  const [people, setPeople] = useState(true);
  const [siteCode, setSiteCode] = useState('');
  const [encryption, setEncryption] = useState(NO_ENCRYPTION_CHOSEN);
  const [preview, setPreview] = useState<ExportPreview | undefined>();
  const [progress, setProgress] = useState<{ done: number; total: number } | undefined>();
  const [message, setMessage] = useState<Outcome | undefined>();
  const cancelled = useRef(false);

  const selection = (): BundleSelection =>
    mode === 'since'
      ? { kind: 'since', siteCode: siteCode.trim().toUpperCase() }
      : { kind: 'chosen', incidentIds: [...chosen], runbooks, people };

  const showPreview = async () => {
    setMessage(undefined);
    try {
      setPreview(await previewOf(await collectBundle(db, selection())));
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
    }
  };

  const send = async () => {
    cancelled.current = false;
    setMessage(undefined);
    const encryptTo = encryptionOptions(encryption);
    if ('problem' in encryptTo) {
      setMessage({ ok: false, text: encryptTo.problem });
      return;
    }
    setProgress({ done: 0, total: preview?.evidenceBytes ?? 0 });
    try {
      const result = await exportBundle(db, actor, hostClient(), {
        selection: selection(),
        siteCode: siteCode.trim().toUpperCase(),
        ...encryptTo,
        onProgress: (done, total) => setProgress({ done, total }),
        isCancelled: () => cancelled.current,
      });
      setMessage(
        result.status === 'saved'
          ? {
              ok: true,
              text: `Bundle ${result.bundleId} saved to ${result.path} (${formatBytes(result.bytes)}, ${result.encrypted ? 'encrypted' : 'signed, not encrypted'}).`,
            }
          : { ok: false, text: 'The export was cancelled; no bundle was written.' },
      );
    } catch (error) {
      setMessage({ ok: false, text: describeError(error) });
    } finally {
      setProgress(undefined);
    }
  };

  const toggle = (id: string) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setPreview(undefined);
  };

  return (
    <SettingsSection
      title="Send a bundle"
      description="Choose what to send and to whom. The bundle is signed with this installation's key and encrypted so only that site (or whoever knows the passphrase) can open it."
    >
      <div className="stack bundle-panel">
        <fieldset className="choice-fieldset">
          <legend className="field-label">What to send</legend>
          <div className="choice-stack">
            {SEND_MODES.map((choice) => (
              <ChoiceCard
                key={choice.mode}
                type="radio"
                name="bundle-mode"
                title={choice.title}
                description={choice.description}
                checked={mode === choice.mode}
                onChange={() => {
                  setMode(choice.mode);
                  setPreview(undefined);
                }}
              />
            ))}
          </div>
        </fieldset>
        {mode === 'chosen' ? (
          <>
            <fieldset className="choice-fieldset">
              <legend className="field-label">Incidents</legend>
              <p className="field-hint">
                Each goes with its timeline, checklist, regulatory clocks, evidence and custody.
              </p>
              {incidents && incidents.length === 0 ? (
                <p className="muted">No incidents yet: declare one first.</p>
              ) : (
                <div className="bundle-checklist">
                  {(incidents ?? []).map((incident) => (
                    <label key={incident.id} className="check-row">
                      <input type="checkbox" checked={chosen.has(incident.id)} onChange={() => toggle(incident.id)} />
                      <span className="check-row-ref">{incident.ref}</span>
                      <span>{incident.title}</span>
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
            <fieldset className="choice-fieldset">
              <legend className="field-label">Also send</legend>
              <div className="check-group">
                {(
                  [
                    ['Runbooks', runbooks, setRunbooks],
                    ['People directory', people, setPeople],
                  ] as const
                ).map(([label, checked, set]) => (
                  <label key={label} className="check-row">
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={(event) => {
                        set(event.target.checked);
                        setPreview(undefined);
                      }}
                    />
                    {label}
                  </label>
                ))}
              </div>
            </fieldset>
          </>
        ) : null}
        <Field
          label="Partner site code"
          hint="The site that will receive it, for example BER; its high-water mark moves when the bundle is written."
        >
          {(control) => (
            <input
              {...control}
              className="input input-code"
              value={siteCode}
              onChange={(event) => setSiteCode(event.target.value)}
            />
          )}
        </Field>
        <BundleEncryptionChoice state={encryption} onChange={setEncryption} />
        <div className="button-row">
          <Button variant="secondary" onClick={() => void showPreview()} disabled={progress !== undefined}>
            Preview bundle
          </Button>
          <Button variant="primary" onClick={() => void send()} disabled={!preview || progress !== undefined}>
            Write bundle
          </Button>
          {progress ? (
            <Button
              variant="ghost"
              onClick={() => {
                cancelled.current = true;
              }}
            >
              Cancel export
            </Button>
          ) : null}
        </div>
        {preview ? (
          <div className="stack bundle-preview">
            <table className="data-table">
              <caption>What the bundle will carry</caption>
              <thead>
                <tr>
                  <th scope="col">Table</th>
                  <th scope="col">Records</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(preview.counts).map(([table, count]) => (
                  <tr key={table}>
                    <td>{table}</td>
                    <td>{count.toLocaleString('en-GB')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">
              Records {formatBytes(preview.recordBytes)}, evidence {formatBytes(preview.evidenceBytes)}.
            </p>
            {preview.onHold.length > 0 ? (
              <p className="status-line status-bad" role="note">
                On legal hold and leaving with this bundle: {preview.onHold.map((item) => item.name).join(', ')}.
              </p>
            ) : null}
          </div>
        ) : null}
        {progress ? (
          <ProgressBar
            label="Writing bundle"
            value={progress.done}
            max={progress.total}
            detail={`${formatBytes(progress.done)} of ${formatBytes(progress.total)}`}
          />
        ) : null}
        <OutcomeLine message={message} />
      </div>
    </SettingsSection>
  );
}
