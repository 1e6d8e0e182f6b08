// Spoken numbers for AMAZON.NUMBER slots: "three" → 3, "forty five" → 45, "100" → 100.
import { normalize } from './text';

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Every spelled-out number from zero to one hundred, as normalized words, with its value. Pure. */
function buildSpelledNumbers(): Map<string, number> {
  const numbers = new Map<string, number>();
  UNITS.forEach((word, value) => numbers.set(word, value));
  for (let tens = 2; tens < TENS.length; tens += 1) {
    numbers.set(TENS[tens] ?? '', tens * 10);
    for (let unit = 1; unit < 10; unit += 1) numbers.set(`${TENS[tens]} ${UNITS[unit]}`, tens * 10 + unit);
  }
  numbers.set('a hundred', 100);
  numbers.set('one hundred', 100);
  return numbers;
}

/** Spelled numbers zero..one hundred, keyed by their normalized words. */
export const SPELLED_NUMBERS: ReadonlyMap<string, number> = buildSpelledNumbers();

/** The words or digits of a number as Alexa fills AMAZON.NUMBER: digits, or null if it is no number. Pure. */
export function numberValue(heard: string): string | null {
  const words = normalize(heard);
  if (/^\d+$/.test(words)) return String(Number(words));
  const value = SPELLED_NUMBERS.get(words);
  return value === undefined ? null : String(value);
}
