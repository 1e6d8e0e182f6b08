// Every request handler, in routing order (see skill.ts), plus the interceptor and error handler.
export { LaunchHandler } from './launch';
export { WarningSignHandler, InjuryHandler, ItHurtsHandler } from './safety';
export {
  StartRoutineHandler, NextHandler, PreviousHandler, RepeatHandler, SkipHandler, StartOverHandler, PauseHandler,
  ResumeHandler, GoToExerciseHandler, SwitchSideHandler,
} from './navigation';
export { YesHandler, NoHandler } from './yes-no';
export { SetStartSideHandler, NoPreferenceHandler } from './sides';
export {
  SetHoldHandler, SetRepetitionsHandler, EasierHandler, HarderHandler, ChairVersionHandler, FloorVersionHandler,
  SpeakSlowerHandler, NormalSpeedHandler, CountSlowerHandler, FullInstructionsHandler, ShortInstructionsHandler, VolumeHandler,
} from './settings';
export { ExplainHandler, WhyItHelpsHandler } from './explain';
export { WhereAmIHandler, HowManyLeftHandler, ProgressHandler } from './status';
export { HelpHandler, StopHandler, FallbackHandler } from './help-stop';
export { SetReminderHandler, ListRemindersHandler, CancelReminderHandler } from './reminders';
export { SetUpRoutineHandler, SessionResumedHandler, ConnectionsResponseHandler } from './connections';
export { SetGoalHandler } from './goal';
export { SessionEndedHandler, SkillDisabledHandler } from './events';
export { ScreenEventHandler } from './touch';
export { BUTTON_INTENTS, USER_EVENT } from './buttons';
export { ExceptionEncounteredHandler, UnhandledRequestHandler } from './system';
export { CatchAllErrorHandler } from './error';
export { SaveStateInterceptor } from './save-interceptor';
export { attachDeps } from './turn';
export { LogKeysInterceptor, RequestLogInterceptor, recordMetric, requestKeys } from './observe';
export { INTENT, SLOT, SLOT_TYPE, SAFETY_INTENTS } from './intents';
