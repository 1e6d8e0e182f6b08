import { ConfigError, loadConfig } from '../lambda/config';

const SKILL_ID = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';

describe('loadConfig', () => {
  it('reads the table name and the skill ID', () => {
    expect(loadConfig({ TABLE_NAME: 'Users', SKILL_ID })).toEqual({ tableName: 'Users', skillId: SKILL_ID });
  });

  it('leaves the skill ID out when it is not set', () => {
    expect(loadConfig({ TABLE_NAME: 'Users' })).toEqual({ tableName: 'Users' });
  });

  it('throws naming TABLE_NAME when it is missing', () => {
    expect(() => loadConfig({ SKILL_ID })).toThrow(ConfigError);
    expect(() => loadConfig({ SKILL_ID })).toThrow(/TABLE_NAME/);
  });

  it('throws naming TABLE_NAME when it is empty', () => {
    expect(() => loadConfig({ TABLE_NAME: '' })).toThrow(/TABLE_NAME/);
  });

  it('throws naming SKILL_ID when it is not an Alexa skill ID', () => {
    expect(() => loadConfig({ TABLE_NAME: 'Users', SKILL_ID: 'my-skill' })).toThrow(/SKILL_ID/);
  });
});
