/** Regimes and anchor events as the responder picks them: the rules' own names, for selects and headings. */
import { ANCHOR_NAMES, REGIME_IDS, type AnchorName, type RegimeId } from '../../../shared/domain/regulatory/clockInput';
import { REGULATORY_RULES } from '../../../shared/domain/regulatory/regulatoryRules';
import { ANCHOR_EVENTS } from '../../../shared/domain/regulatory/rules';

export const REGIME_OPTIONS: ReadonlyArray<{ readonly id: RegimeId; readonly name: string }> = REGIME_IDS.map((id) => ({
  id,
  name: REGULATORY_RULES[id].name,
}));

/** Events a responder records by hand; awareness comes from the incident, submissions from "Record submission". */
export const RECORDABLE_ANCHORS: ReadonlyArray<{ readonly id: AnchorName; readonly label: string }> =
  ANCHOR_NAMES.filter((name) => !name.endsWith('SubmittedAt')).map((id) => ({
    id,
    label: ANCHOR_EVENTS[id].charAt(0).toUpperCase() + ANCHOR_EVENTS[id].slice(1),
  }));

export function regimeName(id: RegimeId): string {
  return REGULATORY_RULES[id].name;
}
