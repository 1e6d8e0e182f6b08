// `npm run screens`: each exercise, form and side rendered to a PNG by headless Chromium, each with a drawing
// on it and each different from the others. CI installs Chromium (.ci/run sets REQUIRE_CHROMIUM); elsewhere the
// test runs when Chromium is installed.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORMS, loadRoutine } from '../../content';
import { findChromium } from '../../scripts/render/chromium';
import { decodePng, drawnShare } from '../../scripts/render/pixels';
import { pictureFiles, renderScreens } from '../../scripts/screens';

const available = findChromium() !== null || process.env.REQUIRE_CHROMIUM === '1';
const routine = loadRoutine('en-US');

(available ? describe : describe.skip)('npm run screens', () => {
  let out: string;
  let written: string[];
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'screens-'));
    written = await renderScreens(out, 1);
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('writes one picture per exercise, form and side, and an overview', () => {
    const sides = routine.exercises.reduce((n, e) => n + (e.perSide ? 2 : 1), 0);
    const pictures = pictureFiles(out).map((p) => p.file);
    expect(pictures).toHaveLength(sides * FORMS.length);
    expect(written.sort()).toEqual([...pictures, join(out, 'overview.png')].sort());
    expect(pictures).toContain(join(out, 'lying-crossed-knee.chair.left.png'));
    expect(pictures).toContain(join(out, 'seated-wide-leg-bend.easier.png'));
  });

  it('draws on every picture, at the size of the drawing', () => {
    for (const file of pictureFiles(out).map((p) => p.file)) {
      const image = decodePng(readFileSync(file));
      expect({ file, width: image.width, height: image.height }).toEqual({ file, width: 240, height: 160 });
      expect({ file, drawn: drawnShare(image) > 0.05 }).toEqual({ file, drawn: true });
    }
  });

  it('makes every picture different from every other, a side and its mirror included', () => {
    const hashes = pictureFiles(out).map((p) => createHash('sha256').update(decodePng(readFileSync(p.file)).rgba).digest('hex'));
    expect(new Set(hashes).size).toBe(hashes.length);
  });
});
