// PRIVACY.md and TERMS.md say what the code does: how long records and logs are kept, and the disclaimer.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { LOG_RETENTION } from '../../cdk/lib/skill-stack';
import { UserRecordSchema } from '../../lambda/persistence';
import { TTL_DAYS } from '../../lambda/persistence/table';

type Schema = { [key: string]: unknown };

const ROOT = path.join(__dirname, '..', '..');
const privacy = readFileSync(path.join(ROOT, 'PRIVACY.md'), 'utf8').replace(/\s+/g, ' ');
const terms = readFileSync(path.join(ROOT, 'TERMS.md'), 'utf8').replace(/\s+/g, ' ');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'skill-package', 'skill.json'), 'utf8')) as {
  manifest: { publishingInformation: { locales: Record<string, { description: string }> } };
};

describe('PRIVACY.md', () => {
  it('gives the record lifetime of the table TTL', () => {
    expect(privacy).toContain(`about ${TTL_DAYS} days after it last changed`);
  });

  it('gives the log retention of the stack', () => {
    expect(privacy).toContain(`Logs are deleted after ${LOG_RETENTION} days`);
  });

  it('gives the 35 days of point-in-time backups', () => {
    expect(privacy).toContain('point-in-time backups of the records for 35 days');
  });

  it('says what is not kept: recordings, health information, pain reports', () => {
    expect(privacy).toMatch(/No recordings/);
    expect(privacy).toMatch(/does not store your condition, your symptoms, how much pain you are in, or that you said "it hurts"/);
  });

  it('says how to have the data deleted: disable the skill, or ask', () => {
    expect(privacy).toMatch(/Disable the skill/);
    expect(privacy).toMatch(/Ask the publisher/);
  });
});

describe('TERMS.md and the store description', () => {
  it('both carry the disclaimer', () => {
    expect(terms).toMatch(/not a substitute for professional medical advice/);
    for (const { description } of Object.values(manifest.manifest.publishingInformation.locales)) {
      expect(description).toMatch(/not a substitute for professional medical advice/);
    }
  });
});

/** Each field of the user record, and the words of PRIVACY.md that tell the user about it. */
const FIELD_WORDS: Record<string, string> = {
  'record.schemaVersion': 'one record for you',
  'record.routine': 'Your place in the routine',
  'record.routine.status': 'under way, paused or finished',
  'record.routine.exercise': 'which exercise',
  'record.routine.sideIndex': 'which side',
  'record.routine.round': 'which round you stopped at',
  'record.routine.startSide': 'the side you chose to start each stretch with',
  'record.routine.settings': 'Your preferences',
  'record.routine.settings.holdSeconds': 'how long each hold lasts',
  'record.routine.settings.repetitions': 'how many rounds you do',
  'record.routine.settings.easier': 'which exercises you asked to make easier',
  'record.routine.settings.chair': 'whether you use the chair routine',
  'record.routine.settings.speechRate': 'how fast the skill speaks',
  'record.routine.settings.countPace': 'and counts',
  'record.routine.settings.instructions': 'the full or the short instructions',
  'record.routine.safetyNoticeHeard': 'the safety notice',
  'record.routine.wakeWordTipHeard': 'the tip to say "Alexa" first',
  'record.routine.inPlace': 'whether you were already in position for the side you were on',
  'record.routine.activeUntil': 'when the exercise you were last guided through was due to end',
  'record.progress': 'Your progress',
  'record.progress.completed': 'how many routines you have finished',
  'record.progress.lastDate': 'the date of the last one',
  'record.progress.streak': 'your streak of days in a row',
  'record.progress.recent': 'a reference for each of your last 30 finished routines',
  'record.progress.practised': 'for each exercise, on how many days you did it and the last one',
  'record.progress.days': 'the days of the last two weeks on',
  'record.progress.bestWeek': 'the best week so far',
  'record.weeklyGoal': 'your weekly goal',
  'record.routineOffer': 'whether the skill offered to set up',
  'record.reminderOffered': 'whether it offered a daily reminder',
  'record.reminder': 'the reminder you',
};

describe('PRIVACY.md and the user record', () => {
  const schema = z.toJSONSchema(UserRecordSchema as unknown as z.ZodType, { unrepresentable: 'any' }) as Schema;
  const fields = (node: Schema, at: string, depth: number): string[] =>
    Object.entries((node.properties ?? {}) as Record<string, Schema>).flatMap(([name, child]) => [
      `${at}.${name}`,
      ...(depth > 0 ? fields(child, `${at}.${name}`, depth - 1) : []),
    ]);

  it('tells the user about every field of the record (a new field needs a line in PRIVACY.md and here)', () => {
    const recordFields = fields(schema, 'record', 2);
    expect(recordFields.filter((field) => !(field in FIELD_WORDS))).toEqual([]);
    expect(Object.entries(FIELD_WORDS).filter(([, words]) => !privacy.includes(words)).map(([field]) => field)).toEqual([]);
  });
});
