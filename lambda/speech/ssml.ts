// A small SSML builder: escapes text, splits long pauses into breaks Alexa accepts, caps sound clips.

/** Alexa plays at most 10 s in one <break>. */
export const MAX_BREAK_SECONDS = 10;
/** Alexa plays at most five <audio> clips in one response. */
export const MAX_AUDIO_CLIPS = 5;
/** Alexa's speaking rate, roughly 150 words a minute, and the length of a sound-library chime. */
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

/** Builds one response's SSML in order; `toString()` gives the inner SSML, `wrap()` adds <speak>. */
export class SsmlBuilder {
  private readonly parts: string[] = [];
  private clips = 0;

  /** Speaks plain text (escaped). Empty text adds nothing. */
  say(text: string): this {
    const trimmed = text.trim();
    if (trimmed) this.parts.push(escapeSsml(trimmed));
    return this;
  }

  /** Silence of `seconds`, split into breaks of at most 10 s. */
  pause(seconds: number): this {
    const tags = breaks(seconds);
    if (tags) this.parts.push(tags);
    return this;
  }

  /** A sound-library clip; silently left out past the fifth, so a response never breaks the clip limit. */
  audio(src: string): this {
    if (this.clips < MAX_AUDIO_CLIPS) {
      this.clips += 1;
      this.parts.push(`<audio src="${escapeSsml(src)}"/>`);
    }
    return this;
  }

  /** Appends another builder's content; its clips count toward this builder's cap. */
  append(other: SsmlBuilder): this {
    for (const part of other.parts) {
      if (!part.startsWith('<audio')) this.parts.push(part);
      else if (this.clips < MAX_AUDIO_CLIPS) {
        this.clips += 1;
        this.parts.push(part);
      }
    }
    return this;
  }

  /** About how long the content takes to play (see estimatedPlaySeconds). */
  estimatedSeconds(): number {
    return estimatedPlaySeconds(this.toString());
  }

  get isEmpty(): boolean {
    return this.parts.length === 0;
  }

  toString(): string {
    return this.parts.join(' ');
  }

  wrap(): string {
    return `<speak>${this.toString()}</speak>`;
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

/**
 * About how long SSML takes to play: its breaks exactly, speech at a calm narrating pace, and a couple of
 * seconds a clip. An estimate, used to tell which round an interruption fell in. Pure.
 */
export function estimatedPlaySeconds(ssml: string): number {
  const clips = (ssml.match(/<audio\b/g) ?? []).length;
  const words = ssml.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
  return totalBreakSeconds(ssml) + clips * CLIP_SECONDS + words / WORDS_PER_SECOND;
}
