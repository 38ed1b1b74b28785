/** The repository root, for running the packaged commands as a user would. */
import { fileURLToPath } from 'node:url';

export const repoRootPath = fileURLToPath(new URL('../../..', import.meta.url));
