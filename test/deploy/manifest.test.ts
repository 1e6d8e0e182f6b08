// The manifest as template plus settings: the checked-in skill.json holds nothing account-specific, the deployed
// one gets the endpoint and URLs, everything else flows through, and a placeholder never reaches Alexa.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DeployError } from '../../scripts/deploy/errors';
import { buildSkillPackage, deployProblems, fillManifest, readManifest, type ManifestFill, type SkillManifest } from '../../scripts/deploy/manifest';
import { lintSkillPackage, matchesSample, type LintModel } from '../../scripts/model-lint';
import { stageProblems } from '../../scripts/package-lint';

const PACKAGE = path.join(__dirname, '..', '..', 'skill-package');
const ARN = 'arn:aws:lambda:us-east-1:111122223333:function:SciaticaRoutine-SkillFunction-AbC123';
const FILL: ManifestFill = { endpointArn: ARN, privacyPolicyUrl: 'https://stretch.example-host.net/privacy', termsOfUseUrl: 'https://stretch.example-host.net/terms' };
const template = (): SkillManifest => readManifest(PACKAGE);

describe('the checked-in skill.json', () => {
  it('holds no endpoint and no privacy policy or terms URL: they come from the deploy settings', () => {
    expect(stageProblems(template(), 'template')).toEqual([]);
    expect(JSON.stringify(template())).not.toMatch(/arn:aws|privacyPolicyUrl|termsOfUseUrl|example\.com/);
  });

  it('passes the model and certification lint as a template, icons included', () => {
    expect(lintSkillPackage(PACKAGE, 'template')).toEqual([]);
  });

  it('would not pass as a deployed manifest: it lacks the endpoint and the URLs', () => {
    expect(lintSkillPackage(PACKAGE, 'deploy')).toEqual(
      expect.arrayContaining([expect.stringContaining('apis.custom.endpoint missing'), expect.stringContaining('privacyPolicyUrl must be an https URL')]),
    );
  });

  it('says that long, mostly silent answers are intended, in the testing instructions', () => {
    const manifest = template().manifest as { publishingInformation: { testingInstructions: string } };
    expect(manifest.publishingInformation.testingInstructions).toMatch(/long, mostly silent answers are intended/i);
    expect(manifest.publishingInformation.testingInstructions.length).toBeLessThanOrEqual(4000);
  });
});

describe('the testing instructions', () => {
  const instructions = (template().manifest as { publishingInformation: { testingInstructions: string } }).publishingInformation.testingInstructions;
  const model = JSON.parse(readFileSync(path.join(PACKAGE, 'interactionModels', 'custom', 'en-US.json'), 'utf8')) as LintModel;
  // Words of Alexa's built-in intents, which the model lists without samples.
  const BUILT_IN = ['next', 'stop', 'open', 'pause', 'resume'];

  it('tell reviewers how to reach each feature with things the model understands', () => {
    const features = instructions.slice(instructions.indexOf('How to reach each feature'));
    const phrases = [...features.matchAll(/"([^"]+)"/g)].map((m) => (m[1] as string).replace(/^Alexa, (open|ask) sciatica routine( to)?/i, '').trim());
    expect(phrases.length).toBeGreaterThan(20);
    const unknown = phrases.filter((phrase) => phrase !== '' && !BUILT_IN.includes(phrase) && !matchesSample(model, phrase));
    expect(unknown).toEqual([]);
  });
});

