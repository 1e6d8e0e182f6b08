// Lint of the interaction models and skill.json: the invocation, sample and manifest rules Alexa certification checks.
// Run as a script (`npx tsx scripts/model-lint.ts`) it lints every locale's model and exits 1 on any problem.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { INTENT, SAFETY_INTENTS } from '../lambda/handlers/intents';
import type { SkillManifest } from './deploy/manifest';
import { iconProblems, stageProblems, type PackageStage } from './package-lint';
import { lintCapabilities } from './capabilities-lint';
import { numberValue } from './simulator/numbers';
import { PHRASES } from './simulator/phrases';
import { normalize } from './simulator/text';
import { timeValue } from './simulator/times';

/** The parts of an interaction model the lint reads; anything may be missing in a broken model. */
export interface LintModel {
  interactionModel: {
    languageModel: {
      invocationName: string;
      intents: { name: string; slots?: { name: string; type: string }[]; samples?: string[] }[];
      types?: { name: string; values?: { id?: string; name: { value: string; synonyms?: string[] } }[] }[];
    };
  };
}

/** The parts of skill.json the lint reads. */
export interface LintManifest {
  manifest: {
    publishingInformation?: {
      category?: string;
      locales?: Record<string, { description?: string; examplePhrases?: string[] } | undefined>;
    };
    events?: { subscriptions?: { eventName: string }[] };
    apis?: { custom?: { tasks?: { name: string; version: string }[] } };
    permissions?: { name: string }[];
  };
}

/** What to lint against: the locale of the model, the intents the code handles, and the locale's language. */
export interface LintOptions {
  readonly locale?: string;
  readonly handledIntents?: readonly string[];
  readonly minSamples?: number;
  /** Words that report pain, an injury or a warning sign: only the safety intents may use them. */
  readonly safetyWords?: readonly string[];
  /** How people say the built-in intents: no custom sample may be one of another intent's phrasings. */
  readonly builtIns?: Readonly<Record<string, readonly string[]>>;
  /** Permission scopes the code asks for, which skill.json must declare (by default the reminders scope). */
  readonly usedPermissions?: readonly string[];
  /** The skill's own tasks the code starts, which skill.json must declare (by default StartRoutine, version 1). */
  readonly usedTasks?: readonly { readonly name: string; readonly version: string }[];
  /** Task definition files of skill-package/tasks/, by file name; each declared task needs one. */
  readonly taskFiles?: Readonly<Record<string, unknown>>;
}

/** Samples each custom intent needs at least: Alexa's language model learns from them. */
export const MIN_SAMPLES = 30;

/** Built-in intents every model of this skill must have (Help, Stop and Cancel are checked at certification). */
export const REQUIRED_BUILT_INS = [
  'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.RepeatIntent', 'AMAZON.PauseIntent', 'AMAZON.ResumeIntent',
  'AMAZON.StartOverIntent', 'AMAZON.YesIntent', 'AMAZON.NoIntent', 'AMAZON.HelpIntent', 'AMAZON.StopIntent',
  'AMAZON.CancelIntent', 'AMAZON.FallbackIntent', 'AMAZON.NavigateHomeIntent',
] as const;

/** Words an invocation name may not contain. */
export const WAKE_WORDS = ['alexa', 'amazon', 'echo', 'computer'] as const;
export const LAUNCH_WORDS = ['open', 'start', 'launch', 'begin', 'ask', 'talk', 'run', 'tell', 'load', 'enable'] as const;
const TWO_WORD_FORBIDDEN = ['a', 'an', 'the', 'for', 'to', 'of'];

const EXAMPLE_LAUNCH = /^alexa, (open|ask|start|launch|begin|tell|talk to|run|load) (.+)$/;
const CONNECTORS = ['to', 'for', 'about', 'and', 'if', 'whether'];
const DISCLAIMER = /not a substitute for professional medical advice/i;
const SLOT_REF = /\{(\w+)\}/g;

