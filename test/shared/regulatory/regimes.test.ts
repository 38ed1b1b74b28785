/**
 * Worked examples for every regime and stage: hours as instant arithmetic (daylight saving never matters), DORA's
 * 4 h / 24 h interplay and its move to 12:00 of the next working day, the SEC's fourth business day across federal
 * holidays, US calendar days, HIPAA's 500-person split, CIRCIA marked as proposed, and clocks with no anchor yet.
 * Every expected value is worked out by hand in the comment above it.
 */
import { describe, expect, it } from 'vitest';
import { REGIME_IDS, REGIME_STAGES } from '../../../shared/domain/regulatory/clockInput';
import { clockFor, clocksFor, deadlineOf } from './clockTestInput';

const brussels = { timeZone: 'Europe/Brussels', country: 'BE' } as const;
const newYork = { timeZone: 'America/New_York', country: 'US' } as const;

describe('hours run from the exact instant', () => {
  it('GDPR Art. 33: 72 hours across the spring daylight-saving change', () => {
    // Aware Friday 27 March 2026 10:00 CET = 09:00Z. 72 hours later is 09:00Z on Monday 30 March; summer time began on
    // Sunday 29 March, so the Brussels wall clock then reads 11:00 (UTC+2): 73 wall-clock hours, 72 real ones.
    const input = { ...brussels, regimes: ['gdpr-art33'], anchors: { awareAt: '2026-03-27T10:00:00+01:00' } };
    expect(deadlineOf(input, 'gdpr-art33', 'authority')).toEqual({
      dueAt: '2026-03-30T09:00:00.000Z',
      localDue: 'Monday 30 March 2026, 11:00:00 (Europe/Brussels, UTC+02:00)',
    });
    expect(clockFor(input, 'gdpr-art33', 'authority').basis).toContain('Regulation (EU) 2016/679 (GDPR) Art. 33(1)');
  });

  it('UK GDPR Art. 33: 72 hours, a weekend in between changes nothing', () => {
    // Aware Friday 16 October 2026 18:00 BST = 17:00Z; + 72 h = Monday 19 October 17:00Z = 18:00 BST.
    const input = {
      timeZone: 'Europe/London',
      country: 'GB',
      regimes: ['uk-gdpr-art33'],
      anchors: { awareAt: '2026-10-16T18:00:00+01:00' },
    };
    expect(deadlineOf(input, 'uk-gdpr-art33', 'authority')).toEqual({
      dueAt: '2026-10-19T17:00:00.000Z',
      localDue: 'Monday 19 October 2026, 18:00:00 (Europe/London, UTC+01:00)',
    });
    expect(clockFor(input, 'uk-gdpr-art33', 'authority').basis).toContain('UK GDPR Art. 33(1)');
  });

  it('NIS2 Art. 23: early warning 24 h and notification 72 h from awareness, even on a Saturday', () => {
    // Aware Friday 20 March 2026 09:15 CET = 08:15Z: early warning Saturday 21 March 08:15Z, notification Monday
    // 23 March 08:15Z. Hours are never moved off weekends.
    const input = { ...brussels, regimes: ['nis2-art23'], anchors: { awareAt: '2026-03-20T09:15:00+01:00' } };
    expect(clocksFor(input).map(({ stage, dueAt }) => ({ stage, dueAt }))).toEqual([
      { stage: 'early-warning', dueAt: '2026-03-21T08:15:00.000Z' },
      { stage: 'notification', dueAt: '2026-03-23T08:15:00.000Z' },
      { stage: 'final', dueAt: null },
    ]);
  });

  it('NYDFS 500.17(a): 72 hours across the autumn daylight-saving change in New York', () => {
    // Determined Friday 30 October 2026 12:00 EDT = 16:00Z; + 72 h = Monday 2 November 16:00Z. Summer time ended on
    // Sunday 1 November, so New York reads 11:00 EST.
    const input = { ...newYork, regimes: ['nydfs-500.17'], anchors: { determinedAt: '2026-10-30T12:00:00-04:00' } };
    expect(deadlineOf(input, 'nydfs-500.17', 'notice')).toEqual({
      dueAt: '2026-11-02T16:00:00.000Z',
      localDue: 'Monday 2 November 2026, 11:00:00 (America/New_York, UTC-05:00)',
    });
  });
});

