/**
 * Settings: profile, people directory, escalation matrix, appearance, audit log verification, signing identity,
 * trusted signers, checking signed PDFs, demo data, about.
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AboutSettings } from './AboutSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { AuditLogSettings } from './AuditLogSettings';
import { DemoDataSettings } from './DemoDataSettings';
import { EscalationSettings } from './EscalationSettings';
import { PeopleSettings } from './PeopleSettings';
import { ProfileSettings } from './ProfileSettings';
import { SigningSettings } from './SigningSettings';
import { TrustedSignersSettings } from '../trust/TrustedSignersSettings';
import { VerifyPdfSettings } from './VerifyPdfSettings';

export function SettingsScreen() {
  useDocumentTitle('Settings');
  return (
    <div className="screen screen-settings">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Settings</h1>
          <p className="screen-subtitle">This machine’s responder, appearance and data.</p>
        </div>
      </header>
      <div className="settings-list">
        <ProfileSettings />
        <PeopleSettings />
        <EscalationSettings />
        <AppearanceSettings />
        <AuditLogSettings />
        <SigningSettings />
        <TrustedSignersSettings />
        <VerifyPdfSettings />
        <DemoDataSettings />
        <AboutSettings />
      </div>
    </div>
  );
}
