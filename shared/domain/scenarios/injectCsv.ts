/**
 * The master scenario events list as CSV: which inject field each column feeds (guessed from the header, chosen by
 * the author), the rows mapped onto injects with every missing or unreadable cell named before anything is written,
 * and the list written back out with the same columns. Pure: it takes rows of cells (the renderer parses and writes
 * CSV text with papaparse) and the scenario's modules, and validates each inject with the shared inject schema.
 *
 * Expected actions travel in one cell, one action a line: `containment: Revoke the agent's credentials
 * [runbook 01900000-…-b005#mt-revoke]`. The capability prefix is optional (coordination and decision-making when
 * absent); the runbook link is optional.
 */
import {
  DELIVERY_METHOD_LABELS,
  DELIVERY_METHODS,
  EXERCISE_CAPABILITIES,
  EXERCISE_CAPABILITY_LABELS,
  INJECT_TYPE_LABELS,
  INJECT_TYPES,
  injectSchema,
  MAX_SCENARIO_MINUTES,
  type DeliveryMethod,
  type ExerciseCapability,
  type ExpectedAction,
  type Inject,
  type InjectType,
  type ScenarioModule,
} from '../exercises/scenario';
import { newScenarioItemId } from './library';

export const INJECT_CSV_FIELDS = [
  'sequence',
  'offset',
  'title',
  'type',
  'delivery',
  'from',
  'to',
  'content',
  'expectedActions',
  'evaluatorNotes',
  'facilitatorNotes',
  'contingency',
  'module',
  'id',
] as const;
export type InjectCsvField = (typeof INJECT_CSV_FIELDS)[number];

interface FieldInfo {
  readonly label: string;
  readonly required: boolean;
  /** Header names (lower case, punctuation dropped) that feed this field when the author has not chosen. */
  readonly headers: readonly string[];
}

export const INJECT_CSV_FIELD_INFO: Readonly<Record<InjectCsvField, FieldInfo>> = {
  sequence: { label: 'Sequence', required: true, headers: ['sequence', 'seq', 'seq no', 'no', 'number', 'inject no'] },
  offset: {
    label: 'Scenario time (minutes)',
    required: true,
    headers: ['scenario time minutes', 'scenario time', 'offset', 'offset minutes', 'time', 'time min', 'minutes'],
  },
  title: { label: 'Title', required: true, headers: ['title', 'inject', 'inject title', 'subject', 'name'] },
  type: { label: 'Type', required: true, headers: ['type', 'inject type'] },
  delivery: { label: 'Delivery', required: true, headers: ['delivery', 'delivery method', 'method'] },
  from: { label: 'From', required: true, headers: ['from', 'originator', 'sender', 'source'] },
  to: { label: 'To', required: true, headers: ['to', 'recipient', 'target', 'intended player', 'role'] },
  content: {
    label: 'Content',
    required: true,
    headers: ['content', 'description', 'inject description', 'information provided', 'message', 'text', 'body'],
  },
  expectedActions: {
    label: 'Expected actions',
    required: false,
    headers: ['expected actions', 'expected action', 'expected response', 'expected player actions'],
  },
  evaluatorNotes: {
    label: 'Evaluator notes',
    required: false,
    headers: ['evaluator notes', 'evaluation criteria', 'evaluator instructions'],
  },
  facilitatorNotes: {
    label: 'Facilitator notes',
    required: false,
    headers: ['facilitator notes', 'controller notes', 'notes'],
  },
  contingency: { label: 'Contingency', required: false, headers: ['contingency', 'contingency inject'] },
  module: { label: 'Module', required: false, headers: ['module', 'module title'] },
  id: { label: 'Inject id', required: false, headers: ['id', 'inject id'] },
};

/** Which column (by index) feeds each field; a field left out is not mapped. */
export type ColumnMapping = Partial<Record<InjectCsvField, number>>;

const normalise = (header: string): string =>
  header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The mapping a header suggests: each field takes the first column whose header is one of its names. */
