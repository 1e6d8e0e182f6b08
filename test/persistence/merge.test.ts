// Merging my record onto the one another device stored.
import { freshRecord, mergeRecord, type UserRecord } from '../../lambda/persistence';
import { recordCompletion } from '../../lambda/progress';

const base: UserRecord = {
  ...freshRecord(),
  routine: { ...freshRecord().routine, status: 'paused', exercise: 1, sideIndex: 0, startSide: 'left', safetyNoticeHeard: true },
};
const withRoutine = (changes: Partial<UserRecord['routine']>): UserRecord => ({ ...base, routine: { ...base.routine, ...changes } });

describe('mergeRecord', () => {
  it('takes the position whole from the writer that moved it, never mixed from both', () => {
    const mine = withRoutine({ status: 'active', exercise: 2, sideIndex: 0 });
    const theirs = withRoutine({ status: 'active', exercise: 1, sideIndex: 1, round: 1 });
    expect(mergeRecord(base, mine, theirs).routine).toMatchObject({ status: 'active', exercise: 2, sideIndex: 0, round: 0 });
  });

  it('keeps their position when I did not move', () => {
    const mine = withRoutine({ settings: { ...base.routine.settings, holdSeconds: 45 } });
    const theirs = withRoutine({ status: 'active', exercise: 3, sideIndex: 1 });
    expect(mergeRecord(base, mine, theirs).routine).toMatchObject({ status: 'active', exercise: 3, sideIndex: 1, settings: { holdSeconds: 45 } });
  });

  it('merges settings field by field', () => {
    const mine = withRoutine({ settings: { ...base.routine.settings, holdSeconds: 60 } });
    const theirs = withRoutine({ settings: { ...base.routine.settings, repetitions: 3 } });
    expect(mergeRecord(base, mine, theirs).routine.settings).toMatchObject({ holdSeconds: 60, repetitions: 3, easier: [] });
  });

  it('keeps what the other device changed outside the routine when I did not change it', () => {
    const mine = withRoutine({ status: 'active', exercise: 2 });
    const theirs = { ...base, weeklyGoal: 5 };
    expect(mergeRecord(base, mine, theirs)).toMatchObject({ weeklyGoal: 5, routine: { exercise: 2 } });
  });

  it('keeps the completions of both, each once', () => {
    const mine = { ...base, progress: recordCompletion(base.progress, 'mine', '2026-11-26') };
    const theirs = { ...base, progress: recordCompletion(recordCompletion(base.progress, 'theirs', '2026-11-26'), 'mine', '2026-11-26') };
    expect(mergeRecord(base, mine, theirs).progress).toMatchObject({ completed: 2, recent: ['theirs', 'mine'] });
  });

  it('puts what a session did before it could read the store on top of the stored record', () => {
    const stored = withRoutine({ settings: { ...base.routine.settings, holdSeconds: 45 } });
    const mine = { ...freshRecord(), routine: { ...freshRecord().routine, safetyNoticeHeard: true } };
    expect(mergeRecord(freshRecord(), mine, stored).routine).toEqual(stored.routine);
  });
});
