// How people talk to the skill in German: phrasings written apart from the model, each with the intent it must
// reach. Pain, injury and warning signs must all land.
import { INTENT } from '../../lambda/handlers/intents';
import type { Phrasing } from './phrasings';

const each = (intent: string, said: readonly string[]): Phrasing[] => said.map((s) => ({ said: s, intent }));

export const PAIN = each(INTENT.IT_HURTS, [
  'au au au',
  'aua das tut weh',
  'das tut echt weh',
  'meine Hüfte tut weh',
  'mein linkes Knie tut weh',
  'mein rechtes Bein tut sehr weh',
  'mein Fuß ist ganz taub',
  'meine Zehen sind eingeschlafen',
  'es brennt im Bein',
  'ein Schmerz der ins Bein zieht',
  'stopp stopp das tut weh',
  'hör auf das tut so weh',
  'mein Rücken tut furchtbar weh',
  'ich habe einen Krampf in der Wade',
  'die Schmerzen werden stärker',
  'es sticht im Gesäß',
]);

export const INJURY = each(INTENT.INJURY, [
  'ich bin gerade hingefallen',
  'ich wäre fast gefallen',
  'mir ist ein bisschen schwindlig',
  'mir wird schwindelig',
  'ich glaube ich falle gleich',
  'in meinem Rücken hat etwas geknackt',
  'ich glaube ich habe mir den Rücken verletzt',
  'ich komme nicht mehr vom Boden hoch',
]);

export const WARNING = each(INTENT.WARNING_SIGN, [
  'ich spüre im Schritt nichts mehr',
  'mein Intimbereich fühlt sich taub an',
  'ich kann das Wasser nicht halten',
  'ich habe keine Kontrolle mehr über die Blase',
  'meine beiden Beine sind ganz schwach',
  'ich spüre beide Beine nicht mehr',
  'es kribbelt in beiden Beinen',
  'ich habe starke Schmerzen in der Brust',
]);

export const OTHER: Phrasing[] = [
  ...each(INTENT.START, ['okay dann fangen wir an', 'ich bin jetzt bereit', 'starte bitte meine Übungen']),
  ...each(INTENT.NEXT, ['die nächste bitte', 'weiter zur nächsten Übung']),
  ...each(INTENT.PAUSE, ['warte einen kleinen Moment', 'ich brauche kurz eine Pause']),
  ...each(INTENT.SKIP, ['überspring diese Übung bitte', 'diese Dehnung will ich nicht machen']),
  ...each(INTENT.GO_TO, ['geh zu Übung drei', 'bring mich zu Übung vier']),
  ...each(INTENT.SWITCH_SIDE, ['jetzt das andere Bein', 'wechsle zur anderen Seite']),
  ...each(INTENT.SIDE_ANSWER, ['links', 'rechts bitte']),
  ...each(INTENT.CHAIR, ['ich komme nicht mehr auf den Boden', 'kann ich das auf dem Stuhl machen']),
  ...each(INTENT.EASIER, ['mach es ein bisschen leichter', 'das ist mir echt zu schwer']),
  ...each(INTENT.EXPLAIN, ['erklär mir die Taube', 'wie geht diese Übung']),
  ...each(INTENT.WHY, ['wofür ist diese Dehnung']),
  ...each(INTENT.SLOWER, ['sprich bitte etwas langsamer']),
  ...each(INTENT.WHERE_AM_I, ['bei welcher Übung bin ich gerade']),
  ...each(INTENT.HOW_MANY_LEFT, ['wie viele Übungen habe ich noch']),
  ...each(INTENT.SET_HOLD, ['halte sechzig Sekunden']),
  ...each(INTENT.STOP, ['stopp', 'das reicht für heute danke']),
];

export const ELSEWHERE = each(INTENT.FALLBACK, ['wie wird das Wetter heute', 'spiel Musik', 'stell einen Timer auf zehn Minuten', 'erzähl mir einen Witz']);

export const PHRASINGS: readonly Phrasing[] = [...PAIN, ...INJURY, ...WARNING, ...OTHER, ...ELSEWHERE];
