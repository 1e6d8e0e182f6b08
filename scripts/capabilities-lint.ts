// Lint of what skill.json declares against what the code uses: permission scopes, the skill's own tasks, and a
// definition file for each task (skill-package/tasks/{name}.{version}.json).
import { REMINDERS_SCOPE, START_ROUTINE_TASK } from '../lambda/comeback';
import type { LintManifest, LintOptions } from './model-lint';

/** The permissions and tasks of skill.json against what the code uses, and each task's definition file. */
export function lintCapabilities(manifest: LintManifest, options: LintOptions): string[] {
  const problems: string[] = [];
  const declared = new Set((manifest.manifest.permissions ?? []).map((p) => p.name));
  for (const scope of options.usedPermissions ?? [REMINDERS_SCOPE]) {
    if (!declared.has(scope)) problems.push(`skill.json: the permission ${scope} is used by the code but not declared`);
  }
  const tasks = manifest.manifest.apis?.custom?.tasks ?? [];
  for (const task of options.usedTasks ?? [START_ROUTINE_TASK]) {
    if (!tasks.some((t) => t.name === task.name && t.version === task.version)) problems.push(`skill.json: the task ${task.name} version ${task.version} is not declared`);
  }
  if (!options.taskFiles) return problems;
  for (const task of tasks) {
    const file = `${task.name}.${task.version}.json`;
    const definition = options.taskFiles[file] as { info?: { version?: string }; paths?: Record<string, { post?: unknown }> } | undefined;
    if (!definition) problems.push(`skill-package/tasks/${file}: missing for the declared task ${task.name}`);
    else if (definition.info?.version !== task.version || !definition.paths?.[`/${task.name}`]?.post) {
      problems.push(`skill-package/tasks/${file}: needs info.version ${task.version} and a POST at /${task.name}`);
    }
  }
  return problems;
}
