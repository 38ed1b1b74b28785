/** How markings read on screen: the TLP or PAP name with its badge tone (the text carries the meaning). */
import type { Pap, Tlp } from '../../../shared/domain/observables/observable';
import type { BadgeTone } from '../../ui/Badge';

export const TLP_TONES: Readonly<Record<Tlp, BadgeTone>> = {
  CLEAR: 'neutral',
  GREEN: 'success',
  AMBER: 'warning',
  'AMBER+STRICT': 'warning',
  RED: 'danger',
};

export const PAP_TONES: Readonly<Record<Pap, BadgeTone>> = {
  CLEAR: 'neutral',
  GREEN: 'success',
  AMBER: 'warning',
  RED: 'danger',
};