describe('fillManifest', () => {
  it('binds the custom API and the events to the function', () => {
    const { manifest } = fillManifest(template(), FILL);
    expect(manifest.apis?.custom?.endpoint).toEqual({ uri: ARN });
    expect(manifest.events?.endpoint).toEqual({ uri: ARN });
    expect(manifest.events?.subscriptions).toEqual([{ eventName: 'SKILL_DISABLED' }]);
  });

  it('leaves out the endpoints and the event subscription while the skill is being created', () => {
    const { manifest } = fillManifest(template(), { ...FILL, endpointArn: null });
    expect(manifest.apis?.custom).toBeDefined();
    expect(manifest.apis?.custom?.endpoint).toBeUndefined();
    expect(manifest.events).toBeUndefined();
  });

  it('gives every published locale its privacy policy and terms URL, one for all or one per locale', () => {
    const twoLocales = template();
    const locales = twoLocales.manifest.publishingInformation?.locales ?? {};
    locales['en-GB'] = { ...locales['en-US'] };
    const perLocale = fillManifest(twoLocales, { ...FILL, privacyPolicyUrl: { 'en-US': 'https://a.example-host.net/us', 'en-GB': 'https://a.example-host.net/gb' } });
    expect(perLocale.manifest.privacyAndCompliance?.locales).toEqual({
      'en-US': { privacyPolicyUrl: 'https://a.example-host.net/us', termsOfUseUrl: FILL.termsOfUseUrl },
      'en-GB': { privacyPolicyUrl: 'https://a.example-host.net/gb', termsOfUseUrl: FILL.termsOfUseUrl },
    });
  });

  it('carries everything else through untouched: interfaces, permissions, flags', () => {
    const withMore = template();
    const custom = withMore.manifest.apis?.custom as Record<string, unknown>;
    custom.interfaces = [{ type: 'ALEXA_PRESENTATION_APL', supportedViewports: [{ mode: 'HUB', shape: 'RECTANGLE' }] }];
    withMore.manifest.permissions = [{ name: 'alexa::alerts:reminders:skill:readwrite' }];
    const filled = fillManifest(withMore, FILL);
    expect(filled.manifest.permissions).toEqual(withMore.manifest.permissions);
    expect((filled.manifest.apis?.custom as Record<string, unknown>).interfaces).toEqual(custom.interfaces);
    expect(filled.manifest.privacyAndCompliance).toMatchObject({ allowsPurchases: false, usesPersonalInfo: false, isChildDirected: false });
    expect(filled.manifest.publishingInformation).toEqual(withMore.manifest.publishingInformation);
  });

  it('does not change the template it was given', () => {
    const original = template();
    const copy = structuredClone(original);
    fillManifest(original, FILL);
    expect(original).toEqual(copy);
  });
});

describe('deployProblems', () => {
  it('finds nothing in a manifest filled from real settings', () => {
    expect(deployProblems(fillManifest(template(), FILL))).toEqual([]);
  });

  it.each([
    ['an example.com privacy URL', { privacyPolicyUrl: 'https://example.com/privacy' }, /privacyPolicyUrl is a placeholder/],
    ['an http terms URL', { termsOfUseUrl: 'http://stretch.example-host.net/terms' }, /termsOfUseUrl must be an https URL/],
    ['a locale without URLs', { privacyPolicyUrl: { 'en-GB': 'https://stretch.example-host.net/p' } }, /en-US\.privacyPolicyUrl must be an https URL/],
    ['the documentation account in the endpoint', { endpointArn: 'arn:aws:lambda:us-east-1:123456789012:function:f' }, /endpoint\.uri is a placeholder/],
    ['an endpoint that is not a Lambda ARN', { endpointArn: 'https://my-skill.example-host.net/alexa' }, /not a Lambda function ARN/],
  ])('refuses %s', (_what, change, problem) => {
    expect(deployProblems(fillManifest(template(), { ...FILL, ...change })).join('\n')).toMatch(problem);
  });

  it('refuses a placeholder anywhere in the manifest, naming where', () => {
    const manifest = fillManifest(template(), FILL);
    (manifest.manifest.publishingInformation?.locales?.['en-US'] as Record<string, unknown>).largeIconUri = 'https://replace-with-your-host/icon.png';
    expect(deployProblems(manifest)).toEqual([expect.stringContaining('publishingInformation.locales.en-US.largeIconUri is a placeholder')]);
  });
});

describe('buildSkillPackage', () => {
  let out: string;
  beforeEach(() => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'built-package-')), 'skill-package');
  });
  afterEach(() => rmSync(path.dirname(out), { recursive: true, force: true }));

  it('writes the whole package with the filled skill.json, which passes the lint as deployed', () => {
    buildSkillPackage(PACKAGE, out, FILL);
    expect(readManifest(out)).toEqual(fillManifest(template(), FILL));
    expect(readFileSync(path.join(out, 'interactionModels', 'custom', 'en-US.json'), 'utf8')).toBe(
      readFileSync(path.join(PACKAGE, 'interactionModels', 'custom', 'en-US.json'), 'utf8'),
    );
    expect(lintSkillPackage(out, 'deploy')).toEqual([]);
  });

  it('fails, writing nothing, when a placeholder would be deployed', () => {
    expect(() => buildSkillPackage(PACKAGE, out, { ...FILL, termsOfUseUrl: 'https://example.org/terms' })).toThrow(DeployError);
    expect(existsSync(out)).toBe(false);
  });
});