describe('DORA (Delegated Regulation 2025/301 Art. 5)', () => {
  const dora = { ...brussels, regimes: ['dora-art19'] };
  const initial = (anchors: object, facts: object = {}) =>
    clockFor({ ...dora, anchors, facts }, 'dora-art19', 'initial');

  it('initial: 4 hours from classification when that is within 24 hours from awareness', () => {
    // Aware Tuesday 10 March 2026 09:00 CET (08:00Z), classified 11:00 CET (10:00Z): 4 h → 14:00Z; the 24-hour limit
    // (Wednesday 08:00Z) is later.
    expect(
      initial({ awareAt: '2026-03-10T09:00:00+01:00', classifiedMajorAt: '2026-03-10T11:00:00+01:00' }).dueAt,
    ).toBe('2026-03-10T14:00:00.000Z');
  });

  it('initial: no later than 24 hours from awareness', () => {
    // Aware Tuesday 10 March 08:00Z, classified Wednesday 11 March 06:00Z: 4 h would be 10:00Z, but 24 h from
    // awareness is Wednesday 08:00Z, which comes first.
    const clock = initial({ awareAt: '2026-03-10T08:00:00Z', classifiedMajorAt: '2026-03-11T06:00:00Z' });
    expect(clock.dueAt).toBe('2026-03-11T08:00:00.000Z');
    expect(clock.basis).toContain('24 hours from awareness');
  });

  it('initial: classified more than 24 hours after awareness, 4 hours from classification', () => {
    // Aware Tuesday 10 March 08:00Z, classified Thursday 12 March 09:00Z (49 h later): 4 h → 13:00Z.
    const clock = initial({ awareAt: '2026-03-10T08:00:00Z', classifiedMajorAt: '2026-03-12T09:00:00Z' });
    expect(clock.dueAt).toBe('2026-03-12T13:00:00.000Z');
    expect(clock.basis).toContain('came after the limit');
  });

  it('initial on a Saturday moves to 12:00 of the next working day, except for the listed entities', () => {
    // Aware Friday 20 March 2026 12:00 CET (11:00Z), classified 22:00 CET (21:00Z): 4 h → Saturday 21 March 01:00Z
    // (02:00 CET), before the 24-hour limit (Saturday 11:00Z). A Saturday: moved to Monday 23 March 12:00 CET = 11:00Z.
    // A credit institution (doraSignificantEntity) keeps Saturday 01:00Z; so does an entity that has not said.
    const anchors = { awareAt: '2026-03-20T12:00:00+01:00', classifiedMajorAt: '2026-03-20T22:00:00+01:00' };
    expect(initial(anchors, { doraSignificantEntity: false })).toMatchObject({
      dueAt: '2026-03-23T11:00:00.000Z',
      localDue: 'Monday 23 March 2026, 12:00:00 (Europe/Brussels, UTC+01:00)',
    });
    expect(initial(anchors, { doraSignificantEntity: true }).dueAt).toBe('2026-03-21T01:00:00.000Z');
    const unsaid = initial(anchors);
    expect(unsaid.dueAt).toBe('2026-03-21T01:00:00.000Z');
    expect(unsaid.basis).toContain('not recorded');
  });

  it('intermediate: 72 hours after the initial report, moved over Easter to 12:00 on Tuesday', () => {
    // Initial submitted Thursday 2 April 2026 10:00 CEST (08:00Z); + 72 h = Sunday 5 April 08:00Z (Easter Sunday).
    // Monday 6 April is Easter Monday, so 12:00 CEST on Tuesday 7 April = 10:00Z. For a listed entity: Sunday 08:00Z.
    const anchors = { initialSubmittedAt: '2026-04-02T10:00:00+02:00' };
    const at = (facts: object) => clockFor({ ...dora, anchors, facts }, 'dora-art19', 'intermediate').dueAt;
    expect(at({ doraSignificantEntity: false })).toBe('2026-04-07T10:00:00.000Z');
    expect(at({ doraSignificantEntity: true })).toBe('2026-04-05T08:00:00.000Z');
  });

  it('final: one month after the latest intermediate report, moved off a weekend even for the listed entities', () => {
    // Intermediate submitted 7 April 2026: one month ends with Thursday 7 May, 23:59:59.999 CEST = 21:59:59.999Z.
    // Submitted Saturday 31 January 2026: the month ends with Saturday 28 February (no 31st), which moves to 12:00 CET
    // on Monday 2 March = 11:00Z; the exception covers initial and intermediate reports only.
    const final = (intermediateSubmittedAt: string) =>
      clockFor(
        { ...dora, anchors: { intermediateSubmittedAt }, facts: { doraSignificantEntity: true } },
        'dora-art19',
        'final',
      ).dueAt;
    expect(final('2026-04-07T15:00:00+02:00')).toBe('2026-05-07T21:59:59.999Z');
    expect(final('2026-01-31T10:00:00+01:00')).toBe('2026-03-02T11:00:00.000Z');
  });

  it('waits for classification and for each submission', () => {
    const clocks = clocksFor({ ...dora, anchors: { awareAt: '2026-03-10T08:00:00Z' } });
    expect(clocks.map(({ stage, dueAt, waitingFor }) => ({ stage, dueAt, waitingFor }))).toEqual([
      {
        stage: 'initial',
        dueAt: null,
        waitingFor: 'classification of the incident as major (anchors.classifiedMajorAt)',
      },
      {
        stage: 'intermediate',
        dueAt: null,
        waitingFor: 'submission of the initial notification (anchors.initialSubmittedAt)',
      },
      {
        stage: 'final',
        dueAt: null,
        waitingFor: 'submission of the latest intermediate report (anchors.intermediateSubmittedAt)',
      },
    ]);
  });
});

