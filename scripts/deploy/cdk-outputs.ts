// What a stack deploy leaves behind: its outputs (the function ARN), and the bundle's source map in cdk.out.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { DeployError } from './errors';

const OutputsSchema = z.record(
  z.string(),
  z.looseObject({ SkillFunctionArn: z.string().startsWith('arn:'), DashboardName: z.string().optional() }),
);

/** The outputs of `stackName` in a `cdk deploy --outputs-file` file. Throws DeployError when they are missing. */
export function readStackOutputs(file: string, stackName: string): { functionArn: string; dashboardName?: string } {
  const parsed = existsSync(file) ? OutputsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))) : undefined;
  const outputs = parsed?.success ? parsed.data[stackName] : undefined;
  if (!outputs) throw new DeployError(`The stack deploy left no SkillFunctionArn output for ${stackName} in ${file}.`);
  return { functionArn: outputs.SkillFunctionArn, ...(outputs.DashboardName ? { dashboardName: outputs.DashboardName } : {}) };
}

type Template = { Resources?: Record<string, { Type?: string; Metadata?: Record<string, unknown> }> };

/**
 * The source map of the function's bundle in the cloud assembly (`cdk.out/asset.<hash>/index.js.map`, found through
 * the function's asset metadata in the synthesized template), or null.
 */
export function deployedSourceMap(cdkOut: string, stackName: string): string | null {
  const templateFile = path.join(cdkOut, `${stackName}.template.json`);
  if (!existsSync(templateFile)) return null;
  const template = JSON.parse(readFileSync(templateFile, 'utf8')) as Template;
  for (const resource of Object.values(template.Resources ?? {})) {
    const asset = resource.Metadata?.['aws:asset:path'];
    if (resource.Type !== 'AWS::Lambda::Function' || typeof asset !== 'string') continue;
    const map = path.join(cdkOut, asset, 'index.js.map');
    if (existsSync(map)) return map;
  }
  return null;
}

/** Copies the deployed bundle's map to `target`; false when the assembly has none. */
export function keepSourceMap(cdkOut: string, stackName: string, target: string): boolean {
  const map = deployedSourceMap(cdkOut, stackName);
  if (!map) return false;
  copyFileSync(map, target);
  return true;
}
