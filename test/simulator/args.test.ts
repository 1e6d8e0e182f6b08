import { DATA_DIR_ENV, DEFAULT_DATA_DIR, DEFAULT_USER_ID, parseOptions, UsageError } from '../../scripts/simulator/args';

describe('the simulator flags', () => {
  it('has defaults for everything', () => {
    expect(parseOptions([], {})).toMatchObject({ user: DEFAULT_USER_ID, locale: 'en-US', fresh: false, json: false, dataDir: DEFAULT_DATA_DIR });
  });

  it('reads every flag', () => {
    const options = parseOptions(['--user', 'u-1', '--locale=en-US', '--fresh', '--screen', '--json', '--script', 'a.txt', '--data-dir', '/tmp/x'], {});
    expect(options).toMatchObject({ user: 'u-1', locale: 'en-US', fresh: true, screen: true, json: true, script: 'a.txt', dataDir: '/tmp/x' });
  });

  it('takes the data directory from the environment when no flag names one', () => {
    expect(parseOptions([], { [DATA_DIR_ENV]: '/tmp/sim-data' }).dataDir).toBe('/tmp/sim-data');
  });

  it('reads the time zone, an API fault, and no API at all', () => {
    expect(parseOptions(['--time-zone', 'Europe/London', '--api-fault', '429', '--no-api'], {})).toMatchObject({ timeZone: 'Europe/London', apiFault: '429', noApi: true });
    expect(parseOptions([], {}).timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(() => parseOptions(['--time-zone', 'Europe/Atlantis'], {})).toThrow('--time-zone needs an IANA time zone name, such as Europe/London');
    expect(() => parseOptions(['--api-fault', '404'], {})).toThrow('--api-fault must be one of: 401, 403, 429, 500, slow');
  });

  it('waits in real time when speaking', () => {
    expect(parseOptions(['--speak'], {}).realtime).toBe(true);
  });

  it('rejects an unknown flag, a missing value, a stray argument and an unknown locale', () => {
    expect(() => parseOptions(['--bogus'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--bogus'], {})).toThrow("Unknown option '--bogus'");
    expect(() => parseOptions(['--user'], {})).toThrow(UsageError);
    expect(() => parseOptions(['hello'], {})).toThrow(UsageError);
    expect(() => parseOptions(['--locale', 'fr-FR'], {})).toThrow('--locale must be one of: en-US');
  });
});