describe('Cyber Resilience Act Art. 14', () => {
  const cra = { ...brussels, regimes: ['cra-art14'] };

  it('early warning 24 h and notification 72 h from awareness', () => {
    // Aware Wednesday 4 November 2026 14:00 CET = 13:00Z: 24 h → Thursday 13:00Z; 72 h → Saturday 7 November 13:00Z.
    const clocks = clocksFor({
      ...cra,
      anchors: { awareAt: '2026-11-04T14:00:00+01:00' },
      facts: { craKind: 'incident' },
    });
    expect(clocks.map(({ stage, dueAt }) => ({ stage, dueAt }))).toEqual([
      { stage: 'early-warning', dueAt: '2026-11-05T13:00:00.000Z' },
      { stage: 'notification', dueAt: '2026-11-07T13:00:00.000Z' },
      { stage: 'final', dueAt: null },
    ]);
  });

  it('final for a vulnerability: 14 days after a corrective measure, moved off Christmas and the weekend', () => {
    // Measure available Friday 11 December 2026 (day 0). Day 14 is Friday 25 December (Christmas, a Belgian public
    // holiday); Saturday 26 and Sunday 27 follow, so the period ends with Monday 28 December: 22:59:59.999Z (CET).
    const input = {
      ...cra,
      anchors: { correctiveMeasureAvailableAt: '2026-12-11T10:00:00+01:00' },
      facts: { craKind: 'vulnerability' },
    };
    expect(deadlineOf(input, 'cra-art14', 'final').dueAt).toBe('2026-12-28T22:59:59.999Z');
    expect(clockFor(input, 'cra-art14', 'final').basis).toContain('Art. 14(2)(c)');
  });

  it('final for a severe incident: one month after the notification', () => {
    // Notification submitted Tuesday 10 November 2026: one month ends with Thursday 10 December, 22:59:59.999Z (CET).
    const input = {
      ...cra,
      anchors: { notificationSubmittedAt: '2026-11-10T09:00:00+01:00' },
      facts: { craKind: 'incident' },
    };
    expect(deadlineOf(input, 'cra-art14', 'final').dueAt).toBe('2026-12-10T22:59:59.999Z');
    expect(clockFor(input, 'cra-art14', 'final').basis).toContain('Art. 14(4)(c)');
  });

  it('final waits for the kind to be recorded', () => {
    const clock = clockFor({ ...cra, anchors: { awareAt: '2026-11-04T14:00:00+01:00' } }, 'cra-art14', 'final');
    expect(clock).toMatchObject({
      dueAt: null,
      waitingFor: 'whether this is an actively exploited vulnerability or a severe incident (facts.craKind)',
    });
  });
});

