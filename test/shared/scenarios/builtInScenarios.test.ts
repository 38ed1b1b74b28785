/**
 * Every built-in scenario parses with the shared schema and keeps the library's invariants: four or more injects,
 * at least one contingency inject, unique ids and sequence numbers, expected actions whose runbook links name a real
 * step of a built-in runbook, ATLAS techniques from the taxonomy, objectives and targets covering real capabilities.
 */
import { describe, expect, it } from 'vitest';
import { BUILT_IN_SCENARIOS } from '../../../shared/domain/exercises/builtIn';
import { injectsInOrder, scenarioBodySchema } from '../../../shared/domain/exercises/scenario';
import { ATLAS_TECHNIQUES } from '../../../shared/domain/incidents/taxonomy';
import { BUILT_IN_RUNBOOKS } from '../../../shared/domain/runbooks/builtInRunbooks';
import { builtInScenarioId, builtInScenarioVersions } from '../../../shared/domain/scenarios/library';
import { uuidV7Schema } from '../../../shared/domain/ids';

const RUNBOOK_STEPS = new Set(
  BUILT_IN_RUNBOOKS.flatMap((runbook) =>
    runbook.phases.flatMap((block) => block.steps.map((step) => `${runbook.lineageId}#${step.id}`)),
  ),
);

describe('built-in scenarios', () => {
  it('are at least eight, with unique lineage ids and valid version ids', () => {
    expect(BUILT_IN_SCENARIOS.length).toBeGreaterThanOrEqual(8);
    expect(new Set(BUILT_IN_SCENARIOS.map((scenario) => scenario.lineageId)).size).toBe(BUILT_IN_SCENARIOS.length);
    for (const scenario of BUILT_IN_SCENARIOS) {
      expect(uuidV7Schema.safeParse(scenario.lineageId).success).toBe(true);
      expect(uuidV7Schema.safeParse(builtInScenarioId(scenario)).success).toBe(true);
    }
    const ids = builtInScenarioVersions().map((version) => version.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const builtIn of BUILT_IN_SCENARIOS) {
    const name = typeof builtIn.body.overview.name === 'string' ? builtIn.body.overview.name : builtIn.lineageId;
    describe(name, () => {
      const parsed = scenarioBodySchema.safeParse(builtIn.body);

      it('parses with the shared scenario schema', () => {
        expect(parsed.error?.issues).toBeUndefined();
      });

      it('has a full overview, modules with updates and questions, and a hot-wash guide', () => {
        const body = scenarioBodySchema.parse(builtIn.body);
        expect(body.overview.scope.length).toBeGreaterThan(100);
        expect(body.overview.threat.length).toBeGreaterThan(100);
        expect(body.overview.sponsor).not.toBe('');
        expect(body.overview.participatingOrganisations.length).toBeGreaterThan(0);
        expect(body.overview.expectedRegimes.length).toBeGreaterThan(0);
        expect(body.modules.length).toBeGreaterThanOrEqual(2);
        expect(body.modules.length).toBeLessThanOrEqual(3);
        for (const module of body.modules) {
          expect(module.update.length).toBeGreaterThan(80);
          expect(module.discussionQuestions.length).toBeGreaterThan(0);
        }
        expect(body.hotWashGuide.length).toBeGreaterThanOrEqual(3);
      });

      it('has four or more injects with unique ids and sequences, expected actions and a contingency', () => {
        const injects = injectsInOrder(scenarioBodySchema.parse(builtIn.body));
        expect(injects.length).toBeGreaterThanOrEqual(4);
        expect(new Set(injects.map((inject) => inject.id)).size).toBe(injects.length);
        expect(new Set(injects.map((inject) => inject.sequence)).size).toBe(injects.length);
        expect(injects.some((inject) => inject.contingency)).toBe(true);
        for (const inject of injects) {
          expect(inject.expectedActions.length).toBeGreaterThan(0);
          expect(new Set(inject.expectedActions.map((action) => action.id)).size).toBe(inject.expectedActions.length);
        }
      });

      it('links expected actions only to real steps of built-in runbooks, and links some', () => {
        const links = injectsInOrder(scenarioBodySchema.parse(builtIn.body))
          .flatMap((inject) => inject.expectedActions)
          .flatMap((action) => (action.runbookStep ? [action.runbookStep] : []));
        expect(links.length).toBeGreaterThan(0);
        for (const link of links) expect(RUNBOOK_STEPS).toContain(`${link.lineageId}#${link.stepId}`);
      });

      it('names ATLAS techniques from the taxonomy', () => {
        const body = scenarioBodySchema.parse(builtIn.body);
        expect(body.overview.atlasTechniques.length).toBeGreaterThan(0);
        for (const id of body.overview.atlasTechniques) expect(Object.keys(ATLAS_TECHNIQUES)).toContain(id);
      });

      it('maps objectives to capabilities that its targets and expected actions exercise', () => {
        const body = scenarioBodySchema.parse(builtIn.body);
        const targeted = new Set(body.capabilityTargets.map((target) => target.capability));
        for (const target of body.capabilityTargets) expect(target.criticalTasks.length).toBeGreaterThan(0);
        const practised = new Set(
          injectsInOrder(body).flatMap((inject) => inject.expectedActions.map((a) => a.capability)),
        );
        for (const objective of body.objectives) {
          expect(objective.capabilities.some((capability) => practised.has(capability))).toBe(true);
        }
        for (const capability of targeted) expect(practised).toContain(capability);
      });
    });
  }
});
