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
    const said = ['open sciatica routine', 'left', 'next', 'next', 'next', 'next'];
    const run = await npmStart(['--fresh'], said, dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const turns = exchanges(run.stdout);
    expect(turns.map((t) => t.said)).toEqual(said);
    expect(turns[0]?.answer).toMatch(/LaunchRequest · new session Alexa: Welcome to Sciatica Routine.*Which side shall we start each stretch with, left or right\? \(reprompt\).*\(listening…\)/);
    // Both sides of an exercise in one answer, each hold timed with pauses, a chime as each round ends.
    expect(turns[1]?.answer).toMatch(
      /SideAnswerIntent side="left" → left Alexa: Okay, we'll start each stretch with your left side\. Exercise 1 of 4.*\[pause 15 s\] When you're ready, begin\. We'll start with your left side\..*Round 1 of 2\. \[pause 3 s\] And hold\. Breathe slowly\. \[pause 15 s\] Halfway\..*And slowly let go\. \[chime\].*Now your right side\..*Say next for exercise 2, the standing figure four\./,
    );
    expect(turns[2]?.answer).toMatch(/AMAZON\.NextIntent Alexa: Exercise 2 of 4/);
    expect(turns[4]?.answer).toMatch(/Exercise 4 of 4.*your left side.*1, up\..*Now your right side.*Say next to finish\..*\(listening…\)/);
    // The first routine finished: the routine's card goes to the Alexa app, and Alexa offers the routine
    // "Alexa, start my sciatica routine" and waits for a yes.
    expect(turns[5]?.answer).toMatch(
      /That's the whole routine.*That's your first routine done.*\(Alexa takes over…\) \[card in the Alexa app: Your sciatica routine\] 1\. The lying crossed-knee stretch.* Alexa: Here's a routine for you: when you say "start my sciatica routine".*\(Alexa asks: say yes or no\)$/,
    );
  });

  it('plays Alexa\'s side of the routine offer and of the permission question, with the reminder kept by the local Reminders API', async () => {
    const said = [
      'open sciatica routine', 'left', 'next', 'next', 'next', 'next',
      'yes', 'yes', 'at 8 am', 'yes', 'yes',
      'start my sciatica routine', 'what are my reminders', 'set my goal to four days a week', 'stop',
    ];
    const run = await npmStart(['--fresh', '--time-zone', 'Europe/London'], said, dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/the device's time zone is Europe\/London/);
    const turns = exchanges(run.stdout);
    expect(turns.map((t) => t.said)).toEqual(said);
    const answer = (index: number): string => turns[index]?.answer ?? '';
    expect(answer(6)).toMatch(/^· Alexa heard yes → SessionResumedRequest 200 Alexa: Thanks, your routine is ready\..*Would you like a daily reminder/);
    expect(answer(7)).toMatch(/AMAZON\.YesIntent Alexa: What time would suit you\?/);
    expect(answer(8)).toMatch(/SetReminderIntent time="08:00" Alexa: I'll remind you every day at 8 AM\. Shall I set that\?/);
    expect(answer(9)).toMatch(/AMAZON\.YesIntent Alexa: Sciatica Routine would like to use your Alexa reminders\. Do you allow it\?/);
    expect(answer(10)).toMatch(/Alexa heard yes → Connections\.Response ACCEPTED Alexa: Done\. I'll remind you every day at 8 AM\. Goodbye\. Take care\. \(session ended\)/);
    expect(answer(11)).toMatch(/^· routine → LaunchRequest \(task StartRoutine\) · new session Alexa: Welcome back to Sciatica Routine/);
    expect(answer(12)).toMatch(/ListRemindersIntent Alexa: You have a reminder every day at 8 AM\./);
    expect(answer(13)).toMatch(/SetGoalIntent count="4" Alexa: Okay, your goal is 4 days a week\. So far this week you've done 1 day\./);

    // Alexa remembers the routine, the permission and the reminder in the data directory, as the store does.
    const again = await npmStart(['--time-zone', 'Europe/London'], ['start my sciatica routine', 'cancel my reminder'], dataDir);
    const [routine, cancel] = exchanges(again.stdout);
    expect(routine?.answer).toMatch(/^· routine → LaunchRequest \(task StartRoutine\)/);
    expect(cancel?.answer).toMatch(/CancelReminderIntent Alexa: Okay, I've cancelled your reminder\./);
  });

  it('keeps the place in the data directory: after stop, a new run offers what comes after the exercise heard, and yes continues', async () => {
    const first = await npmStart(['--fresh'], ['open sciatica routine', 'right', 'next', 'stop', 'quit', 'next'], dataDir);
    expect(first.code).toBe(0);
    const firstTurns = exchanges(first.stdout);
    expect(firstTurns.map((t) => t.said)).toEqual(['open sciatica routine', 'right', 'next', 'stop', 'quit']);
    expect(firstTurns[2]?.answer).toMatch(/Exercise 2 of 4.*your right side.*Now your left side/);
    expect(firstTurns[3]?.answer).toMatch(/AMAZON\.StopIntent Alexa: Okay, we.ll stop here\. Your place is saved\..*If anything hurts, rest.*\(session ended\)/);

    const second = await npmStart([], ['open sciatica routine', 'yes'], dataDir);
    expect(second.code).toBe(0);
    const [welcome, yes] = exchanges(second.stdout);
    // Exercise 2 was played in full before stopping, so it counts as done.
    expect(welcome?.answer).toMatch(/Welcome back\. Last time you finished exercise 2, the standing figure four\. If you feel up to it, shall we go on\?/);
    expect(yes?.answer).toMatch(/AMAZON\.YesIntent Alexa: Let's pick up where you were\. Exercise 3 of 4/);
  });

  it('goes straight on when a new run opens the skill soon after one that was left mid-routine', async () => {
    const first = await npmStart(['--fresh'], ['open sciatica routine', 'left', 'quit'], dataDir);
    expect(first.code).toBe(0);
    expect(exchanges(first.stdout)[1]?.answer).toMatch(/Exercise 1 of 4/);

    // Leaving the simulator ends the session; the exercise played in full is kept as heard.
    const second = await npmStart([], ['open sciatica routine'], dataDir);
    expect(second.code).toBe(0);
    const [launch] = exchanges(second.stdout);
    expect(launch?.answer).toMatch(/LaunchRequest · new session Alexa: Welcome back\. Let's carry on\. Exercise 2 of 4: the standing figure four\./);
  });

  it('answers an empty line with a hint and nonsense through the fallback intent', async () => {
    const run = await npmStart(['--fresh'], ['', 'open sciatica routine', 'purple monkey dishwasher'], dataDir);
    const [empty, , nonsense] = exchanges(run.stdout);
    expect(empty?.answer).toMatch(/^\(Say something to Alexa/);
    expect(nonsense?.answer).toMatch(/AMAZON\.FallbackIntent Alexa: Sorry, I didn't catch that/);
  });

  it('shows with --screen what an Echo Show shows: the pose, each phase with its countdown, the steps, the buttons', async () => {
    const run = await npmStart(['--fresh', '--screen'], ['open sciatica routine', 'left', 'it hurts'], dataDir);
    expect(run.code).toBe(0);
    const [launch, left, hurts] = exchanges(run.stdout);
    expect(launch?.answer).toMatch(/┌ screen · Sciatica Routine │ Which side first\?.*│ buttons: \[Left\] \[Right\] └/);
    expect(left?.answer).toMatch(/┌ screen · Exercise 1 of 4 · The lying crossed-knee stretch │ picture: Lying on the back.*\(mirrored\)/);
    expect(left?.answer).toMatch(/0:00 Get into position · Left side │ +0:\d\d +step: Come down to the floor/);
    expect(left?.answer).toMatch(/\d:\d\d Get ready 15…0 seconds · Left side │ +\d:\d\d How to do it · Left side │ +\d:\d\d +step: Rest your left ankle/);
    expect(left?.answer).toMatch(/\d:\d\d Hold \d\d…0 seconds · Round 1 of 2 · Left side │ +\d:\d\d Rest 15…0 seconds · Round 1 of 2 · Left side/);
    expect(left?.answer).toMatch(/How to do it · Right side .*Hold \d\d…0 seconds · Round 2 of 2 · Right side/);
    expect(left?.answer).toMatch(/Well done · Say “next” when you’re ready\. │ progress through the routine: 0% → 25% │ buttons: \[Pause\] \[Next\] \[Repeat\] \[It hurts\]/);
    expect(hurts?.answer).toMatch(/Get medical help at once if you have: │ +• Numbness around your groin or bottom/);
  });

  it('shows no screen without --screen', async () => {
    const run = await npmStart(['--fresh'], ['open sciatica routine', 'left'], dataDir);
    expect(run.stdout).not.toMatch(/screen ·/);
  });

  it('exits with 2 and a clear message on an unknown flag', async () => {
    const run = await npmStart(['--bogus'], [], dataDir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^npm start: Unknown option '--bogus'.*\nRun "npm start -- --help"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });
});
