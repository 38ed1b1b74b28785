/** A deadline's remaining time in words, to the minute: "2 d 3 h 5 min left", "overdue by 40 min". */
export interface Countdown {
  readonly overdue: boolean;
  readonly words: string;
}

function span(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  const days = Math.floor(minutes / 1_440);
  const hours = Math.floor((minutes % 1_440) / 60);
  const rest = minutes % 60;
  const parts = [days > 0 ? `${days} d` : '', days > 0 || hours > 0 ? `${hours} h` : '', `${rest} min`];
  return parts.filter(Boolean).join(' ');
}

export function countdown(dueAt: string, now: number): Countdown {
  const left = Date.parse(dueAt) - now;
  return left >= 0
    ? { overdue: false, words: `${span(left)} left` }
    : { overdue: true, words: `overdue by ${span(-left)}` };
}
