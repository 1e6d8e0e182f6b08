// The skill factory: Lambda, the local simulator and the tests all build the same skill here.
import { SkillBuilders, type Skill } from 'ask-sdk-core';
import { API_BUDGET_MS, TimeoutApiClient } from './alexa-api';
import type { ResolvedDeps, SkillDeps } from './deps';
import * as h from './handlers';
import { randomLogKey, silentLogger } from './logger';
import { noMetrics } from './metrics';

/** Builds the skill around a persistence adapter; the handler list below is the routing table. */
export function buildSkill(deps: SkillDeps): Skill {
  const resolved: ResolvedDeps = {
    clock: () => new Date(),
    logger: silentLogger,
    metrics: noMetrics,
    logKey: randomLogKey(),
    chimes: true,
    apiBudgetMs: API_BUDGET_MS,
    ...deps,
    // The client's own timeout stops a call the turn has stopped waiting for, so no socket outlives the budget.
    apiClient: deps.apiClient ?? new TimeoutApiClient(deps.apiBudgetMs ?? API_BUDGET_MS),
  };
  const builder = SkillBuilders.custom()
    // The dependencies first; then every log line of the request gets its keys (request id, intent, user tag).
    .addRequestInterceptors({ process: (input) => h.attachDeps(input, resolved) }, h.LogKeysInterceptor)
    // Order matters: the first handler whose canHandle is true answers. Pain, injury and warning signs come
    // first, so they win whatever else is going on; Fallback stays last of the intents. A touched screen
    // button is taken by the handler of the intent it stands for; ScreenEventHandler only answers touches no
    // button explains. UnhandledRequestHandler stays last of all: it answers any request type no handler before
    // it takes.
    .addRequestHandlers(
      h.LaunchHandler,
      h.WarningSignHandler,
      h.InjuryHandler,
      h.ItHurtsHandler,
      h.StartRoutineHandler,
      h.NextHandler,
      h.PreviousHandler,
      h.RepeatHandler,
      h.SkipHandler,
      h.GoToExerciseHandler,
      h.StartOverHandler,
      h.PauseHandler,
      h.ResumeHandler,
      h.SwitchSideHandler,
      h.YesHandler,
      h.NoHandler,
      h.SetStartSideHandler,
      h.NoPreferenceHandler,
      h.SetHoldHandler,
      h.SetRepetitionsHandler,
      h.EasierHandler,
      h.HarderHandler,
      h.ChairVersionHandler,
      h.FloorVersionHandler,
      h.SpeakSlowerHandler,
      h.NormalSpeedHandler,
      h.CountSlowerHandler,
      h.FullInstructionsHandler,
      h.ShortInstructionsHandler,
      h.VolumeHandler,
      h.ExplainHandler,
      h.WhyItHelpsHandler,
      h.WhereAmIHandler,
      h.HowManyLeftHandler,
      h.ProgressHandler,
      h.SetReminderHandler,
      h.ListRemindersHandler,
      h.CancelReminderHandler,
      h.SetGoalHandler,
      h.SetUpRoutineHandler,
      h.SessionResumedHandler,
      h.ConnectionsResponseHandler,
      h.HelpHandler,
      h.StopHandler,
      h.FallbackHandler,
      h.SessionEndedHandler,
      h.SkillDisabledHandler,
      h.ScreenEventHandler,
      h.ExceptionEncounteredHandler,
      h.UnhandledRequestHandler,
    )
    .addResponseInterceptors(h.SaveStateInterceptor, h.RequestLogInterceptor)
    .addErrorHandlers(h.CatchAllErrorHandler)
    .withPersistenceAdapter(resolved.persistenceAdapter)
    .withApiClient(resolved.apiClient);
  if (resolved.skillId) builder.withSkillId(resolved.skillId);
  return builder.create();
}
