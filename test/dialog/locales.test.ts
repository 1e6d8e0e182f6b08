// The routine's conversation in every locale: the same flow as the English dialog tests, asserted with each
// locale's own words (its content, through message()), its emergency numbers, valid SSML and exact holds.
import { LOCALES, loadRoutine, type Locale, type Routine } from '../../content';
import { INTENT } from '../../lambda/handlers/intents';
import { fill, message, sideVars, totalBreakSeconds } from '../../lambda/speech';
import { spokenText } from '../support/ssml';
import type { Turn } from '../support/conversation';
import { screenOf } from '../support/screens';
import { EMERGENCY } from '../content/language-rules';
import { expectGoodResponse, setup, wordCount } from './helpers';

/** A side slot as Alexa fills it in the locale: the locale's word, resolved to the side's id. */
const sideSlot = (routine: Routine, side: 'left' | 'right') => ({ side: { value: routine.sides[side], resolved: { name: routine.sides[side], id: side } } });
/** A name as a screen title shows it. */
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
/** A text as it is heard (the SSML reader's words), to compare with what a turn said. */
const heard = (text: string): string => spokenText(text);

/** A user who has launched and answered the side question with "left": the first exercise is narrated. */
async function intoFirstExercise(locale: Locale) {
  const s = setup({ locale });
  const routine = loadRoutine(locale);
  const launch = await s.talk.launch();
  const first = await s.talk.say(INTENT.SIDE_ANSWER, sideSlot(routine, 'left'));
  return { ...s, routine, launch, first };
}

/** A user a minute into the first exercise, who speaks up over it ("Alexa, ..."). */
async function midFirstExercise(locale: Locale) {
  const s = await intoFirstExercise(locale);
  s.interruptAt(60);
  return s;
}

/** Seconds of silence between each saying of the hold cue and the release cue that follows it. */
function holds(routine: Routine, turn: Turn): number[] {
  const start = heard(routine.cues.holdStart);
  const end = heard(routine.cues.release);
  return turn.ssml
    .split(start)
    .slice(1)
    .map((part) => totalBreakSeconds(part.slice(0, part.indexOf(end))));
}

