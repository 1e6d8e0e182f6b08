// A small SSML builder: escapes text, splits long pauses into breaks Alexa accepts, caps sound clips, and keeps
// a running estimate of the playing time, so a narration knows when each of its parts starts.

/** Alexa plays at most 10 s in one <break>. */
export const MAX_BREAK_SECONDS = 10;
/** Alexa plays at most five <audio> clips in one response. */
export const MAX_AUDIO_CLIPS = 5;
/** Alexa's usual speaking rate, roughly 150 words a minute, and the length of a sound-library chime. */
const WORDS_PER_SECOND = 2.5;
const CLIP_SECONDS = 2;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text made safe to put inside SSML. Pure. */
export function escapeSsml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Break tags that together last `seconds`, none longer than Alexa allows. Pure. */
export function breaks(seconds: number): string {
  let left = Math.max(0, Math.round(seconds * 1000));
  let out = '';
  while (left > 0) {
    const ms = Math.min(left, MAX_BREAK_SECONDS * 1000);
    out += ms % 1000 === 0 ? `<break time="${ms / 1000}s"/>` : `<break time="${ms}ms"/>`;
    left -= ms;
  }
  return out;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** Seconds that `words` take to say at `rate` percent of the usual speed. Pure. */
export const speakingSeconds = (words: number, rate = 100): number => (words / WORDS_PER_SECOND) * (100 / rate);

interface Part {
  readonly ssml: string;
  readonly audio: boolean;
  readonly words: number;
  readonly pause: number;
}

/** Builds one response's SSML in order; `render(rate)` gives the inner SSML at a speaking rate, `wrap()` adds <speak>. */
export class SsmlBuilder {
  private readonly parts: Part[] = [];
  private clips = 0;
  private words = 0;
  private pauses = 0;

  private push(part: Part): void {
    this.parts.push(part);
    this.words += part.words;
    this.pauses += part.pause;
    if (part.audio) this.clips += 1;
  }

  /** Speaks plain text (escaped). Empty text adds nothing. */
  say(text: string): this {
    const trimmed = text.trim();
    if (trimmed) this.push({ ssml: escapeSsml(trimmed), audio: false, words: wordCount(trimmed), pause: 0 });
    return this;
  }

  /** Silence of `seconds`, split into breaks of at most 10 s. */
  pause(seconds: number): this {
    const tags = breaks(seconds);
    if (tags) this.push({ ssml: tags, audio: false, words: 0, pause: Math.round(seconds * 1000) / 1000 });
    return this;
  }

  /** A sound-library clip; silently left out past the fifth, so a response never breaks the clip limit. */
  audio(src: string): this {
    if (this.clips < MAX_AUDIO_CLIPS) this.push({ ssml: `<audio src="${escapeSsml(src)}"/>`, audio: true, words: 0, pause: 0 });
    return this;
  }

  /** Appends another builder's content; its clips count toward this builder's cap. */
  append(other: SsmlBuilder): this {
    for (const part of other.parts) if (!part.audio || this.clips < MAX_AUDIO_CLIPS) this.push(part);
    return this;
  }

  /** About how long the content takes to play at `rate` percent: pauses exactly, speech estimated. */
  estimatedSeconds(rate = 100): number {
    return this.pauses + this.clips * CLIP_SECONDS + speakingSeconds(this.words, rate);
  }

  /** Words spoken so far. */
  get wordsSpoken(): number {
    return this.words;
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  /** The inner SSML at the usual speed. */
  toString(): string {
    return this.parts.map((p) => p.ssml).join(' ');
  }

  /** The inner SSML at `rate` percent: runs of speech and pauses in <prosody>, clips outside it. */
  render(rate = 100): string {
    if (rate === 100) return this.toString();
    const out: string[] = [];
    let run: string[] = [];
    const flush = (): void => {
      if (run.length > 0) out.push(`<prosody rate="${rate}%">${run.join(' ')}</prosody>`);
      run = [];
    };
    for (const part of this.parts) {
      if (part.audio) {
        flush();
        out.push(part.ssml);
      } else run.push(part.ssml);
    }
    flush();
    return out.join(' ');
  }

  wrap(rate = 100): string {
    return `<speak>${this.render(rate)}</speak>`;
  }
}

/** Seconds of <break> silence in an SSML string (for tests and the simulator). Pure. */
export function totalBreakSeconds(ssml: string): number {
  let total = 0;
  for (const match of ssml.matchAll(/<break time="(\d+(?:\.\d+)?)(ms|s)"\/>/g)) {
    total += match[2] === 'ms' ? Number(match[1]) / 1000 : Number(match[1]);
  }
  return total;
}

/** Words of an SSML string, tags removed. Pure. */
const wordsOf = (ssml: string): number => wordCount(ssml.replace(/<[^>]*>/g, ' '));

/**
 * About how long SSML takes to play: its breaks exactly, speech at a calm pace (slower inside a <prosody> rate),
 * and a couple of seconds a clip. An estimate, used to tell how far the user got when they interrupt. Pure.
 */
export function estimatedPlaySeconds(ssml: string): number {
  const clips = (ssml.match(/<audio\b/g) ?? []).length;
  let seconds = totalBreakSeconds(ssml) + clips * CLIP_SECONDS;
  const outside = ssml.replace(/<prosody rate="(\d+)%">([\s\S]*?)<\/prosody>/g, (_, rate: string, inner: string) => {
    seconds += speakingSeconds(wordsOf(inner), Number(rate));
    return ' ';
  });
  return seconds + speakingSeconds(wordsOf(outside));
}
