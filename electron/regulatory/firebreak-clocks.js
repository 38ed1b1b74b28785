#!/usr/bin/env node
// `npm run -s clocks -- FILE.json`: runs the TypeScript clock command (clocks-cli.ts beside this file) through tsx in
// plain Node.
import process from 'node:process';
import { register } from 'tsx/esm/api';

// A reader that stops early (`| head`) closes the pipe: end quietly, not with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
register();
const { runClocks } = await import('./clocks-cli.ts');
process.exitCode = await runClocks(process.argv.slice(2));
