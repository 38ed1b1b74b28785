/** `npm run build:electron`: bundles main and preload into dist/electron. */
import { bundleElectron } from './bundleElectron';
import { repoRoot } from './paths';

bundleElectron(repoRoot())
  .then((result) => console.log(`Bundled ${result.mainFile} and ${result.preloadFile}`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
