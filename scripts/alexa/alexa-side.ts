// Alexa's side of the tasks a skill hands over: the pre-built routine offer (AMAZON.OfferAutomation) and the
// permission question (AskFor). It checks the skill's directive against the documented schema, says what Alexa
// would ask, takes the user's yes or no, and makes the request Alexa sends back. Shared by the simulator and tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Directive, RequestEnvelope } from 'ask-sdk-model';
import { z } from 'zod';
import { connectionsResponse, sessionResumedRequest, type LaunchTask, type Origin } from './envelopes';

/** A routine phrase as the rules of sample utterances allow: lower-case words, no digits or symbols. */
const Utterance = z.string().regex(/^[a-z][a-z']*( [a-z][a-z']*)*$/, 'lower-case words only, like a sample utterance');

/** The documented Connections.StartConnection directive for AMAZON.OfferAutomation with a voice trigger. */
export const RoutineOfferSchema = z.object({
  type: z.literal('Connections.StartConnection'),
  uri: z.literal('connection://AMAZON.OfferAutomation/1'),
  onCompletion: z.literal('RESUME_SESSION'),
  token: z.string().optional(),
  input: z.object({
    automation: z.object({
      trigger: z.object({
        type: z.literal('Alexa.Automation.Trigger.Voice.CustomUtterance'),
        version: z.literal('1.0'),
        payload: z.object({ utterances: z.array(Utterance).min(1).max(5), locale: z.string().regex(/^[a-z]{2}-[A-Z]{2}$/) }),
      }),
      operations: z.object({
        serial: z
          .array(
            z.object({
              operation: z.object({
                type: z.literal('Alexa.Automation.Operation.Skill.StartConnection'),
                version: z.literal('1.0'),
                operationId: z.string().min(1),
                payload: z.object({
                  connectionRequest: z.object({ uri: z.string().regex(/^connection:\/\/(.+)\.(\w+)\/(\d+)\?provider=(.+)$/), input: z.record(z.string(), z.unknown()).optional() }),
                }),
              }),
            }),
          )
          .min(1),
      }),
    }),
    renderingData: z.object({ operations: z.record(z.string(), z.object({ descriptionPrompt: z.string().min(1) })) }).optional(),
  }),
});

/** The documented AskFor request: one permission scope, asked for by voice. */
const AskForSchema = z.object({
  type: z.literal('Connections.SendRequest'),
  name: z.literal('AskFor'),
  payload: z.object({ '@type': z.literal('AskForPermissionsConsentRequest'), '@version': z.literal('1'), permissionScope: z.string().min(1) }),
  token: z.string().optional(),
});

/** What Alexa knows of the skill from its manifest: its name and the tasks it declares. */
export interface SkillFacts {
  readonly skillId: string;
  readonly name: string;
  readonly tasks: readonly { readonly name: string; readonly version: string }[];
}

const ManifestSchema = z.object({
  manifest: z.object({
    publishingInformation: z.object({ locales: z.record(z.string(), z.object({ name: z.string() })) }),
    apis: z.object({ custom: z.object({ tasks: z.array(z.object({ name: z.string(), version: z.string() })).default([]) }) }),
  }),
});

/** The skill's facts from skill-package/skill.json, for a locale. */
export function skillFacts(skillId: string, locale: string, root = join(__dirname, '..', '..', 'skill-package')): SkillFacts {
  const { manifest } = ManifestSchema.parse(JSON.parse(readFileSync(join(root, 'skill.json'), 'utf8')));
  return { skillId, name: manifest.publishingInformation.locales[locale]?.name ?? 'the skill', tasks: manifest.apis.custom.tasks };
}

/** Why a routine offer would fail on Alexa: the schema, then what must agree with the request and the manifest. */
export function routineOfferProblems(directive: unknown, skill: SkillFacts, locale: string): string[] {
  const parsed = RoutineOfferSchema.safeParse(directive);
  if (!parsed.success) return parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  const { automation, renderingData } = parsed.data.input;
  const problems: string[] = [];
  const { utterances, locale: triggerLocale } = automation.trigger.payload;
  if (triggerLocale !== locale) problems.push(`trigger locale ${triggerLocale} is not the device's ${locale}`);
  if (new Set(utterances).size !== utterances.length) problems.push('the same utterance is given twice');
  for (const { operation } of automation.operations.serial) {
    const [, skillId, task, version, provider] = /^connection:\/\/(.+)\.(\w+)\/(\d+)\?provider=(.+)$/.exec(operation.payload.connectionRequest.uri) ?? [];
    if (skillId !== skill.skillId || provider !== skill.skillId) problems.push(`operation ${operation.operationId} does not start this skill`);
    if (!skill.tasks.some((t) => t.name === task && t.version === version)) problems.push(`task ${task}/${version} is not declared in skill.json`);
    if (renderingData && !renderingData.operations[operation.operationId]) problems.push(`no rendering data for ${operation.operationId}`);
  }
  return problems;
}

