/** The commands the palette offers beside records: places to go, matched by their words. */
import type { Route } from '../../app/routes';

export interface PaletteCommand {
  readonly label: string;
  readonly words: string;
  readonly route: Route;
  /** Changes records: hidden in legal review mode. */
  readonly changes?: boolean;
}

export const PALETTE_COMMANDS: readonly PaletteCommand[] = [
  { label: 'Declare incident', words: 'declare new incident create', route: { name: 'declare' }, changes: true },
  { label: 'Open the incident register', words: 'register incidents list', route: { name: 'register' } },
  { label: 'Open the evidence locker', words: 'evidence locker files', route: { name: 'evidence' } },
  { label: 'Open the runbook library', words: 'runbooks library checklists playbooks', route: { name: 'runbooks' } },
  {
    label: 'Open settings',
    words: 'settings people directory escalation matrix signing audit',
    route: { name: 'settings' },
  },
];

export function matchCommands(text: string, readOnly: boolean): PaletteCommand[] {
  const words = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return PALETTE_COMMANDS.filter(
    (command) =>
      !(readOnly && command.changes) &&
      words.every((word) => `${command.label} ${command.words}`.toLowerCase().includes(word)),
  );
}
