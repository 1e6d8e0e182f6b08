import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DATA_DIR_ENV } from '../../scripts/simulator/args';

const ROOT = resolve(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** `npm start` as a child process, with the lines piped to its standard input. */
function npmStart(args: readonly string[], lines: readonly string[], dataDir: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, ['scripts/simulator/main.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, [DATA_DIR_ENV]: dataDir, NO_COLOR: '1' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  });
}

/** Each exchange of a transcript: what was said, and everything after it on one line. */
function exchanges(stdout: string): { said: string; answer: string }[] {
  return stdout
    .split(/^> /m)
    .slice(1)
    .map((block) => {
      const [said = '', ...rest] = block.split('\n');
      return { said, answer: rest.join(' ').replace(/\s+/g, ' ').trim() };
    });
}

describe('npm start', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'simulator-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('guides a whole routine from piped lines and exits 0 at the end of input', async () => {
    const said = ['open sciatica routine', 'left', ...Array<string>(6).fill('next'), 'next'];
    const run = await npmStart(['--fresh'], said, dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const turns = exchanges(run.stdout);
    expect(turns.map((t) => t.said)).toEqual(said);
    expect(turns[0]?.answer).toMatch(/LaunchRequest · new session Alexa: Welcome to Sciatica Routine.*Which leg hurts.*\(reprompt\).*\(listening…\)/);
    expect(turns[1]?.answer).toMatch(/SetSideIntent side="left" → left Alexa: .*Exercise 1 of 4.*\[pause 3 s\] \[chime\] And hold\..*\[pause 15 s\] Halfway\./);
    expect(turns[7]?.answer).toMatch(/Exercise 4 of 4.*Your right side.*\(listening…\)/);
    // The first routine finished: Alexa offers the routine "Alexa, start my sciatica routine" and waits for a yes.
    expect(turns[8]?.answer).toMatch(/That's the whole routine.*\(Alexa takes over…\) Alexa: Here's a routine for you: when you say "start my sciatica routine".*\(Alexa asks: say yes or no\)$/);
  });

  it('plays Alexa\'s side of the routine offer and of the permission question, with the reminder kept by the local Reminders API', async () => {
    const said = [
      'open sciatica routine', 'left', ...Array<string>(7).fill('next'),
      'yes', 'yes', 'at 8 am', 'yes', 'yes',
      'start my sciatica routine', 'what are my reminders', 'set my goal to four days a week', 'stop',
    ];
    const run = await npmStart(['--fresh', '--time-zone', 'Europe/London'], said, dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/the device's time zone is Europe\/London/);
    const turns = exchanges(run.stdout);
    expect(turns.map((t) => t.said)).toEqual(said);
    const answer = (words: string, from = 0): string => turns.slice(from).find((t) => t.said === words)?.answer ?? '';
    expect(answer('yes', 9)).toMatch(/^· Alexa heard yes → SessionResumedRequest 200 Alexa: Thanks, your routine is ready\..*Would you like a daily reminder/);
    expect(answer('yes', 10)).toMatch(/AMAZON\.YesIntent Alexa: What time would suit you\?/);
    expect(answer('at 8 am')).toMatch(/SetReminderIntent time="08:00" Alexa: I'll remind you every day at 8 AM\. Shall I set that\?/);
    expect(answer('yes', 12)).toMatch(/AMAZON\.YesIntent Alexa: Sciatica Routine would like to use your Alexa reminders\. Do you allow it\?/);
    expect(answer('yes', 13)).toMatch(/Alexa heard yes → Connections\.Response ACCEPTED Alexa: Done\. I'll remind you every day at 8 AM\. Goodbye\. Take care\. \(session ended\)/);
    expect(answer('start my sciatica routine')).toMatch(/^· routine → LaunchRequest \(task StartRoutine\) · new session Alexa: Welcome back to Sciatica Routine/);
    expect(answer('what are my reminders')).toMatch(/ListRemindersIntent Alexa: You have a reminder every day at 8 AM\./);
    expect(answer('set my goal to four days a week')).toMatch(/SetGoalIntent count="4" Alexa: Okay, your goal is 4 days a week\. So far this week you've done 1 day\./);

    // Alexa remembers the routine, the permission and the reminder in the data directory, as the store does.
    const again = await npmStart(['--time-zone', 'Europe/London'], ['start my sciatica routine', 'cancel my reminder'], dataDir);
    const [routine, cancel] = exchanges(again.stdout);
    expect(routine?.answer).toMatch(/^· routine → LaunchRequest \(task StartRoutine\)/);
    expect(cancel?.answer).toMatch(/CancelReminderIntent Alexa: Okay, I've cancelled your reminder\./);
  });

  it('keeps the place in the data directory: a new run offers what comes after the side heard, and yes continues', async () => {
    const first = await npmStart(['--fresh'], ['open sciatica routine', 'right', 'next', 'next', 'quit', 'next'], dataDir);
    expect(first.code).toBe(0);
    const firstTurns = exchanges(first.stdout);
    expect(firstTurns.map((t) => t.said)).toEqual(['open sciatica routine', 'right', 'next', 'next', 'quit']);
    expect(firstTurns[3]?.answer).toMatch(/Exercise 2 of 4.*Your right side/);

    const second = await npmStart([], ['open sciatica routine', 'yes'], dataDir);
    expect(second.code).toBe(0);
    const [welcome, yes] = exchanges(second.stdout);
    // The right side of exercise 2 was shown in full before quitting, so it counts as done.
    expect(welcome?.answer).toMatch(/Welcome back\. Last time you finished exercise 2, the standing figure four, right side/);
    expect(yes?.answer).toMatch(/AMAZON\.YesIntent Alexa: .*Exercise 2 of 4.*Your left side/);
  });

  it('answers an empty line with a hint and nonsense through the fallback intent', async () => {
    const run = await npmStart(['--fresh'], ['', 'open sciatica routine', 'purple monkey dishwasher'], dataDir);
    const [empty, , nonsense] = exchanges(run.stdout);
    expect(empty?.answer).toMatch(/^\(Say something to Alexa/);
    expect(nonsense?.answer).toMatch(/AMAZON\.FallbackIntent Alexa: Sorry, I didn't catch that/);
  });

  it('exits with 2 and a clear message on an unknown flag', async () => {
    const run = await npmStart(['--bogus'], [], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm start: Unknown option '--bogus'.*\nRun "npm start -- --help"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });
});
