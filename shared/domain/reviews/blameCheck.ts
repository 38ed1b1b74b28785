/**
 * The blameless check: a gentle, pure scan of review text for wording that puts blame on people — names of people
 * from the directory in the causes, and phrases such as "should have", "failed to", "human error" — each with a
 * suggestion that describes the system instead. It advises and never refuses: the author may keep the text.
 */

export interface BlameFinding {
  /** The text as found. */
  readonly match: string;
  readonly index: number;
  readonly kind: 'person' | 'phrase';
  readonly suggestion: string;
}

interface BlamePhrase {
  readonly pattern: RegExp;
  readonly suggestion: string;
}

const PHRASES: readonly BlamePhrase[] = [
  {
    pattern: /\b(?:should|could|would)(?:n['’]?t| not)? have\b|\bshould(?:'ve|’ve)\b|\bcould(?:'ve|’ve)\b/gi,
    suggestion:
      'Hindsight: describe what the people involved knew and could see at the time, and what made the other path hard.',
  },
  {
    pattern: /\bfail(?:ed|s)? to\b/gi,
    suggestion: 'Say what the system or process did not do (“the alert did not fire”), not what a person failed at.',
  },
  {
    pattern: /\bhuman error\b|\boperator error\b|\buser error\b/gi,
    suggestion: '“Human error” ends the inquiry: ask which condition made the error likely and easy to make.',
  },
  {
    pattern: /\b(?:careless(?:ly|ness)?|negligen(?:t|ce)|sloppy|lazy|incompetent|reckless(?:ly)?)\b/gi,
    suggestion: 'A judgement of a person: describe the action and the conditions around it instead.',
  },
  {
    pattern: /\b(?:forgot to|neglected to|ignored|didn['’]?t bother|did not bother)\b/gi,
    suggestion: 'Ask what would have made remembering or noticing easy: a check, an alert, a runbook step.',
  },
  {
    pattern: /\b(?:(?:his|her|their) fault|to blame|blame[sd]?|fault of)\b/gi,
    suggestion: 'Blameless reviews look for causes in the system; name the condition, not the culprit.',
  },
];

const PERSON_SUGGESTION = 'Names a person: refer to the role (“the on-call engineer”) and what the system let them do.';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a directory name appears: the full name in any case, or one of its parts (at least 3 letters) written as a
 * name (capitalised, a whole word), so "Dana" and "Okafor" are found but the word "will" is not taken for "Will".
 */
function personPatterns(names: readonly string[]): RegExp[] {
  const patterns: RegExp[] = [];
  for (const name of names) {
    const full = name.trim();
    if (full.length < 3) continue;
    patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(full)}(?![\\p{L}\\p{N}])`, 'giu'));
    for (const part of full.split(/\s+/)) {
      if (part === full || part.length < 3 || !/^\p{Lu}/u.test(part)) continue;
      patterns.push(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'gu'));
    }
  }
  return patterns;
}

/** Every blaming phrase and every person's name in `text`, in order of appearance, overlaps reported once. */
export function checkBlame(text: string, peopleNames: readonly string[] = []): BlameFinding[] {
  const findings: BlameFinding[] = [];
  for (const pattern of personPatterns(peopleNames)) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ match: match[0], index: match.index, kind: 'person', suggestion: PERSON_SUGGESTION });
    }
  }
  for (const { pattern, suggestion } of PHRASES) {
    for (const match of text.matchAll(pattern)) {
      findings.push({ match: match[0], index: match.index, kind: 'phrase', suggestion });
    }
  }
  findings.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: BlameFinding[] = [];
  let end = -1;
  for (const finding of findings) {
    if (finding.index < end) continue;
    kept.push(finding);
    end = finding.index + finding.match.length;
  }
  return kept;
}
