// One simulated user: two devices, each finishing whole routines at the same time, with pauses, resumes and
// stops along the way. Records what a correct store must hold afterwards.
import { INTENT, SLOT } from '../../lambda/handlers/intents';
import type { Device, Reply } from '../alexa/device';

/** A seeded pseudo-random source in [0, 1) (mulberry32), so a load run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What a device's turns produced, and what they cost. */
export interface DeviceLog {
  /** Request ids of the "next" turns that finished a routine: each must be counted once in the store. */
  readonly finishedBy: string[];
  /** Milliseconds of every turn. */
  readonly latencies: number[];
  /** Replies that were not what a healthy skill and store give (an apology, a save warning, no speech). */
  readonly problems: string[];
}

/** How a device behaves. */
export interface Habits {
  readonly random: () => number;
  /** Longest pause between two turns, in ms (the user listening). */
  readonly thinkMs: number;
  /** Chance that a turn is "pause" followed by "resume", and that it is "stop" (the session ends mid-routine). */
  readonly pauseChance: number;
  readonly stopChance: number;
}

/** Turns one device may take for one routine before the driver gives up (the routine has about ten). */
const MAX_TURNS_PER_ROUTINE = 200;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** What is wrong with a reply as the load test sees it (an apology, a save warning), or null. */
type Judge = (reply: Reply) => string | null;

/** Plays `routines` whole routines on `device`, answering the launch question whatever it is. */
export async function playDevice(device: Device, routines: number, habits: Habits, judge: Judge): Promise<DeviceLog> {
  const log: DeviceLog = { finishedBy: [], latencies: [], problems: [] };
  const turn = async (send: () => Promise<Reply>): Promise<Reply> => {
    if (habits.thinkMs > 0) await sleep(habits.random() * habits.thinkMs);
    const start = process.hrtime.bigint();
    const reply = await send();
    log.latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    const problem = judge(reply);
    if (problem) log.problems.push(problem);
    return reply;
  };
  for (let turns = 0; log.finishedBy.length < routines; turns += 1) {
    if (turns > MAX_TURNS_PER_ROUTINE * routines) throw new Error(`load: a device of ${device.userId} did not finish ${routines} routine(s)`);
    if (!device.inSession) {
      const opening = await turn(() => device.launch());
      const pending = opening.response.sessionAttributes?.pending;
      if (pending === 'side') await turn(() => device.say(INTENT.SET_SIDE, { [SLOT.SIDE]: { value: 'left', resolved: { name: 'left', id: 'left' } } }));
      else if (pending) await turn(() => device.say(INTENT.YES));
      else await turn(() => device.say(INTENT.START));
      continue;
    }
    const roll = habits.random();
    if (roll < habits.pauseChance) {
      await turn(() => device.say(INTENT.PAUSE));
      if (device.inSession) await turn(() => device.say(INTENT.RESUME));
    } else if (roll < habits.pauseChance + habits.stopChance) {
      await turn(() => device.say(INTENT.STOP));
    } else {
      const reply = await turn(() => device.say(INTENT.NEXT));
      // Only the end of the routine ends the session on "next", or hands it to Alexa's routine offer.
      if (reply.ended || reply.handOff) log.finishedBy.push(reply.request.request.requestId);
      if (reply.handOff) await turn(() => device.answerAlexa(habits.random() < 0.5 ? 'yes' : 'no'));
    }
  }
  return log;
}
