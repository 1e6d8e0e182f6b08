// Warm turn latency, in-process: the skill answering "next" mid-routine, and the floor answering a launch.
import type { Skill } from 'ask-sdk-core';
import { INTENT, SLOT } from '../../lambda/handlers/intents';
import { Device } from '../alexa/device';
import { msSince } from './stats';

/**
 * Milliseconds of each "next" turn over whole routines (launch, start, then "next" until the routine ends
 * the session), on one warm skill; the first `warmup` turns are not kept.
 */
export async function nextTurnTimes(skill: Skill, turns: number, warmup: number): Promise<number[]> {
  const device = new Device(skill, { userId: 'amzn1.ask.account.BENCH-NEXT' });
  const times: number[] = [];
  let first = true;
  for (let guard = 0; times.length < turns && guard < (turns + warmup) * 3; guard += 1) {
    await device.launch();
    await (first ? device.say(INTENT.SET_SIDE, { [SLOT.SIDE]: { value: 'left', resolved: { name: 'left', id: 'left' } } }) : device.say(INTENT.START));
    first = false;
    for (let step = 0; step < 50 && device.inSession; step += 1) {
      const start = process.hrtime.bigint();
      const reply = await device.say(INTENT.NEXT);
      const ms = msSince(start);
      if (warmup > 0) warmup -= 1;
      else if (times.length < turns) times.push(ms);
      // The end of a routine ends the session, or first hands it to Alexa's routine offer: the user walks away.
      if (reply.handingOff) await device.endSession('USER_INITIATED');
      if (reply.ended || reply.handingOff) break;
    }
  }
  return times;
}

/** Milliseconds of each floor turn (one read and one write); the first `warmup` turns are not kept. */
export async function floorTurnTimes(skill: Skill, turns: number, warmup: number): Promise<number[]> {
  const device = new Device(skill, { userId: 'amzn1.ask.account.BENCH-FLOOR' });
  const times: number[] = [];
  for (let i = 0; i < turns + warmup; i += 1) {
    const start = process.hrtime.bigint();
    await device.launch();
    const ms = msSince(start);
    if (i >= warmup) times.push(ms);
  }
  return times;
}
