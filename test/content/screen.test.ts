// The words the screens show: declared placeholders only, plain and short, the warning signs that the spoken
// safety notice names, and a side question that asks for a preference, not about the body.
import enUS from '../../content/locales/en-US.json';
import { BUTTON_IDS, FORMS, PHASE_IDS, RoutineSchema, SCREEN_LINE_PLACEHOLDERS, loadRoutine, placeholdersOf, type ScreenLineKey } from '../../content';
import { readingGrade } from '../support/readability';

const routine = loadRoutine('en-US');
const { screen } = routine;
/** A text with its placeholders filled as the screens fill them. */
const filled = (text: string): string => text.replace(/\{sideWords\}/g, ', left side').replace(/\{side\}/g, 'left').replace(/\{\w+\}/g, 'two');

const allScreenTexts = (): string[] => [
  ...Object.values(screen.lines), ...Object.values(screen.forms), ...Object.values(screen.phases), ...Object.values(screen.buttons),
  ...screen.painLines, ...screen.warningSigns, ...screen.urgentLines, ...screen.injuryLines, ...screen.helpPhrases,
];

describe('screen words', () => {
  it('has a line for every key, a phase for every phase and a label for every button and form', () => {
    expect(Object.keys(screen.lines).sort()).toEqual(Object.keys(SCREEN_LINE_PLACEHOLDERS).sort());
    expect(Object.keys(screen.phases).sort()).toEqual([...PHASE_IDS].sort());
    expect(Object.keys(screen.buttons).sort()).toEqual([...BUTTON_IDS].sort());
    expect(Object.keys(screen.forms).sort()).toEqual([...FORMS].sort());
  });

  it('uses only the placeholders each line declares, and rejects a line that uses another', () => {
    for (const [key, text] of Object.entries(screen.lines)) {
      const declared = SCREEN_LINE_PLACEHOLDERS[key as ScreenLineKey] as readonly string[];
      expect({ key, unknown: placeholdersOf(text).filter((p) => !declared.includes(p)) }).toEqual({ key, unknown: [] });
    }
    const broken = structuredClone(enUS) as { screen: { lines: Record<string, string> } };
    broken.screen.lines.paused = 'Paused at {exercise}';
    const result = RoutineSchema.safeParse(broken);
    expect(result.success ? [] : result.error.issues.map((i) => i.path.join('.'))).toEqual(['screen.lines.paused']);
  });

  it('is short and plain: sentences at grade 6 or lower, no clinical words, no promise of a cure', () => {
    for (const text of allScreenTexts()) {
      // A reading grade means something for a sentence, not for a label of a word or two.
      if (text.split(/\s+/).length >= 6) expect({ text, grade: readingGrade(filled(text)) <= 6 }).toEqual({ text, grade: true });
      expect(text).not.toMatch(/\b(piriformis|sciatic|lumbar|supine|gluteal|flexion|cur(e|es|ed)|guarantee)\b/i);
    }
  });

  it('writes out every warning sign the spoken safety notice names', () => {
    const signs = screen.warningSigns.join(' ');
    expect(signs).toMatch(/groin|bottom/i);
    expect(signs).toMatch(/pee|bowel/i);
    expect(signs).toMatch(/both legs/i);
    expect(routine.messages.safetyNotice).toMatch(/groin|bottom/i);
    expect(screen.urgentLines.join(' ')).toMatch(/911/);
    expect(routine.messages.warningAnswer).toMatch(/911/);
  });

  it('asks which side first as a preference, never which leg hurts', () => {
    expect(screen.lines.sideQuestion).not.toMatch(/\b(hurts?|pain(ful)?|bad|sore|affected|injured|problem)\b/i);
  });
});
