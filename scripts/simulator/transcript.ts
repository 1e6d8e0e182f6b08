// The simulator's output: each exchange as readable, wrapped text, paced in real time when asked.
import type { Segment } from './render';
import type { Speaker } from './speaker';

/** How the transcript is written. */
export interface TranscriptOptions {
  readonly width: number;
  readonly color: boolean;
  /** Wait out pauses (and speak, when a speaker is given). */
  readonly realtime: boolean;
  readonly speaker: Speaker | null;
  readonly sleep?: (ms: number) => Promise<void>;
}

const LABEL = 'Alexa: ';
const INDENT = ' '.repeat(LABEL.length);
const CHIME_MS = 800;
const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes exchanges to a stream: the request line, the answer with pauses in place, reprompt and session state. */
export class Transcript {
  private column = 0;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(private readonly out: NodeJS.WritableStream, private readonly options: TranscriptOptions) {
    this.sleep = options.sleep ?? defaultSleep;
  }

  private dim(text: string): string {
    return this.options.color ? `\x1b[2m${text}\x1b[22m` : text;
  }

  private bold(text: string): string {
    return this.options.color ? `\x1b[1m${text}\x1b[22m` : text;
  }

  /** A line as is. */
  line(text = ''): void {
    this.out.write(`${text}\n`);
  }

  /** A quiet line: hints, notices, what the request was. */
  note(text: string): void {
    this.line(this.dim(text));
  }

  /** What the user said, echoed when it was not typed at a prompt. */
  heard(utterance: string): void {
    this.line(`${this.bold('>')} ${utterance}`);
  }

  /** Words wrapped at the width, continuing lines under the answer's first word. */
  private words(text: string, style: (s: string) => string = (s) => s): void {
    for (const word of text.split(' ').filter(Boolean)) {
      if (this.column > INDENT.length && this.column + 1 + word.length > this.options.width) {
        this.out.write(`\n${INDENT}`);
        this.column = INDENT.length;
      }
      const space = this.column > INDENT.length ? ' ' : '';
      this.out.write(space + style(word));
      this.column += space.length + word.length;
    }
  }

  /** A new paragraph of the answer, or a line under it. */
  private start(label = INDENT): void {
    this.out.write(label);
    this.column = INDENT.length;
  }

  /**
   * One answer, segment by segment; with realtime, pauses last as long as Alexa's would. `open` says whether the
   * session listens on, ended, or was handed to Alexa for a task of its own (`handOff`).
   */
  async answer(list: readonly Segment[], reprompt: readonly Segment[] | null, open: boolean | 'handOff'): Promise<void> {
    if (open === 'handOff' && list.length === 0) return;
    this.start(this.bold(LABEL));
    if (list.length === 0) this.words('(says nothing)', (s) => this.dim(s));
    for (const segment of list) await this.play(segment);
    this.out.write('\n');
    if (reprompt?.length) {
      this.start();
      this.words('(reprompt)', (s) => this.dim(s));
      for (const segment of reprompt) this.words(this.marker(segment), segment.kind === 'text' ? undefined : (s) => this.dim(s));
      this.out.write('\n');
    }
    this.start();
    this.words(open === 'handOff' ? '(Alexa takes over…)' : open ? '(listening…)' : '(session ended)', (s) => this.dim(s));
    this.out.write('\n');
  }

  /** A question Alexa itself asks for a task the skill handed over (a routine offer, a permission). */
  alexaAsks(question: string): void {
    this.start(this.bold(LABEL));
    this.words(question);
    this.out.write('\n');
    this.start();
    this.words('(Alexa asks: say yes or no)', (s) => this.dim(s));
    this.out.write('\n');
  }

  private marker(segment: Segment): string {
    if (segment.kind === 'text') return segment.text;
    return segment.kind === 'pause' ? `[pause ${segment.seconds} s]` : `[${segment.label}]`;
  }

  private async play(segment: Segment): Promise<void> {
    if (segment.kind === 'text') {
      this.words(segment.text);
      if (this.options.realtime && this.options.speaker) await this.options.speaker.say(segment.text);
      return;
    }
    this.words(this.marker(segment), (s) => this.dim(s));
    if (!this.options.realtime) return;
    await this.sleep(segment.kind === 'pause' ? segment.seconds * 1000 : CHIME_MS);
  }
}
