// Reading a stored user record: valid, missing, damaged field by field, of an older shape, or from another schema version.
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

/** `valid()` with one field, at a dotted path, replaced by `value`. */
function damaged(path: string, value: unknown): Record<string, unknown> {
  const record = structuredClone(valid()) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce((at, key) => at[key] as Record<string, unknown>, record);
  parent[last] = value;
  return record;
}

/** The value at a dotted path. */
const at = (record: unknown, path: string): unknown => path.split('.').reduce((value, key) => (value as Record<string, unknown>)[key], record);

const TOO_BIG = 2 ** 53 + 2;

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

  it('repairs the side of an older record that is no side alone, and keeps the rest', () => {
    const stored = beforeRename();
    const { record, problem, repaired } = parseRecord({ ...stored, routine: { ...stored.routine, affectedSide: 'middle' } });
    expect(problem).toBe('corrupt');
    expect(repaired).toEqual(['routine.startSide']);
    expect(record.routine).toMatchObject({ startSide: null, status: 'paused', exercise: 1, sideIndex: 1, round: 1 });
    expect(record.progress.completed).toBe(2);
  });

  it('treats a setting outside its choices as corrupt, and keeps the progress', () => {
    const stored = valid();
    const { record, problem } = parseRecord({ ...stored, routine: { ...stored.routine, settings: { ...stored.routine.settings, speechRate: 20 } } });
    expect(problem).toBe('corrupt');
    expect(record.routine.settings.speechRate).toBe(100);
    expect(record.progress).toEqual(stored.progress);
  });

  it.each([
    ['progress.completed', 'many', 'many'],
    ['progress.completed', '-1', -1],
    ['progress.completed', '2^53 + 2', TOO_BIG],
    ['progress.completed', '90071992547409930', '90071992547409930'],
    ['progress.lastDate', 'yesterday', 'yesterday'],
    ['progress.lastDate', '20261125', 20261125],
    ['progress.streak', '-3', -3],
    ['progress.streak', '2.5', 2.5],
    ['progress.recent', 'a string set', new Set(['a', 'b'])],
    ['progress.recent', '31 ids', Array.from({ length: 31 }, (_, i) => `id-${i}`)],
    ['progress.recent', 'a', 'a'],
    ['routine.status', 'dancing', 'dancing'],
    ['routine.exercise', '-4', -4],
    ['routine.round', '99', 99],
    ['routine.startSide', 'middle', 'middle'],
    ['routine.safetyNoticeHeard', 'yes', 'yes'],
    ['routine.settings.holdSeconds', '31', 31],
    ['routine.settings.repetitions', '2^53 + 2', TOO_BIG],
    ['routine.settings.easier', '21 ids', Array.from({ length: 21 }, () => 'x')],
    ['routine.settings.speechRate', '20', 20],
    ['progress.practised', 'a list', ['lying-crossed-knee']],
    ['weeklyGoal', '9', 9],
    ['routineOffer', 'maybe', 'maybe'],
    ['reminder', 'half a schedule', { hour: 25 }],
  ])('repairs %s = %s alone, to its fresh value, and keeps every other field', (path, _label, value) => {
    const { record, problem, repaired } = parseRecord(damaged(path, value));
    expect(problem).toBe('corrupt');
    expect(repaired).toEqual([path]);
    expect(at(record, path)).toEqual(at(freshRecord(), path));
    expect(damaged(path, at(freshRecord(), path))).toEqual(record);
  });

  it('repairs a missing field alone', () => {
    const stored = damaged('progress.streak', undefined);
    const { record, repaired } = parseRecord(stored);
    expect(repaired).toEqual(['progress.streak']);
    expect(record.progress).toEqual({ ...valid().progress, streak: 0 });
  });

  it('gives a part that is not an object its fresh value and keeps the other parts', () => {
    const { record, problem, repaired } = parseRecord({ ...valid(), routine: 'garbage' });
    expect(problem).toBe('corrupt');
    expect(repaired).toEqual(['routine']);
    expect(record).toEqual({ ...valid(), routine: initialState() });
  });

  it('reads an older record as far as it goes, as unknownVersion', () => {
    const { record, problem } = parseRecord({ schemaVersion: 0, position: { exercise: 2 }, progress: valid().progress });
    expect(problem).toBe('unknownVersion');
    expect(record).toEqual({ ...freshRecord(), progress: valid().progress });
  });

  it('reads a record of a newer schema as far as it goes, as newerVersion', () => {
    const { record, problem } = parseRecord({ ...valid(), schemaVersion: RECORD_SCHEMA_VERSION + 1, somethingNewer: 4 });
    expect(problem).toBe('newerVersion');
    expect(record).toEqual(valid());
  });

  it('reports an unknown version for data that is not an object', () => {
    expect(parseRecord('garbage')).toMatchObject({ record: freshRecord(), problem: 'unknownVersion' });
  });

  it('always returns a record of the current version', () => {
    for (const stored of [valid(), { schemaVersion: 0 }, { schemaVersion: 7 }, { routine: 5 }, 42]) {
      expect(parseRecord(stored).record.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    }
  });
});
