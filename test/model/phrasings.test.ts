// The table of how people really talk, run through the simulator's resolver on the project's own model:
// every pain, injury and warning-sign phrasing lands in its intent, and nearly everything else does too.
import { INTENT, SAFETY_INTENTS } from '../../lambda/handlers/intents';
import { readModel } from '../../scripts/model';
import { PHRASES } from '../../scripts/simulator/phrases';
import { createResolver } from '../../scripts/simulator/resolver';
import { normalize } from '../../scripts/simulator/text';
import { INJURY, PAIN, PHRASINGS, WARNING, type Phrasing } from './phrasings';

const model = readModel('en-US');
const resolver = createResolver(model, PHRASES['en-US']);
const heard = (said: string): string => {
  const resolution = resolver.resolve(said, { inSession: true });
  return resolution.kind === 'intent' ? resolution.match.intent : resolution.kind;
};
const misses = (table: readonly Phrasing[]): string[] => table.filter((p) => heard(p.said) !== p.intent).map((p) => `"${p.said}" → ${heard(p.said)}, not ${p.intent}`);

describe('what people say', () => {
  it('has at least 150 phrasings, none of them a sample of the model word for word', () => {
    expect(PHRASINGS.length).toBeGreaterThanOrEqual(150);
    const samples = new Set(model.interactionModel.languageModel.intents.flatMap((i) => i.samples.map(normalize)));
    expect(PHRASINGS.filter((p) => samples.has(normalize(p.said))).map((p) => p.said)).toEqual([]);
  });

  it('sends every pain phrasing to the pain answer', () => {
    expect(misses(PAIN)).toEqual([]);
  });

  it('sends every injury and balance phrasing to the injury answer', () => {
    expect(misses(INJURY)).toEqual([]);
  });

  it('sends every warning sign to the warning-sign answer', () => {
    expect(misses(WARNING)).toEqual([]);
  });

  it('never sends a safety phrasing anywhere but the safety family', () => {
    const safety = [...PAIN, ...INJURY, ...WARNING].filter((p) => !(SAFETY_INTENTS as readonly string[]).includes(heard(p.said)));
    expect(safety).toEqual([]);
  });

  it('understands at least 95% of the whole table', () => {
    const missed = misses(PHRASINGS);
    expect({ understood: 1 - missed.length / PHRASINGS.length >= 0.95, missed }).toEqual({ understood: true, missed: expect.any(Array) });
  });

  it('never turns a request for something else into a move of the routine', () => {
    const moves: string[] = [INTENT.START, INTENT.NEXT, INTENT.SKIP, INTENT.GO_TO, INTENT.START_OVER, INTENT.PREVIOUS, INTENT.SWITCH_SIDE, INTENT.SET_SIDE, INTENT.CHAIR, INTENT.FLOOR, INTENT.SET_HOLD];
    const elsewhere = PHRASINGS.filter((p) => p.intent === INTENT.FALLBACK && moves.includes(heard(p.said)));
    expect(elsewhere.map((p) => `${p.said} → ${heard(p.said)}`)).toEqual([]);
  });
});
