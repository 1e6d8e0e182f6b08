// Renders HTML pages (an SVG, say) to PNGs of an exact size with headless Chromium from Debian
// (`apt-get install -y chromium`). One browser, in a fresh empty profile with everything that reaches the
// network switched off, takes every screenshot of a batch; it is driven over its DevTools pipe (no port is
// opened), and a device-metrics override gives each page its exact viewport.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';

/** Thrown when Chromium is missing, fails to start, or reports an error. */
export class RenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'RenderError';
  }
}

/** Flags for a quiet, offline, throw-away browser; the user data directory is added per run. */
export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--hide-scrollbars', '--mute-audio', '--remote-debugging-pipe',
] as const;

/** What to render. */
export interface RenderRequest {
  /** A whole HTML document. */
  readonly html: string;
  /** Size of the picture in pixels. */
  readonly width: number;
  readonly height: number;
  /** Transparent where the page paints nothing (default: white, as a browser would). */
  readonly transparent?: boolean;
  /** The browser to run; by default CHROMIUM from the environment, else the first Chromium on the PATH. */
  readonly executable?: string;
}

/** An HTML page that shows `svg` filling the whole viewport, nothing else. Pure. */
export function svgPage(svg: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;padding:0;overflow:hidden;background:transparent}svg{display:block;width:100vw;height:100vh}</style></head><body>${svg}</body></html>`;
}

const executable = (file: string): boolean => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The Chromium to run (CHROMIUM, else chromium or chromium-browser on the PATH), or null when none is installed. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROMIUM) return executable(env.CHROMIUM) ? env.CHROMIUM : null;
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of ['chromium', 'chromium-browser']) if (executable(path.join(dir, name))) return path.join(dir, name);
  }
  return null;
}

type Message = { id?: number; method?: string; sessionId?: string; result?: Record<string, unknown>; error?: { message: string } };

/** A DevTools connection over Chromium's pipe (fd 3 in, fd 4 out; one JSON message per NUL-terminated chunk). */
class DevTools {
  private nextId = 1;
  private buffer = '';
  private readonly waiting = new Map<number, { resolve: (r: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private readonly listeners: ((message: Message) => void)[] = [];

  constructor(private readonly input: Writable, output: Readable) {
    output.on('data', (chunk: Buffer) => {
      this.buffer += chunk.toString('utf8');
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const message = JSON.parse(this.buffer.slice(0, end)) as Message;
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(message);
      }
    });
  }

  private dispatch(message: Message): void {
    const pending = message.id === undefined ? undefined : this.waiting.get(message.id);
    if (pending && message.id !== undefined) {
      this.waiting.delete(message.id);
      if (message.error) pending.reject(new RenderError(`Chromium: ${message.error.message}`));
      else pending.resolve(message.result ?? {});
    }
    for (const listener of [...this.listeners]) listener(message);
  }

  send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.nextId++;
    this.input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  /** Resolves on the next event `method` of the session. */
  once(method: string, sessionId: string): Promise<void> {
    return new Promise((resolve) => {
      const listen = (m: Message): void => {
        if (m.method !== method || m.sessionId !== sessionId) return;
        this.listeners.splice(this.listeners.indexOf(listen), 1);
        resolve();
      };
      this.listeners.push(listen);
    });
  }

  failAll(error: Error): void {
    for (const pending of this.waiting.values()) pending.reject(error);
    this.waiting.clear();
  }
}

/** One tab: each page loaded from a file at its size, then captured. */
async function capture(devtools: DevTools, requests: readonly RenderRequest[], work: string): Promise<Buffer[]> {
  const { targetId } = await devtools.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = (await devtools.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await devtools.send('Page.enable', {}, sessionId);
  const pictures: Buffer[] = [];
  for (const [index, request] of requests.entries()) {
    const page = path.join(work, `page-${index}.html`);
    writeFileSync(page, request.html);
    await devtools.send('Emulation.setDeviceMetricsOverride', { width: request.width, height: request.height, deviceScaleFactor: 1, mobile: false }, sessionId);
    const color = request.transparent ? { r: 0, g: 0, b: 0, a: 0 } : { r: 255, g: 255, b: 255, a: 1 };
    await devtools.send('Emulation.setDefaultBackgroundColorOverride', { color }, sessionId);
    const loaded = devtools.once('Page.loadEventFired', sessionId);
    await devtools.send('Page.navigate', { url: pathToFileURL(page).href }, sessionId);
    await loaded;
    const clip = { x: 0, y: 0, width: request.width, height: request.height, scale: 1 };
    const { data } = (await devtools.send('Page.captureScreenshot', { format: 'png', clip }, sessionId)) as { data: string };
    pictures.push(Buffer.from(data, 'base64'));
  }
  return pictures;
}

/** Asks the browser to close, and kills it if it has not exited within 5 s; resolves once it is gone. */
async function close(browser: ChildProcess, devtools: DevTools): Promise<void> {
  if (browser.pid === undefined || browser.exitCode !== null || browser.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => browser.once('exit', () => resolve()));
  devtools.send('Browser.close').catch(() => undefined);
  const timer = setTimeout(() => browser.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(timer);
}

/** Renders every request in one headless Chromium; resolves to the PNGs' bytes, in order. */
export async function renderPngs(requests: readonly RenderRequest[]): Promise<Buffer[]> {
  if (requests.length === 0) return [];
  const browserPath = requests[0]?.executable ?? findChromium();
  if (!browserPath) throw new RenderError('Chromium not found: install it (`apt-get install -y chromium`) or set CHROMIUM to its path.');
  const work = mkdtempSync(path.join(tmpdir(), 'render-'));
  const browser = spawn(browserPath, [...CHROMIUM_FLAGS, `--user-data-dir=${path.join(work, 'profile')}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  browser.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const devtools = new DevTools(browser.stdio[3] as Writable, browser.stdio[4] as Readable);
  const exited = new Promise<never>((_, reject) => {
    browser.once('error', (error) => reject(new RenderError('Chromium did not start', { cause: error })));
    browser.once('exit', (code) => reject(new RenderError(`Chromium exited (${String(code)}) before the pictures were taken: ${stderr.slice(-500)}`)));
  });
  exited.catch((error: Error) => devtools.failAll(error));
  try {
    return await Promise.race([capture(devtools, requests, work), exited]);
  } finally {
    await close(browser, devtools);
    rmSync(work, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** Renders `request.html` to a PNG of exactly `width` x `height` pixels; resolves to the PNG's bytes. */
export async function renderPng(request: RenderRequest): Promise<Buffer> {
  const [picture] = await renderPngs([request]);
  if (!picture) throw new RenderError('Chromium returned no picture');
  return picture;
}