describe('SEC Form 8-K Item 1.05: fourth business day, 17:30 New York', () => {
  const sec = (materialityDeterminedAt: string) =>
    clockFor(
      { timeZone: 'Europe/Brussels', country: 'BE', regimes: ['sec-8k-item105'], anchors: { materialityDeterminedAt } },
      'sec-8k-item105',
      'form-8k',
    );

  it('across Thanksgiving', () => {
    // Determined Tuesday 24 November 2026. Business days: Wed 25 (1), Thu 26 Thanksgiving (skipped), Fri 27 (2; not a
    // federal holiday), Mon 30 (3), Tue 1 December (4). 17:30 EST = 22:30Z. The input's zone is not used: New York is.
    const clock = sec('2026-11-24T10:00:00-05:00');
    expect(clock).toMatchObject({
      dueAt: '2026-12-01T22:30:00.000Z',
      timeZone: 'America/New_York',
      localDue: 'Tuesday 1 December 2026, 17:30:00 (America/New_York, UTC-05:00)',
    });
    expect(clock.basis).toContain('skipping Thanksgiving Day, Thursday 26 November 2026');
  });

  it('the determination date is the date in New York', () => {
    // 03:00Z on 25 November is 22:00 on Tuesday 24 November in New York: the same count, Tuesday 1 December.
    expect(sec('2026-11-25T03:00:00Z').dueAt).toBe('2026-12-01T22:30:00.000Z');
  });

  it('Independence Day observed on a Friday (4 July 2026 is a Saturday)', () => {
    // Determined Wednesday 1 July 2026: Thu 2 (1), Fri 3 observed holiday (skipped), Mon 6 (2), Tue 7 (3), Wed 8 (4).
    // 17:30 EDT = 21:30Z.
    expect(sec('2026-07-01T16:00:00-04:00').dueAt).toBe('2026-07-08T21:30:00.000Z');
  });

  it('Independence Day observed on a Monday (4 July 2027 is a Sunday)', () => {
    // Determined Thursday 1 July 2027: Fri 2 (1), Mon 5 observed holiday (skipped), Tue 6 (2), Wed 7 (3), Thu 8 (4).
    expect(sec('2027-07-01T09:00:00-04:00').dueAt).toBe('2027-07-08T21:30:00.000Z');
  });

  it("New Year's Day 2028 (a Saturday) observed on Friday 31 December 2027", () => {
    // Determined Tuesday 28 December 2027: Wed 29 (1), Thu 30 (2), Fri 31 observed (skipped), Mon 3 January 2028 (3),
    // Tue 4 January (4). 17:30 EST = 22:30Z.
    expect(sec('2027-12-28T11:00:00-05:00').dueAt).toBe('2028-01-04T22:30:00.000Z');
  });
});

describe('NYDFS 500.17(c): extortion payments', () => {
  const nydfs = { ...newYork, regimes: ['nydfs-500.17'] };

  it('notice within 24 hours and a written justification within 30 calendar days', () => {
    // Paid Wednesday 10 June 2026 15:00 EDT = 19:00Z: notice Thursday 11 June 19:00Z. Day 30 after 10 June is Friday
    // 10 July: 23:59:59.999 EDT = 04:00Z on 11 July, less a millisecond.
    const input = {
      ...nydfs,
      anchors: { ransomPaidAt: '2026-06-10T15:00:00-04:00' },
      facts: { extortionPayment: true },
    };
    expect(deadlineOf(input, 'nydfs-500.17', 'extortion-notice').dueAt).toBe('2026-06-11T19:00:00.000Z');
    expect(deadlineOf(input, 'nydfs-500.17', 'extortion-justification')).toEqual({
      dueAt: '2026-07-11T03:59:59.999Z',
      localDue: 'Friday 10 July 2026, 23:59:59 (America/New_York, UTC-04:00)',
    });
  });

  it('no extortion stages when no payment was made; waiting for the payment while it is not recorded', () => {
    expect(clocksFor({ ...nydfs, facts: { extortionPayment: false } }).map((clock) => clock.stage)).toEqual(['notice']);
    expect(clockFor({ ...nydfs, facts: { extortionPayment: true } }, 'nydfs-500.17', 'extortion-notice')).toMatchObject(
      {
        dueAt: null,
        waitingFor: 'the ransom or extortion payment (anchors.ransomPaidAt)',
      },
    );
  });
});

