/**
 * The built-in tabletop scenarios: each in its own file beside this one, listed here. A built-in scenario has a fixed
 * lineage id (so exercises, improvement items and sync bundles name it the same on every installation) and a version
 * that counts up when its content changes; its body is checked against `scenarioBodySchema` by the unit tests.
 */
import type { ScenarioBodyInput } from '../scenario';
import { agentDeletesRecords } from './agentDeletesRecords';
import { copilotCrossTenant } from './copilotCrossTenant';
import { creditModelDiscrimination } from './creditModelDiscrimination';
import { earningsPaste } from './earningsPaste';
import { memoryPoisoning } from './memoryPoisoning';
import { modelExtraction } from './modelExtraction';
import { poisonedToolServer } from './poisonedToolServer';
import { providerOutageFailover } from './providerOutageFailover';
import { trainingDataPoisoning } from './trainingDataPoisoning';
import { chatbotJailbreak } from './chatbotJailbreak';

export interface BuiltInScenario {
  readonly lineageId: string;
  readonly version: number;
  readonly body: ScenarioBodyInput;
}

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  earningsPaste,
  trainingDataPoisoning,
  modelExtraction,
  agentDeletesRecords,
  poisonedToolServer,
  memoryPoisoning,
  creditModelDiscrimination,
  copilotCrossTenant,
  providerOutageFailover,
  chatbotJailbreak,
];
