// Days where the user lives: local days across time zones and daylight-saving changes, with a fixed clock, and
// the weekly goal's count across a week boundary.
import {
  addDays,
  dayOf,
  emptyProgress,
  isKnownTimeZone,
  localDateTime,
  mergeProgress,
  recordCompletion,
  weekStart,
  weekSummary,
  type Progress,
} from '../../lambda/progress';

/** Progress after completions at the given moments, counted on the local day of `timeZone`. */
const doneAt = (moments: string[], timeZone: string, from: Progress = emptyProgress()): Progress =>
  moments.reduce((p, moment, i) => {
    const day = dayOf(new Date(moment), timeZone);
    return recordCompletion(p, `${day}#r${i}`, day);
  }, from);

describe('dayOf in a time zone', () => {
  it('gives the local day, not the UTC one, for an evening in California', () => {
    // 6 pm on Thursday 26 November 2026 in Los Angeles is 2 am on Friday in UTC.
    const evening = new Date('2026-11-27T02:00:00Z');
    expect(dayOf(evening, 'America/Los_Angeles')).toBe('2026-11-26');
    expect(dayOf(evening)).toBe('2026-11-27');
  });

  it('follows Los Angeles across the spring change, when a day has 23 hours', () => {
    // Clocks go from 2 am PST to 3 am PDT on Sunday 8 March 2026.
    expect(dayOf(new Date('2026-03-08T07:59:59Z'), 'America/Los_Angeles')).toBe('2026-03-07'); // 11:59 pm PST
    expect(dayOf(new Date('2026-03-08T08:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08'); // midnight PST
    expect(localDateTime(new Date('2026-03-08T10:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-08T03:00:00'); // 3 am PDT
    expect(dayOf(new Date('2026-03-09T06:59:59Z'), 'America/Los_Angeles')).toBe('2026-03-08'); // 11:59 pm PDT
    expect(dayOf(new Date('2026-03-09T07:00:00Z'), 'America/Los_Angeles')).toBe('2026-03-09'); // midnight PDT
  });

  it('follows Auckland across the autumn change, when a day has 25 hours', () => {
    // Clocks go from 3 am NZDT (UTC+13) back to 2 am NZST (UTC+12) on Sunday 5 April 2026.
    expect(dayOf(new Date('2026-04-04T10:59:59Z'), 'Pacific/Auckland')).toBe('2026-04-04'); // 11:59 pm NZDT
    expect(dayOf(new Date('2026-04-04T11:00:00Z'), 'Pacific/Auckland')).toBe('2026-04-05'); // midnight NZDT
    expect(dayOf(new Date('2026-04-05T11:59:59Z'), 'Pacific/Auckland')).toBe('2026-04-05'); // 11:59 pm NZST
    expect(dayOf(new Date('2026-04-05T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-04-06'); // midnight NZST
  });

  it('follows Auckland across the spring change, and Kolkata on its half hour', () => {
    // 27 September 2026: 2 am NZST becomes 3 am NZDT.
    expect(dayOf(new Date('2026-09-26T11:59:59Z'), 'Pacific/Auckland')).toBe('2026-09-26');
    expect(dayOf(new Date('2026-09-26T12:00:00Z'), 'Pacific/Auckland')).toBe('2026-09-27');
    expect(dayOf(new Date('2026-09-27T10:59:59Z'), 'Pacific/Auckland')).toBe('2026-09-27');
    expect(dayOf(new Date('2026-09-27T11:00:00Z'), 'Pacific/Auckland')).toBe('2026-09-28');
    // India is UTC+5:30 all year.
    expect(dayOf(new Date('2026-11-26T18:29:59Z'), 'Asia/Kolkata')).toBe('2026-11-26');
    expect(dayOf(new Date('2026-11-26T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-11-27');
  });

  it('knows IANA zones and refuses made-up ones', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});

describe('streak and week on local days', () => {
  it('counts an evening and the next morning in California as two days in a row, where UTC sees one day', () => {
    const moments = ['2026-11-27T02:00:00Z', '2026-11-27T17:00:00Z']; // Thursday 6 pm, Friday 9 am (Los Angeles)
    expect(doneAt(moments, 'America/Los_Angeles')).toMatchObject({ completed: 2, streak: 2, days: ['2026-11-26', '2026-11-27'] });
    expect(doneAt(moments, 'UTC')).toMatchObject({ completed: 2, streak: 1, days: ['2026-11-27'] });
  });

  it('keeps a streak of days in a row across the Los Angeles spring change', () => {
    const evenings = ['2026-03-07T07:00:00Z', '2026-03-08T07:00:00Z', '2026-03-09T06:00:00Z']; // 11 pm each night
    expect(doneAt(evenings, 'America/Los_Angeles')).toMatchObject({ streak: 3, days: ['2026-03-06', '2026-03-07', '2026-03-08'] });
  });

  it('puts a Monday morning in Auckland in the new week, though it is still Sunday in UTC', () => {
    // Sunday 29 November 2026, 8 pm NZDT, then Monday 30 November, 8 am NZDT (Sunday 19:00 UTC).
    const progress = doneAt(['2026-11-29T07:00:00Z', '2026-11-29T19:00:00Z'], 'Pacific/Auckland');
    expect(weekSummary(progress, '2026-11-30')).toEqual({ done: 1, best: 1 });
    const inUtc = doneAt(['2026-11-29T07:00:00Z', '2026-11-29T19:00:00Z'], 'UTC');
    expect(weekSummary(inUtc, '2026-11-29')).toEqual({ done: 1, best: 1 });
  });
});

describe('the weekly goal across a week boundary', () => {
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-26')).toBe('2026-11-23'); // a Thursday
    expect(weekStart('2026-11-23')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23'); // the Sunday
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('counts distinct days this week, starts again on Monday, and keeps the best week', () => {
    let progress = emptyProgress();
    for (const [i, day] of ['2026-11-27', '2026-11-28', '2026-11-28', '2026-11-29'].entries()) progress = recordCompletion(progress, `${day}#${i}`, day);
    expect(weekSummary(progress, '2026-11-29')).toEqual({ done: 3, best: 3 });
    expect(progress.completed).toBe(4);
    // Monday: a new week with nothing done yet; the best week is remembered.
    expect(weekSummary(progress, '2026-11-30')).toEqual({ done: 0, best: 3 });
    progress = recordCompletion(progress, '2026-12-01#x', '2026-12-01');
    expect(weekSummary(progress, '2026-12-02')).toEqual({ done: 1, best: 3 });
    expect(progress.bestWeek).toBe(3);
  });

  it('counts the last day of a record written before days were kept', () => {
    const older: Progress = { ...emptyProgress(), completed: 6, lastDate: '2026-11-25', streak: 1, recent: ['a'] };
    expect(weekSummary(older, '2026-11-26')).toEqual({ done: 1, best: 1 });
    expect(recordCompletion(older, '2026-11-26#b', '2026-11-26')).toMatchObject({ days: ['2026-11-25', '2026-11-26'], bestWeek: 2 });
  });

  it('keeps both devices\' days when their writes are merged', () => {
    const base = recordCompletion(emptyProgress(), '2026-11-23#a', '2026-11-23');
    const other = recordCompletion(base, '2026-11-24#b', '2026-11-24');
    const mine = recordCompletion(base, '2026-11-25#c', '2026-11-25');
    const merged = mergeProgress(other, mine, base);
    expect(merged).toMatchObject({ completed: 3, days: ['2026-11-23', '2026-11-24', '2026-11-25'], bestWeek: 3 });
    expect(weekSummary(merged, '2026-11-26').done).toBe(3);
  });
});
