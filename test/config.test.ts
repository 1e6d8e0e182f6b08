import { ConfigError, loadConfig } from '../lambda/config';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
const LOG_HASH_KEY = 'k'.repeat(43);

describe('loadConfig', () => {
  it('reads the table name, the skill ID and the log key', () => {
    expect(loadConfig({ TABLE_NAME: 'Users', SKILL_ID, LOG_HASH_KEY })).toEqual({ tableName: 'Users', skillId: SKILL_ID, logKey: LOG_HASH_KEY });
  });

  it('leaves the skill ID out when it is not set', () => {
    expect(loadConfig({ TABLE_NAME: 'Users', LOG_HASH_KEY })).toEqual({ tableName: 'Users', logKey: LOG_HASH_KEY });
  });

  it('throws naming TABLE_NAME when it is missing', () => {
    expect(() => loadConfig({ SKILL_ID, LOG_HASH_KEY })).toThrow(ConfigError);
    expect(() => loadConfig({ SKILL_ID, LOG_HASH_KEY })).toThrow(/TABLE_NAME/);
  });

  it('throws naming TABLE_NAME when it is empty', () => {
    expect(() => loadConfig({ TABLE_NAME: '', LOG_HASH_KEY })).toThrow(/TABLE_NAME/);
  });

  it('throws naming SKILL_ID when it is not an Alexa skill ID', () => {
    expect(() => loadConfig({ TABLE_NAME: 'Users', SKILL_ID: 'my-skill', LOG_HASH_KEY })).toThrow(/SKILL_ID/);
  });

  it('throws naming LOG_HASH_KEY when it is missing or too short to be a secret', () => {
    expect(() => loadConfig({ TABLE_NAME: 'Users' })).toThrow(/LOG_HASH_KEY/);
    expect(() => loadConfig({ TABLE_NAME: 'Users', LOG_HASH_KEY: 'short' })).toThrow(/LOG_HASH_KEY/);
  });
});
