// Spoken numbers for AMAZON.NUMBER slots, in each language: "forty five", "cuarenta y cinco", "quarante-cinq",
// "fünfundvierzig" → 45. Keys are as the language's normalizer writes them (hyphens become spaces).

/** Spelled numbers from zero to one hundred, keyed by their words. */
export type SpelledNumbers = ReadonlyMap<string, number>;

function english(): SpelledNumbers {
  const units = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
    'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const numbers = new Map<string, number>();
  units.forEach((word, value) => numbers.set(word, value));
  for (let t = 2; t < tens.length; t += 1) {
    numbers.set(tens[t] ?? '', t * 10);
    for (let u = 1; u < 10; u += 1) numbers.set(`${tens[t]} ${units[u]}`, t * 10 + u);
  }
  numbers.set('a hundred', 100).set('one hundred', 100);
  return numbers;
}

function spanish(): SpelledNumbers {
  const units = ['cero', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce',
    'trece', 'catorce', 'quince', 'dieciséis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno', 'veintidós',
    'veintitrés', 'veinticuatro', 'veinticinco', 'veintiséis', 'veintisiete', 'veintiocho', 'veintinueve'];
  const tens = ['', '', '', 'treinta', 'cuarenta', 'cincuenta', 'sesenta', 'setenta', 'ochenta', 'noventa'];
  const numbers = new Map<string, number>();
  units.forEach((word, value) => numbers.set(word, value));
  numbers.set('un', 1).set('una', 1).set('dieciseis', 16).set('veintidos', 22).set('veintitres', 23).set('veintiseis', 26);
  for (let t = 3; t < tens.length; t += 1) {
    numbers.set(tens[t] ?? '', t * 10);
    for (let u = 1; u < 10; u += 1) numbers.set(`${tens[t]} y ${units[u]}`, t * 10 + u);
  }
  numbers.set('cien', 100).set('ciento', 100);
  return numbers;
}

function french(): SpelledNumbers {
  const units = ['zéro', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
    'treize', 'quatorze', 'quinze', 'seize', 'dix sept', 'dix huit', 'dix neuf'];
  const tens: Record<number, string> = { 2: 'vingt', 3: 'trente', 4: 'quarante', 5: 'cinquante', 6: 'soixante' };
  const numbers = new Map<string, number>();
  units.forEach((word, value) => numbers.set(word, value));
  numbers.set('une', 1).set('zero', 0);
  for (let t = 2; t <= 6; t += 1) {
    numbers.set(tens[t] ?? '', t * 10);
    for (let u = 1; u < 10; u += 1) numbers.set(u === 1 ? `${tens[t]} et un` : `${tens[t]} ${units[u]}`, t * 10 + u);
  }
  // 70 to 99 count on from sixty and from four twenties: soixante-dix, quatre-vingt-onze.
  for (let u = 0; u < 10; u += 1) numbers.set(u === 0 ? 'soixante dix' : u === 1 ? 'soixante et onze' : `soixante ${units[10 + u]}`, 70 + u);
  numbers.set('quatre vingts', 80).set('quatre vingt', 80);
  for (let u = 1; u < 20; u += 1) numbers.set(`quatre vingt ${units[u]}`, 80 + u);
  numbers.set('cent', 100);
  return numbers;
}

function german(): SpelledNumbers {
  const units = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
    'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  const tens = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const numbers = new Map<string, number>();
  units.forEach((word, value) => numbers.set(word, value));
  numbers.set('ein', 1).set('eine', 1).set('dreissig', 30);
  for (let t = 2; t < tens.length; t += 1) {
    numbers.set(tens[t] ?? '', t * 10);
    for (let u = 1; u < 10; u += 1) numbers.set(`${u === 1 ? 'ein' : units[u]}und${tens[t]}`, t * 10 + u);
  }
  numbers.set('hundert', 100).set('einhundert', 100);
  return numbers;
}

/** The spelled numbers of each language. */
export const SPELLED_NUMBERS = { en: english(), es: spanish(), fr: french(), de: german() } as const satisfies Record<string, SpelledNumbers>;

/** The words or digits of a number as Alexa fills AMAZON.NUMBER: digits, or null if it is no number. Pure. */
export function numberValue(numbers: SpelledNumbers, words: string): string | null {
  if (/^\d+$/.test(words)) return String(Number(words));
  const value = numbers.get(words);
  return value === undefined ? null : String(value);
}
