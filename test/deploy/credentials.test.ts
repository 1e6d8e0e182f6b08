import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ASK_ENVIRONMENT_PROFILE, askProfileName, awsCredentialSource, credentialProblems, iniProfiles } from '../../scripts/deploy/credentials';

let home: string;
beforeEach(() => {
  home = mkdtempSync(path.join(tmpdir(), 'home-'));
});
afterEach(() => rmSync(home, { recursive: true, force: true }));

const file = (relative: string, text: string): void => {
  mkdirSync(path.dirname(path.join(home, relative)), { recursive: true });
  writeFileSync(path.join(home, relative), text);
};

describe('iniProfiles', () => {
  it('reads profile names of the credentials and config files', () => {
    expect(iniProfiles('[default]\nkey = 1\n[profile team]\nregion = us-east-1\n[ sso-dev ]\n')).toEqual(['default', 'team', 'sso-dev']);
  });
});

describe('awsCredentialSource', () => {
  it('finds keys in the environment, a web identity, a container, or the default profile', () => {
    expect(awsCredentialSource({ env: { AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S' }, home })).toMatch(/environment/);
    expect(awsCredentialSource({ env: { AWS_WEB_IDENTITY_TOKEN_FILE: '/t', AWS_ROLE_ARN: 'arn:aws:iam::1:role/r' }, home })).toMatch(/web identity/);
    expect(awsCredentialSource({ env: { AWS_CONTAINER_CREDENTIALS_RELATIVE_URI: '/v2/creds' }, home })).toMatch(/container/);
    file('.aws/credentials', '[default]\n');
    expect(awsCredentialSource({ env: {}, home })).toMatch(/default AWS profile/);
  });

  it('finds a named profile in the config file (SSO) and not one that is missing', () => {
    file('.aws/config', '[profile team]\nsso_session = corp\n');
    expect(awsCredentialSource({ env: {}, home }, 'team')).toMatch(/team/);
    expect(awsCredentialSource({ env: { AWS_PROFILE: 'other', AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S' }, home })).toBeNull();
  });

  it('finds nothing in an empty home and environment', () => {
    expect(awsCredentialSource({ env: {}, home })).toBeNull();
  });
});

describe('the ask-cli profile', () => {
  it('is the environment profile when ASK_* and AWS keys are all set, as ask-cli decides', () => {
    const env = { ASK_REFRESH_TOKEN: 'r', ASK_VENDOR_ID: 'v', AWS_ACCESS_KEY_ID: 'A', AWS_SECRET_ACCESS_KEY: 'S' };
    expect(askProfileName({ env, home })).toBe(ASK_ENVIRONMENT_PROFILE);
    expect(credentialProblems({ env, home })).toEqual([]);
  });

  it('is the one asked for, else ASK_DEFAULT_PROFILE, else default', () => {
    expect(askProfileName({ env: { ASK_DEFAULT_PROFILE: 'work' }, home }, 'mine')).toBe('mine');
    expect(askProfileName({ env: { ASK_DEFAULT_PROFILE: 'work' }, home })).toBe('work');
    expect(askProfileName({ env: {}, home })).toBe('default');
  });

  it('must exist in ~/.ask/cli_config', () => {
    file('.aws/credentials', '[default]\n');
    file('.ask/cli_config', JSON.stringify({ profiles: { default: {} } }));
    expect(credentialProblems({ env: {}, home })).toEqual([]);
    expect(credentialProblems({ env: {}, home }, { askProfile: 'staging' })).toEqual([expect.stringContaining('npx ask configure --profile staging')]);
    expect(credentialProblems({ env: {}, home }, { askProfile: 'staging', ask: false })).toEqual([]);
  });
});
