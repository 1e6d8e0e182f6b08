// The answers composed from content: welcome, finishing, progress, what is left, help, explain and pain.
import { loadRoutine } from '../../content';
import {
  effectAnswer,
  explainAnswer,
  finishedAnswer,
  helpAnswer,
  leftAnswer,
  message,
  painAnswer,
  progressAnswer,
  welcomeAnswer,
  whyAnswer,
  type Answer,
} from '../../lambda/speech';
import { initialState, type RoutineState } from '../../lambda/routine';
import { emptyProgress, type Progress } from '../../lambda/progress';
import { expectValidSsml, spokenText } from '../support/ssml';

const routine = loadRoutine('en-US');
const TODAY = '2024-05-10';

const state = (overrides: Partial<RoutineState> = {}): RoutineState => ({
  ...initialState(),
  status: 'active',
  affectedSide: 'left',
  safetyNoticeHeard: true,
  ...overrides,
});
const progress = (overrides: Partial<Progress>): Progress => ({ ...emptyProgress(), ...overrides });

const text = (answer: Answer): string => spokenText(answer.speech.wrap());
const reprompt = (answer: Answer): string | null => (answer.reprompt ? spokenText(answer.reprompt.wrap()) : null);

describe('welcomeAnswer', () => {
  it('gives the safety notice and asks which leg on first use', async () => {
    const answer = welcomeAnswer(routine, initialState());
    expect(text(answer)).toContain(routine.messages.safetyNotice);
    expect(text(answer)).toMatch(/Which leg hurts, your left or your right\?$/);
    expect(reprompt(answer)).toMatch(/left or right/);
    expect(answer.pending).toBe('side');
    await expectValidSsml(answer.speech.wrap());
  });

  it('gives the notice but does not ask the side again when it is known', () => {
    const answer = welcomeAnswer(routine, { ...initialState(), affectedSide: 'right' });
    expect(text(answer)).toContain(routine.messages.safetyNotice);
    expect(text(answer)).not.toMatch(/Which leg/);
    expect(answer.pending).toBe('begin');
  });

  it('offers the saved place later', () => {
    const answer = welcomeAnswer(routine, state({ status: 'paused', exercise: 1, sideIndex: 0, affectedSide: 'left' }));
    expect(text(answer)).toBe('Welcome back. You stopped at exercise 2, the standing figure four, left side. Shall we continue?');
    expect(text(answer)).not.toContain(routine.messages.safetyNotice);
    expect(answer.pending).toBe('resume');
    expect(reprompt(answer)).toMatch(/yes/i);
  });

  it('leaves the side out for the exercise done once', () => {
    const answer = welcomeAnswer(routine, state({ exercise: 2 }));
    expect(text(answer)).toBe('Welcome back. You stopped at exercise 3, the seated wide-leg forward bend. Shall we continue?');
  });

  it('invites a returning user with nothing in progress to begin', () => {
    for (const status of ['idle', 'finished'] as const) {
      const answer = welcomeAnswer(routine, state({ status }));
      expect(answer.pending).toBe('begin');
      expect(text(answer)).toBe(routine.messages.welcomeAgain);
    }
  });
});

describe('finishedAnswer', () => {
  it('celebrates the first routine, names the weekly goal and ends the session', () => {
    const answer = finishedAnswer(routine, progress({ completed: 1, lastDate: TODAY, streak: 1, recent: ['a'], days: [TODAY] }), TODAY);
    expect(text(answer)).toContain("That's your first routine completed. Aim for 3 days a week. To change that, say set my goal to five days a week.");
    expect(text(answer)).not.toMatch(/in a row/);
    expect(text(answer)).toContain(routine.messages.closing);
    expect(answer.reprompt).toBeNull();
  });

  it("gives this week's days against the goal, then the streak as a second figure", () => {
    // 2024-05-10 is a Friday: Wednesday and Thursday are in the same week.
    const answer = finishedAnswer(routine, progress({ completed: 5, lastDate: TODAY, streak: 3, days: ['2024-05-08', '2024-05-09', TODAY] }), TODAY, 5);
    expect(text(answer)).toContain("That's 3 of 5 days this week. You've done it 3 days in a row.");
  });

  it('says when the goal is reached, and when it is passed', () => {
    const reached = finishedAnswer(routine, progress({ completed: 9, lastDate: TODAY, streak: 1, days: ['2024-05-06', TODAY] }), TODAY, 2);
    expect(text(reached)).toContain("That's 2 of 2 days this week. You reached your goal.");
    const passed = finishedAnswer(routine, progress({ completed: 9, lastDate: TODAY, streak: 1, days: ['2024-05-06', '2024-05-08', TODAY] }), TODAY, 1);
    expect(text(passed)).toContain("That's 3 days this week, more than your goal of 1 day.");
  });

  it('leaves out a streak that is broken', () => {
    const answer = finishedAnswer(routine, progress({ completed: 5, lastDate: '2024-05-01', streak: 3 }), TODAY);
    expect(text(answer)).not.toMatch(/in a row/);
  });
});

