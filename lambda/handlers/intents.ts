// Intent and slot names of the interaction model, in one place.

/** Custom and built-in intent names. */
export const INTENT = {
  START: 'StartRoutineIntent',
  IT_HURTS: 'ItHurtsIntent',
  INJURY: 'InjuryIntent',
  WARNING_SIGN: 'WarningSignIntent',
  EASIER: 'MakeEasierIntent',
  HARDER: 'MakeHarderIntent',
  CHAIR: 'ChairVersionIntent',
  FLOOR: 'FloorVersionIntent',
  EXPLAIN: 'ExplainExerciseIntent',
  WHY: 'WhyItHelpsIntent',
  GO_TO: 'GoToExerciseIntent',
  SKIP: 'SkipIntent',
  SET_SIDE: 'SetStartSideIntent',
  SIDE_ANSWER: 'SideAnswerIntent',
  NO_PREFERENCE: 'NoPreferenceIntent',
  SWITCH_SIDE: 'SwitchSideIntent',
  SET_HOLD: 'SetHoldIntent',
  SET_REPETITIONS: 'SetRepetitionsIntent',
  SLOWER: 'SpeakSlowerIntent',
  NORMAL_SPEED: 'NormalSpeedIntent',
  VOLUME: 'VolumeIntent',
  COUNT_SLOWER: 'CountSlowerIntent',
  FULL_INSTRUCTIONS: 'FullInstructionsIntent',
  SHORT_INSTRUCTIONS: 'ShortInstructionsIntent',
  WHERE_AM_I: 'WhereAmIIntent',
  HOW_MANY_LEFT: 'HowManyLeftIntent',
  PROGRESS: 'ProgressIntent',
  SET_REMINDER: 'SetReminderIntent',
  LIST_REMINDERS: 'ListRemindersIntent',
  CANCEL_REMINDER: 'CancelReminderIntent',
  SET_GOAL: 'SetGoalIntent',
  SET_UP_ROUTINE: 'SetUpRoutineIntent',
  NEXT: 'AMAZON.NextIntent',
  PREVIOUS: 'AMAZON.PreviousIntent',
  REPEAT: 'AMAZON.RepeatIntent',
  PAUSE: 'AMAZON.PauseIntent',
  RESUME: 'AMAZON.ResumeIntent',
  START_OVER: 'AMAZON.StartOverIntent',
  YES: 'AMAZON.YesIntent',
  NO: 'AMAZON.NoIntent',
  HELP: 'AMAZON.HelpIntent',
  STOP: 'AMAZON.StopIntent',
  CANCEL: 'AMAZON.CancelIntent',
  FALLBACK: 'AMAZON.FallbackIntent',
  NAVIGATE_HOME: 'AMAZON.NavigateHomeIntent',
} as const;

/** The intents that report pain, an injury or a warning sign: they win over everything else mid-routine. */
export const SAFETY_INTENTS = [INTENT.WARNING_SIGN, INTENT.INJURY, INTENT.IT_HURTS] as const;

/** Slot names. */
export const SLOT = { EXERCISE: 'exercise', NUMBER: 'number', SIDE: 'side', SECONDS: 'seconds', COUNT: 'count', TIME: 'time', DAYS: 'days' } as const;

/** Custom slot type names. */
export const SLOT_TYPE = { EXERCISE: 'ExerciseName', SIDE: 'BodySide', REMINDER_DAYS: 'ReminderDays' } as const;