describe('HIPAA breach notification', () => {
  const hipaa = (discoveredAt: string, facts: object = {}) => ({
    ...newYork,
    regimes: ['hipaa-breach'],
    anchors: { discoveredAt },
    facts,
  });

  it('individuals within 60 calendar days, never moved, ending at the end of the day in the zone', () => {
    // Discovered 21:00 EDT on Wednesday 2 September 2026 (01:00Z on the 3rd): day 0 is 2 September. Day 60: 28 days to
    // 30 September, 31 to 31 October, 1 more: Sunday 1 November, the day summer time ends. US calendar days do not
    // move off a Sunday: 23:59:59.999 EST = 04:59:59.999Z on 2 November.
    expect(deadlineOf(hipaa('2026-09-03T01:00:00Z'), 'hipaa-breach', 'individuals')).toEqual({
      dueAt: '2026-11-02T04:59:59.999Z',
      localDue: 'Sunday 1 November 2026, 23:59:59 (America/New_York, UTC-05:00)',
    });
  });

  it('HHS at the same time when 500 or more people are affected', () => {
    // Discovered Friday 20 March 2026: day 60 is Tuesday 19 May (11 days to 31 March, 30 to 30 April, 19 more):
    // 23:59:59.999 EDT = 03:59:59.999Z on 20 May, for both notices.
    const input = hipaa('2026-03-20T10:00:00-04:00', { affectedIndividuals: 500 });
    expect(deadlineOf(input, 'hipaa-breach', 'individuals').dueAt).toBe('2026-05-20T03:59:59.999Z');
    expect(deadlineOf(input, 'hipaa-breach', 'hhs').dueAt).toBe('2026-05-20T03:59:59.999Z');
    expect(clockFor(input, 'hipaa-breach', 'hhs').basis).toContain('164.408(b)');
  });

  it('HHS within 60 days after the end of the calendar year when fewer than 500 are affected', () => {
    // 499 people, discovered in 2026: 31 December 2026 + 60 days = 1 March 2027 (31 days of January, 28 of February,
    // 1 of March): 23:59:59.999 EST = 04:59:59.999Z on 2 March. Discovered in 2027: 31 December 2027 + 60 days =
    // 29 February 2028, a leap day: 04:59:59.999Z on 1 March 2028.
    expect(deadlineOf(hipaa('2026-03-20T10:00:00-04:00', { affectedIndividuals: 499 }), 'hipaa-breach', 'hhs')).toEqual(
      { dueAt: '2027-03-02T04:59:59.999Z', localDue: 'Monday 1 March 2027, 23:59:59 (America/New_York, UTC-05:00)' },
    );
    expect(
      deadlineOf(hipaa('2027-06-01T10:00:00-04:00', { affectedIndividuals: 12 }), 'hipaa-breach', 'hhs').dueAt,
    ).toBe('2028-03-01T04:59:59.999Z');
  });

  it('HHS waits for the number of people affected', () => {
    expect(clockFor(hipaa('2026-03-20T10:00:00-04:00'), 'hipaa-breach', 'hhs')).toMatchObject({
      dueAt: null,
      waitingFor: 'the number of people affected (facts.affectedIndividuals)',
    });
  });
});

describe('CIRCIA (proposed)', () => {
  it('72 hours from reasonable belief and 24 hours from a ransom payment, said to be not in force', () => {
    // Reasonable belief Monday 9 March 2026 08:00Z → Thursday 12 March 08:00Z; ransom paid Tuesday 10 March 20:00Z →
    // Wednesday 11 March 20:00Z.
    const clocks = clocksFor({
      ...newYork,
      regimes: ['circia-proposed'],
      anchors: { reasonableBeliefAt: '2026-03-09T08:00:00Z', ransomPaidAt: '2026-03-10T20:00:00Z' },
    });
    expect(clocks.map(({ stage, dueAt, inForce }) => ({ stage, dueAt, inForce }))).toEqual([
      { stage: 'report', dueAt: '2026-03-12T08:00:00.000Z', inForce: false },
      { stage: 'ransom-payment', dueAt: '2026-03-11T20:00:00.000Z', inForce: false },
    ]);
    for (const clock of clocks) expect(clock.basis).toContain('proposed and not in force');
  });
});

