// The tables of how people really talk, run through the simulator's resolver on each locale's own model:
// every pain, injury and warning-sign phrasing lands in its intent, and nearly everything else does too.
import { LOCALES, languageOf } from '../../content';
import { INTENT, SAFETY_INTENTS } from '../../lambda/handlers/intents';
import { readModel } from '../../scripts/model';
import { PHRASES } from '../../scripts/simulator/phrases';
import { createResolver } from '../../scripts/simulator/resolver';
import { normalizerFor } from '../../scripts/simulator/text';
import { tableFor } from './phrasing-tables';
import type { Phrasing } from './phrasings';

describe.each(LOCALES)('what people say in %s', (locale) => {
  const model = readModel(locale);
  const resolver = createResolver(model, PHRASES[locale]);
  const normalize = normalizerFor(PHRASES[locale].text);
  const table = tableFor(locale, languageOf(locale));
  const heard = (said: string): string => {
    const resolution = resolver.resolve(said, { inSession: true });
    return resolution.kind === 'intent' ? resolution.match.intent : resolution.kind;
  };
  const misses = (list: readonly Phrasing[]): string[] => list.filter((p) => heard(p.said) !== p.intent).map((p) => `"${p.said}" → ${heard(p.said)}, not ${p.intent}`);

  it(`has at least ${table.minimum} phrasings, none of them a sample of the model word for word`, () => {
    expect(table.all.length).toBeGreaterThanOrEqual(table.minimum);
    const samples = new Set(model.interactionModel.languageModel.intents.flatMap((i) => i.samples.map(normalize)));
    expect(table.all.filter((p) => samples.has(normalize(p.said))).map((p) => p.said)).toEqual([]);
  });

  it('sends every pain, injury and warning-sign phrasing to its answer', () => {
    expect(misses(table.safety)).toEqual([]);
  });

  it('never sends a safety phrasing anywhere but the safety family', () => {
    expect(table.safety.filter((p) => !(SAFETY_INTENTS as readonly string[]).includes(heard(p.said)))).toEqual([]);
  });

  it('understands at least 95% of the whole table', () => {
    const missed = misses(table.all);
    expect({ understood: 1 - missed.length / table.all.length >= 0.95, missed }).toEqual({ understood: true, missed: expect.any(Array) });
  });

  it('never turns a request for something else into a move of the routine', () => {
    const moves: string[] = [INTENT.START, INTENT.NEXT, INTENT.SKIP, INTENT.GO_TO, INTENT.START_OVER, INTENT.PREVIOUS, INTENT.SWITCH_SIDE, INTENT.SET_SIDE, INTENT.CHAIR, INTENT.FLOOR, INTENT.SET_HOLD];
    const elsewhere = table.all.filter((p) => p.intent === INTENT.FALLBACK && moves.includes(heard(p.said)));
    expect(elsewhere.map((p) => `${p.said} → ${heard(p.said)}`)).toEqual([]);
  });
});
