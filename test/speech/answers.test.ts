// The answers composed from content: welcome, finishing, progress, where am I, what is left, help, explain,
// the safety family and routine effects.
import { loadRoutine } from '../../content';
import {
  effectAnswer, explainAnswer, finishedAnswer, goesStraightOn, GO_STRAIGHT_ON_MS, helpAnswer, injuryAnswer, leftAnswer, narrationAnswer,
  painAnswer, progressAnswer, shortFormFor, warningAnswer, welcomeAnswer, whereAnswer, whyAnswer, withLead, spoken, type Answer,
} from '../../lambda/speech';
import { initialState, type RoutineState } from '../../lambda/routine';
import { emptyProgress, recordPractice, type Progress } from '../../lambda/progress';
import { readingGrade } from '../support/readability';
import { expectValidSsml, spokenText } from '../support/ssml';

const routine = loadRoutine('en-US');
const TODAY = '2024-05-10';

const state = (overrides: Partial<RoutineState> = {}, settings: Partial<RoutineState['settings']> = {}): RoutineState => ({
  ...initialState(),
  status: 'active',
  startSide: 'left',
  safetyNoticeHeard: true,
  wakeWordTipHeard: true,
  ...overrides,
  settings: { ...initialState().settings, ...settings },
});
const progress = (overrides: Partial<Progress>): Progress => ({ ...emptyProgress(), ...overrides });
const context = { chimes: false, progress: emptyProgress(), today: TODAY };

const text = (answer: Answer): string => spokenText(answer.speech.wrap());
const reprompt = (answer: Answer): string | null => (answer.reprompt ? spokenText(answer.reprompt.wrap()) : null);
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

describe('welcomeAnswer', () => {
  it('gives the safety notice and asks which side to start with on first use', async () => {
    const answer = welcomeAnswer(routine, initialState());
    expect(text(answer)).toContain(routine.messages.safetyNotice);
    expect(text(answer)).toMatch(/Which side shall we start each stretch with, left or right\?$/);
    expect(answer.pending).toBe('side');
    await expectValidSsml(answer.speech.wrap());
  });

  it('gives the notice but does not ask the side again when it is known', () => {
    const answer = welcomeAnswer(routine, { ...initialState(), startSide: 'right' });
    expect(text(answer)).toContain(routine.messages.safetyNotice);
    expect(text(answer)).not.toMatch(/Which side/);
    expect(answer.pending).toBe('begin');
  });

  it('offers the saved place later, with the round reached or the exercise finished', () => {
    expect(text(welcomeAnswer(routine, state({ status: 'paused', exercise: 1 })))).toBe('Welcome back. You stopped at exercise 2, the standing figure four, left side. If you feel up to it, shall we carry on?');
    expect(text(welcomeAnswer(routine, state({ exercise: 1, round: 1 })))).toMatch(/after round 1 of 2\. If you feel up to it, shall we carry on\?$/);
    expect(text(welcomeAnswer(routine, state({ exercise: 1, sideIndex: 1, round: 2 })))).toBe('Welcome back. Last time you finished exercise 2, the standing figure four. If you feel up to it, shall we go on?');
    expect(welcomeAnswer(routine, state({ exercise: 2 })).pending).toBe('resume');
  });

  it('names the chair form of the saved exercise in chair mode', () => {
    expect(text(welcomeAnswer(routine, state({ exercise: 0 }, { chair: true })))).toMatch(/exercise 1, the seated figure four/);
  });

  it('invites a returning user with nothing in progress to begin', () => {
    for (const status of ['idle', 'finished'] as const) {
      const answer = welcomeAnswer(routine, state({ status }));
      expect(answer.pending).toBe('begin');
      expect(text(answer)).toBe(routine.messages.welcomeAgain);
    }
  });

  it('goes straight on only within 30 minutes of a routine left under way', () => {
    const now = 1_800_000_000_000;
    expect(goesStraightOn(state({ activeUntil: now - 60_000 }), now)).toBe(true);
    expect(goesStraightOn(state({ activeUntil: now - GO_STRAIGHT_ON_MS - 1 }), now)).toBe(false);
    expect(goesStraightOn(state({ status: 'paused', activeUntil: now - 60_000 }), now)).toBe(false);
    expect(goesStraightOn(state({ activeUntil: null }), now)).toBe(false);
  });
});

