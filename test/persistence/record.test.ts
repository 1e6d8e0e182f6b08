// Reading a stored user record: valid, missing, damaged, of an older shape, or from an unknown version.
import { RECORD_SCHEMA_VERSION, freshRecord, parseRecord, type UserRecord } from '../../lambda/persistence/record';
import { initialState } from '../../lambda/routine';

const valid = (): UserRecord => ({
  schemaVersion: RECORD_SCHEMA_VERSION,
  routine: {
    ...initialState(),
    status: 'paused',
    exercise: 2,
    sideIndex: 0,
    startSide: 'left',
    safetyNoticeHeard: true,
    settings: { holdSeconds: 45, repetitions: 3, easier: ['kneeling-hip-lift'], chair: true, speechRate: 90, countPace: 'slow', instructions: 'short' },
  },
  progress: {
    completed: 4, lastDate: '2024-05-10', streak: 2, recent: ['a', 'b', 'c', 'd'], practised: { 'lying-crossed-knee': { days: 3, last: '2024-05-10' } },
    days: ['2024-05-09', '2024-05-10'], bestWeek: 2,
  },
  weeklyGoal: 5,
  routineOffer: 'declined',
  reminderOffered: true,
  reminder: { hour: 18, minute: 30, days: 'weekdays' },
});

/** A record as it was stored before the starting side was renamed and the newer settings and fields existed. */
const beforeRename = () => ({
  schemaVersion: RECORD_SCHEMA_VERSION,
  routine: {
    status: 'paused',
    exercise: 1,
    sideIndex: 1,
    round: 1,
    affectedSide: 'left',
    settings: { holdSeconds: 60, repetitions: 3, easier: ['standing-figure-four'] },
    safetyNoticeHeard: true,
  },
  progress: { completed: 2, lastDate: '2024-05-09', streak: 1, recent: ['a', 'b'] },
});

describe('parseRecord', () => {
  it('keeps the readable coming-back fields of a damaged record, and defaults the rest', () => {
    const { record, problem } = parseRecord({ ...valid(), routine: 'garbage', weeklyGoal: 12, reminder: { hour: 25, minute: 0, days: 'daily' } });
    expect(problem).toBe('corrupt');
    expect(record).toMatchObject({ weeklyGoal: 3, routineOffer: 'declined', reminderOffered: true, reminder: null, progress: valid().progress });
  });

  it('reads a valid record as it is, settings and practice days included', () => {
    expect(parseRecord(valid())).toEqual({ record: valid() });
  });

  it.each([undefined, null, {}])('gives a fresh record without a problem for %p', (stored) => {
    expect(parseRecord(stored)).toEqual({ record: freshRecord() });
  });

  it('reads the side of an older record, stored as affectedSide, as the starting side', () => {
    const { record, problem } = parseRecord(beforeRename());
    expect(problem).toBeUndefined();
    expect(record.routine.startSide).toBe('left');
    expect(record.routine).not.toHaveProperty('affectedSide');
    expect(record.routine).toMatchObject({ status: 'paused', exercise: 1, sideIndex: 1, round: 1, safetyNoticeHeard: true });
  });

  it('gives an older record the defaults of the settings and fields it lacks, and keeps the ones it has', () => {
    const { record } = parseRecord(beforeRename());
    expect(record.routine.settings).toEqual({
      holdSeconds: 60,
      repetitions: 3,
      easier: ['standing-figure-four'],
      chair: false,
      speechRate: 100,
      countPace: 'normal',
      instructions: 'auto',
    });
    expect(record.routine).toMatchObject({ wakeWordTipHeard: false, activeUntil: null });
    expect(record.progress).toEqual({ ...beforeRename().progress, practised: {}, days: [], bestWeek: 0 });
    expect(record).toMatchObject({ weeklyGoal: 3, routineOffer: 'none', reminderOffered: false, reminder: null });
  });

  it('keeps a starting side of null in an older record', () => {
    const stored = beforeRename();
    const { record, problem } = parseRecord({ ...stored, routine: { ...stored.routine, affectedSide: null } });
    expect(problem).toBeUndefined();
    expect(record.routine.startSide).toBeNull();
  });

  it('keeps the progress of an older record whose side is no side', () => {
    const stored = beforeRename();
    const { record, problem } = parseRecord({ ...stored, routine: { ...stored.routine, affectedSide: 'middle' } });
    expect(problem).toBe('corrupt');
    expect(record.routine).toEqual(initialState());
    expect(record.progress.completed).toBe(2);
  });

  it('keeps the progress when the routine is corrupt', () => {
    const stored = { ...valid(), routine: { ...valid().routine, exercise: -4, status: 'dancing' } };
    const { record, problem } = parseRecord(stored);
    expect(problem).toBe('corrupt');
    expect(record.routine).toEqual(initialState());
    expect(record.progress).toEqual(valid().progress);
  });

  it('keeps the routine when the progress is corrupt', () => {
    const { record, problem } = parseRecord({ ...valid(), progress: { completed: 'many' } });
    expect(problem).toBe('corrupt');
    expect(record.routine).toEqual(valid().routine);
    expect(record.progress).toEqual(freshRecord().progress);
  });

  it('treats a setting outside its choices as corrupt, and keeps the progress', () => {
    const stored = valid();
    const { record, problem } = parseRecord({ ...stored, routine: { ...stored.routine, settings: { ...stored.routine.settings, speechRate: 20 } } });
    expect(problem).toBe('corrupt');
    expect(record.routine.settings.speechRate).toBe(100);
    expect(record.progress).toEqual(stored.progress);
  });

  it('reports an unknown schema version', () => {
    const { record, problem } = parseRecord({ schemaVersion: 99, something: 'else' });
    expect(problem).toBe('unknownVersion');
    expect(record).toEqual(freshRecord());
  });

  it('reports an unknown version for data that is not an object', () => {
    expect(parseRecord('garbage')).toEqual({ record: freshRecord(), problem: 'unknownVersion' });
  });

  it('always returns a record of the current version', () => {
    for (const stored of [valid(), beforeRename(), { schemaVersion: 0 }, { routine: 5 }, 42]) {
      expect(parseRecord(stored).record.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    }
  });
});
