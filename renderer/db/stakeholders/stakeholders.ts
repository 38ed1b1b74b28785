/** The stakeholder registry's writes: add, change and remove (a tombstone, asked for with a confirmation). */
import {
  stakeholderDraftSchema,
  type Stakeholder,
  type StakeholderDraftInput,
} from '../../../shared/domain/stakeholders/stakeholder';
import { parseOrRefuse, WriteRefusedError } from '../../../shared/errors';
import type { FirebreakDatabase } from '../database';
import { writeTransaction, type Actor } from '../write';
import { liveStakeholder } from './queries';

export async function addStakeholder(
  db: FirebreakDatabase,
  actor: Actor,
  input: StakeholderDraftInput,
): Promise<Stakeholder> {
  const draft = parseOrRefuse(stakeholderDraftSchema, 'stakeholder', input);
  return writeTransaction(db, actor, async (writer) => writer.create('stakeholder', draft));
}

async function requireStakeholder(db: FirebreakDatabase, id: string): Promise<Stakeholder> {
  const current = await liveStakeholder(db, id);
  if (!current) throw new WriteRefusedError('This stakeholder was removed.');
  return current;
}

export async function changeStakeholder(
  db: FirebreakDatabase,
  actor: Actor,
  id: string,
  input: StakeholderDraftInput,
): Promise<Stakeholder> {
  const draft = parseOrRefuse(stakeholderDraftSchema, 'stakeholder', input);
  return writeTransaction(db, actor, async (writer) =>
    writer.update('stakeholder', await requireStakeholder(db, id), draft),
  );
}

export async function removeStakeholder(db: FirebreakDatabase, actor: Actor, id: string): Promise<void> {
  await writeTransaction(db, actor, async (writer) => {
    writer.softDelete('stakeholder', await requireStakeholder(db, id));
  });
}
