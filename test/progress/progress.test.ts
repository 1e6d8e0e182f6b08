// Progress: completions counted once, streaks over consecutive days, the days each exercise was practised, and
// two writers merged.
import {
  DAYS_TO_KNOW,
  ProgressSchema,
  RECENT_COMPLETIONS_KEPT,
  completedInLastDays,
  completionId,
  currentStreak,
  dayOf,
  daysBetween,
  emptyProgress,
  knowsExercise,
  mergeProgress,
  recordCompletion,
  recordPractice,
  type Progress,
} from '../../lambda/progress';

/** Progress after completions on the given days, with ids c1, c2, ... */
const after = (days: string[], from: Progress = emptyProgress()): Progress =>
  days.reduce((p, day, i) => recordCompletion(p, `c${i + 1}`, day), from);

describe('days', () => {
  it('counts whole days between two dates, across a month end', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-05-10', '2024-05-10')).toBe(0);
    expect(daysBetween('2024-05-10', '2024-05-09')).toBe(-1);
  });

  it('gives the UTC day of a moment', () => {
    expect(dayOf(new Date('2024-05-10T23:59:59Z'))).toBe('2024-05-10');
  });
});

describe('recordCompletion', () => {
  it('counts a first completion with a streak of one', () => {
    expect(recordCompletion(emptyProgress(), 'c1', '2024-05-10')).toEqual({
      completed: 1, lastDate: '2024-05-10', streak: 1, recent: ['c1'], practised: {}, days: ['2024-05-10'], bestWeek: 1,
    });
  });

  it('grows the streak on consecutive days', () => {
    expect(after(['2024-05-08', '2024-05-09', '2024-05-10'])).toMatchObject({ completed: 3, streak: 3, lastDate: '2024-05-10' });
  });

  it('counts a second routine on the same day without growing the streak', () => {
    expect(after(['2024-05-09', '2024-05-10', '2024-05-10'])).toMatchObject({ completed: 3, streak: 2 });
  });

  it('restarts the streak after a gap', () => {
    expect(after(['2024-05-06', '2024-05-07', '2024-05-10'])).toMatchObject({ completed: 3, streak: 1, lastDate: '2024-05-10' });
  });

  it('ignores a completion id already counted', () => {
    const once = recordCompletion(emptyProgress(), 'same', '2024-05-10');
    expect(recordCompletion(once, 'same', '2024-05-11')).toBe(once);
  });

  it('keeps the last day and streak when an older completion arrives late', () => {
    const late = recordCompletion(after(['2024-05-09', '2024-05-10']), 'old', '2024-05-01');
    expect(late).toMatchObject({ completed: 3, lastDate: '2024-05-10', streak: 2 });
  });

  it('keeps only the latest completion ids', () => {
    const days = Array.from({ length: RECENT_COMPLETIONS_KEPT + 5 }, () => '2024-05-10');
    const many = after(days);
    expect(many.completed).toBe(RECENT_COMPLETIONS_KEPT + 5);
    expect(many.recent).toHaveLength(RECENT_COMPLETIONS_KEPT);
    expect(many.recent.at(-1)).toBe(`c${RECENT_COMPLETIONS_KEPT + 5}`);
  });
});

/** Progress after exercise `id` was practised on the given days. */
const practisedOn = (id: string, days: string[], from: Progress = emptyProgress()): Progress => days.reduce((p, day) => recordPractice(p, id, day), from);

describe('recordPractice', () => {
  it('counts the first day an exercise is done to its end', () => {
    expect(recordPractice(emptyProgress(), 'pigeon', '2024-05-10').practised).toEqual({ pigeon: { days: 1, last: '2024-05-10' } });
  });

  it('counts each new day once, however often the exercise is done that day', () => {
    const progress = practisedOn('pigeon', ['2024-05-08', '2024-05-08', '2024-05-09', '2024-05-09', '2024-05-09']);
    expect(progress.practised).toEqual({ pigeon: { days: 2, last: '2024-05-09' } });
  });

  it('ignores a day before the last one counted', () => {
    const progress = practisedOn('pigeon', ['2024-05-10']);
    expect(recordPractice(progress, 'pigeon', '2024-05-01')).toBe(progress);
  });

  it('keeps each exercise apart, and leaves completions alone', () => {
    const progress = practisedOn('hip-lift', ['2024-05-10'], practisedOn('pigeon', ['2024-05-09', '2024-05-10'], after(['2024-05-09'])));
    expect(progress).toEqual({
      ...after(['2024-05-09']),
      practised: { pigeon: { days: 2, last: '2024-05-10' }, 'hip-lift': { days: 1, last: '2024-05-10' } },
    });
  });
});

describe('knowsExercise', () => {
  it(`knows an exercise done on ${DAYS_TO_KNOW} different days, not one done only once or on one day`, () => {
    expect(DAYS_TO_KNOW).toBe(2);
    expect(knowsExercise(emptyProgress(), 'pigeon')).toBe(false);
    expect(knowsExercise(practisedOn('pigeon', ['2024-05-10', '2024-05-10', '2024-05-10']), 'pigeon')).toBe(false);
    expect(knowsExercise(practisedOn('pigeon', ['2024-05-09', '2024-05-10']), 'pigeon')).toBe(true);
  });

  it('knows only the exercise that was practised', () => {
    expect(knowsExercise(practisedOn('pigeon', ['2024-05-09', '2024-05-10']), 'hip-lift')).toBe(false);
  });
});

