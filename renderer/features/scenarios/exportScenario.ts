/**
 * Saves a scenario version as a shareable JSON file, or its inject list (the MSEL) as CSV, through the host's one
 * export channel. CSV cells that a spreadsheet would run as a formula are escaped (the one CSV writer, `shared/csv.ts`).
 */
import { scenarioFile } from '../../../shared/domain/scenarios/library';
import { injectCsvRows } from '../../../shared/domain/scenarios/injectCsv';
import type { ScenarioBody } from '../../../shared/domain/exercises/scenario';
import { hostClient } from '../../host/hostClient';
import { showToast } from '../../ui/toastStore';
import { writeCsv } from './csv';

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'untitled'
  );
}

async function save(suggestedName: string, mediaType: 'application/json' | 'text/csv', content: string, what: string) {
  const result = await hostClient().invoke('files:saveExport', { suggestedName, mediaType, content });
  if (!result.ok) showToast('error', result.error.message);
  else if (result.value.status === 'saved') showToast('success', `${what} exported to ${result.value.path}`);
}

export async function exportScenarioJson(scenario: ScenarioBody & { readonly version: number }): Promise<void> {
  await save(
    `scenario-${slug(scenario.overview.name)}-v${scenario.version}.json`,
    'application/json',
    `${JSON.stringify(scenarioFile(scenario), null, 2)}\n`,
    'Scenario',
  );
}

export async function exportInjectsCsv(scenario: ScenarioBody & { readonly version: number }): Promise<void> {
  await save(
    `msel-${slug(scenario.overview.name)}-v${scenario.version}.csv`,
    'text/csv',
    writeCsv(injectCsvRows(scenario.modules)),
    'Inject list',
  );
}
