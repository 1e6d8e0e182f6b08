// SVG and HTML to PNG with headless Chromium (Debian's `chromium` package). One browser, in a fresh empty
// profile with everything that reaches the network switched off, takes every screenshot: it is driven over
// the DevTools protocol on a pipe (no port is opened).
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** Names the browser goes by; CHROMIUM (a path) comes first when set. */
const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;

/** Chromium is not installed (or not where CHROMIUM says). */
export class ChromiumMissingError extends Error {
  constructor() {
    super('Chromium was not found: install it (Debian or Ubuntu: sudo apt-get install -y chromium), or set CHROMIUM to its path.');
    this.name = 'ChromiumMissingError';
  }
}

/** Chromium failed to render a page. */
export class RenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RenderError';
  }
}

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium executable, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM) return executable(env.CHROMIUM) ? env.CHROMIUM : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of BROWSERS) if (executable(join(dir, name))) return join(dir, name);
  }
  return null;
}

/** Flags for a quiet, offline, throwaway headless Chromium. */
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--mute-audio', '--remote-debugging-pipe',
] as const;

/** What to render and where: a page (SVG or HTML source) to a PNG of `width` x `height` pixels. */
export interface RenderJob {
  readonly source: string;
  readonly kind: 'svg' | 'html';
  readonly out: string;
  readonly width: number;
  readonly height: number;
}

type Message = { id?: number; method?: string; sessionId?: string; result?: Record<string, unknown>; error?: { message: string } };

/** A browser driven over the DevTools protocol: requests out on fd 3, answers and events in on fd 4, NUL-separated. */
class Browser {
  private next = 1;
  private buffer = '';
  private readonly waiting = new Map<number, { done: (m: Message) => void }>();
  private readonly listeners: ((m: Message) => void)[] = [];

  constructor(private readonly child: ChildProcess) {
    const input = child.stdio[4] as Readable;
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const message = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        if (message.id !== undefined) this.waiting.get(message.id)?.done(message);
        else for (const listen of this.listeners) listen(message);
      }
    });
  }

  /** Sends a command and resolves to its result; rejects with the browser's error. */
  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    (this.child.stdio[3] as Writable).write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => {
      this.waiting.set(id, {
        done: (message) => {
          this.waiting.delete(id);
          if (message.error) reject(new RenderError(`${method}: ${message.error.message}`));
          else resolve(message.result ?? {});
        },
      });
    });
  }

  /** Resolves at the next event of that name in that session. */
  once(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => {
      const listen = (message: Message): void => {
        if (message.method !== method || message.sessionId !== sessionId) return;
        this.listeners.splice(this.listeners.indexOf(listen), 1);
        resolve();
      };
      this.listeners.push(listen);
    });
  }
}

/** Renders every job in one headless Chromium; rejects if Chromium is missing or a page fails. */
export async function renderAll(jobs: readonly RenderJob[], executablePath = findChromium()): Promise<void> {
  if (!executablePath) throw new ChromiumMissingError();
  const work = mkdtempSync(join(tmpdir(), 'render-'));
  const child = spawn(executablePath, [...FLAGS, `--user-data-dir=${join(work, 'profile')}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
  });
  const gone = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new RenderError('Chromium did not start', { cause: error })));
    void gone.then(() => reject(new RenderError('Chromium exited before the pictures were done')));
  });
  failed.catch(() => undefined);
  try {
    await Promise.race([failed, drive(new Browser(child), jobs, work)]);
  } finally {
    // Let the browser close its profile before it is removed; stop it if it lingers.
    const timer = setTimeout(() => child.kill(), 5000);
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) await gone;
    clearTimeout(timer);
    rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** One tab: each page loaded from a file at its size, then captured. */
async function drive(browser: Browser, jobs: readonly RenderJob[], work: string): Promise<void> {
  const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = (await browser.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await browser.send('Page.enable', {}, sessionId);
  for (const [index, job] of jobs.entries()) {
    const page = join(work, `page-${index}.${job.kind}`);
    writeFileSync(page, job.source);
    await browser.send('Emulation.setDeviceMetricsOverride', { width: job.width, height: job.height, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = browser.once('Page.loadEventFired', sessionId);
    await browser.send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
    await loaded;
    const { data } = (await browser.send('Page.captureScreenshot', { format: 'png' }, sessionId)) as { data: string };
    writeFileSync(job.out, Buffer.from(data, 'base64'));
  }
  await browser.send('Browser.close').catch(() => undefined);
}