describe.each(LOCALES)('the routine in %s', (locale) => {
  const routine = loadRoutine(locale);

  it('welcomes a new user with the notice and asks the starting side as a preference', async () => {
    const { launch } = await intoFirstExercise(locale);
    expect(launch.text).toContain(heard(message(routine, 'welcomeFirst')));
    expect(launch.text).toContain(heard(message(routine, 'safetyNotice')));
    expect(launch.text).toContain(heard(message(routine, 'askSide')));
    expect(launch.reprompt).toBe(heard(message(routine, 'askSideReprompt')));
    await expectGoodResponse(launch);
  });

  it('goes from launch to finish in six utterances, both sides of each exercise in one answer', async () => {
    const { talk, first, saved } = await intoFirstExercise(locale);
    const rest = [];
    for (let n = 0; n < 4; n += 1) rest.push(await talk.say(INTENT.NEXT));
    const [second, third, fourth, done] = rest;
    const left = sideVars(routine, 'left');
    const step = (exercise: number, index: number) => heard(fill(routine.exercises[exercise]?.forms.floor.steps[index] ?? '', left));

    expect(first.text).toContain(heard(message(routine, 'sideSet', { side: routine.sides.left })));
    expect(first.text).toContain(heard(message(routine, 'exerciseIntro', { number: 1, total: 4, name: routine.exercises[0]?.name ?? '', purpose: routine.exercises[0]?.purpose ?? '' })));
    expect(first.text).toContain(step(0, 0));
    expect(first.text).toContain(heard(message(routine, 'sideNext', { side: routine.sides.right })));
    expect(second?.text).toContain(heard(message(routine, 'exerciseIntro', { number: 2, total: 4, name: routine.exercises[1]?.name ?? '', purpose: routine.exercises[1]?.purpose ?? '' })));
    expect(third?.text).toContain(routine.exercises[2]?.name);
    expect(third?.text).not.toContain(heard(message(routine, 'sideNext', { side: routine.sides.right })));
    expect(fourth?.text).toContain(heard(fill(routine.cues.paceCount, { n: 15 })));
    expect(fourth?.text).toContain(heard(message(routine, 'lastDonePrompt')));
    for (const turn of [first, second, third, fourth]) {
      expect(turn?.ended).toBe(false);
      await expectGoodResponse(turn!);
    }
    expect(done?.text).toContain(heard(message(routine, 'finished')));
    expect(done?.text).toContain(heard(message(routine, 'finishedFirst')));
    expect(saved()?.progress.completed).toBe(1);
  });

  it('times every hold exactly: 30 seconds of silence between "hold" and "let go", twice a side', async () => {
    const { first } = await intoFirstExercise(locale);
    expect(holds(routine, first)).toEqual([30, 30, 30, 30]);
  });

  it('stops at pain and offers the gentler options, keeping the session open', async () => {
    const { talk } = await midFirstExercise(locale);
    const hurt = await talk.say(INTENT.IT_HURTS);
    expect(hurt.text).toBe(heard(`${message(routine, 'painAnswer')} ${message(routine, 'painOptions')}`));
    expect(hurt.reprompt).toBe(heard(message(routine, 'painReprompt')));
    expect(wordCount(hurt.text)).toBeLessThanOrEqual(45);
    await expectGoodResponse(hurt);
  });

  it("sends an injury to the country's emergency number and ends the session", async () => {
    const { talk } = await midFirstExercise(locale);
    const injury = await talk.say(INTENT.INJURY);
    expect(injury.text).toBe(heard(message(routine, 'injuryAnswer')));
    for (const pattern of EMERGENCY[locale].injury) expect(injury.text).toMatch(pattern);
    expect(injury.ended).toBe(true);
    expect(wordCount(injury.text)).toBeLessThanOrEqual(45);
    await expectGoodResponse(injury);
  });

  it("sends a warning sign to the country's emergency services, read as people say the number there", async () => {
    const { talk } = await midFirstExercise(locale);
    const warning = await talk.say(INTENT.WARNING_SIGN);
    expect(warning.text).toBe(heard(message(routine, 'warningAnswer')));
    for (const pattern of EMERGENCY[locale].warning) expect(warning.text).toMatch(pattern);
    for (const number of EMERGENCY[locale].digits.filter((n) => warning.text.includes(n))) {
      expect(warning.ssml).toContain(`<say-as interpret-as="digits">${number}</say-as>`);
    }
    expect(warning.ended).toBe(true);
    expect(wordCount(warning.text)).toBeLessThanOrEqual(45);
    await expectGoodResponse(warning);
  });

  it('does the chair version on request, from a chair', async () => {
    const { talk } = await midFirstExercise(locale);
    const chair = await talk.say(INTENT.CHAIR);
    expect(chair.text).toContain(heard(message(routine, 'chairOn')));
    expect(chair.text).toContain(routine.exercises[0]?.forms.chair.name);
    expect(chair.text).toContain(heard(routine.exercises[0]?.forms.chair.getInPlace[0] ?? ''));
    await expectGoodResponse(chair);
  });

  it('says where the user is', async () => {
    const { talk } = await midFirstExercise(locale);
    const where = await talk.say(INTENT.WHERE_AM_I);
    expect(where.text).toContain(heard(message(routine, 'whereHold', { seconds: 30 })));
    expect(where.text).toContain(routine.exercises[0]?.name);
    await expectGoodResponse(where);
  });

  it('answers what it does not understand mid-routine with the safety words first', async () => {
    const { talk } = await midFirstExercise(locale);
    const fallback = await talk.say(INTENT.FALLBACK);
    expect(fallback.text).toContain(heard(message(routine, 'fallbackActive')));
    await expectGoodResponse(fallback);
  });
  it("shows its screens in the locale's words, with the country's emergency number when a warning sign is named", async () => {
    const { talk, interruptAt } = setup({ locale, screen: true });
    const { screen } = routine;
    const buttonsOf = (shown: Record<string, unknown> | undefined): string[] => ((shown?.buttons ?? []) as { text: string }[]).map((b) => b.text);
    const side = await talk.launch();
    expect(screenOf(side)).toMatchObject({ title: screen.lines.appName, headline: screen.lines.sideQuestion });
    expect(buttonsOf(screenOf(side))).toEqual([screen.buttons.left, screen.buttons.right]);
    const first = screenOf(await talk.say(INTENT.SIDE_ANSWER, sideSlot(routine, 'left')));
    expect(first).toMatchObject({ title: fill(screen.lines.exerciseTitle, { number: 1, total: 4 }), subtitle: capitalized(routine.exercises[0]?.name ?? '') });
    const labels = ((first?.stages ?? []) as { label: string }[]).map((stage) => stage.label);
    expect(labels).toEqual(expect.arrayContaining([screen.phases.setup, screen.phases.hold, screen.phases.done]));
    expect(buttonsOf(first)).toEqual([screen.buttons.pause, screen.buttons.next, screen.buttons.repeat, screen.buttons.itHurts]);
    interruptAt(60);
    const hurts = screenOf(await talk.say(INTENT.IT_HURTS));
    expect(hurts).toMatchObject({ headline: screen.lines.painTitle, listTitle: screen.lines.warningTitle, list: screen.warningSigns });
    const urgent = screenOf(await talk.say(INTENT.WARNING_SIGN));
    expect(urgent).toMatchObject({ headline: screen.lines.urgentTitle, lines: screen.urgentLines });
    expect((urgent?.lines as string[]).join(' ')).toMatch(EMERGENCY[locale].screen);
  });
});
