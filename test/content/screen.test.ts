// The words the screens show, in every locale: declared placeholders only, plain and short, the warning signs
// that the spoken safety notice names, that country's emergency number, a side question that asks for a
// preference, not about the body, and things to say that the locale's model understands.
import enUS from '../../content/locales/en-US.json';
import { BUTTON_IDS, FORMS, LOCALES, PHASE_IDS, SCREEN_LINE_PLACEHOLDERS, languageOf, loadRoutine, type Locale, type ScreenLineKey } from '../../content';
import { RoutineSchema, placeholdersOf } from '../../content/schema';
import { resolverFor } from '../../scripts/simulator/resolver';
import { readingGrade } from '../support/readability';
import { EMERGENCY, LANGUAGE_RULES } from './language-rules';

/** The phrases in quotation marks: “Next”, «Siguiente», « Suivant », „Weiter“. */
const quoted = (text: string): string[] => [...text.matchAll(/[«“„]\s*([^»”“]+?)\s*[»”“]/g)].map((m) => m[1] as string);
const wordPattern = (words: readonly string[]): RegExp => new RegExp(`(?<![\\p{L}])(${words.join('|')})(?![\\p{L}])`, 'iu');

it('rejects a screen line that uses a placeholder it does not declare', () => {
  const broken = structuredClone(enUS) as { screen: { lines: Record<string, string> } };
  broken.screen.lines.paused = 'Paused at {exercise}';
  const result = RoutineSchema.safeParse(broken);
  expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['screen.lines.paused']);
});

describe.each(LOCALES)('%s screen words', (locale: Locale) => {
  const routine = loadRoutine(locale);
  const { screen } = routine;
  const language = languageOf(locale);
  const rules = LANGUAGE_RULES[language];
  const emergency = EMERGENCY[locale];
  /** A text with its placeholders filled as the screens fill them. */
  const filled = (text: string): string =>
    text.replace(/\{sideWords\}/g, routine.messages.sideWords.replace('{side}', routine.sides.left)).replace(/\{side\}/g, routine.sides.left).replace(/\{\w+\}/g, '2');
  const allScreenTexts = (): string[] => [
    ...Object.values(screen.lines), ...Object.values(screen.forms), ...Object.values(screen.phases), ...Object.values(screen.buttons),
    ...screen.painLines, ...screen.warningSigns, ...screen.urgentLines, ...screen.injuryLines, ...screen.helpPhrases,
  ];

  it('has a line for every key, a phase for every phase and a label for every button and form', () => {
    expect(Object.keys(screen.lines).sort()).toEqual(Object.keys(SCREEN_LINE_PLACEHOLDERS).sort());
    expect(Object.keys(screen.phases).sort()).toEqual([...PHASE_IDS].sort());
    expect(Object.keys(screen.buttons).sort()).toEqual([...BUTTON_IDS].sort());
    expect(Object.keys(screen.forms).sort()).toEqual([...FORMS].sort());
  });

  it('uses only the placeholders each line declares', () => {
    for (const [key, text] of Object.entries(screen.lines)) {
      const declared = SCREEN_LINE_PLACEHOLDERS[key as ScreenLineKey] as readonly string[];
      expect({ key, unknown: placeholdersOf(text).filter((p) => !declared.includes(p)) }).toEqual({ key, unknown: [] });
    }
  });

  it('is short and plain: easy sentences, no clinical words, no promise of a cure', () => {
    const clinical = wordPattern([...rules.jargon, ...rules.clinicalNames]);
    for (const text of allScreenTexts()) {
      // A reading grade means something for a sentence, not for a label of a word or two.
      if (language === 'en') {
        if (text.split(/\s+/).length >= 6) expect({ text, grade: readingGrade(filled(text)) <= 6 }).toEqual({ text, grade: true });
      } else {
        expect({ text, hard: rules.hardToHear(filled(text)) }).toEqual({ text, hard: null });
      }
      expect({ text, clinical: clinical.test(text), cure: rules.cureClaims.test(text) }).toEqual({ text, clinical: false, cure: false });
    }
  });

  it("writes out every warning sign the spoken safety notice names, and gives the country's emergency number", () => {
    const signs = screen.warningSigns.join(' ');
    for (const sign of rules.notice.slice(2, 5)) {
      expect({ sign: String(sign), onScreen: sign.test(signs), spoken: sign.test(routine.messages.safetyNotice) }).toEqual({ sign: String(sign), onScreen: true, spoken: true });
    }
    expect(screen.urgentLines.join(' ')).toMatch(emergency.screen);
    expect(screen.injuryLines.join(' ')).toMatch(emergency.screenNumber);
    expect(routine.messages.warningAnswer).toMatch(emergency.warning[0] as RegExp);
  });

  it('asks which side first as a preference, never which leg hurts', () => {
    expect(screen.lines.sideQuestion).not.toMatch(rules.conditionWords);
  });

  it("shows only things to say that the locale's model understands", () => {
    const resolver = resolverFor(locale);
    const said = screen.helpPhrases.flatMap(quoted);
    expect(said.length).toBeGreaterThanOrEqual(screen.helpPhrases.length);
    const heard = (phrase: string): string => {
      const resolution = resolver.resolve(phrase, { inSession: true });
      return resolution.kind === 'intent' ? resolution.match.intent : resolution.kind;
    };
    expect(said.filter((phrase) => ['AMAZON.FallbackIntent', 'none', 'fallback'].includes(heard(phrase))).map((p) => `${p} → ${heard(p)}`)).toEqual([]);
  });
});
