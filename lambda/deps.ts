// What the skill is built from: the things that differ between Lambda, the simulator and tests.
import type { services } from 'ask-sdk-model';
import type { AppLogger } from './logger';
import type { AppMetrics } from './metrics';
import type { VersionedAdapter } from './persistence/versioned';

/** Dependencies passed to buildSkill. Only the persistence adapter is required. */
export interface SkillDeps {
  /** A versioned adapter (see persistence/versioned.ts): DynamoDB in Lambda, dynalite locally, memory in tests. */
  readonly persistenceAdapter: VersionedAdapter;
  /** The current time; passed in so tests control days and streaks. */
  readonly clock?: () => Date;
  readonly logger?: AppLogger;
  /** Counts of what users do; Powertools EMF in Lambda, nothing by default. */
  readonly metrics?: AppMetrics;
  /** The secret that keys the user and session tags in logs (LOG_HASH_KEY in Lambda); a random one by default. */
  readonly logKey?: string;
  /** Play a chime at the start and end of each hold. */
  readonly chimes?: boolean;
  /** The HTTP client of Alexa's APIs (Settings, Reminders); by default one with a timeout per call. */
  readonly apiClient?: services.ApiClient;
  /** Milliseconds a turn may spend on Alexa's APIs, all calls together (tests shorten it). */
  readonly apiBudgetMs?: number;
  /** Reject requests from any other skill (set in Lambda). */
  readonly skillId?: string;
}

/** SkillDeps with every default filled in. */
export type ResolvedDeps = Required<Omit<SkillDeps, 'skillId'>> & { readonly skillId?: string };
