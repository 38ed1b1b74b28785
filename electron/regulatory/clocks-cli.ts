/**
 * `npm run -s clocks -- FILE.json`: the regulatory clock engine from the command line, in plain Node with no app.
 * Reads one clock input object (shared/domain/regulatory/clockInput.ts), prints `{"clocks":[…]}` on one line, and
 * for any bad input prints one line saying what is wrong on standard error (never a stack) and exits non-zero.
 */
import { readFile } from 'node:fs/promises';
import { describeZodError, IN_WORDS } from '../../shared/errors';
import { computeRegulatoryClocks } from '../../shared/domain/regulatory/clockEngine';
import '../../shared/domain/regulatory/holidaysPackage';
import { clockInputSchema } from '../../shared/domain/regulatory/clockInput';

export const CLOCKS_EXIT_CODES = { ok: 0, badInput: 1, failed: 70, usage: 64 } as const;

export const CLOCKS_USAGE =
  'Usage: npm run -s clocks -- FILE.json  (one JSON object: regimes, timeZone, country, holidays, anchors, facts)';

export interface ClocksOutput {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
}

const consoleOutput: ClocksOutput = { out: console.log, err: console.error };

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}

function readProblem(path: string, error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT') return `${path}: no such file.`;
  if (code === 'EISDIR') return `${path}: is a folder, not a file.`;
  if (code === 'EACCES') return `${path}: not allowed to read it.`;
  return `${path}: cannot be read.`;
}

export async function runClocks(argv: readonly string[], output: ClocksOutput = consoleOutput): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--help' || argv[0] === '-h')) {
    output.out(CLOCKS_USAGE);
    return CLOCKS_EXIT_CODES.ok;
  }
  const [path] = argv;
  if (argv.length !== 1 || path === undefined || path.startsWith('-')) {
    output.err(`Give exactly one input file. ${CLOCKS_USAGE}`);
    return CLOCKS_EXIT_CODES.usage;
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    output.err(readProblem(path, error));
    return CLOCKS_EXIT_CODES.badInput;
  }
  let json: unknown;
  try {
    // A byte-order mark, as some editors write, is not part of the JSON.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    output.err(`${path}: not valid JSON (${firstLine(error instanceof Error ? error.message : String(error))}).`);
    return CLOCKS_EXIT_CODES.badInput;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    output.err(`${path}: give one JSON object with regimes, timeZone, country and anchors.`);
    return CLOCKS_EXIT_CODES.badInput;
  }
  const parsed = clockInputSchema.safeParse(json, IN_WORDS);
  if (!parsed.success) {
    output.err(`${path}: ${firstLine(describeZodError(parsed.error))}`);
    return CLOCKS_EXIT_CODES.badInput;
  }
  try {
    output.out(JSON.stringify({ clocks: computeRegulatoryClocks(parsed.data) }));
    return CLOCKS_EXIT_CODES.ok;
  } catch (error) {
    output.err(
      `The clocks could not be computed: ${firstLine(error instanceof Error ? error.message : String(error))}`,
    );
    return CLOCKS_EXIT_CODES.failed;
  }
}
