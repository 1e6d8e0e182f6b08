// SSML as a listener lives it: words, pauses (runs of <break> merged into one) and sounds, in order.

/** One piece of a spoken answer. */
export type Segment =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'pause'; readonly seconds: number }
  | { readonly kind: 'sound'; readonly label: string };

/** Pauses shorter than this are ordinary speech rhythm, not shown. */
const SHOWN_PAUSE_SECONDS = 1;
const STRENGTH_SECONDS: Record<string, number> = { none: 0, 'x-weak': 0, weak: 0.35, medium: 0.75, strong: 1, 'x-strong': 1.25 };
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML entities decoded. Pure. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

const attribute = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? new RegExp(`\\b${name}\\s*=\\s*'([^']*)'`).exec(tag)?.[1];

/** Seconds of one <break> tag: its time, else its strength (medium by default). Pure. */
export function breakSeconds(tag: string): number {
  const time = attribute(tag, 'time');
  const parsed = time ? /^(\d+(?:\.\d+)?)(ms|s)$/.exec(time.trim()) : null;
  if (parsed) return parsed[2] === 'ms' ? Number(parsed[1]) / 1000 : Number(parsed[1]);
  return STRENGTH_SECONDS[attribute(tag, 'strength') ?? 'medium'] ?? STRENGTH_SECONDS.medium ?? 0;
}

/** What an <audio> clip is called on screen: "chime" for bells and chimes. */
function soundLabel(tag: string): string {
  const src = attribute(tag, 'src') ?? '';
  return /chime|bell/i.test(src) ? 'chime' : 'sound';
}

/** The segments of an SSML string, in the order they are heard. Pure. */
export function segments(ssml: string): Segment[] {
  const out: Segment[] = [];
  let text = '';
  let pause = 0;
  let alias: string | null = null;
  const flushText = (): void => {
    const clean = decodeEntities(text).replace(/\s+/g, ' ').trim();
    if (clean) out.push({ kind: 'text', text: clean });
    text = '';
  };
  const flushPause = (): void => {
    if (pause >= SHOWN_PAUSE_SECONDS) out.push({ kind: 'pause', seconds: Math.round(pause * 10) / 10 });
    pause = 0;
  };
  for (const [token] of ssml.matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith('<')) {
      if (alias !== null) continue;
      if (token.trim()) flushPause();
      text += token;
    } else if (/^<break\b/i.test(token)) {
      flushText();
      pause += breakSeconds(token);
    } else if (/^<audio\b/i.test(token)) {
      flushText();
      flushPause();
      out.push({ kind: 'sound', label: soundLabel(token) });
    } else if (/^<sub\b/i.test(token)) {
      alias = attribute(token, 'alias') ?? null;
      if (alias !== null) text += alias;
    } else if (/^<\/sub\b/i.test(token)) {
      alias = null;
    } else if (/^<\/?(p|s)\b/i.test(token)) {
      text += ' ';
    }
  }
  flushText();
  flushPause();
  return out;
}

/** Total seconds of the pauses in a list of segments. Pure. */
export const pauseTotal = (list: readonly Segment[]): number =>
  list.reduce((sum, s) => sum + (s.kind === 'pause' ? s.seconds : 0), 0);
