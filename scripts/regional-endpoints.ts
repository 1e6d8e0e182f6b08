// The skill manifest's endpoints, one per Alexa region: the function each region's stack deployed answers the
// requests (and the SkillDisabled events) of that region's users. `npm run deploy` calls this (through
// scripts/deploy/manifest.ts) with the SkillFunctionArn outputs of the stacks it deployed.
import { ALEXA_REGIONS, REGION_ORDER, type AlexaRegion } from '../cdk/lib/regions';

/** The parts of skill.json this reads and writes; every other field passes through untouched. */
export interface EndpointManifest {
  manifest: {
    apis?: { custom?: Record<string, unknown> } & Record<string, unknown>;
    events?: Record<string, unknown>;
  } & Record<string, unknown>;
}

/** Thrown for an ARN that is no Lambda function ARN, or one in another AWS region than its Alexa region's. */
export class EndpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EndpointError';
  }
}

const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:([a-z0-9-]+):\d{12}:function:[A-Za-z0-9-_]+(:[A-Za-z0-9-_$]+)?$/;

/** Checks that each ARN is a Lambda function in its Alexa region's AWS region: a user's data stays in that region. Pure. */
function checked(arns: Partial<Record<AlexaRegion, string>>): [AlexaRegion, string][] {
  const entries = REGION_ORDER.flatMap((region) => (arns[region] ? [[region, arns[region]] as [AlexaRegion, string]] : []));
  if (entries.length === 0) throw new EndpointError('no function ARN given for any region');
  for (const [region, arn] of entries) {
    const found = LAMBDA_ARN.exec(arn);
    if (!found) throw new EndpointError(`${region}: "${arn}" is not a Lambda function ARN`);
    const expected = ALEXA_REGIONS[region].awsRegion;
    if (found[1] !== expected) throw new EndpointError(`${region}: the function is in ${found[1]}, but the ${region} endpoint is served from ${expected}`);
  }
  return entries;
}

/**
 * The manifest with `apis.custom` and `events` pointing each given region at its function, and the default
 * endpoint (Alexa's fallback) at `defaultRegion`'s, else North America's, else the first region's. Regions not
 * given are removed. Throws EndpointError for a bad ARN or a default region without one. Pure.
 */
export function withRegionalEndpoints<M extends EndpointManifest>(manifest: M, arns: Partial<Record<AlexaRegion, string>>, defaultRegion?: AlexaRegion): M {
  const entries = checked(arns);
  const regions = Object.fromEntries(entries.map(([region, uri]) => [region, { endpoint: { uri } }]));
  const fallback = defaultRegion === undefined ? entries[0] : entries.find(([region]) => region === defaultRegion);
  if (!fallback) throw new EndpointError(`the default endpoint's region ${String(defaultRegion)} has no function ARN`);
  const endpoint = { uri: fallback[1] };
  const { apis = {}, events = {} } = manifest.manifest;
  return {
    ...manifest,
    manifest: {
      ...manifest.manifest,
      apis: { ...apis, custom: { ...(apis.custom ?? {}), endpoint, regions } },
      events: { ...events, endpoint, regions },
    },
  };
}