describe('the safety family', () => {
  const answers = (s: RoutineState): [string, Answer][] => [['pain', painAnswer(routine, s)], ['injury', injuryAnswer(routine)], ['warning', warningAnswer(routine)]];

  it('answers in at most 45 words, at reading grade 6 or lower, in valid SSML', async () => {
    for (const s of [state(), state({ status: 'idle' }), state({ status: 'paused' })]) {
      for (const [name, answer] of answers(s)) {
        expect({ name, words: words(text(answer)) <= 45, grade: readingGrade(text(answer)) <= 6 }).toEqual({ name, words: true, grade: true });
        await expectValidSsml(answer.speech.wrap());
      }
    }
  });

  it('says to stop and offers easier, skip or stop for pain mid-routine', () => {
    const answer = painAnswer(routine, state());
    expect(text(answer)).toMatch(/^Stop now, and rest/);
    expect(text(answer)).toMatch(/easier.*skip.*stop/);
    expect(reprompt(answer)).toMatch(/easier/);
  });

  it('ends the session after an injury or a warning sign, and names 911 for the warning signs', () => {
    expect(injuryAnswer(routine).reprompt).toBeNull();
    const warning = warningAnswer(routine);
    expect(warning.reprompt).toBeNull();
    expect(text(warning)).toMatch(/call 911, or go to the emergency room/);
  });
});

describe('finishedAnswer', () => {
  it('celebrates the first routine, names the weekly goal and ends the session', () => {
    const answer = finishedAnswer(routine, progress({ completed: 1, lastDate: TODAY, streak: 1, recent: ['a'], days: [TODAY] }), TODAY);
    expect(text(answer)).toContain("That's your first routine done. Aim for 3 days a week. To change that, say set my goal to five days a week.");
    expect(text(answer)).not.toMatch(/in a row/);
    expect(text(answer)).toContain(routine.messages.closing);
    expect(answer.reprompt).toBeNull();
  });

  it("gives this week's days against the goal, then the streak as a second figure", () => {
    // 2024-05-10 is a Friday: Wednesday and Thursday are in the same week.
    const answer = finishedAnswer(routine, progress({ completed: 5, lastDate: TODAY, streak: 3, days: ['2024-05-08', '2024-05-09', TODAY] }), TODAY, 5);
    expect(text(answer)).toContain("That's 3 of 5 days this week. You've done it 3 days in a row.");
    expect(text(finishedAnswer(routine, progress({ completed: 5, lastDate: '2024-05-01', streak: 3 }), TODAY))).not.toMatch(/in a row/);
  });

  it('says when the goal is reached, and when it is passed', () => {
    const reached = finishedAnswer(routine, progress({ completed: 9, lastDate: TODAY, streak: 1, days: ['2024-05-06', TODAY] }), TODAY, 2);
    expect(text(reached)).toContain("That's 2 of 2 days this week. You reached your goal.");
    const passed = finishedAnswer(routine, progress({ completed: 9, lastDate: TODAY, streak: 1, days: ['2024-05-06', '2024-05-08', TODAY] }), TODAY, 1);
    expect(text(passed)).toContain("That's 3 days this week, more than your goal of 1 day.");
  });
});