describe('missing anchors', () => {
  it('every clock without its anchor has no deadline and names the event it waits for', () => {
    const clocks = clocksFor({
      ...brussels,
      regimes: [...REGIME_IDS],
      facts: { craKind: 'vulnerability', affectedIndividuals: 3 },
    });
    expect(
      clocks.map(({ regime, stage, dueAt, localDue, waitingFor }) => ({ regime, stage, dueAt, localDue, waitingFor })),
    ).toEqual(
      [
        ['eu-ai-act-art73', 'report', 'awareness of the incident (anchors.awareAt)'],
        ['gdpr-art33', 'authority', 'awareness of the incident (anchors.awareAt)'],
        ['uk-gdpr-art33', 'authority', 'awareness of the incident (anchors.awareAt)'],
        ['nis2-art23', 'early-warning', 'awareness of the incident (anchors.awareAt)'],
        ['nis2-art23', 'notification', 'awareness of the incident (anchors.awareAt)'],
        ['nis2-art23', 'final', 'submission of the incident notification (anchors.notificationSubmittedAt)'],
        ['dora-art19', 'initial', 'classification of the incident as major (anchors.classifiedMajorAt)'],
        ['dora-art19', 'intermediate', 'submission of the initial notification (anchors.initialSubmittedAt)'],
        ['dora-art19', 'final', 'submission of the latest intermediate report (anchors.intermediateSubmittedAt)'],
        ['cra-art14', 'early-warning', 'awareness of the incident (anchors.awareAt)'],
        ['cra-art14', 'notification', 'awareness of the incident (anchors.awareAt)'],
        [
          'cra-art14',
          'final',
          'availability of a corrective or mitigating measure (anchors.correctiveMeasureAvailableAt)',
        ],
        ['sec-8k-item105', 'form-8k', 'determination that the incident is material (anchors.materialityDeterminedAt)'],
        ['nydfs-500.17', 'notice', 'determination that a cybersecurity incident has occurred (anchors.determinedAt)'],
        ['nydfs-500.17', 'extortion-notice', 'the ransom or extortion payment (anchors.ransomPaidAt)'],
        ['nydfs-500.17', 'extortion-justification', 'the ransom or extortion payment (anchors.ransomPaidAt)'],
        ['hipaa-breach', 'individuals', 'discovery of the breach (anchors.discoveredAt)'],
        ['hipaa-breach', 'hhs', 'discovery of the breach (anchors.discoveredAt)'],
        [
          'circia-proposed',
          'report',
          'reasonable belief that a covered cyber incident has occurred (anchors.reasonableBeliefAt)',
        ],
        ['circia-proposed', 'ransom-payment', 'the ransom or extortion payment (anchors.ransomPaidAt)'],
      ].map(([regime, stage, waitingFor]) => ({ regime, stage, dueAt: null, localDue: null, waitingFor })),
    );
    for (const clock of clocks) expect(clock.basis).toContain('no deadline until');
  });

  it('DORA initial with classification but no awareness waits for awareness rather than guess the 24-hour limit', () => {
    const clock = clockFor(
      { ...brussels, regimes: ['dora-art19'], anchors: { classifiedMajorAt: '2026-03-10T10:00:00Z' } },
      'dora-art19',
      'initial',
    );
    expect(clock).toMatchObject({ dueAt: null, waitingFor: 'awareness of the incident (anchors.awareAt)' });
  });

  it('stages come out in the order of REGIME_STAGES', () => {
    const clocks = clocksFor({ ...brussels, regimes: [...REGIME_IDS] });
    expect(clocks.map((clock) => `${clock.regime} ${clock.stage}`)).toEqual(
      REGIME_IDS.flatMap((regime) => REGIME_STAGES[regime].map((stage) => `${regime} ${stage}`)),
    );
  });
});
