/** Subjects: what timeline entries, evidence items and reports are about. */
import { describe, expect, it } from 'vitest';
import { incidentSubject, SUBJECT_KINDS, subjectSchema } from '../../shared/domain/subject';
import { REPORT_SUBJECT_KINDS, reportSubjectSchema } from '../../shared/reports/manifest';

describe('subject', () => {
  it('names an incident by kind, id and reference', () => {
    const subject = incidentSubject({ id: '0190a000-0000-7000-8000-000000000001', ref: 'INC-2026-0042' });
    expect(subject).toEqual({ kind: 'incident', id: '0190a000-0000-7000-8000-000000000001', ref: 'INC-2026-0042' });
    expect(subjectSchema.parse(subject)).toEqual(subject);
    // A stored subject is also a valid manifest subject.
    expect(reportSubjectSchema.parse(subject)).toEqual(subject);
  });

  it('refuses a subject without a record id or a reference', () => {
    expect(subjectSchema.safeParse({ kind: 'exercise', id: 'not-an-id', ref: 'EX-1' }).success).toBe(false);
    expect(
      subjectSchema.safeParse({ kind: 'review', id: '0190a000-0000-7000-8000-000000000001', ref: '' }).success,
    ).toBe(false);
  });

  it('has the same kinds as the report manifest', () => {
    expect([...SUBJECT_KINDS]).toEqual([...REPORT_SUBJECT_KINDS]);
  });
});
