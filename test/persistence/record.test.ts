// Reading a stored user record: valid, missing, damaged or from an unknown version.
import { RECORD_SCHEMA_VERSION, freshRecord, parseRecord, type UserRecord } from '../../lambda/persistence/record';
import { initialState } from '../../lambda/routine';

const valid = (): UserRecord => ({
  schemaVersion: RECORD_SCHEMA_VERSION,
  routine: { ...initialState(), status: 'paused', exercise: 2, sideIndex: 0, affectedSide: 'left', safetyNoticeHeard: true },
  progress: { completed: 4, lastDate: '2024-05-10', streak: 2, recent: ['a', 'b', 'c', 'd'], days: ['2024-05-09', '2024-05-10'], bestWeek: 2 },
  weeklyGoal: 5,
  routineOffer: 'declined',
  reminderOffered: true,
  reminder: { hour: 18, minute: 30, days: 'weekdays' },
});

describe('parseRecord', () => {
  it('reads a valid record as it is', () => {
    expect(parseRecord(valid())).toEqual({ record: valid() });
  });

  it.each([undefined, null, {}])('gives a fresh record without a problem for %p', (stored) => {
    expect(parseRecord(stored)).toEqual({ record: freshRecord() });
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

  it('reports an unknown schema version', () => {
    const { record, problem } = parseRecord({ schemaVersion: 99, something: 'else' });
    expect(problem).toBe('unknownVersion');
    expect(record).toEqual(freshRecord());
  });

  it('reports an unknown version for data that is not an object', () => {
    expect(parseRecord('garbage')).toEqual({ record: freshRecord(), problem: 'unknownVersion' });
  });

  it('always returns a record of the current version', () => {
    for (const stored of [valid(), { schemaVersion: 0 }, { routine: 5 }, 42]) {
      expect(parseRecord(stored).record.schemaVersion).toBe(RECORD_SCHEMA_VERSION);
    }
  });
});
