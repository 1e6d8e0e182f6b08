// Plays a fuzzed conversation against the real skill factory on an in-memory store, checking every response.
import { InMemoryPersistenceAdapter } from '../../lambda/persistence';
import { logText, type AppLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { AlexaSide, skillFacts } from '../alexa/alexa-side';
import { Device, type Reply } from '../alexa/device';
import { LOCAL_SKILL_ID } from '../alexa/envelopes';
import type { Action, Scenario } from './arbitraries';
import { recordProblems, replyProblems } from './checks';

/** The first broken response of a conversation: where, what was wrong, and the conversation up to it. */
export interface Finding {
  readonly step: number;
  readonly problems: readonly string[];
  readonly trace: readonly string[];
}

const USER = 'amzn1.ask.account.FUZZ-USER';
const FACTS = skillFacts(LOCAL_SKILL_ID, 'en-US');

/** Totals over every conversation played in this process, to report how much ground the fuzzer covered. */
export const fuzzStats = { conversations: 0, requests: 0, completions: 0 };

const completedOf = (stored: Record<string, unknown> | undefined): number =>
  ((stored?.progress ?? {}) as { completed?: number }).completed ?? 0;
const DAY_MS = 86_400_000;

/** A logger that keeps every error and warning the skill logs: with a healthy store there should be none. */
function recordingLogger(into: string[]): AppLogger {
  return {
    info: () => undefined,
    warn: (message, extra) => void into.push(`warn: ${logText(message, extra)}`),
    error: (message, extra) => void into.push(`error: ${logText(message, extra)}`),
  };
}

/** One line of the trace for an action and its reply. Pure. */
function traceLine(step: number, device: number, action: Action, reply: Reply | null): string {
  const { kind, ...rest } = action;
  const said = reply?.ssml ? ` -> ${reply.ssml.slice(0, 160)}${reply.ssml.length > 160 ? '…' : ''}` : '';
  return `${step}. device ${device}: ${kind} ${JSON.stringify(rest)}${reply?.ended ? ' [session ended]' : ''}${said}`;
}

async function perform(device: Device, action: Action): Promise<Reply | null> {
  switch (action.kind) {
    case 'launch':
      return device.launch();
    case 'intent':
      return device.say(action.intent, action.slots);
    case 'oneShot':
      await device.endSession('USER_INITIATED');
      return device.say(action.intent, action.slots);
    case 'endSession':
      return device.endSession(action.reason);
    case 'disable':
      return device.disable(action.persisted);
    case 'touch':
      return device.showsApl ? device.touch(action.button) : null;
    case 'alexaAnswers':
      return device.handingOff ? device.answerAlexa(action.said).catch(() => device.endSession()) : null;
    case 'switchDevice':
    case 'laterDays':
      return null;
  }
}

/** Plays `scenario` on a fresh skill and store; resolves to the first finding, or null when every response is good. */
export async function runScenario(scenario: Scenario): Promise<Finding | null> {
  const store = new InMemoryPersistenceAdapter();
  if (scenario.stored !== undefined) store.records.set(USER, structuredClone(scenario.stored));
  const logs: string[] = [];
  let now = new Date('2026-11-26T08:00:00Z').getTime();
  const clock = (): Date => new Date(now);
  const skill = buildSkill({ persistenceAdapter: store, clock, logger: recordingLogger(logs) });
  // Alexa's side of the routine offer; there are no API tokens here, so no permission question.
  const alexa = new AlexaSide(FACTS, null);
  const devices = scenario.devices.map(
    (spec, i) => new Device(skill, { userId: USER, deviceId: `amzn1.ask.device.FUZZ-${i}`, locale: spec.locale, screen: spec.screen, now: clock, alexa }),
  );
  const trace: string[] = [];
  let active = 0;
  fuzzStats.conversations += 1;
  for (const [step, action] of scenario.actions.entries()) {
    if (action.kind === 'switchDevice') active = 1 - active;
    if (action.kind === 'laterDays') now += action.days * DAY_MS + 3_600_000;
    const device = devices[active] as Device;
    const spec = scenario.devices[active as 0 | 1];
    let reply: Reply | null;
    const completedBefore = completedOf(store.records.get(USER));
    const planted = store.writes === 0;
    try {
      reply = await perform(device, action);
    } catch (error) {
      trace.push(traceLine(step, active, action, null));
      return { step, problems: [`the skill threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`], trace };
    }
    trace.push(traceLine(step, active, action, reply));
    if (reply) fuzzStats.requests += 1;
    const problems = reply ? await replyProblems(reply, spec.screen) : [];
    // Until the skill first writes, the store holds the planted record: repairing a damaged one, or refusing to
    // write over one of a newer schema, is expected.
    if (store.writes > 0) problems.push(...recordProblems('stored', store.records.get(USER), spec.locale));
    // Alexa ending a session on an error is logged as an error by design: expected after that action only.
    const alexaError = action.kind === 'endSession' && action.reason === 'ERROR';
    const expected = (line: string): boolean =>
      (planted && line.startsWith('warn: stored record')) || (alexaError && line.startsWith('error: Alexa ended the session on an error'));
    problems.push(...logs.splice(0).filter((line) => !expected(line)));
    if (problems.length > 0) return { step, problems, trace };
    fuzzStats.completions += Math.max(0, completedOf(store.records.get(USER)) - completedBefore);
  }
  return null;
}

/** A finding as a readable report. Pure. */
export function describeFinding(finding: Finding): string {
  return [`step ${finding.step}:`, ...finding.problems.map((p) => `  - ${p}`), 'conversation:', ...finding.trace.map((t) => `  ${t}`)].join('\n');
}
