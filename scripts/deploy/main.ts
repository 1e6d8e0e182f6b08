// The deploy commands: `npm run deploy` and `npm run destroy`, each with --dry-run, --yes and --settings <file>.
import { parseArgs } from 'node:util';
import { findProjectRoot } from '../../cdk/lib/bundle';
import { deploy } from './deploy';
import { destroy } from './destroy';
import { DeployError } from './errors';
import { loadSettings, settingsPath } from './settings';

const USAGE = `Usage: npm run deploy -- [--dry-run] [--yes] [--settings <file>]
       npm run destroy -- [--dry-run] [--yes] [--settings <file>]

  --dry-run          print every step and command; call nothing, write nothing
  --yes              do not stop for CDK's approval of IAM changes (deploy) or its confirmation (destroy)
  --settings <file>  the settings file (default .deploy/settings.json)`;

/** Runs `deploy` or `destroy` with command-line `argv`; resolves to the exit code. */
export async function main(command: string | undefined, argv: readonly string[]): Promise<number> {
  let values: { 'dry-run'?: boolean; yes?: boolean; settings?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: { 'dry-run': { type: 'boolean' }, yes: { type: 'boolean' }, settings: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help || (command !== 'deploy' && command !== 'destroy')) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    const root = findProjectRoot();
    const settings = loadSettings(settingsPath(root, values.settings));
    const options = { root, settings, dryRun: values['dry-run'] ?? false, yes: values.yes ?? false };
    await (command === 'deploy' ? deploy(options) : destroy(options));
    return 0;
  } catch (error) {
    if (!(error instanceof DeployError)) throw error;
    console.error(`\n${error.message}\n`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv[2], process.argv.slice(3)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