/** A task the skill handed to Alexa, with the question Alexa asks the user. */
export type HandOff =
  | { readonly kind: 'routineOffer'; readonly question: string; readonly token?: string; readonly phrase: string | null; readonly task: LaunchTask | null; readonly problems: readonly string[] }
  | { readonly kind: 'permission'; readonly question: string; readonly token?: string; readonly scope: string };

/** Alexa, for the tasks a skill hands over; it remembers the routines the user turned on. */
export class AlexaSide {
  /** Routines turned on: phrase → the skill task it starts. */
  private readonly routines: Map<string, LaunchTask>;
  /** Told after a routine is turned on (the simulator saves the routines). */
  onChange: () => void = () => undefined;

  constructor(
    private readonly skill: SkillFacts,
    private readonly api: { setPermission(userId: string, scope: string, granted: boolean): void } | null,
    routines: readonly (readonly [string, LaunchTask])[] = [],
  ) {
    this.routines = new Map(routines);
  }

  /** The routines turned on, as plain JSON. */
  routinesOn(): [string, LaunchTask][] {
    return [...this.routines];
  }

  /** The task a response hands to Alexa, or null when it hands nothing over. */
  handOffOf(directives: readonly Directive[] | undefined, locale: string): HandOff | null {
    for (const directive of directives ?? []) {
      const ask = AskForSchema.safeParse(directive);
      if (ask.success) {
        const question = `${this.skill.name} would like to use your Alexa reminders. Do you allow it?`;
        return { kind: 'permission', question, token: ask.data.token, scope: ask.data.payload.permissionScope };
      }
      if (directive.type !== 'Connections.StartConnection') continue;
      const problems = routineOfferProblems(directive, this.skill, locale);
      const offer = RoutineOfferSchema.safeParse(directive);
      if (!offer.success) return { kind: 'routineOffer', question: '', phrase: null, task: null, problems };
      const phrase = offer.data.input.automation.trigger.payload.utterances.find((u) => !this.routines.has(u)) ?? null;
      const operation = offer.data.input.automation.operations.serial[0]?.operation;
      const [, skillId, name, version] = /^connection:\/\/(.+)\.(\w+)\/(\d+)\?/.exec(operation?.payload.connectionRequest.uri ?? '') ?? [];
      const does = offer.data.input.renderingData?.operations[operation?.operationId ?? '']?.descriptionPrompt ?? `open ${this.skill.name}`;
      const question = `Here's a routine for you: when you say "${phrase ?? ''}", Alexa will ${does.charAt(0).toLowerCase()}${does.slice(1)}. Shall I turn it on?`;
      return { kind: 'routineOffer', question, token: offer.data.token, phrase, task: name && version ? { name: `${skillId}.${name}`, version } : null, problems };
    }
    return null;
  }

  /** The request Alexa sends back once the user answered yes, no, or nothing (null). */
  answer(handOff: HandOff, said: 'yes' | 'no' | null, origin: Origin): RequestEnvelope {
    if (handOff.kind === 'permission') {
      if (said !== null) this.api?.setPermission(origin.userId, handOff.scope, said === 'yes');
      const status = said === 'yes' ? 'ACCEPTED' : said === 'no' ? 'DENIED' : 'NOT_ANSWERED';
      return connectionsResponse(origin, { name: 'AskFor', token: handOff.token, status: { code: '200', message: 'OK' }, payload: { permissionScope: handOff.scope, status } });
    }
    const cause = (code: string, message: string, result?: Record<string, unknown>) => sessionResumedRequest(origin, { token: handOff.token, status: { code, message }, ...(result ? { result } : {}) });
    if (handOff.problems.length > 0 || !handOff.task) return cause('400', `Invalid automation: ${handOff.problems.join('; ')}`);
    const task = handOff.task;
    if ([...this.routines.values()].some((t) => t.name === task.name)) return cause('204', 'No Content', { offerAutomationResponse: { reason: 'AUTOMATION_ALREADY_ENABLED' } });
    if (said !== 'yes' || !handOff.phrase) return cause('204', 'No Content', { offerAutomationResponse: { reason: 'REJECTED_BY_CUSTOMER' } });
    this.routines.set(handOff.phrase, task);
    this.onChange();
    return cause('200', 'OK', { offerAutomationResponse: { status: 'ACCEPTED' } });
  }

  /** The skill task a routine phrase starts, if the user turned that routine on. */
  routineFor(phrase: string): LaunchTask | null {
    return this.routines.get(phrase) ?? null;
  }
}
