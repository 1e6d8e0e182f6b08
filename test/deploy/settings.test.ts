import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { LOCALES } from '../../content';
import { DeployError } from '../../scripts/deploy/errors';
import { loadSettings, settingsPath } from '../../scripts/deploy/settings';

const PRIVACY = 'https://stretch.example-host.net/privacy';
const TERMS = 'https://stretch.example-host.net/terms';
let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'settings-'));
  file = path.join(dir, 'settings.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const write = (settings: unknown): void => writeFileSync(file, JSON.stringify(settings));

describe('loadSettings', () => {
  it('fills the defaults: the SciaticaRoutine stacks, for every locale', () => {
    write({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS });
    expect(loadSettings(file, {})).toEqual({ stackName: 'SciaticaRoutine', locales: [...LOCALES], privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS });
  });

  it('takes the locales and regions as lists, or comma-separated from the environment', () => {
    write({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, locales: ['en-GB', 'de-DE'], regions: ['EU'] });
    expect(loadSettings(file, {})).toMatchObject({ locales: ['en-GB', 'de-DE'], regions: ['EU'] });
    expect(loadSettings(file, { SKILL_LOCALES: 'en-US, es-US', SKILL_REGIONS: 'NA,FE' })).toMatchObject({ locales: ['en-US', 'es-US'], regions: ['NA', 'FE'] });
  });

  it('lets the environment override the file', () => {
    write({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, stackName: 'FromFile' });
    const settings = loadSettings(file, { STACK_NAME: 'SciaticaStaging', PRIVACY_POLICY_URL: 'https://other.example-host.net/p', AWS_PROFILE: 'team' });
    expect(settings).toMatchObject({ stackName: 'SciaticaStaging', privacyPolicyUrl: 'https://other.example-host.net/p', awsProfile: 'team' });
  });

  it('works from the environment alone', () => {
    expect(loadSettings(file, { PRIVACY_POLICY_URL: PRIVACY, TERMS_OF_USE_URL: TERMS }).privacyPolicyUrl).toBe(PRIVACY);
  });

  it('reads the stack caps from the file, and the environment over it', () => {
    write({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, reservedConcurrency: 20, maxReadUnits: 50 });
    expect(loadSettings(file, { RESERVED_CONCURRENCY: 'off', MAX_WRITE_UNITS: '120' })).toMatchObject({ reservedConcurrency: 'off', maxReadUnits: 50, maxWriteUnits: 120 });
  });

  it('names a stack cap that is not a number', () => {
    write({ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, reservedConcurrency: 'lots' });
    expect(() => loadSettings(file, {})).toThrow(/reservedConcurrency \(or RESERVED_CONCURRENCY\)/);
  });

  it('accepts one URL per locale', () => {
    write({ privacyPolicyUrl: { 'en-US': PRIVACY }, termsOfUseUrl: { 'en-US': TERMS } });
    expect(loadSettings(file, {}).privacyPolicyUrl).toEqual({ 'en-US': PRIVACY });
  });

  it('without a file or the URLs, names what is missing and shows a settings file to write', () => {
    expect(() => loadSettings(file, {})).toThrow(DeployError);
    expect(() => loadSettings(file, {})).toThrow(/privacyPolicyUrl \(or PRIVACY_POLICY_URL\)[\s\S]*termsOfUseUrl \(or TERMS_OF_USE_URL\)[\s\S]*No settings file at/);
  });

  it.each([
    [{ privacyPolicyUrl: 'http://stretch.example-host.net/p', termsOfUseUrl: TERMS }, /privacyPolicyUrl/],
    [{ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, region: 'eu-central-1' }, /region/],
    [{ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, locales: ['it-IT'] }, /locales/],
    [{ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, locales: [] }, /locales/],
    [{ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, regions: ['AP'] }, /regions/],
    [{ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, stackName: 'my_stack' }, /stackName/],
    [{ privacyPolicyUrl: PRIVACY, termsOfUseUrl: TERMS, privacyUrl: PRIVACY }, /privacyUrl/],
  ])('refuses %j', (settings, problem) => {
    write(settings);
    expect(() => loadSettings(file, {})).toThrow(problem);
  });

  it('says when the file is not JSON', () => {
    writeFileSync(file, '{ privacyPolicyUrl: ');
    expect(() => loadSettings(file, {})).toThrow(/not valid JSON/);
  });
});

describe('settingsPath', () => {
  it('is .deploy/settings.json under the project root unless a file is given', () => {
    expect(settingsPath('/project')).toBe(path.join('/project', '.deploy', 'settings.json'));
    expect(settingsPath('/project', 'staging.json')).toBe(path.resolve('staging.json'));
  });
});
