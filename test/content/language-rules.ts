// The content rules that depend on the language: banned jargon and cure claims, the words that would make a
// preference a health question, the words the safety texts must carry, and what "plain words" means.
import type { Language, Locale } from '../../content';
import { readingGrade } from '../support/readability';

/** What the content of one language must and must not say. */
export interface LanguageRules {
  /** Clinical words the skill never says. */
  readonly jargon: readonly string[];
  /** The muscle and nerve names, allowed only in the "why it helps" texts. */
  readonly clinicalNames: readonly string[];
  readonly cureClaims: RegExp;
  /** Words that would turn the side question into a question about the user's health. */
  readonly conditionWords: RegExp;
  /** Getting down to the floor or onto the knees (a chair form never asks for it). */
  readonly gettingDown: RegExp;
  readonly chair: RegExp;
  readonly kneeling: RegExp;
  readonly towelOrCushion: RegExp;
  /** The seated forward bend: knees bent, and backing off when pain or tingling runs down the leg. */
  readonly bendKnees: RegExp;
  readonly tinglingDownLeg: RegExp;
  /** The safety notice: not medical advice, sharp pain, and the warning signs. */
  readonly notice: readonly RegExp[];
  /** The pain answer says stop and sharp; the options offer easier, skip and stop in that order. */
  readonly painStop: readonly RegExp[];
  readonly painOptions: RegExp;
  readonly doctor: RegExp;
  /** The side question asks about starting, as a preference. */
  readonly start: RegExp;
  /** The tip and the help teach the wake word. */
  readonly wakeWord: RegExp;
  /** Urgent words, which only the warning-sign, injury and notice texts may use. */
  readonly urgent: RegExp;
  /** Why a text is hard to take in once by ear, or null. */
  readonly hardToHear: (text: string) => string | null;
}

