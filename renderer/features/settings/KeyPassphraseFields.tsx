/**
 * The passphrase for a new signing key, shown only when the host says it cannot protect the key on its own (Electron
 * on Linux without a keyring). The host's reason is shown as it gave it; both fields must match before a request.
 */
import { KEY_PASSPHRASE_MIN_LENGTH } from '../../../shared/reports/signing';
import { PasswordField } from '../../ui/PasswordField';

export interface KeyPassphrase {
  readonly value: string;
  readonly repeat: string;
}

/** The problem with the passphrase in words, or undefined when it may be sent. */
export function keyPassphraseProblem(passphrase: KeyPassphrase): string | undefined {
  if (passphrase.value.length < KEY_PASSPHRASE_MIN_LENGTH) {
    return `Use a passphrase of at least ${KEY_PASSPHRASE_MIN_LENGTH} characters for the signing key.`;
  }
  return passphrase.value === passphrase.repeat ? undefined : 'The two passphrases for the signing key differ.';
}

export function KeyPassphraseFields({
  reason,
  passphrase,
  onChange,
}: {
  readonly reason: string;
  readonly passphrase: KeyPassphrase;
  readonly onChange: (next: KeyPassphrase) => void;
}) {
  return (
    <fieldset className="signing-form">
      <legend>Passphrase for the signing key</legend>
      <p className="status-line">{reason}</p>
      <PasswordField
        label="Signing key passphrase"
        hint={`At least ${KEY_PASSPHRASE_MIN_LENGTH} characters. Firebreak cannot recover it: without it, the key cannot sign.`}
        newPassword
        value={passphrase.value}
        onChange={(value) => onChange({ ...passphrase, value })}
      />
      <PasswordField
        label="Repeat the signing key passphrase"
        newPassword
        value={passphrase.repeat}
        onChange={(repeat) => onChange({ ...passphrase, repeat })}
      />
    </fieldset>
  );
}
