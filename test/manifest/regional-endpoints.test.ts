// Each Alexa region's endpoint in the manifest is the function deployed in that region's AWS region.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EndpointError, withRegionalEndpoints, type EndpointManifest } from '../../scripts/regional-endpoints';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'skill-package', 'skill.json'), 'utf8')) as EndpointManifest;
const arn = (region: string, name = 'SciaticaRoutine-SkillFunction') => `arn:aws:lambda:${region}:123456789012:function:${name}`;
const ARNS = { NA: arn('us-east-1'), EU: arn('eu-west-1'), FE: arn('us-west-2') };

describe('withRegionalEndpoints', () => {
  it("points each region's custom endpoint and event endpoint at its own function", () => {
    const out = withRegionalEndpoints(manifest, ARNS);
    for (const [region, uri] of Object.entries(ARNS)) {
      expect(out.manifest.apis?.custom?.regions).toHaveProperty([region, 'endpoint', 'uri'], uri);
      expect(out.manifest.events?.regions).toHaveProperty([region, 'endpoint', 'uri'], uri);
    }
  });

  it("makes North America's function the default endpoint", () => {
    const out = withRegionalEndpoints(manifest, ARNS);
    expect(out.manifest.apis?.custom?.endpoint).toEqual({ uri: ARNS.NA });
    expect(out.manifest.events?.endpoint).toEqual({ uri: ARNS.NA });
  });

  it('makes the first region given the default when North America is not deployed, and drops the regions not given', () => {
    const out = withRegionalEndpoints(manifest, { EU: ARNS.EU });
    expect(out.manifest.apis?.custom?.endpoint).toEqual({ uri: ARNS.EU });
    expect(Object.keys(out.manifest.apis?.custom?.regions as object)).toEqual(['EU']);
  });

  it('keeps every other field of the manifest, and the event subscriptions', () => {
    const out = withRegionalEndpoints(manifest, ARNS);
    expect(out.manifest.publishingInformation).toEqual(manifest.manifest.publishingInformation);
    expect(out.manifest.events?.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
    expect(out.manifest.apis?.custom?.interfaces).toEqual(manifest.manifest.apis?.custom?.interfaces);
  });

  it('does not change the manifest it was given', () => {
    const before = JSON.stringify(manifest);
    withRegionalEndpoints(manifest, ARNS);
    expect(JSON.stringify(manifest)).toBe(before);
  });

  it("refuses a function in another region's AWS region, so no user's data crosses regions", () => {
    expect(() => withRegionalEndpoints(manifest, { ...ARNS, EU: arn('us-east-1') })).toThrow(/EU: the function is in us-east-1, but the EU endpoint is served from eu-west-1/);
  });

  it('refuses what is not a Lambda function ARN, and an empty set', () => {
    expect(() => withRegionalEndpoints(manifest, { NA: 'https://example.com/skill' })).toThrow(EndpointError);
    expect(() => withRegionalEndpoints(manifest, {})).toThrow(/no function ARN/);
  });
});