describe('progressAnswer', () => {
  it('says when nothing is finished yet', () => {
    expect(text(progressAnswer(routine, state(), emptyProgress(), TODAY))).toBe(routine.messages.progressNone);
  });

  it('gives this week against the goal first, then the count and when', () => {
    const answer = progressAnswer(routine, state(), progress({ completed: 1, lastDate: TODAY, streak: 1, days: [TODAY] }), TODAY);
    expect(text(answer)).toBe("This week you've done 1 of your 3 days. You've done one routine. It was today.");
  });

  it('gives the week, the best week when it was better, the total, yesterday, and the streak', () => {
    const answer = progressAnswer(routine, state(), progress({ completed: 4, lastDate: '2024-05-09', streak: 2, days: ['2024-05-09'], bestWeek: 4 }), TODAY);
    expect(text(answer)).toBe("This week you've done 1 of your 3 days. Your best week had 4 days. You've done 4 routines. Your last one was yesterday. You're on a 2 day streak.");
  });

  it('says nothing reproachful about an empty week, and no streak once it is broken', () => {
    const answer = progressAnswer(routine, state(), progress({ completed: 7, lastDate: '2024-05-05', streak: 6, days: ['2024-05-03', '2024-05-05'], bestWeek: 2 }), TODAY);
    expect(text(answer)).toBe("Nothing yet this week. Your goal is 3 days. Your best week had 2 days. You've done 7 routines. Your last one was 5 days ago.");
  });

  it('says when the goal is reached and when it is passed', () => {
    const days = ['2024-05-06', '2024-05-07', '2024-05-08'];
    const done = progress({ completed: 3, lastDate: '2024-05-08', streak: 3, days });
    expect(text(progressAnswer(routine, state(), done, TODAY, 3))).toMatch(/^This week you've reached your goal: 3 of 3 days\./);
    expect(text(progressAnswer(routine, state(), done, TODAY, 2))).toMatch(/^This week you've done 3 days, more than your goal of 2 days\./);
  });
});

describe('whereAnswer', () => {
  it('gives the exercise, side, rounds done, hold length and how many follow', () => {
    expect(text(whereAnswer(routine, state({ exercise: 1, sideIndex: 1, round: 1 }, { holdSeconds: 45 })))).toBe(
      "You're on exercise 2 of 4: the standing figure four, right side. Each hold is 45 seconds. You've done 1 of 2 rounds on this side. After this one, 2 more.",
    );
  });

  it('gives the sets and lifts of the paced exercise, and that it is the last', () => {
    expect(text(whereAnswer(routine, state({ exercise: 3 })))).toMatch(/It's 2 sets of 15 slow lifts\. You've done 0 of 2 sets on this side\. This is the last one\.$/);
    expect(text(whereAnswer(routine, state({ exercise: 2, round: 1 })))).toMatch(/You've done 1 of 2 rounds\. After this one, 1 more\.$/);
    expect(text(whereAnswer(routine, state({ exercise: 0, sideIndex: 1, round: 2 })))).toBe("You've finished exercise 1, the lying crossed-knee stretch. After this one, 3 more.");
  });

  it('says so before the start and after the end', () => {
    expect(text(whereAnswer(routine, state({ status: 'idle' })))).toBe(routine.messages.whereIdle.replace('{total}', '4'));
    expect(text(whereAnswer(routine, state({ status: 'finished' })))).toBe(routine.messages.whereFinished);
  });
});

describe('leftAnswer', () => {
  it('lists the routine before it starts and counts what is left, not the exercise just finished', () => {
    expect(text(leftAnswer(routine, state({ status: 'idle' })))).toBe(
      'The routine has 4 exercises: the lying crossed-knee stretch, the standing figure four, the seated wide-leg forward bend and the kneeling hip lift.',
    );
    expect(text(leftAnswer(routine, state({ exercise: 2 })))).toBe('You have 2 left, with this one: the seated wide-leg forward bend and the kneeling hip lift.');
    expect(text(leftAnswer(routine, state({ exercise: 2, round: 2 })))).toBe('This is the last one: the kneeling hip lift.');
    expect(text(leftAnswer(routine, state({ exercise: 3, sideIndex: 1, round: 2 })))).toBe(routine.messages.leftNone);
  });
});

describe('helpAnswer', () => {
  it('fits the status, and teaches the wake word', () => {
    expect(text(helpAnswer(routine, state({ status: 'idle' })))).toBe(routine.messages.helpIdle);
    expect(text(helpAnswer(routine, state({ exercise: 1 })))).toMatch(/^You're on exercise 2 of 4\..*Alexa, pause/);
    expect(reprompt(helpAnswer(routine, state({ status: 'paused' })))).toBe(routine.messages.pausedReprompt);
  });
});

describe('explainAnswer', () => {
  it('explains the named exercise in full, with the starting side', async () => {
    const answer = explainAnswer(routine, state({ exercise: 0 }), 1);
    expect(text(answer)).toMatch(/^Here's how to do the standing figure four\./);
    expect(text(answer)).toContain('Stand next to a wall');
    expect(text(answer)).toContain('Rest your left ankle just above your right knee.');
    await expectValidSsml(answer.speech.wrap());
  });

  it('uses the side being worked, and the form the user does', () => {
    expect(text(explainAnswer(routine, state({ exercise: 0, sideIndex: 1 }), 0))).toContain('Rest your right ankle across your left knee.');
    expect(text(explainAnswer(routine, state({}, { easier: ['standing-figure-four'] }), 1))).toContain("Here's how to do the seated figure four on a chair.");
    expect(text(explainAnswer(routine, state({}, { chair: true }), 2))).toContain("Here's how to do the seated forward lean.");
  });

  it('gives the reason of the named exercise, or the general one', () => {
    expect(text(whyAnswer(routine, state(), 0))).toContain(routine.exercises[0]?.whyItHelps);
    expect(text(whyAnswer(routine, state(), null))).toBe(routine.messages.whyGeneral);
  });
});

describe('narration answers', () => {
  it('uses the short form once an exercise was done on two days, or when asked, and the full form when asked', () => {
    const twice = recordPractice(recordPractice(emptyProgress(), 'lying-crossed-knee', '2024-05-08'), 'lying-crossed-knee', '2024-05-09');
    const once = recordPractice(recordPractice(emptyProgress(), 'lying-crossed-knee', '2024-05-09'), 'lying-crossed-knee', '2024-05-09');
    expect(shortFormFor(routine, state(), twice)).toBe(true);
    expect(shortFormFor(routine, state(), once)).toBe(false);
    expect(shortFormFor(routine, state({ exercise: 1 }), twice)).toBe(false);
    expect(shortFormFor(routine, state({}, { instructions: 'full' }), twice)).toBe(false);
    expect(shortFormFor(routine, state({}, { instructions: 'short' }), emptyProgress())).toBe(true);
  });

  it('moves the timeline later by the words said before the narration', () => {
    const plain = narrationAnswer(routine, state(), context);
    const led = withLead(plain, spoken('One two three four five.'), 100);
    expect(led.timeline?.marks[0]?.end).toBeCloseTo((plain.timeline?.marks[0]?.end ?? 0) + 2, 5);
    expect(text(led)).toMatch(/^One two three four five\. Exercise 1/);
  });

  it('says the wake-word tip in the first narration a user hears', () => {
    expect(text(narrationAnswer(routine, state({ wakeWordTipHeard: false }), context))).toMatch(/say Alexa first/);
    expect(text(narrationAnswer(routine, state(), context))).not.toMatch(/say Alexa first/);
  });
});

describe('effectAnswer', () => {
  it('announces a skip with the name of the exercise skipped, then narrates the next', () => {
    expect(text(effectAnswer(routine, state({ exercise: 0 }), state({ exercise: 1 }), { type: 'narrate', note: 'skipped' }, context))).toMatch(/^Skipping the lying crossed-knee stretch\. Exercise 2 of 4/);
  });

  it('gives the place when paused, or that the exercise was finished', () => {
    const paused = state({ status: 'paused', exercise: 1, sideIndex: 1 });
    expect(text(effectAnswer(routine, paused, paused, { type: 'paused' }, context))).toMatch(/^Paused at exercise 2, right side\./);
    const done = state({ status: 'paused', exercise: 1, sideIndex: 1, round: 2 });
    expect(text(effectAnswer(routine, done, done, { type: 'paused' }, context))).toMatch(/^Paused\. You've finished exercise 2\./);
  });

  it('says a setting and narrates the exercise in its new form when asked to', () => {
    const chair = state({}, { chair: true });
    const spokenAnswer = text(effectAnswer(routine, state(), chair, { type: 'setting', note: 'chairOn', narrate: true }, context));
    expect(spokenAnswer).toMatch(/^Okay, the chair version\..*Exercise 1 of 4: the seated figure four/);
    expect(text(effectAnswer(routine, state(), state(), { type: 'setting', note: 'speedSlower', narrate: false }, context))).toBe(`${routine.messages.speedSlower} ${routine.messages.midExercisePrompt}`);
    const done = state({ sideIndex: 1, round: 2 });
    expect(text(effectAnswer(routine, done, done, { type: 'setting', note: 'speedSlower', narrate: false }, context))).toBe(`${routine.messages.speedSlower} ${routine.messages.settingsPrompt}`);
  });

  it('explains the range when the exercise number is wrong, and that an exercise done once has no sides', () => {
    expect(text(effectAnswer(routine, state(), state(), { type: 'invalidExercise' }, context))).toContain('There are 4 exercises');
    expect(text(effectAnswer(routine, state(), state({ exercise: 2 }), { type: 'noSides' }, context))).toMatch(/^This one isn't done on one side/);
  });
});
