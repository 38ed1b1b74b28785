/**
 * How an outgoing bundle is encrypted: to the partner's age recipient (the default), with a passphrase told to the
 * partner another way (age's scrypt stanza, so `age -d` opens it too), or not at all (signed only). age allows a
 * passphrase only alone, so the choices exclude each other.
 */
import { BUNDLE_MIN_PASSPHRASE } from '../../../shared/domain/bundles/ipc';
import { ChoiceCard } from '../../ui/ChoiceCard';
import { Field } from '../../ui/Field';
import { PasswordField } from '../../ui/PasswordField';

export type BundleEncryption = 'recipient' | 'passphrase' | 'none';

export interface BundleEncryptionState {
  readonly kind: BundleEncryption;
  readonly recipient: string;
  readonly passphrase: string;
  readonly confirmation: string;
}

export const NO_ENCRYPTION_CHOSEN: BundleEncryptionState = {
  kind: 'recipient',
  recipient: '',
  passphrase: '',
  confirmation: '',
};

/** What to pass to the export, or the problem in words. */
export function encryptionOptions(
  state: BundleEncryptionState,
): { recipients: string[]; passphrase?: string } | { problem: string } {
  if (state.kind === 'none') return { recipients: [] };
  if (state.kind === 'recipient') {
    if (!state.recipient.trim())
      return { problem: 'Paste the partner’s age recipient (age1…), or choose another way to encrypt.' };
    return { recipients: [state.recipient.trim()] };
  }
  if (state.passphrase.length < BUNDLE_MIN_PASSPHRASE)
    return { problem: `Use a passphrase of at least ${BUNDLE_MIN_PASSPHRASE} characters (several words).` };
  if (state.passphrase !== state.confirmation) return { problem: 'The two passphrases differ; type them again.' };
  return { recipients: [], passphrase: state.passphrase };
}

const CHOICES: readonly { kind: BundleEncryption; label: string; description: string }[] = [
  { kind: 'recipient', label: 'Encrypt to the partner’s age recipient', description: 'Only that site can open it.' },
  { kind: 'passphrase', label: 'Encrypt with a passphrase', description: 'Whoever knows the passphrase can open it.' },
  { kind: 'none', label: 'Do not encrypt (signed only)', description: 'Anyone holding the file can read it.' },
];

export function BundleEncryptionChoice({
  state,
  onChange,
}: {
  readonly state: BundleEncryptionState;
  readonly onChange: (next: BundleEncryptionState) => void;
}) {
  return (
    <fieldset className="choice-fieldset stack">
      <legend className="field-label">Encryption</legend>
      <div className="choice-stack">
        {CHOICES.map((choice) => (
          <ChoiceCard
            key={choice.kind}
            type="radio"
            name="bundle-encryption"
            title={choice.label}
            description={choice.description}
            checked={state.kind === choice.kind}
            onChange={() => onChange({ ...state, kind: choice.kind })}
          />
        ))}
      </div>
      {state.kind === 'recipient' ? (
        <Field label="Recipient (age1…)" hint="The partner’s age recipient, shown on their Receive a bundle panel.">
          {(control) => (
            <input
              {...control}
              className="input"
              spellCheck={false}
              value={state.recipient}
              onChange={(event) => onChange({ ...state, recipient: event.target.value })}
            />
          )}
        </Field>
      ) : null}
      {state.kind === 'passphrase' ? (
        <>
          <PasswordField
            label="Bundle passphrase"
            newPassword
            hint={`At least ${BUNDLE_MIN_PASSPHRASE} characters. Tell it to the partner another way than the bundle travels; it is not stored. The partner can also open the file with age -d.`}
            value={state.passphrase}
            onChange={(passphrase) => onChange({ ...state, passphrase })}
          />
          <PasswordField
            label="Bundle passphrase again"
            newPassword
            value={state.confirmation}
            onChange={(confirmation) => onChange({ ...state, confirmation })}
          />
        </>
      ) : null}
      {state.kind === 'none' ? (
        <p className="muted">The signature still shows any change to the file, and who made the bundle.</p>
      ) : null}
    </fieldset>
  );
}
