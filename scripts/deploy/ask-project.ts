// The ask-cli project the skill package is deployed from (.deploy/<stack>/ask/): its ask-resources.json, the
// built skill package, and ask-cli's own state (.ask/ask-states.json), where the skill ID lives.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** The skill package folder inside the ask project. */
export const PACKAGE_DIR = 'skill-package';

const statesFile = (project: string): string => path.join(project, '.ask', 'ask-states.json');

type AskStates = { askcliStatesVersion: string; profiles: Record<string, { skillId?: string } & Record<string, unknown>> };

function readStates(project: string): AskStates {
  const file = statesFile(project);
  if (!existsSync(file)) return { askcliStatesVersion: '2020-03-31', profiles: {} };
  return JSON.parse(readFileSync(file, 'utf8')) as AskStates;
}

/**
 * Writes ask-resources.json for `profile` (the skill package only: CDK deploys the function), and puts `skillId`,
 * when known, into ask-cli's state, so `ask deploy` updates that skill instead of creating another.
 */
export function prepareAskProject(project: string, profile: string, skillId: string | undefined): void {
  mkdirSync(path.join(project, '.ask'), { recursive: true });
  const resources = { askcliResourcesVersion: '2020-03-31', profiles: { [profile]: { skillMetadata: { src: `./${PACKAGE_DIR}` } } } };
  writeFileSync(path.join(project, 'ask-resources.json'), `${JSON.stringify(resources, null, 2)}\n`);
  if (!skillId) return;
  const states = readStates(project);
  states.profiles[profile] = { ...states.profiles[profile], skillId };
  writeFileSync(statesFile(project), `${JSON.stringify(states, null, 2)}\n`);
}

/** The skill ID ask-cli recorded for `profile`, if any (it writes it as soon as the skill exists). */
export function askSkillId(project: string, profile: string): string | undefined {
  const id = readStates(project).profiles[profile]?.skillId;
  return typeof id === 'string' && id.startsWith('amzn1.ask.skill.') ? id : undefined;
}
