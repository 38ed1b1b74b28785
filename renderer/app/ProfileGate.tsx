/**
 * Who is responding: until a profile exists, first-run onboarding is shown instead of the console; an installation
 * upgraded from before site codes is asked for one once, before the console. In demo mode
 * (the page was opened with demo=1) a "Demo responder" profile is created instead of asking, and an empty database
 * is filled with the demo data set, so a demonstration starts on a populated register.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { actorOf, readProfile, saveProfile } from '../db/profile';
import type { FirebreakDatabase } from '../db/database';
import { hasIncidents } from '../db/incidents/queries';
import type { Actor } from '../db/write';
import type { ResponderProfile } from '../../shared/domain/responder';
import { readInstallation } from '../db/installation';
import { OnboardingScreen } from '../features/onboarding/OnboardingScreen';
import { SiteCodeScreen } from '../features/onboarding/SiteCodeScreen';
import { launchOptions } from '../host/launchOptions';
import { describeError } from '../ui/errorMessage';
import { AppShell } from './AppShell';
import { useDatabase } from './DatabaseContext';
import { loadDemoDataInto } from './demoLoadStore';
import { ProfileContext, type Session } from './ProfileContext';
import { SplashScreen } from './SplashScreen';

export const DEMO_PROFILE = { name: 'Demo responder', role: 'Incident commander', siteCode: 'DEMO' } as const;

let demoPrepared = false;

async function prepareDemo(db: FirebreakDatabase): Promise<void> {
  if (demoPrepared) return;
  demoPrepared = true;
  if (!(await readProfile(db))) await saveProfile(db, DEMO_PROFILE);
}

let demoLoadChecked = false;

async function loadDemoIfEmpty(db: FirebreakDatabase, actor: Actor): Promise<void> {
  if (demoLoadChecked) return;
  demoLoadChecked = true;
  if (!(await hasIncidents(db))) await loadDemoDataInto(db, actor);
}

function DemoSetup({ onFailed }: { readonly onFailed: (message: string) => void }) {
  const db = useDatabase();
  useEffect(() => {
    // Without a demo profile the responder is asked as usual.
    prepareDemo(db).catch((error: unknown) => onFailed(describeError(error)));
  }, [db, onFailed]);
  return <SplashScreen message="Preparing the demo…" />;
}

function Console({ profile }: { readonly profile: ResponderProfile }) {
  const db = useDatabase();
  const session = useMemo<Session>(() => ({ profile, actor: actorOf(profile) }), [profile]);
  useEffect(() => {
    if (launchOptions().demo) void loadDemoIfEmpty(db, session.actor);
  }, [db, session.actor]);
  return (
    <ProfileContext value={session}>
      <AppShell />
    </ProfileContext>
  );
}

export function ProfileGate() {
  const db = useDatabase();
  const state = useLiveQuery(
    async () => ({ profile: await readProfile(db), installation: await readInstallation(db) }),
    [db],
  );
  const [demoFailed, setDemoFailed] = useState(false);
  const onDemoFailed = useMemo(() => () => setDemoFailed(true), []);
  if (state === undefined) return <SplashScreen />;
  if (state.profile && state.installation?.siteCode === null) return <SiteCodeScreen actor={actorOf(state.profile)} />;
  if (state.profile) return <Console profile={state.profile} />;
  return launchOptions().demo && !demoFailed ? <DemoSetup onFailed={onDemoFailed} /> : <OnboardingScreen />;
}
