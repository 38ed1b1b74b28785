/**
 * Who is responding: until a profile exists, first-run onboarding is shown instead of the console; an installation
 * upgraded from before site codes is asked for one once, before the console. In demo mode
 * (the page was opened with demo=1) the first-run screen offers a demo identity the newcomer can replace with their
 * own name, and an empty database is filled with the demo data set, so a demonstration starts on a populated
 * register.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { actorOf, readProfile } from '../db/profile';
import type { FirebreakDatabase } from '../db/database';
import { hasIncidents } from '../db/incidents/queries';
import type { Actor } from '../db/write';
import type { ResponderProfile } from '../../shared/domain/responder';
import { readInstallation } from '../db/installation';
import { launchOptions } from '../host/launchOptions';
import { AppShell } from './AppShell';
import { useDatabase } from './DatabaseContext';
import { loadDemoDataInto } from './demoLoadStore';
import { ProfileContext, type Session } from './ProfileContext';
import { SplashScreen } from './SplashScreen';
import { lazyScreen } from '../ui/LazyScreen';

// First run and the one-time site code question are loaded only when shown: a responder who has onboarded (every
// start but the first) never parses them or their form library.
const OnboardingScreen = lazyScreen(() => import('../features/onboarding/OnboardingScreen'), 'OnboardingScreen');
const SiteCodeScreen = lazyScreen(() => import('../features/onboarding/SiteCodeScreen'), 'SiteCodeScreen');

let demoLoadChecked = false;

async function loadDemoIfEmpty(db: FirebreakDatabase, actor: Actor): Promise<void> {
  if (demoLoadChecked) return;
  demoLoadChecked = true;
  if (!(await hasIncidents(db))) await loadDemoDataInto(db, actor);
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
  if (state === undefined) return <SplashScreen />;
  if (state.profile && state.installation?.siteCode === null) return <SiteCodeScreen actor={actorOf(state.profile)} />;
  if (state.profile) return <Console profile={state.profile} />;
  return <OnboardingScreen demo={launchOptions().demo} />;
}