describe('progressAnswer', () => {
  it('says when nothing is finished yet', () => {
    expect(text(progressAnswer(routine, state(), emptyProgress(), TODAY))).toBe(routine.messages.progressNone);
  });

  it('gives one routine done today, as this week against the goal first', () => {
    const answer = progressAnswer(routine, state(), progress({ completed: 1, lastDate: TODAY, streak: 1, days: [TODAY] }), TODAY);
    expect(text(answer)).toBe("This week you've done 1 of your 3 days. You've completed one routine. It was today.");
  });

  it('gives the week, the best week when it was better, the total, yesterday, and the streak', () => {
    const answer = progressAnswer(routine, state(), progress({ completed: 4, lastDate: '2024-05-09', streak: 2, days: ['2024-05-09'], bestWeek: 4 }), TODAY);
    expect(text(answer)).toBe(
      "This week you've done 1 of your 3 days. Your best week had 4 days. You've completed 4 routines. Your last one was yesterday. You're on a 2 day streak.",
    );
  });

  it('says nothing reproachful about an empty week, and no streak once it is broken', () => {
    const answer = progressAnswer(routine, state(), progress({ completed: 7, lastDate: '2024-05-05', streak: 6, days: ['2024-05-03', '2024-05-05'], bestWeek: 2 }), TODAY);
    expect(text(answer)).toBe("Nothing yet this week. Your goal is 3 days. Your best week had 2 days. You've completed 7 routines. Your last one was 5 days ago.");
  });

  it('says when the goal is reached and when it is passed', () => {
    const days = ['2024-05-06', '2024-05-07', '2024-05-08'];
    expect(text(progressAnswer(routine, state(), progress({ completed: 3, lastDate: '2024-05-08', streak: 3, days }), TODAY, 3))).toMatch(
      /^This week you've reached your goal: 3 of 3 days\./,
    );
    expect(text(progressAnswer(routine, state(), progress({ completed: 3, lastDate: '2024-05-08', streak: 3, days }), TODAY, 2))).toMatch(
      /^This week you've done 3 days, more than your goal of 2 days\./,
    );
  });

  it('keeps the session open with a reprompt that fits the state', () => {
    expect(reprompt(progressAnswer(routine, state({ status: 'idle' }), emptyProgress(), TODAY))).toBe(routine.messages.notStartedReprompt);
  });
});

describe('leftAnswer', () => {
  it('lists the whole routine before it starts', () => {
    expect(text(leftAnswer(routine, state({ status: 'idle' })))).toBe(
      'The routine has 4 exercises: the lying crossed-knee stretch, the standing figure four, the seated wide-leg forward bend and the kneeling hip lift.',
    );
  });

  it('counts the current exercise and lists what follows', () => {
    expect(text(leftAnswer(routine, state({ exercise: 2 })))).toBe(
      'You have 2 left, including this one: the seated wide-leg forward bend and the kneeling hip lift.',
    );
  });

  it('names the last one, and says nothing is left when finished', () => {
    expect(text(leftAnswer(routine, state({ exercise: 3, sideIndex: 1 })))).toBe('This is the last one: the kneeling hip lift.');
    expect(text(leftAnswer(routine, state({ status: 'finished' })))).toBe(routine.messages.leftNone);
  });
});

