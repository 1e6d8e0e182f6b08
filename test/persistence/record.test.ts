// Reading a stored user record: valid, missing, damaged field by field, or from another schema version.
import { RECORD_SCHEMA_VERSION, freshRecord, parseRecord, type UserRecord } from '../../lambda/persistence/record';
import { initialState } from '../../lambda/routine';

const valid = (): UserRecord => ({
  schemaVersion: RECORD_SCHEMA_VERSION,
  routine: {
    ...initialState(),
    status: 'paused',
    exercise: 2,
    sideIndex: 1,
    round: 1,
    affectedSide: 'left',
    settings: { holdSeconds: 45, repetitions: 3, easier: ['standing-figure-four'] },
    safetyNoticeHeard: true,
  },
  progress: { completed: 57, lastDate: '2026-11-25', streak: 12, recent: ['a', 'b', 'c', 'd'] },
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
  it('reads a valid record as it is', () => {
    expect(parseRecord(valid())).toEqual({ record: valid() });
  });

  it.each([undefined, null, {}])('gives a fresh record without a problem for %p', (stored) => {
    expect(parseRecord(stored)).toEqual({ record: freshRecord() });
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
    ['routine.affectedSide', 'middle', 'middle'],
    ['routine.safetyNoticeHeard', 'yes', 'yes'],
    ['routine.settings.holdSeconds', '31', 31],
    ['routine.settings.repetitions', '2^53 + 2', TOO_BIG],
    ['routine.settings.easier', '21 ids', Array.from({ length: 21 }, () => 'x')],
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
    const { record, problem } = parseRecord({ ...valid(), schemaVersion: RECORD_SCHEMA_VERSION + 1, weeklyGoal: 4 });
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