const wordsOf = (text: string): string[] => text.split(/\s+/).map((w) => w.replace(/[^\p{L}'’-]/gu, '')).filter(Boolean);

/**
 * For languages without a reading-grade formula here: no sentence over `maxWords` words, and at most one word
 * in ten (one in a short text) longer than `longLetters` letters.
 */
export function sentenceBudget(maxWords: number, longLetters: number): (text: string) => string | null {
  return (text) => {
    const sentences = text.split(/[.!?;:]+(?:\s|$)/).filter((s) => s.trim());
    const longest = Math.max(...sentences.map((s) => wordsOf(s).length));
    if (longest > maxWords) return `a sentence of ${longest} words (at most ${maxWords})`;
    const words = wordsOf(text);
    const long = words.filter((w) => w.replace(/['’-]/g, '').length > longLetters);
    if (long.length > Math.max(1, words.length / 10)) return `${long.length} of ${words.length} words longer than ${longLetters} letters (${long.join(', ')})`;
    return null;
  };
}

const ENGLISH: LanguageRules = {
  jargon: ['contralateral', 'coxofemoral', 'thoracic', 'supine', 'proprioception', 'proprioceptive', 'gluteal', 'gluteus', 'lumbar', 'bilateral', 'flexed', 'flexion', 'myofascial', 'hamstrings?'],
  clinicalNames: ['piriformis', 'sciatic'],
  cureClaims: /\bcur(e|es|ed|ing)\b|\bends? (your )?sciatica\b|\beliminat|\bguarantee|\bfix(es)? (your )?(sciatica|back)\b/i,
  conditionWords: /\b(hurts?|pain(ful)?|bad|sore|affected|injured|problem)\b/i,
  gettingDown: /\b(sit (down )?on the floor|down to the floor|come down|kneel|hands and knees|lie on your back)\b/i,
  chair: /chair/,
  kneeling: /hands and knees|kneel/,
  towelOrCushion: /towel|cushion/,
  bendKnees: /bend your knees/i,
  tinglingDownLeg: /tingling runs down your leg/,
  notice: [/not medical advice/i, /sharp/i, /groin|bottom/i, /pee|bowel/i, /both legs/i, /at once|right away|straight away/i],
  painStop: [/\bstop\b/i, /sharp/i],
  painOptions: /easier.*skip.*stop/i,
  doctor: /doctor|\bGP\b/,
  start: /start/,
  wakeWord: /Alexa, pause/,
  urgent: /\b(911|999|112)\b|triple zero|emergency|\bA&E\b|at once|right away|\bnow\b.*doctor/i,
  hardToHear: (text) => {
    if (wordsOf(text).length < 10) return null;
    const grade = Math.round(readingGrade(text) * 10) / 10;
    return grade > 6 ? `reading grade ${grade} (at most 6)` : null;
  },
};

const SPANISH: LanguageRules = {
  jargon: ['contralateral', 'coxofemoral', 'torácic[oa]', 'decúbito', 'supino', 'propiocepci[óo]n', 'propioceptiv[oa]', 'glúteo mayor', 'lumbar(es)?', 'bilateral', 'flexionad[oa]s?', 'flexión', 'miofascial', 'isquiotibiales?'],
  clinicalNames: ['piriforme', 'ciático'],
  cureClaims: /\bcur(a|ar|ará|an|ación)\b|acab(a|ar|ará) con (la|tu) ciática|elimin|garantiz|solucion(a|ar) (la|tu) ciática/i,
  conditionWords: /(duele|dolor|malo|mala|molest|lesi[óo]n|problema)/i,
  gettingDown: /(baja al suelo|siéntate en el suelo|boca arriba|de rodillas|arrodíll|cuatro patas|túmbate|acuéstate)/i,
  chair: /silla/,
  kneeling: /cuatro patas|rodillas en el suelo|arrodíll/,
  towelOrCushion: /toalla|cojín/,
  bendKnees: /dobla las rodillas/i,
  tinglingDownLeg: /hormigueo bajando por la pierna/,
  notice: [/no consejos médicos/i, /agudo/i, /ingle|trasero/i, /orinar|intestino/i, /dos piernas/i, /enseguida|de inmediato/i],
  painStop: [/^para\b/i, /agudo/i],
  painOptions: /fácil.*salta.*basta/i,
  doctor: /médico/,
  start: /empezar/,
  wakeWord: /Alexa, pausa/,
  urgent: /\b(112|911)\b|urgencias|emergencia|enseguida|de inmediato|médico ya/i,
  hardToHear: sentenceBudget(20, 13),
};

const FRENCH: LanguageRules = {
  jargon: ['controlatéral', 'coxo-fémoral', 'thoracique', 'décubitus', 'proprioception', 'proprioceptif', 'grand fessier', 'lombaires?', 'bilatéral', 'fléchi', 'flexion de hanche', 'myofascial', 'ischio-jambiers?'],
  clinicalNames: ['piriforme', 'nerf sciatique'],
  cureClaims: /\bgu[ée]ri[rst]?\b|en finir avec (la|votre) sciatique|élimin|garanti|supprim/i,
  conditionWords: /(mal|douleur|douloureu|bless|problème|gêne)/i,
  gettingDown: /(descendez au sol|par terre|allongez-vous|à genoux|quatre pattes|sur le dos\b)/i,
  chair: /chaise/,
  kneeling: /quatre pattes|à genoux/,
  towelOrCushion: /serviette|coussin/,
  bendKnees: /pliez les genoux/i,
  tinglingDownLeg: /fourmillements descendent dans la jambe/,
  notice: [/pas des conseils médicaux/i, /vive/i, /aine|fesses/i, /uriner|selles/i, /deux jambes/i, /tout de suite|immédiatement/i],
  painStop: [/^arrêtez/i, /vive/i],
  painOptions: /facile.*passe.*stop/i,
  doctor: /médecin/,
  start: /commencer/,
  wakeWord: /Alexa, pause/,
  urgent: /\b(15|112|911)\b|urgence|tout de suite|immédiatement|médecin maintenant/i,
  hardToHear: sentenceBudget(20, 13),
};

const GERMAN: LanguageRules = {
  jargon: ['kontralateral', 'thorakal', 'Propriozeption', 'propriozeptiv', 'Glutaeus', 'Gluteus', 'lumbal', 'Lendenwirbel\\p{L}*', 'bilateral', 'Flexion', 'flektiert', 'myofaszial', 'ischiokrural\\p{L}*'],
  clinicalNames: ['Piriformis', 'Ischiasnervs?'],
  cureClaims: /\bheil(t|en|ung)\b|Ischias (los|loswerden)|beseitig|garantier|für immer weg/i,
  conditionWords: /(weh|schmerz|schlimm|stört|verletz|problem|krank)/i,
  gettingDown: /(komm (langsam )?auf den Boden|setz dich auf den Boden|leg dich|knie dich|Vierfüßlerstand|auf den Rücken|auf alle viere)/i,
  chair: /Stuhl/,
  kneeling: /Vierfüßlerstand|knie dich/,
  towelOrCushion: /Handtuch|Kissen/,
  bendKnees: /Beug die Knie/,
  tinglingDownLeg: /Kribbeln ins Bein zieht/,
  notice: [/kein ärztlicher Rat/i, /stechend/i, /Schritt|Po\b|Gesäß/i, /Wasserlassen|Stuhlgang/i, /beide Beine/i, /sofort/i],
  painStop: [/^Hör jetzt auf/, /stechend/i],
  painOptions: /leichter.*überspringen.*stopp/i,
  doctor: /Arzt/,
  start: /beginnen/,
  wakeWord: /Alexa, Pause/,
  urgent: /\b112\b|Notaufnahme|Notruf|sofort|Arzt ansehen/i,
  hardToHear: sentenceBudget(20, 14),
};

/** The rules of each language. */
export const LANGUAGE_RULES: Readonly<Record<Language, LanguageRules>> = { en: ENGLISH, es: SPANISH, fr: FRENCH, de: GERMAN };

/** Where each locale sends a warning sign and an injury: its country's emergency number, in its own words. */
export interface EmergencyAdvice {
  readonly warning: readonly RegExp[];
  readonly injury: readonly RegExp[];
  /** The numbers read digit by digit ("nine one one"); the others are said as the text writes them. */
  readonly digits: readonly string[];
  /** What the screen shown with a warning sign says to do, and the number it and the injury screen give. */
  readonly screen: RegExp;
  readonly screenNumber: RegExp;
}

export const EMERGENCY: Readonly<Record<Locale, EmergencyAdvice>> = {
  'en-US': { warning: [/call 911/, /emergency room/], injury: [/call 911/], digits: ['911'], screen: /Call 911, or go to the emergency room/, screenNumber: /\b911\b/ },
  'en-CA': { warning: [/call 911/, /emergency department/], injury: [/call 911/], digits: ['911'], screen: /Call 911, or go to the nearest emergency room/, screenNumber: /\b911\b/ },
  'en-GB': { warning: [/call 999/, /A&E/], injury: [/call 999/, /NHS 111/], digits: ['999', '111'], screen: /Call 999, or go to A&E/, screenNumber: /\b999\b/ },
  'en-AU': { warning: [/call triple zero/, /emergency department/], injury: [/call triple zero/], digits: [], screen: /Call triple zero \(000\), or go to hospital/, screenNumber: /\b000\b/ },
  'en-IN': { warning: [/call 112/, /emergency/], injury: [/call 112/], digits: ['112'], screen: /Call 112, or go to the nearest hospital/, screenNumber: /\b112\b/ },
  'es-ES': { warning: [/Llama al 112/, /urgencias/], injury: [/llama al 112/], digits: ['112'], screen: /Llama al 112, o ve a urgencias/, screenNumber: /\b112\b/ },
  'es-MX': { warning: [/Llama al 911/, /urgencias/], injury: [/llama al 911/], digits: ['911'], screen: /Llama al 911, o ve a urgencias/, screenNumber: /\b911\b/ },
  'es-US': { warning: [/Llama al 911/, /sala de emergencias/], injury: [/llama al 911/], digits: ['911'], screen: /Llama al 911, o ve a la sala de emergencias/, screenNumber: /\b911\b/ },
  'fr-FR': { warning: [/Appelez le 15 ou le 112/, /urgences/], injury: [/appelez le 15/], digits: [], screen: /Appelez le 15 ou le 112, ou allez aux urgences/, screenNumber: /\b15\b/ },
  'fr-CA': { warning: [/Appelez le 911/, /l'urgence/], injury: [/appelez le 911/], digits: ['911'], screen: /Appelez le 911, ou allez à l'urgence/, screenNumber: /\b911\b/ },
  'de-DE': { warning: [/Ruf die 112 an/, /Notaufnahme/], injury: [/ruf die 112 an/], digits: ['112'], screen: /Ruf die 112 an, oder geh in die Notaufnahme/, screenNumber: /\b112\b/ },
};
