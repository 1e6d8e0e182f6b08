// Spoken times for AMAZON.TIME slots, resolved as Alexa does: "8 am" → "08:00", "six thirty in the evening" →
// "18:30", "noon" → "12:00", "in the evening" → "EV". Anything else is no time (Alexa then sends "?").
import { numberValue } from './numbers';
import { normalize } from './text';

/** Parts of the day said without a time, as AMAZON.TIME gives them. */
const PARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI' };
const AFTER_NOON = /^(?:pm|p m|in the afternoon|in the evening|at night|tonight)$/;
const BEFORE_NOON = /^(?:am|a m|in the morning)$/;
const MINUTE_WORDS: Readonly<Record<string, number>> = { 'o clock': 0, oclock: 0 };

const pad = (n: number): string => String(n).padStart(2, '0');

/** A whole number said in words or digits, or null. */
function wholeNumber(words: string): number | null {
  const value = numberValue(words);
  return value === null ? null : Number(value);
}

/** Minutes said after the hour: "30", "thirty", "oh five", "o clock"; null if they are no minutes. */
function minutesOf(words: string): number | null {
  if (words === '') return 0;
  if (words in MINUTE_WORDS) return MINUTE_WORDS[words] ?? null;
  const oh = /^(?:oh|o) (.+)$/.exec(words);
  const value = wholeNumber(oh ? (oh[1] ?? '') : words);
  return value !== null && value < 60 && (!oh || value < 10) ? value : null;
}

/** The AMAZON.TIME value of the words heard ("HH:MM", or MO/AF/EV/NI), or null when they are no time. Pure. */
export function timeValue(heard: string): string | null {
  const text = normalize(heard).replace(/^at /, '');
  if (/^(?:twelve )?noon$|^midday$/.test(text)) return '12:00';
  if (text === 'midnight') return '00:00';
  const part = /^(?:in the |this |the )?(morning|afternoon|evening|night|tonight)$/.exec(text)?.[1];
  if (part) return PARTS[part] ?? null;
  const half = /^(half|quarter) (past|to) (.+)$/.exec(text);
  if (half) {
    const hour = wholeNumber(half[3] ?? '');
    if (hour === null || hour < 1 || hour > 12) return null;
    const minutes = half[1] === 'half' ? 30 : half[2] === 'past' ? 15 : 45;
    return `${pad(half[2] === 'to' ? (hour + 11) % 12 || 12 : hour)}:${pad(minutes)}`;
  }
  const parsed = /^(\S+)(?: (.+?))??(?: (pm|p m|am|a m|in the morning|in the afternoon|in the evening|at night|tonight))?$/.exec(text);
  if (!parsed) return null;
  const [, hourWords = '', minuteWords = '', suffix = ''] = parsed;
  const hour = wholeNumber(hourWords);
  const minute = minutesOf(minuteWords);
  if (hour === null || minute === null) return null;
  if (suffix === '') return hour < 24 ? `${pad(hour)}:${pad(minute)}` : null;
  if (hour < 1 || hour > 12) return null;
  const in24 = BEFORE_NOON.test(suffix) ? hour % 12 : AFTER_NOON.test(suffix) ? (hour % 12) + 12 : hour;
  return `${pad(in24)}:${pad(minute)}`;
}
