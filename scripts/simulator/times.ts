// Spoken times for AMAZON.TIME slots, resolved as Alexa does, in each language: "8 am" → "08:00", "six thirty
// in the evening" → "18:30", "a las ocho y media" → "08:30", "à vingt heures" → "20:00", "um halb neun" → "08:30",
// "in the evening" → "EV". Anything else is no time (Alexa then sends "?").
import type { Language } from '../../content';
import { numberValue, type SpelledNumbers } from './numbers';
import type { LocalePhrases } from './phrases';
import { normalizerFor } from './text';

const pad = (n: number): string => String(n).padStart(2, '0');
const hhmm = (hour: number, minute: number): string => `${pad(hour)}:${pad(minute)}`;

/** What a time parser reads a language's words with. */
interface Reader {
  /** A whole number said in words or digits, or null. */
  readonly whole: (words: string) => number | null;
}

/** English: "8 am", "six thirty in the evening", "half past seven", "noon", "in the morning". */
function english(text: string, { whole }: Reader): string | null {
  const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
  const afterNoon = /^(?:pm|p m|in the afternoon|in the evening|at night|tonight)$/;
  const beforeNoon = /^(?:am|a m|in the morning)$/;
  const t = text.replace(/^at /, '');
  if (/^(?:twelve )?noon$|^midday$/.test(t)) return '12:00';
  if (t === 'midnight') return '00:00';
  const part = /^(?:in the |this |the )?(morning|afternoon|evening|night|tonight)$/.exec(t)?.[1];
  if (part) return PARTS[part] ?? null;
  const half = /^(half|quarter) (past|to) (.+)$/.exec(t);
  if (half) {
    const hour = whole(half[3] ?? '');
    if (hour === null || hour < 1 || hour > 12) return null;
    const minutes = half[1] === 'half' ? 30 : half[2] === 'past' ? 15 : 45;
    return hhmm(half[2] === 'to' ? (hour + 11) % 12 || 12 : hour, minutes);
  }
  const parsed = /^(\S+)(?: (.+?))??(?: (pm|p m|am|a m|in the morning|in the afternoon|in the evening|at night|tonight))?$/.exec(t);
  if (!parsed) return null;
  const [, hourWords = '', minuteWords = '', suffix = ''] = parsed;
  const hour = whole(hourWords);
  const oh = /^(?:oh|o) (.+)$/.exec(minuteWords);
  const minute = minuteWords === '' || minuteWords === 'o clock' || minuteWords === 'oclock' ? 0 : whole(oh ? (oh[1] ?? '') : minuteWords);
  if (hour === null || minute === null || minute > 59 || (oh && minute > 9)) return null;
  if (suffix === '') return hour < 24 ? hhmm(hour, minute) : null;
  if (hour < 1 || hour > 12) return null;
  return hhmm(beforeNoon.test(suffix) ? hour % 12 : afterNoon.test(suffix) ? (hour % 12) + 12 : hour, minute);
}

/** The hour and minute of "<hour> [and] <minutes>" with a language's words for half and quarter, or null. */
function clock(hourWords: string, rest: string, { whole }: Reader, words: { half: RegExp; quarter: RegExp; past: RegExp; to: RegExp }): [number, number] | null {
  const hour = whole(hourWords);
  if (hour === null || hour > 24) return null;
  if (rest === '') return [hour, 0];
  const to = words.to.exec(rest);
  const past = words.past.exec(rest);
  const spoken = (to ?? past)?.[1] ?? rest;
  const minute = words.half.test(spoken) ? 30 : words.quarter.test(spoken) ? 15 : whole(spoken);
  if (minute === null || minute > 59) return null;
  return to ? [(hour + 23) % 24, 60 - minute] : [hour, minute];
}

/** Spanish: "a las ocho", "a las ocho y media", "a las nueve menos cuarto", "a las ocho de la tarde", "por la mañana". */
function spanish(text: string, reader: Reader): string | null {
  const t = text.replace(/^(?:a )?(?:las |la )/, '');
  if (/^(?:al )?mediodia$/.test(t)) return '12:00';
  if (/^(?:a )?medianoche$/.test(t)) return '00:00';
  const part = /^(?:por la |en la |esta )?(manana|tarde|noche)$/.exec(t)?.[1];
  if (part) return { manana: 'MO', tarde: 'AF', noche: 'NI' }[part] ?? null;
  const parsed = /^(\S+)(?: (.+?))??(?: de la (manana|tarde|noche)| de la madrugada)?$/.exec(t);
  if (!parsed) return null;
  const [, hourWords = '', rest = '', when = ''] = parsed;
  const time = clock(hourWords, rest, reader, { half: /^media$/, quarter: /^cuarto$/, past: /^y (.+)$/, to: /^menos (.+)$/ });
  if (!time) return null;
  const [hour, minute] = time;
  return hhmm(when === 'tarde' || when === 'noche' ? (hour % 12) + 12 : hour, minute);
}

