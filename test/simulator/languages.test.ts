// The simulator in every locale: its own model and words for opening the skill, one-shots, numbers and the
// built-in intents, as `npm start -- --locale <locale>` hears them.
import { LOCALES, languageOf, type Language } from '../../content';
import { INTENT } from '../../lambda/handlers/intents';
import { readModel } from '../../scripts/model';
import { PHRASES } from '../../scripts/simulator/phrases';
import { createResolver, resolverFor, type Resolution } from '../../scripts/simulator/resolver';

/** A time said in each language, to fill an AMAZON.TIME slot. */
const TIMES: Record<Language, string> = { en: '8 am', es: 'las ocho', fr: 'huit heures', de: 'acht Uhr' };

const intentOf = (resolution: Resolution): string => (resolution.kind === 'intent' ? resolution.match.intent : resolution.kind);

describe.each(LOCALES)('the %s resolver', (locale) => {
  const model = readModel(locale);
  const resolver = createResolver(model, PHRASES[locale]);
  const { intents, types } = model.interactionModel.languageModel;
  const time = TIMES[languageOf(locale)];
  const sayable = (type: string): string =>
    type === 'AMAZON.NUMBER' ? '2' : type === 'AMAZON.TIME' ? time : (types.find((t) => t.name === type)?.values[0]?.name.value ?? '');

  it('resolves every sample of the model, slots filled with a value of their type, to its intent', () => {
    const misses = intents.flatMap((intent) =>
      intent.samples
        .map((sample) => sample.replace(/\{(\w+)\}/g, (_, name: string) => sayable(intent.slots?.find((s) => s.name === name)?.type ?? '')))
        .filter((said) => intentOf(resolver.resolve(said, { inSession: true })) !== intent.name)
        .map((said) => `${said} → ${intentOf(resolver.resolve(said, { inSession: true }))}, not ${intent.name}`),
    );
    expect(misses).toEqual([]);
  });

  it('resolves every built-in phrasing of the locale to its built-in intent', () => {
    const misses = Object.entries(PHRASES[locale].builtIns).flatMap(([intent, phrases]) =>
      phrases.filter((p) => intentOf(resolver.resolve(p, { inSession: true })) !== intent).map((p) => `${p} → ${intentOf(resolver.resolve(p, { inSession: true }))}, not ${intent}`),
    );
    expect(misses).toEqual([]);
  });

  it('opens the skill with the words it tells the user to say', () => {
    expect(resolverFor(locale).opening.endsWith(model.interactionModel.languageModel.invocationName)).toBe(true);
    expect(resolver.resolve(resolver.opening)).toEqual({ kind: 'launch' });
    expect(resolver.resolve(`Alexa, ${resolver.opening}`)).toEqual({ kind: 'launch' });
  });

  it("hears the locale's example phrases as the store lists them", () => {
    // The phrases are checked against the model by the lint; here, the simulator understands them too.
    for (const launchWord of PHRASES[locale].launchVerbs.slice(0, 2)) {
      expect(resolver.resolve(`${launchWord} ${model.interactionModel.languageModel.invocationName}`)).toEqual({ kind: 'launch' });
    }
  });
});

/** What a user says in each language to go to exercise three, set a 45-second hold, and ask a one-shot. */
const SAYINGS: Record<string, { goTo: string; hold: string; oneShot: string; pigeonId: string }> = {
  en: { goTo: 'go to exercise three', hold: 'hold for forty five seconds', oneShot: 'ask sciatica routine to explain the pigeon stretch', pigeonId: 'standing-figure-four' },
  es: { goTo: 've al ejercicio tres', hold: 'aguanta cuarenta y cinco segundos', oneShot: 'pregunta a rutina para la ciática cómo se hace la paloma', pigeonId: 'standing-figure-four' },
  de: { goTo: 'geh zu Übung drei', hold: 'halte fünfundvierzig Sekunden', oneShot: 'frag Ischias Routine wie die Taube geht', pigeonId: 'standing-figure-four' },
  fr: { goTo: "va à l'exercice trois", hold: 'tiens quarante-cinq secondes', oneShot: 'demande à routine sciatique comment faire le pigeon', pigeonId: 'standing-figure-four' },
};

describe.each(LOCALES.filter((l) => SAYINGS[l.slice(0, 2)]))('numbers and one-shots in %s', (locale) => {
  const resolver = resolverFor(locale);
  const say = SAYINGS[locale.slice(0, 2)]!;

  it('fills a number slot from the number said in words, as digits', () => {
    expect(resolver.resolve(say.goTo, { inSession: true })).toMatchObject({ match: { intent: INTENT.GO_TO, slots: { number: { value: '3' } } } });
    expect(resolver.resolve(say.hold, { inSession: true })).toMatchObject({ match: { intent: INTENT.SET_HOLD, slots: { seconds: { value: '45' } } } });
  });

  it('hears a one-shot request, the exercise resolved by its synonym', () => {
    expect(resolver.resolve(say.oneShot)).toMatchObject({ kind: 'intent', oneShot: true, match: { intent: INTENT.EXPLAIN, slots: { exercise: { resolved: { id: say.pigeonId } } } } });
  });
});

describe('spoken times in every language', () => {
  const at = (locale: (typeof LOCALES)[number], said: string) => resolverFor(locale).resolve(said, { inSession: true });

  it.each([
    ['en-US', 'remind me every day at 8 am', 'daily', '08:00'],
    ['es-ES', 'recuérdame todos los días a las ocho y media', 'daily', '08:30'],
    ['es-MX', 'recuérdame de lunes a viernes a las siete de la tarde', 'weekdays', '19:00'],
    ['fr-FR', 'rappelle-moi tous les jours à vingt heures trente', 'daily', '20:30'],
    ['fr-CA', 'rappelle-moi le week-end à neuf heures moins le quart', 'weekends', '08:45'],
    ['de-DE', 'erinnere mich jeden Tag um halb neun', 'daily', '08:30'],
    ['de-DE', 'erinnere mich werktags um achtzehn Uhr', 'weekdays', '18:00'],
  ] as const)('%s: "%s" sets a reminder %s at %s', (locale, said, days, time) => {
    expect(at(locale, said)).toMatchObject({ match: { intent: INTENT.SET_REMINDER, slots: { time: { value: time }, days: { resolved: { id: days } } } } });
  });
});
