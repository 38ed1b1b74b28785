/** The keyboard shortcuts, their labels for this platform, and the test for "the responder is typing". */
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const MOD_LABEL = isMac ? '⌘' : 'Ctrl';

export const SHORTCUTS: ReadonlyArray<{ readonly keys: readonly string[]; readonly action: string }> = [
  { keys: [MOD_LABEL, 'N'], action: 'Declare an incident' },
  { keys: [MOD_LABEL, 'K'], action: 'Search everywhere: incidents, timelines, evidence, runbooks, people' },
  { keys: ['/'], action: 'Search the incident register' },
  { keys: ['↑', '↓'], action: 'Move through the incident list' },
  { keys: ['N'], action: 'Exercise facilitator: release the next inject' },
  { keys: ['P'], action: 'Exercise facilitator: pause or resume the scenario clock' },
  { keys: ['D'], action: 'Exercise facilitator: log a decision' },
  { keys: ['?'], action: 'Show keyboard shortcuts' },
  { keys: ['Esc'], action: 'Close a dialog' },
];

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
  }
  return false;
}

export function hasModifier(event: KeyboardEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}