/** French: "à huit heures", "à vingt heures trente", "à sept heures et demie", "à neuf heures moins le quart", "le soir". */
function french(text: string, reader: Reader): string | null {
  const t = text.replace(/^a /, '');
  if (/^midi$/.test(t)) return '12:00';
  if (/^minuit$/.test(t)) return '00:00';
  const part = /^(?:le |ce |dans la |l )?(matin|apres midi|soir|nuit)$/.exec(t)?.[1];
  if (part) return { matin: 'MO', 'apres midi': 'AF', soir: 'EV', nuit: 'NI' }[part] ?? null;
  const parsed = /^(\S+(?: \S+)??) (?:heures?|h)(?: (.+?))??(?: du (matin|soir)| de l apres midi)?$/.exec(t);
  if (!parsed) return null;
  const [, hourWords = '', rest = '', when = ''] = parsed;
  const time = clock(hourWords, rest, reader, { half: /^(?:et )?demie?$/, quarter: /^(?:et |le )?quart$/, past: /^(?:et )?(.+)$/, to: /^moins (?:le )?(.+)$/ });
  if (!time) return null;
  const [hour, minute] = time;
  return hhmm(when === 'soir' || /apres midi/.test(t) ? (hour % 12) + 12 : hour, minute);
}

/** German: "um acht Uhr", "um zwanzig Uhr dreißig", "um halb neun", "um viertel nach sieben", "am Abend". */
function german(text: string, reader: Reader): string | null {
  const t = text.replace(/^um /, '');
  if (/^(?:am )?mittag$/.test(t)) return '12:00';
  if (/^mitternacht$/.test(t)) return '00:00';
  const part = /^(?:am |heute )?(morgen|morgens|vormittag|nachmittag|nachmittags|abend|abends|nacht|nachts)$/.exec(t)?.[1];
  if (part) return part.startsWith('nach') ? 'AF' : part.startsWith('abend') ? 'EV' : part.startsWith('nacht') ? 'NI' : 'MO';
  const half = /^halb (\S+)$/.exec(t);
  if (half) {
    const hour = reader.whole(half[1] ?? '');
    return hour === null || hour < 1 || hour > 24 ? null : hhmm((hour + 23) % 24, 30);
  }
  const quarter = /^viertel (nach|vor) (\S+)$/.exec(t);
  if (quarter) {
    const hour = reader.whole(quarter[2] ?? '');
    if (hour === null || hour > 24) return null;
    return quarter[1] === 'nach' ? hhmm(hour, 15) : hhmm((hour + 23) % 24, 45);
  }
  const parsed = /^(\S+)(?: uhr)?(?: (.+?))??(?: (morgens|abends|nachmittags|am morgen|am abend))?$/.exec(t);
  if (!parsed) return null;
  const [, hourWords = '', rest = '', when = ''] = parsed;
  const time = clock(hourWords, rest.replace(/^uhr ?/, ''), reader, { half: /^$a/, quarter: /^$a/, past: /^$a/, to: /^$a/ });
  if (!time) return null;
  const [hour, minute] = time;
  return hhmm(/abend|nachmittag/.test(when) ? (hour % 12) + 12 : hour, minute);
}

const PARSERS: Readonly<Record<Language, (text: string, reader: Reader) => string | null>> = { en: english, es: spanish, fr: french, de: german };

/** The AMAZON.TIME value of the words heard in a locale's language ("HH:MM", or MO/AF/EV/NI), or null when they are no time. Pure. */
export function timeValue(heard: string, phrases: LocalePhrases): string | null {
  const normalize = normalizerFor(phrases.text);
  const numbers: SpelledNumbers = new Map([...phrases.numbers].map(([words, value]) => [normalize(words), value]));
  const whole = (words: string): number | null => {
    const value = numberValue(numbers, words);
    return value === null ? null : Number(value);
  };
  return PARSERS[phrases.language](normalize(heard), { whole });
}