export function guessColumnMapping(header: readonly string[]): ColumnMapping {
  const names = header.map(normalise);
  const mapping: ColumnMapping = {};
  const used = new Set<number>();
  for (const field of INJECT_CSV_FIELDS) {
    for (const alias of INJECT_CSV_FIELD_INFO[field].headers) {
      const index = names.findIndex((name, at) => name === alias && !used.has(at));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** The required fields no column feeds. */
export function unmappedRequiredFields(mapping: ColumnMapping): InjectCsvField[] {
  return INJECT_CSV_FIELDS.filter((field) => INJECT_CSV_FIELD_INFO[field].required && mapping[field] === undefined);
}

/** "90", "1:30", "01:30:00", "1 h 30 min", "T+90", "90m" → 90 minutes; undefined when unreadable. */
export function parseScenarioMinutes(text: string): number | undefined {
  const value = text
    .trim()
    .toLowerCase()
    .replace(/^t\s*\+\s*/, '')
    .replace(/^\+/, '');
  if (/^\d+$/.test(value)) return Number(value);
  const clock = /^(\d+):([0-5]\d)(?::([0-5]\d))?$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  const words = /^(?:(\d+)\s*d(?:ays?)?)?\s*(?:(\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*m(?:in(?:utes?|s)?)?)?$/.exec(
    value,
  );
  if (words && (words[1] ?? words[2] ?? words[3]) !== undefined) {
    return Number(words[1] ?? 0) * 1_440 + Number(words[2] ?? 0) * 60 + Number(words[3] ?? 0);
  }
  return undefined;
}

function choose<T extends string>(
  text: string,
  ids: readonly T[],
  labels: Readonly<Record<T, string>>,
  aliases: Readonly<Record<string, T>>,
): T | undefined {
  const wanted = normalise(text);
  return (
    ids.find((id) => normalise(id) === wanted || normalise(labels[id]) === wanted) ??
    (Object.hasOwn(aliases, wanted) ? aliases[wanted] : undefined)
  );
}

const TYPE_ALIASES: Readonly<Record<string, InjectType>> = {
  informational: 'information',
  info: 'information',
  media: 'media-report',
  press: 'media-report',
  social: 'social-media',
  regulator: 'regulator-letter',
  'regulator letter': 'regulator-letter',
  customer: 'customer-letter',
  letter: 'customer-letter',
};
const DELIVERY_ALIASES: Readonly<Record<string, DeliveryMethod>> = {
  phone: 'call',
  telephone: 'call',
  'phone call': 'call',
  'e mail': 'email',
  mail: 'email',
  paper: 'handout',
  spoken: 'verbal',
};

const CAPABILITY_ALIASES: Readonly<Record<string, ExerciseCapability>> = Object.fromEntries(
  EXERCISE_CAPABILITIES.flatMap((capability) => [
    [normalise(capability), capability],
    [normalise(EXERCISE_CAPABILITY_LABELS[capability]), capability],
  ]),
);

const RUNBOOK_LINK = /\s*\[runbook\s+([0-9a-f-]{36})#([a-z0-9][a-z0-9-]{0,63})\]\s*$/;

/** One expected action a line: an optional `capability:` prefix and an optional `[runbook lineage#step]` suffix. */
export function parseExpectedActions(cell: string): { actions: ExpectedAction[] } | { problem: string } {
  const actions: ExpectedAction[] = [];
  const taken = new Set<string>();
  for (const raw of cell.split(/\r?\n|\s\|\s/)) {
    let line = raw.trim().replace(/^[-•*]\s+/, '');
    if (!line) continue;
    let runbookStep: ExpectedAction['runbookStep'] = null;
    const link = RUNBOOK_LINK.exec(line);
    if (link?.[1] && link[2]) {
      runbookStep = { lineageId: link[1], stepId: link[2] };
      line = line.slice(0, link.index).trim();
    }
    let capability: ExerciseCapability = 'coordination-decision-making';
    const prefix = /^([A-Za-z][A-Za-z -]{2,40}):\s+(.+)$/.exec(line);
    const named = prefix?.[1] ? CAPABILITY_ALIASES[normalise(prefix[1])] : undefined;
    if (prefix?.[2] && named) {
      capability = named;
      line = prefix[2];
    }
    if (line.length > 500) return { problem: 'An expected action is longer than 500 characters.' };
    const id = newScenarioItemId(line, taken, 'action');
    taken.add(id);
    actions.push({ id, text: line, capability, runbookStep });
  }
  if (actions.length > 20) return { problem: 'Use at most 20 expected actions for one inject.' };
  return { actions };
}

export interface MappedInjectRow {
  /** The row's line in the file (the header is line 1). */
  readonly line: number;
  /** The cell each mapped field read, trimmed. */
  readonly cells: Readonly<Partial<Record<InjectCsvField, string>>>;
  /** What is wrong, per field, in words; empty when the row is ready. */
  readonly problems: Readonly<Partial<Record<InjectCsvField, string>>>;
  /** The inject and the module it goes to, when the row has no problems. */
  readonly inject: Inject | undefined;
  readonly moduleId: string;
}

export interface InjectCsvContext {
  readonly modules: ReadonlyArray<
    Pick<ScenarioModule, 'id' | 'title'> & { readonly injects: ReadonlyArray<Pick<Inject, 'id' | 'sequence'>> }
  >;
  /** Where rows without a module cell go. */
  readonly defaultModuleId: string;
}

export interface InjectCsvMapping {
  readonly rows: readonly MappedInjectRow[];
  readonly missingColumns: readonly InjectCsvField[];
  /** Rows with at least one problem. */
  readonly rowsWithProblems: number;
  /** The injects to add, by module id, in file order; empty unless every row is ready. */
  readonly injectsByModule: ReadonlyMap<string, readonly Inject[]>;
}

/** A spreadsheet's formula guard (a leading apostrophe before = + - @) is dropped again on the way in. */
function cellText(row: readonly string[], index: number | undefined): string {
  if (index === undefined) return '';
  const text = (row[index] ?? '').trim();
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

const FIELD_OF_SCHEMA_KEY: Readonly<Record<string, InjectCsvField>> = {
  id: 'id',
  sequence: 'sequence',
  offsetMinutes: 'offset',
  title: 'title',
  type: 'type',
  delivery: 'delivery',
  from: 'from',
  to: 'to',
  content: 'content',
  expectedActions: 'expectedActions',
  evaluatorNotes: 'evaluatorNotes',
  facilitatorNotes: 'facilitatorNotes',
  contingency: 'contingency',
};

/**
 * Maps data rows (the header excluded) onto injects. Every required field must have a column and a value in every
 * row; values must read (a number, a known type or delivery method, an existing module); sequence numbers and ids
 * must be unique in the file and in the scenario. Blank rows are skipped.
 */
export function mapInjectRows(
  rows: ReadonlyArray<readonly string[]>,
  mapping: ColumnMapping,
  context: InjectCsvContext,
): InjectCsvMapping {
  const missingColumns = unmappedRequiredFields(mapping);
  const takenIds = new Set(context.modules.flatMap((module) => module.injects.map((inject) => inject.id)));
  const takenSequences = new Map<number, string>(
    context.modules.flatMap((module) =>
      module.injects.map((inject) => [inject.sequence, `inject ${inject.sequence} of “${module.title}”`] as const),
    ),
  );
  const moduleByTitle = new Map(context.modules.map((module) => [normalise(module.title), module.id]));
  const mapped: MappedInjectRow[] = [];

  rows.forEach((row, index) => {
    if (row.every((cell) => cell.trim() === '')) return;
    const cells: Partial<Record<InjectCsvField, string>> = {};
    for (const field of INJECT_CSV_FIELDS)
      if (mapping[field] !== undefined) cells[field] = cellText(row, mapping[field]);
    const problems: Partial<Record<InjectCsvField, string>> = {};
    for (const field of INJECT_CSV_FIELDS) {
      if (!INJECT_CSV_FIELD_INFO[field].required) continue;
      if (mapping[field] === undefined)
        problems[field] = `No column is chosen for ${INJECT_CSV_FIELD_INFO[field].label}.`;
      else if (!cells[field]) problems[field] = `${INJECT_CSV_FIELD_INFO[field].label} is missing.`;
    }

    const sequence = cells.sequence && /^\d+$/.test(cells.sequence) ? Number(cells.sequence) : undefined;
    if (cells.sequence && sequence === undefined) problems.sequence = `“${cells.sequence}” is not a whole number.`;
    else if (sequence !== undefined && takenSequences.has(sequence)) {
      problems.sequence = `Number ${sequence} is already ${takenSequences.get(sequence)}.`;
    }
    const offset = cells.offset ? parseScenarioMinutes(cells.offset) : undefined;
    if (cells.offset && offset === undefined) {
      problems.offset = `“${cells.offset}” is not a scenario time; use minutes (90) or hours and minutes (1:30).`;
    } else if (offset !== undefined && offset > MAX_SCENARIO_MINUTES) {
      problems.offset = 'An inject must come within 14 days of scenario time.';
    }
    const type = cells.type ? choose(cells.type, INJECT_TYPES, INJECT_TYPE_LABELS, TYPE_ALIASES) : undefined;
    if (cells.type && !type) {
      problems.type = `“${cells.type}” is not an inject type; use one of ${Object.values(INJECT_TYPE_LABELS).join(', ')}.`;
    }
    const delivery = cells.delivery
      ? choose(cells.delivery, DELIVERY_METHODS, DELIVERY_METHOD_LABELS, DELIVERY_ALIASES)
      : undefined;
    if (cells.delivery && !delivery) {
      problems.delivery = `“${cells.delivery}” is not a delivery method; use one of ${Object.values(DELIVERY_METHOD_LABELS).join(', ')}.`;
    }
    const moduleId = cells.module ? moduleByTitle.get(normalise(cells.module)) : context.defaultModuleId;
    if (cells.module && !moduleId) {
      problems.module = `There is no module “${cells.module}” in this scenario; add it first or leave the cell empty.`;
    }
    let expectedActions: ExpectedAction[] = [];
    if (cells.expectedActions) {
      const parsed = parseExpectedActions(cells.expectedActions);
      if ('problem' in parsed) problems.expectedActions = parsed.problem;
      else expectedActions = parsed.actions;
    }
    const contingencyText = normalise(cells.contingency ?? '');
    if (contingencyText && !['yes', 'no', 'true', 'false', 'y', 'n', '1', '0', 'x'].includes(contingencyText)) {
      problems.contingency = `“${cells.contingency}” is not yes or no.`;
    }
    const id = cells.id || newScenarioItemId(cells.title ?? '', takenIds, 'inject');
    if (cells.id && takenIds.has(cells.id)) problems.id = `Another inject already uses the id “${cells.id}”.`;

    let inject: Inject | undefined;
    if (Object.keys(problems).length === 0) {
      const parsed = injectSchema.safeParse({
        id,
        sequence,
        offsetMinutes: offset,
        title: cells.title,
        type,
        delivery,
        from: cells.from,
        to: cells.to,
        content: cells.content,
        expectedActions,
        evaluatorNotes: cells.evaluatorNotes ?? '',
        facilitatorNotes: cells.facilitatorNotes ?? '',
        contingency: ['yes', 'true', 'y', '1', 'x'].includes(contingencyText),
      });
      if (parsed.success) inject = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          const field = FIELD_OF_SCHEMA_KEY[String(issue.path[0])] ?? 'title';
          problems[field] ??= issue.message;
        }
      }
    }
    if (inject) {
      takenIds.add(inject.id);
      takenSequences.set(inject.sequence, `row ${index + 2} of this file`);
    }
    mapped.push({ line: index + 2, cells, problems, inject, moduleId: moduleId ?? context.defaultModuleId });
  });

  const rowsWithProblems = mapped.filter((row) => Object.keys(row.problems).length > 0).length;
  const injectsByModule = new Map<string, Inject[]>();
  if (rowsWithProblems === 0) {
    for (const row of mapped) {
      if (!row.inject) continue;
      injectsByModule.set(row.moduleId, [...(injectsByModule.get(row.moduleId) ?? []), row.inject]);
    }
  }
  return { rows: mapped, missingColumns, rowsWithProblems, injectsByModule };
}

function actionLine(action: ExpectedAction): string {
  const link = action.runbookStep ? ` [runbook ${action.runbookStep.lineageId}#${action.runbookStep.stepId}]` : '';
  return `${action.capability}: ${action.text}${link}`;
}

/** The MSEL as rows of cells, header first, every inject in scenario-time order with its module's title. */
export function injectCsvRows(modules: readonly ScenarioModule[]): string[][] {
  const header = INJECT_CSV_FIELDS.map((field) => INJECT_CSV_FIELD_INFO[field].label);
  const rows = modules
    .flatMap((module) => module.injects.map((inject) => ({ module, inject })))
    .sort((a, b) => a.inject.offsetMinutes - b.inject.offsetMinutes || a.inject.sequence - b.inject.sequence)
    .map(({ module, inject }) => [
      String(inject.sequence),
      String(inject.offsetMinutes),
      inject.title,
      INJECT_TYPE_LABELS[inject.type],
      DELIVERY_METHOD_LABELS[inject.delivery],
      inject.from,
      inject.to,
      inject.content,
      inject.expectedActions.map(actionLine).join('\n'),
      inject.evaluatorNotes,
      inject.facilitatorNotes,
      inject.contingency ? 'yes' : 'no',
      module.title,
      inject.id,
    ]);
  return [header, ...rows];
}
