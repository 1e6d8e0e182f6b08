// `npm run destroy`: deletes the stack (function, role, logs, alarms, dashboard). The user table stays, as the
// stack retains it; the skill stays too, and the state keeps its ID and the log key for a later deploy.
import { PLACEHOLDER_SKILL_ID } from '../../cdk/lib/config';
import { cdkCommand, contextOf, run, save, type DeployOptions } from './deploy';
import type { DeployState } from './state';

/** Runs (or, in a dry run, prints) the stack's deletion; resolves to the state left. Throws DeployError. */
export async function destroy(options: DeployOptions): Promise<DeployState> {
  const ctx = contextOf(options, { ask: false });
  const { settings } = options;
  ctx.print(`Destroy the stack ${settings.stackName} in ${settings.region}${options.dryRun ? ' (dry run: nothing is called or written)' : ''}`);
  // The app needs some skill ID to synthesize; a stack deployed by hand may have left none in the state.
  const skillId = ctx.state.skillId ?? PLACEHOLDER_SKILL_ID;
  const command = cdkCommand(ctx, ['destroy', settings.stackName, ...(options.yes ? ['--force'] : [])], skillId);
  await run(ctx, { ...command, args: [...command.args, '-c', 'allowPlaceholderSkillId=true'] });
  const { functionArn: _gone, dashboardName: _alsoGone, ...kept } = ctx.state;
  ctx.state = kept;
  save(ctx);
  ctx.print('The user table is retained (see README, Tear down, to delete it).');
  if (ctx.state.skillId) ctx.print(`The skill remains; to delete it: npx ask smapi delete-skill --skill-id ${ctx.state.skillId}`);
  return ctx.state;
}