describe('helpAnswer', () => {
  it.each([
    ['idle', 'helpIdle', 'notStartedReprompt'],
    ['finished', 'helpFinished', 'startAgainOffer'],
  ] as const)('fits the %s status', (status, help, again) => {
    const answer = helpAnswer(routine, state({ status }));
    expect(text(answer)).toBe(routine.messages[help]);
    expect(reprompt(answer)).toBe(routine.messages[again]);
  });

  it('says where the user is while active or paused', () => {
    expect(text(helpAnswer(routine, state({ exercise: 1 })))).toMatch(/^You're on exercise 2 of 4\./);
    expect(reprompt(helpAnswer(routine, state({ exercise: 1 })))).toBe(routine.messages.stepPrompt);
    const paused = helpAnswer(routine, state({ status: 'paused', exercise: 3 }));
    expect(text(paused)).toMatch(/^You're on exercise 4 of 4\./);
    expect(reprompt(paused)).toBe(routine.messages.pausedReprompt);
  });
});

describe('explainAnswer', () => {
  it('explains the named exercise with the affected side', async () => {
    const answer = explainAnswer(routine, state({ exercise: 0, affectedSide: 'left' }), 1);
    expect(text(answer)).toMatch(/^Here's how to do the standing figure four\./);
    expect(text(answer)).toContain('Lift your left foot and rest that ankle just above your right knee.');
    expect(text(answer)).toContain(message(routine, 'explainFeel', { feel: 'You should feel a stretch in your left hip' }));
    expect(text(answer)).toContain(message(routine, 'explainAvoid', { avoid: routine.exercises[1]?.avoid ?? '' }));
    await expectValidSsml(answer.speech.wrap());
  });

  it('uses the side being worked for the current exercise', () => {
    const answer = explainAnswer(routine, state({ exercise: 0, sideIndex: 1, affectedSide: 'left' }), 0);
    expect(text(answer)).toContain('Lift your right foot and rest that ankle across your left knee.');
  });

  it('explains the easier version when it is chosen', () => {
    const answer = explainAnswer(routine, state({ settings: { holdSeconds: 30, repetitions: 2, easier: ['standing-figure-four'] } }), 1);
    expect(text(answer)).toContain("Here's how to do the seated figure four on a chair.");
    expect(text(answer)).toContain(routine.exercises[1]?.easier.steps[0]);
  });

  it('prompts to start when the routine is not under way', () => {
    expect(text(explainAnswer(routine, state({ status: 'idle' }), 2))).toMatch(new RegExp(`${routine.messages.explainPromptIdle}$`));
    expect(text(explainAnswer(routine, state(), 2))).toMatch(new RegExp(`${routine.messages.explainPrompt}$`));
  });
});

describe('whyAnswer', () => {
  it('gives the named exercise reason, or the general one', () => {
    expect(text(whyAnswer(routine, state(), 0))).toContain(routine.exercises[0]?.whyItHelps);
    expect(text(whyAnswer(routine, state(), null))).toBe(routine.messages.whyGeneral);
  });
});

describe('painAnswer', () => {
  it('says to stop, names the red flags and offers gentler options', async () => {
    const answer = painAnswer(routine);
    const spoken = text(answer);
    expect(spoken).toMatch(/^Stop the stretch now/);
    expect(spoken).toMatch(/sharp/);
    expect(spoken).toMatch(/groin/);
    expect(spoken).toMatch(/peeing|bowels/);
    expect(spoken).toMatch(/both legs/);
    expect(spoken).toMatch(/medical help at once/);
    expect(reprompt(answer)).toMatch(/easier/);
    await expectValidSsml(answer.speech.wrap());
  });
});

describe('effectAnswer', () => {
  const context = { chimes: false, progress: emptyProgress(), today: TODAY };

  it('announces a skip with the name of the exercise skipped, then narrates the next', () => {
    const before = state({ exercise: 0 });
    const after = state({ exercise: 1 });
    const spoken = text(effectAnswer(routine, before, after, { type: 'narrate', mode: 'full', note: 'skipped' }, context));
    expect(spoken).toMatch(/^Skipping the lying crossed-knee stretch\. Exercise 2 of 4/);
  });

  it('says nothing is paused before narrating on a resume with nothing paused', () => {
    const spoken = text(effectAnswer(routine, state(), state(), { type: 'narrate', mode: 'brief', note: 'notPaused' }, context));
    expect(spoken.startsWith(routine.messages.nothingPaused)).toBe(true);
  });

  it('gives the place when paused and the goTo range when the number is wrong', () => {
    const paused = state({ status: 'paused', exercise: 1, sideIndex: 1 });
    expect(text(effectAnswer(routine, paused, paused, { type: 'paused' }, context))).toMatch(/^Paused at exercise 2, right side\./);
    expect(text(effectAnswer(routine, paused, paused, { type: 'invalidExercise' }, context))).toContain('There are 4 exercises');
  });
});
