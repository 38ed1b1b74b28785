/** Runs the clock engine on an input object as the command line would (schema, then engine) and picks clocks out. */
import { computeRegulatoryClocks, type RegulatoryClock } from '../../../shared/domain/regulatory/clockEngine';
import { clockInputSchema } from '../../../shared/domain/regulatory/clockInput';

export function clocksFor(input: unknown): RegulatoryClock[] {
  return computeRegulatoryClocks(clockInputSchema.parse(input));
}

export function clockFor(input: unknown, regime: string, stage: string): RegulatoryClock {
  const found = clocksFor(input).find((clock) => clock.regime === regime && clock.stage === stage);
  if (found === undefined) throw new Error(`No ${regime} ${stage} clock.`);
  return found;
}

/** The deadline as an instant and as the authority's wall clock reads it. */
export function deadlineOf(
  input: unknown,
  regime: string,
  stage: string,
): { dueAt: string | null; localDue: string | null } {
  const { dueAt, localDue } = clockFor(input, regime, stage);
  return { dueAt, localDue };
}
