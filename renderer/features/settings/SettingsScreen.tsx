/**
 * Settings: profile, installation (id, site code), people directory, escalation matrix, appearance, audit log
 * verification, signing identity, trusted signers, checking signed PDFs, demo data, about. In legal review mode the
 * sections that change records are left out.
 */
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useReadOnly } from '../../app/useLegalReview';
import { AboutSettings } from './AboutSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { AuditLogSettings } from './AuditLogSettings';
import { DemoDataSettings } from './DemoDataSettings';
import { EscalationSettings } from './EscalationSettings';
import { ExerciseProgrammeSettings } from '../exercises/ExerciseProgrammeSettings';
import { InstallationSettings } from './InstallationSettings';
import { LiveSyncSettingsLink } from '../couch/LiveSyncSettingsLink';
import { PeopleSettings } from './PeopleSettings';
import { ProfileSettings } from './ProfileSettings';
import { SigningSettings } from './SigningSettings';
import { TrustedSignersSettings } from '../trust/TrustedSignersSettings';
import { VerifyPdfSettings } from './VerifyPdfSettings';

export function SettingsScreen() {
  useDocumentTitle('Settings');
  const readOnly = useReadOnly();
  return (
    <div className="screen screen-settings">
      <header className="screen-header">
        <div className="screen-heading">
          <h1>Settings</h1>
          <p className="screen-subtitle">This machine’s responder, appearance and data.</p>
        </div>
      </header>
      <div className="settings-list">
        {readOnly ? (
          <p className="muted">
            Your profile, the people directory, the escalation matrix and demo data are hidden while legal review mode
            is on.
          </p>
        ) : (
          <>
            <ProfileSettings />
            <InstallationSettings />
            <PeopleSettings />
            <EscalationSettings />
            <ExerciseProgrammeSettings />
          </>
        )}
        <AppearanceSettings />
        <AuditLogSettings />
        <SigningSettings />
        <TrustedSignersSettings />
        <LiveSyncSettingsLink />
        <VerifyPdfSettings />
        {readOnly ? null : <DemoDataSettings />}
        <AboutSettings />
      </div>
    </div>
  );
}
