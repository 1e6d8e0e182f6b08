// Every request handler, in routing order (see skill.ts), plus the interceptor and error handler.
export { LaunchHandler } from './launch';
export {
  StartRoutineHandler, NextHandler, PreviousHandler, RepeatHandler, SkipHandler, StartOverHandler, PauseHandler,
  ResumeHandler, GoToExerciseHandler,
} from './navigation';
export { YesHandler, NoHandler } from './yes-no';
export { SetSideHandler, SetHoldHandler, SetRepetitionsHandler, EasierHandler, HarderHandler } from './settings';
export { ExplainHandler, WhyItHelpsHandler } from './explain';
export { HowManyLeftHandler, ProgressHandler } from './status';
export { ItHurtsHandler } from './it-hurts';
export { HelpHandler, StopHandler, FallbackHandler } from './help-stop';
export { SessionEndedHandler, SkillDisabledHandler } from './events';
export { ExceptionEncounteredHandler, UnhandledRequestHandler } from './system';
export { CatchAllErrorHandler } from './error';
export { SaveStateInterceptor } from './save-interceptor';
export { attachDeps } from './turn';
export { INTENT, SLOT, SLOT_TYPE } from './intents';
