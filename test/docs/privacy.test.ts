// PRIVACY.md and TERMS.md say what the code does: how long records and logs are kept, and the disclaimer.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LOG_RETENTION } from '../../cdk/lib/skill-stack';
import { TTL_DAYS } from '../../lambda/persistence/table';

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
