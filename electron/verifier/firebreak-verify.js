#!/usr/bin/env node
// firebreak-verify: runs the TypeScript verifier (cli.ts beside this file) through tsx in plain Node.
import process from 'node:process';
import { register } from 'tsx/esm/api';

register();
const { runVerifier } = await import('./cli.ts');
process.exitCode = await runVerifier(process.argv.slice(2));
