/**
 * Settings: profile, installation (id, site code), people directory, escalation matrix, appearance, audit log verification, signing identity,
 * checking signed PDFs, demo data, about.
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { AboutSettings } from './AboutSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { AuditLogSettings } from './AuditLogSettings';
import { DemoDataSettings } from './DemoDataSettings';
import { EscalationSettings } from './EscalationSettings';
import { InstallationSettings } from './InstallationSettings';
import { PeopleSettings } from './PeopleSettings';
import { ProfileSettings } from './ProfileSettings';
import { SigningSettings } from './SigningSettings';
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
        <InstallationSettings />
        <PeopleSettings />
        <EscalationSettings />
        <AppearanceSettings />
        <AuditLogSettings />
        <SigningSettings />
        <VerifyPdfSettings />
        <DemoDataSettings />
        <AboutSettings />
      </div>
    </div>
  );
}