describe('stored progress', () => {
  it('reads progress saved before practice days were kept, with none practised', () => {
    expect(ProgressSchema.parse({ completed: 2, lastDate: '2024-05-10', streak: 1, recent: ['a', 'b'] })).toEqual({
      completed: 2,
      lastDate: '2024-05-10',
      streak: 1,
      recent: ['a', 'b'],
      practised: {},
      days: [],
      bestWeek: 0,
    });
  });

  it('rejects a practice day that is no date', () => {
    expect(ProgressSchema.safeParse({ ...emptyProgress(), practised: { pigeon: { days: 1, last: 'Tuesday' } } }).success).toBe(false);
  });
});

describe('currentStreak', () => {
  const progress: Progress = { ...emptyProgress(), completed: 3, lastDate: '2024-05-10', streak: 3 };

  it('holds today and the day after', () => {
    expect(currentStreak(progress, '2024-05-10')).toBe(3);
    expect(currentStreak(progress, '2024-05-11')).toBe(3);
  });

  it('is broken after a missed day', () => {
    expect(currentStreak(progress, '2024-05-12')).toBe(0);
    expect(currentStreak(emptyProgress(), '2024-05-12')).toBe(0);
  });
});

describe('mergeProgress', () => {
  it('keeps both writers completions', () => {
    const base = after(['2024-05-08', '2024-05-09']);
    const stored = recordCompletion(base, 'phone', '2024-05-10');
    const mine = recordCompletion(base, 'speaker', '2024-05-10');
    const merged = mergeProgress(stored, mine, base);
    expect(merged.completed).toBe(4);
    expect(merged.recent).toEqual(expect.arrayContaining(['c1', 'c2', 'phone', 'speaker']));
    expect(merged).toMatchObject({ lastDate: '2024-05-10', streak: 3 });
  });

  it('adds nothing when the writer completed nothing new', () => {
    const base = after(['2024-05-09']);
    const stored = recordCompletion(base, 'phone', '2024-05-10');
    expect(mergeProgress(stored, base, base)).toEqual(stored);
  });

  it('does not count twice a completion the stored record already has', () => {
    const base = emptyProgress();
    const mine = recordCompletion(base, 'x', '2024-05-10');
    expect(mergeProgress(mine, mine, base)).toEqual(mine);
  });

  it('keeps the practice days both writers saw, the larger count for each exercise', () => {
    const base = practisedOn('pigeon', ['2024-05-08']);
    const stored = practisedOn('hip-lift', ['2024-05-10'], practisedOn('pigeon', ['2024-05-09'], base));
    const mine = practisedOn('pigeon', ['2024-05-09', '2024-05-10'], practisedOn('lying', ['2024-05-10'], base));
    expect(mergeProgress(stored, mine, base).practised).toEqual({
      pigeon: { days: 3, last: '2024-05-10' },
      'hip-lift': { days: 1, last: '2024-05-10' },
      lying: { days: 1, last: '2024-05-10' },
    });
  });

  it('keeps the stored practice days when this writer practised nothing new', () => {
    const base = practisedOn('pigeon', ['2024-05-08']);
    const stored = practisedOn('pigeon', ['2024-05-09', '2024-05-10'], base);
    expect(mergeProgress(stored, base, base).practised).toEqual({ pigeon: { days: 3, last: '2024-05-10' } });
  });

  it('counts a day both writers practised on once', () => {
    const base = practisedOn('pigeon', ['2024-05-08']);
    const stored = practisedOn('pigeon', ['2024-05-10'], base);
    const mine = practisedOn('pigeon', ['2024-05-10'], base);
    expect(mergeProgress(stored, mine, base).practised).toEqual({ pigeon: { days: 2, last: '2024-05-10' } });
  });

  it('keeps the later last day on a tie, so that day is not counted again', () => {
    const base = practisedOn('pigeon', ['2024-05-08']);
    const stored = practisedOn('pigeon', ['2024-05-09'], base);
    const mine = practisedOn('pigeon', ['2024-05-10'], base);
    const merged = mergeProgress(stored, mine, base);
    expect(merged.practised).toEqual({ pigeon: { days: 2, last: '2024-05-10' } });
    expect(recordPractice(merged, 'pigeon', '2024-05-10')).toBe(merged);
  });
});

describe('completedInLastDays', () => {
  it('counts the routines of the last seven days, today included, from the kept completion ids', () => {
    const days = ['2024-05-01', '2024-05-03', '2024-05-04', '2024-05-09', '2024-05-10', '2024-05-10'];
    const progress = days.reduce((p, day, i) => recordCompletion(p, completionId(day, `request-${i}`), day), emptyProgress());
    expect(completedInLastDays(progress, '2024-05-10')).toBe(4);
    expect(completedInLastDays(progress, '2024-05-10', 1)).toBe(2);
    expect(completedInLastDays(progress, '2024-05-20')).toBe(0);
  });

  it('ignores ids without a day in front', () => {
    expect(completedInLastDays(after(['2024-05-10']), '2024-05-10')).toBe(0);
  });
});
