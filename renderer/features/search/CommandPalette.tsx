/**
 * Search everywhere (Ctrl/Cmd+K): a modal with one combobox and a listbox of results grouped by kind — commands,
 * incidents, timeline entries, evidence, runbooks, people — following the ARIA combobox pattern: focus stays in
 * the box, the arrow keys move the active option (`aria-activedescendant`), Enter opens it, Escape closes.
 * Queries go to the search worker; only the latest answer is shown.
 */
import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useDatabase } from '../../app/DatabaseContext';
import { navigate } from '../../app/routeStore';
import type { Route } from '../../app/routes';
import { useReadOnly } from '../../app/useLegalReview';
import { Dialog } from '../../ui/Dialog';
import { matchCommands } from './paletteCommands';
import { usePaletteStore } from './paletteStore';
import { searchClientFor } from './searchClient';
import { SEARCH_KIND_LABELS } from './searchDocuments';
import type { SearchGroup } from './searchEngine';

interface Option {
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly route: Route;
}

interface OptionGroup {
  readonly key: string;
  readonly label: string;
  readonly options: readonly Option[];
  readonly more: number;
}

const DEBOUNCE_MS = 60;

function optionGroups(commands: ReturnType<typeof matchCommands>, groups: readonly SearchGroup[]): OptionGroup[] {
  const result: OptionGroup[] = [];
  if (commands.length > 0) {
    result.push({
      key: 'commands',
      label: 'Go to',
      more: 0,
      options: commands.map((command) => ({
        id: `command:${command.label}`,
        label: command.label,
        hint: '',
        route: command.route,
      })),
    });
  }
  for (const group of groups) {
    result.push({
      key: group.kind,
      label: SEARCH_KIND_LABELS[group.kind],
      more: group.total - group.hits.length,
      options: group.hits.map((hit) => ({ id: hit.id, label: hit.title, hint: hit.hint, route: hit.target })),
    });
  }
  return result;
}

export function CommandPalette() {
  const open = usePaletteStore((state) => state.open);
  const setOpen = usePaletteStore((state) => state.setOpen);
  return (
    <Dialog open={open} title="Search everywhere" onClose={() => setOpen(false)} size="lg">
      {open ? <PaletteBody onDone={() => setOpen(false)} /> : null}
    </Dialog>
  );
}

function PaletteBody({ onDone }: { readonly onDone: () => void }) {
  const db = useDatabase();
  const client = searchClientFor(db);
  const status = useSyncExternalStore(client.subscribe, client.getStatus);
  const readOnly = useReadOnly();
  const [text, setText] = useState('');
  const ready = status.phase === 'ready';
  const [groups, setGroups] = useState<readonly SearchGroup[]>([]);
  const [active, setActive] = useState(0);
  const latest = useRef(0);
  const baseId = useId();
  const listId = `${baseId}-results`;

  useEffect(() => {
    client.start();
  }, [client]);

  useEffect(() => {
    const asked = ++latest.current;
    if (text.trim() === '') return undefined;
    const timer = setTimeout(() => {
      void client.query(text).then((answer) => {
        if (asked !== latest.current) return;
        setGroups(answer.groups);
        setActive(0);
      });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // Asked again when the index becomes complete: an answer given while it was building may lack matches.
  }, [client, text, ready]);

  const empty = text.trim() === '';
  const shown = useMemo(
    () => optionGroups(matchCommands(text, readOnly), empty ? [] : groups),
    [text, readOnly, groups, empty],
  );
  const options = useMemo(() => shown.flatMap((group) => group.options), [shown]);
  const activeOption = options[Math.min(active, options.length - 1)];
  const optionId = (option: Option): string => `${baseId}-${option.id.replace(/[^A-Za-z0-9-]/g, '-')}`;

  useEffect(() => {
    if (!activeOption) return;
    document.getElementById(optionId(activeOption))?.scrollIntoView({ block: 'nearest' });
  });

  const choose = (option: Option | undefined): void => {
    if (!option) return;
    onDone();
    navigate(option.route);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (Math.min(current, options.length - 1) + step + options.length) % options.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      setActive(options.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(activeOption);
    }
  };

  const building = status.phase === 'starting' || status.phase === 'building';
  const statusText = building
    ? `Building the search index: ${status.indexed.toLocaleString('en-GB')} of about ${status.total.toLocaleString('en-GB')} records so far.`
    : status.phase === 'failed'
      ? 'The search index could not be built; search the register instead.'
      : '';
  const countText = text.trim() === '' ? '' : options.length === 0 ? 'No matches.' : `${options.length} results shown.`;

  return (
    <div className="palette">
      <label className="visually-hidden" htmlFor={`${baseId}-box`}>
        Search incidents, timelines, evidence, runbooks and people
      </label>
      <input
        id={`${baseId}-box`}
        className="palette-input"
        type="text"
        role="combobox"
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        placeholder="Search incidents, timelines, evidence, runbooks, people…"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        data-autofocus
      />
      <p className="palette-status" role="status">
        {statusText} {countText}
      </p>
      <div id={listId} role="listbox" aria-label="Results" className="palette-results">
        {shown.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${baseId}-${group.key}`} className="palette-group">
            <div id={`${baseId}-${group.key}`} className="palette-group-label" role="presentation">
              {group.label}
              {group.more > 0 ? <span className="muted"> · {group.more} more</span> : null}
            </div>
            {group.options.map((option) => (
              <div
                key={option.id}
                id={optionId(option)}
                role="option"
                aria-selected={option === activeOption}
                className={option === activeOption ? 'palette-option is-active' : 'palette-option'}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(option)}
              >
                <span className="palette-option-label">{option.label}</span>
                {option.hint ? <span className="palette-option-hint">{option.hint}</span> : null}
              </div>
            ))}
          </div>
        ))}
      </div>
      {text.trim() === '' ? (
        <p className="palette-empty muted">
          Type a reference (INC-2026-LON-0042), words from a title, note, log or runbook step, an ATLAS id or a name.
          Use ↑ and ↓ to choose and Enter to open.
        </p>
      ) : null}
    </div>
  );
}
