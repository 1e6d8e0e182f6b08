// Where `npm run deploy` keeps what it needs between runs: all of it under .deploy/, which git ignores.
import * as path from 'node:path';

/** The folder of deploy settings and state, at the project root. */
export const DEPLOY_DIR = '.deploy';
/** The settings file the deployer writes (see README, Deploy). */
export const SETTINGS_FILE = 'settings.json';
/** Inside a stack's folder: what the last run did (skill ID, log key, steps done). */
export const STATE_FILE = 'state.json';
/** Inside a stack's folder: the source map of the deployed bundle, for `npm run symbolicate`. */
export const DEPLOYED_MAP = 'index.js.map';
/** Inside a stack's folder: the ask-cli project the skill package is deployed from. */
export const ASK_PROJECT = 'ask';
/** Inside a stack's folder: the CDK outputs of the last stack deploy. */
export const OUTPUTS_FILE = 'outputs.json';

/** The folder of one stack's deploy state. */
export const stackDir = (root: string, stackName: string): string => path.join(root, DEPLOY_DIR, stackName);
