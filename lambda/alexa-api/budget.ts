// The time one turn may spend on Alexa's APIs, all calls together, measured on the real clock.

/**
 * About 1.5 s for every Alexa API call of a turn together: with DynamoDB's own 3 s budget the turn still answers
 * well inside the 8 s Alexa waits.
 */
export const API_BUDGET_MS = 1500;

/** What is left of a turn's API budget. */
export interface ApiBudget {
  /** Milliseconds left, never below zero. */
  remaining(): number;
}

/** A budget of `ms` from now. */
export function startBudget(ms: number, now: () => number = () => performance.now()): ApiBudget {
  const deadline = now() + ms;
  return { remaining: () => Math.max(0, Math.round(deadline - now())) };
}

/** A part of what is left of `budget`, for a call that must leave time for the calls after it. */
export function shareOf(budget: ApiBudget, fraction: number): ApiBudget {
  return { remaining: () => Math.round(budget.remaining() * fraction) };
}
