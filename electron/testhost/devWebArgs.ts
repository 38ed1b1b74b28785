/** Command-line options of `npm run dev:web` / `npm run demo`, parsed into a plain value (or a usage error). */
import os from 'node:os';
import path from 'node:path';

export const DEFAULT_DEV_WEB_PORT = 4180;

export interface DevWebOptions {
  /** undefined: use 4180, or a free port when 4180 is busy. */
  readonly port: number | undefined;
  readonly outputDir: string;
  readonly demo: boolean;
  /** false with --no-build: serve the dist/renderer that is already there. */
  readonly build: boolean;
}

export const DEV_WEB_USAGE = 'Usage: npm run dev:web -- [--port N] [--out DIR] [--demo] [--no-build]';

export function parseDevWebArgs(argv: readonly string[], homeDir: string = os.homedir()): DevWebOptions {
  let port: number | undefined;
  let outputDir = path.join(homeDir, 'Firebreak exports');
  let demo = false;
  let build = true;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index];
    switch (argument) {
      case '--demo':
        demo = true;
        break;
      case '--no-build':
        build = false;
        break;
      case '--port':
        port = parsePort(argv[(index += 1)]);
        break;
      case '--out':
        outputDir = path.resolve(requireValue('--out', argv[(index += 1)]));
        break;
      default:
        throw new Error(`Unknown option ${String(argument)}. ${DEV_WEB_USAGE}`);
    }
  }
  return { port, outputDir, demo, build };
}

function parsePort(value: string | undefined): number {
  const port = Number(requireValue('--port', value));
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`--port needs a whole number from 1 to 65535, not ${String(value)}.`);
  }
  return port;
}

function requireValue(option: string, value: string | undefined): string {
  if (value === undefined || value.startsWith('--')) {
    throw new Error(`${option} needs a value. ${DEV_WEB_USAGE}`);
  }
  return value;
}
