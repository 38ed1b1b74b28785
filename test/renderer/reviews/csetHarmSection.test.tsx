/**
 * The review form's CSET harm section, drawn from its field list: every CSETv1 field the schema has is on the form
 * under its exact short name and bound to its own key, choices offer "Not recorded" and the field's values, counts
 * are numeric entries and the rest text.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { useForm } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { CsetHarmSection } from '../../../renderer/features/reviews/CsetHarmSection';
import {
  CSET_HARM_LEVELS,
  CSET_SHORT_NAMES,
  CSET_YES_NO,
  csetHarmSchema,
  type CsetHarm,
} from '../../../shared/domain/reviews/cset';
import type { ReviewForm, ReviewFormInput } from '../../../shared/domain/reviews/review';

function Harness() {
  const form = useForm<ReviewFormInput, unknown, ReviewForm>();
  return <CsetHarmSection form={form} />;
}

const html = renderToStaticMarkup(<Harness />);
const KEYS = Object.keys(csetHarmSchema.shape) as (keyof CsetHarm)[];

/** The markup of the field labelled with `key`'s short name: from its label to the next label. */
function controlOf(key: keyof CsetHarm): string {
  const label = `>${CSET_SHORT_NAMES[key].replaceAll('&', '&amp;')}</label>`;
  const start = html.indexOf(label);
  if (start < 0) throw new Error(`No field labelled ${CSET_SHORT_NAMES[key]}.`);
  const next = html.indexOf('</label>', start + label.length);
  return html.slice(start, next < 0 ? undefined : next);
}

const optionsOf = (key: keyof CsetHarm) =>
  [...controlOf(key).matchAll(/<option value="[^"]*">([^<]*)</g)].map((m) => m[1]);

describe('CsetHarmSection', () => {
  it('has one labelled field per CSET harm field, each bound to its own key', () => {
    expect(html.match(/<label class="field-label"/g)).toHaveLength(KEYS.length);
    for (const key of KEYS) expect(controlOf(key)).toContain(`name="cset.${key}"`);
  });

  it('offers "Not recorded" then the values of each choice', () => {
    const yesNo = ['Not recorded', ...CSET_YES_NO];
    for (const key of ['harmDomain', 'aiSystem', 'clearLink', 'specialInterestHarm'] as const) {
      expect(optionsOf(key)).toEqual(yesNo);
    }
    expect(optionsOf('harmLevel')).toEqual(['Not recorded', ...CSET_HARM_LEVELS]);
    expect(optionsOf('tangibleHarm')).toEqual([
      'Not recorded',
      ...csetHarmSchema.shape.tangibleHarm.unwrap().unwrap().options,
    ]);
  });

  it('takes counts as numbers, the other entries as text and the notes as a paragraph', () => {
    for (const key of ['livesLost', 'injuries'] as const)
      expect(controlOf(key)).toMatch(/<input[^>]*inputMode="numeric"/);
    for (const key of ['sector', 'harmedClass'] as const) {
      expect(controlOf(key)).toMatch(/<input /);
      expect(controlOf(key)).not.toContain('inputMode');
    }
    expect(controlOf('tangibleHarmNotes')).toContain('<textarea');
  });
});