/** Lower case, punctuation other than apostrophes and slot braces removed, single spaces. Pure. */
export function normalizeUtterance(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_'{}\s.-]/g, ' ')
    .replace(/[.-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lintInvocation(name: string): string[] {
  const problems: string[] = [];
  const words = name.split(' ');
  if (!/^[a-z]+( [a-z]+)*$/.test(name)) problems.push(`invocation name "${name}": only lower-case letters and single spaces allowed`);
  if (words.length < 2) problems.push(`invocation name "${name}": needs two or more words`);
  for (const word of words) {
    if ((WAKE_WORDS as readonly string[]).includes(word)) problems.push(`invocation name "${name}": contains the wake word "${word}"`);
    if ((LAUNCH_WORDS as readonly string[]).includes(word)) problems.push(`invocation name "${name}": contains the launch word "${word}"`);
  }
  if (words.length === 2 && words.some((w) => TWO_WORD_FORBIDDEN.includes(w))) {
    problems.push(`invocation name "${name}": a two-word name may not use "${words.find((w) => TWO_WORD_FORBIDDEN.includes(w))}"`);
  }
  return problems;
}

/** What the intents are linted against. */
type IntentSettings = Required<Pick<LintOptions, 'handledIntents' | 'minSamples' | 'safetyWords' | 'builtIns'>>;

/** Samples outside the safety intents that use a safety word, and custom samples that are another intent's built-in phrasing. */
function lintMeaning(model: LintModel, options: IntentSettings): string[] {
  const problems: string[] = [];
  const words = options.safetyWords.map((w) => new RegExp(`(^| )${normalize(w)}( |$)`));
  const builtIn = new Map(Object.entries(options.builtIns).flatMap(([intent, phrases]) => phrases.map((p) => [normalize(p), intent] as const)));
  for (const intent of model.interactionModel.languageModel.intents) {
    const safety = (SAFETY_INTENTS as readonly string[]).includes(intent.name);
    for (const sample of intent.samples ?? []) {
      const said = normalize(sample.replace(SLOT_REF, ' '));
      const word = options.safetyWords.find((_, i) => words[i]?.test(said));
      if (!safety && word !== undefined) problems.push(`intent ${intent.name}: sample "${sample}" uses the safety word "${word}"`);
      const owner = builtIn.get(normalize(sample));
      if (owner !== undefined && owner !== intent.name) problems.push(`intent ${intent.name}: sample "${sample}" is a built-in phrasing of ${owner}`);
    }
  }
  return problems;
}

function lintIntents(model: LintModel, options: IntentSettings): string[] {
  const { intents, types = [] } = model.interactionModel.languageModel;
  const problems: string[] = [];
  const owners = new Map<string, string>();
  const typeNames = new Map(types.map((t) => [t.name, t]));
  for (const intent of intents) {
    const samples = intent.samples ?? [];
    const declared = new Map((intent.slots ?? []).map((s) => [s.name, s.type]));
    if (!intent.name.startsWith('AMAZON.') && samples.length < options.minSamples) {
      problems.push(`intent ${intent.name}: ${samples.length} samples, needs at least ${options.minSamples}`);
    }
    for (const sample of samples) {
      // Slots count by their type: "{side}" and "{time}" are different utterances ("left" is no time).
      const key = normalizeUtterance(sample).replace(SLOT_REF, (_, slot: string) => `{${declared.get(slot) ?? ''}}`);
      const owner = owners.get(key);
      if (owner === intent.name) problems.push(`intent ${intent.name}: sample "${sample}" given twice`);
      else if (owner !== undefined) problems.push(`sample "${sample}" claimed by ${owner} and ${intent.name}`);
      owners.set(key, intent.name);
      if (/\d/.test(sample)) problems.push(`intent ${intent.name}: sample "${sample}" has digits (spell numbers out)`);
      if (/[{}]/.test(sample.replace(SLOT_REF, ''))) problems.push(`intent ${intent.name}: sample "${sample}" has a stray brace`);
      for (const [, slot] of sample.matchAll(SLOT_REF)) {
        if (!declared.has(slot as string)) problems.push(`intent ${intent.name}: sample "${sample}" uses undeclared slot {${slot}}`);
      }
    }
    for (const [slot, type] of declared) {
      const custom = typeNames.get(type);
      if (!type.startsWith('AMAZON.') && (custom === undefined || (custom.values ?? []).length === 0)) {
        problems.push(`intent ${intent.name}: slot ${slot} has type ${type}, which is neither AMAZON.* nor declared with values`);
      }
    }
  }
  for (const type of types) {
    if ((type.values ?? []).length === 0) problems.push(`slot type ${type.name} has no values`);
  }
  const names = new Set(intents.map((i) => i.name));
  for (const name of REQUIRED_BUILT_INS) if (!names.has(name)) problems.push(`required built-in intent ${name} missing`);
  for (const name of options.handledIntents) if (!names.has(name)) problems.push(`intent ${name} is handled by the code but missing from the model`);
  return problems;
}

/** The slot values (and synonyms) a custom type accepts, normalized; null for AMAZON.* types (anything goes). */
function acceptedValues(model: LintModel, type: string): Set<string> | null {
  if (type.startsWith('AMAZON.')) return null;
  const values = model.interactionModel.languageModel.types?.find((t) => t.name === type)?.values ?? [];
  return new Set(values.flatMap((v) => [v.name.value, ...(v.name.synonyms ?? [])]).map(normalizeUtterance));
}

/** Whether an utterance matches a sample of some intent, slot values included. Pure. */
export function matchesSample(model: LintModel, utterance: string): boolean {
  const said = normalizeUtterance(utterance);
  return model.interactionModel.languageModel.intents.some((intent) =>
    (intent.samples ?? []).some((sample) => {
      const slots = [...sample.matchAll(SLOT_REF)].map((m) => m[1] as string);
      const pattern = normalizeUtterance(sample).split(/\{\w+\}/).map(escapeRegExp).join('(.+?)');
      const match = new RegExp(`^${pattern}$`).exec(said);
      if (!match) return false;
      return slots.every((slot, i) => {
        const type = intent.slots?.find((s) => s.name === slot)?.type;
        const words = (match[i + 1] ?? '').trim();
        // Numbers and times must be ones Alexa resolves; other built-in types take any words.
        if (type === 'AMAZON.NUMBER') return numberValue(words) !== null;
        if (type === 'AMAZON.TIME') return timeValue(words) !== null;
        const accepted = type === undefined ? new Set<string>() : acceptedValues(model, type);
        return accepted === null || accepted.has(words);
      });
    }),
  );
}

function lintManifest(model: LintModel, manifest: LintManifest, locale: string): string[] {
  const problems: string[] = [];
  const info = manifest.manifest.publishingInformation;
  if (info?.category !== 'HEALTH_AND_FITNESS') problems.push(`skill.json: category is ${info?.category ?? 'missing'}, expected HEALTH_AND_FITNESS`);
  if (!(manifest.manifest.events?.subscriptions ?? []).some((s) => s.eventName === 'SKILL_DISABLED')) {
    problems.push('skill.json: no SKILL_DISABLED event subscription');
  }
  const published = info?.locales?.[locale];
  if (!published) return [...problems, `skill.json: no publishing information for ${locale}`];
  if (!DISCLAIMER.test(published.description ?? '')) problems.push(`skill.json ${locale}: description lacks the medical disclaimer`);
  const phrases = published.examplePhrases ?? [];
  if (phrases.length === 0 || phrases.length > 3) problems.push(`skill.json ${locale}: ${phrases.length} example phrases, expected 1 to 3`);
  const invocation = model.interactionModel.languageModel.invocationName;
  for (const phrase of phrases) {
    const launch = EXAMPLE_LAUNCH.exec(phrase.toLowerCase().replace(/[.!?]+$/, '').trim());
    if (!launch) {
      problems.push(`example phrase "${phrase}": must start with "Alexa, open/ask/start ..."`);
      continue;
    }
    const rest = launch[2] ?? '';
    if (rest === invocation) continue;
    if (!rest.startsWith(`${invocation} `)) {
      problems.push(`example phrase "${phrase}": does not name the invocation "${invocation}"`);
      continue;
    }
    const [connector, ...words] = rest.slice(invocation.length + 1).split(' ');
    if (!CONNECTORS.includes(connector ?? '') || words.length === 0 || !matchesSample(model, words.join(' '))) {
      problems.push(`example phrase "${phrase}": "${words.join(' ')}" matches no sample utterance`);
    }
  }
  return problems;
}

/** Every problem found in a locale's model and the manifest; an empty list means the model passes. Pure. */
export function lintModel(model: LintModel, manifest: LintManifest, options: LintOptions = {}): string[] {
  const language = PHRASES[(options.locale ?? 'en-US') as keyof typeof PHRASES] ?? PHRASES['en-US'];
  const settings = {
    handledIntents: options.handledIntents ?? Object.values(INTENT),
    minSamples: options.minSamples ?? MIN_SAMPLES,
    safetyWords: options.safetyWords ?? language.safetyWords,
    builtIns: options.builtIns ?? language.builtIns,
  };
  return [
    ...lintInvocation(model.interactionModel.languageModel.invocationName),
    ...lintIntents(model, settings),
    ...lintMeaning(model, settings),
    ...lintManifest(model, manifest, options.locale ?? 'en-US'),
    ...lintCapabilities(manifest, options),
  ];
}

/**
 * Lints a skill package: every locale's model against its skill.json, the icons, and what the stage requires (the
 * checked-in `template` by default, or a package built for a `deploy`); the problems of all locales.
 */
export function lintSkillPackage(root = join(__dirname, '..', 'skill-package'), stage: PackageStage = 'template'): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'skill.json'), 'utf8')) as LintManifest & SkillManifest;
  const tasksDir = join(root, 'tasks');
  const taskFiles = Object.fromEntries(
    (existsSync(tasksDir) ? readdirSync(tasksDir) : []).filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(tasksDir, f), 'utf8')) as unknown]),
  );
  const dir = join(root, 'interactionModels', 'custom');
  const models = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const locale = basename(file, '.json');
      const model = JSON.parse(readFileSync(join(dir, file), 'utf8')) as LintModel;
      return lintModel(model, manifest, { locale, taskFiles }).map((problem) => `${locale}: ${problem}`);
    });
  return [...iconProblems(manifest, root), ...stageProblems(manifest, stage), ...models];
}

if (require.main === module) {
  // `npx tsx scripts/model-lint.ts [package folder] [--deploy]`: the checked-in package by default.
  const args = process.argv.slice(2);
  const folder = args.find((arg) => !arg.startsWith('--'));
  const problems = lintSkillPackage(folder, args.includes('--deploy') ? 'deploy' : 'template');
  for (const problem of problems) console.error(problem);
  console.log(problems.length === 0 ? 'interaction models: no problems' : `interaction models: ${problems.length} problem(s)`);
  process.exitCode = problems.length === 0 ? 0 : 1;
}
