#!/usr/bin/env node
// firebreak-verify: runs the TypeScript verifier (cli.ts beside this file) through tsx in plain Node.
import process from 'node:process';
import { register } from 'tsx/esm/api';

// A reader that stops early (`| head`) closes the pipe: end quietly with the verdict's code, not a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
register();
const { runVerifier } = await import('./cli.ts');
process.exitCode = await runVerifier(process.argv.slice(2));
