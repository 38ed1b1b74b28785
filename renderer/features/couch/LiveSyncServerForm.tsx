/**
 * The server this installation replicates with: the database URL, a user name and password (sent once to the host,
 * which checks the server answers with them and seals them; the renderer keeps no copy). An empty password keeps the
 * one already sealed for the same user.
 */
import { useState } from 'react';
import { couchDatabaseUrlSchema, type CouchSettingsView } from '../../../shared/domain/couch/ipc';
import { hostClient } from '../../host/hostClient';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { PasswordField } from '../../ui/PasswordField';
import { showToast } from '../../ui/toastStore';
import { SettingsSection } from '../settings/SettingsSection';
import { announceLiveSyncSettings } from './useLiveSync';

export function LiveSyncServerForm({ settings }: { readonly settings: CouchSettingsView | null | undefined }) {
  // The screen remounts this form when the host's settings arrive or change (its key).
  const [url, setUrl] = useState(settings?.url ?? '');
  const [username, setUsername] = useState(settings?.username ?? '');
  const [password, setPassword] = useState('');
  const [urlProblem, setUrlProblem] = useState<string | undefined>();
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setProblem('');
    const parsed = couchDatabaseUrlSchema.safeParse(url);
    setUrlProblem(parsed.success ? undefined : parsed.error.issues[0]?.message);
    if (!parsed.success) return;
    setBusy(true);
    const answer = await hostClient().invoke('couch:configure', { url: parsed.data, username, password });
    setBusy(false);
    if (!answer.ok) {
      setProblem(answer.error.message);
      return;
    }
    setPassword('');
    announceLiveSyncSettings();
    showToast('success', `Live sync connected to ${answer.value.url}.`);
  };

  return (
    <SettingsSection
      title="Server"
      description={
        <>
          A CouchDB 3 database on your LAN (the README says how to set one up). Use an https address when the server
          offers TLS (CouchDB’s [ssl] section or a reverse proxy): with http, the password and every record cross the
          LAN in clear. The password is sealed by this machine’s host process and never kept in the console.
        </>
      }
    >
      <form
        className="dialog-form"
        aria-label="Sync server"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field
          label="Database URL"
          hint="For example https://couch.example.lan:6984/firebreak — no user name or password in it."
          error={urlProblem}
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              spellCheck={false}
              value={url}
              onChange={(event) => setUrl(event.target.value)}
            />
          )}
        </Field>
        <div className="field-row">
          <Field label="User name" optional hint="A CouchDB user with member rights on the database.">
            {(control) => (
              <input
                {...control}
                className="input"
                autoComplete="off"
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            )}
          </Field>
          <PasswordField
            label="Password"
            hint={settings?.hasPassword ? 'A password is kept; leave empty to keep it.' : undefined}
            value={password}
            onChange={setPassword}
          />
        </div>
        {url.trim().startsWith('http://') ? (
          <p className="muted" role="note">
            This address is not TLS: anyone on the LAN can read what is sent. Prefer https.
          </p>
        ) : null}
        {problem ? (
          <p className="form-alert" role="alert">
            {problem}
          </p>
        ) : null}
        <div className="settings-actions">
          <Button type="submit" variant="primary" icon="refresh" busy={busy}>
            Save and connect
          </Button>
        </div>
      </form>
    </SettingsSection>
  );
}
