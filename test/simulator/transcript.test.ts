import { PassThrough } from 'node:stream';
import { segments } from '../../scripts/simulator/render';
import type { Speaker } from '../../scripts/simulator/speaker';
import { Transcript } from '../../scripts/simulator/transcript';

const SSML = '<speak>And hold. <break time="10s"/><break time="5s"/> Halfway. <audio src="soundbank://x/chime"/> Done.</speak>';

/** A transcript writing to a string, with a clock-free sleep that records what it waited. */
function setup(options: { realtime: boolean; speaker?: Speaker; width?: number }) {
  const out = new PassThrough();
  let text = '';
  out.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const events: string[] = [];
  const sleep = async (ms: number): Promise<void> => {
    events.push(`wait ${ms}`);
  };
  const transcript = new Transcript(out, { width: options.width ?? 80, color: false, realtime: options.realtime, speaker: options.speaker ?? null, sleep });
  return { transcript, events, text: () => text };
}

describe('the transcript', () => {
  it('shows pauses and sounds in place, then the reprompt and that the session is listening', async () => {
    const { transcript, events, text } = setup({ realtime: false });
    await transcript.answer(segments(SSML), segments('<speak>Say next.</speak>'), true);
    expect(text()).toBe('Alexa: And hold. [pause 15 s] Halfway. [chime] Done.\n       (reprompt) Say next.\n       (listening…)\n');
    expect(events).toEqual([]);
  });

  it('says when the session ended', async () => {
    const { transcript, text } = setup({ realtime: false });
    await transcript.answer(segments('<speak>Goodbye.</speak>'), null, false);
    expect(text()).toBe('Alexa: Goodbye.\n       (session ended)\n');
  });

  it('waits out pauses in real time, and speaks the words between them', async () => {
    const spoken: string[] = [];
    const { transcript, events } = setup({ realtime: true, speaker: { say: async (t) => void spoken.push(t) } });
    await transcript.answer(segments(SSML), null, false);
    expect(events).toEqual(['wait 15000', 'wait 800']);
    expect(spoken).toEqual(['And hold.', 'Halfway.', 'Done.']);
  });

  it('wraps long answers under the first word', async () => {
    const { transcript, text } = setup({ realtime: false, width: 32 });
    await transcript.answer(segments('<speak>One two three four five six seven eight nine ten.</speak>'), null, false);
    expect(text().split('\n').slice(0, 2)).toEqual(['Alexa: One two three four five', '       six seven eight nine ten.']);
  });
});
