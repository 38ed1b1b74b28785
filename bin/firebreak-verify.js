#!/usr/bin/env node
// firebreak-verify: runs the TypeScript verifier (electron/verifier/cli.ts) through tsx in plain Node.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { runVerifier } = await import('../electron/verifier/cli.ts');
process.exitCode = await runVerifier(process.argv.slice(2));
