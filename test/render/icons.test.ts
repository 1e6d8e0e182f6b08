// The skill's icons: the two sizes Alexa asks for, referenced the way ask-cli uploads them, rendered from the
// current design/icon.svg (run `npm run icons` after editing it).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ICON_SOURCE, ICONS, SOURCE_KEYWORD, sourceHash } from '../../scripts/icons';
import { pngSize, pngText } from '../../scripts/render/png';

const ROOT = path.join(__dirname, '..', '..');
const png = (file: string): Buffer => readFileSync(path.join(ROOT, 'skill-package', file));
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'skill-package', 'skill.json'), 'utf8')) as {
  manifest: { publishingInformation: { locales: Record<string, Record<string, string>> } };
};

describe('the skill icons', () => {
  it.each(ICONS.map((icon) => [icon.file, icon.size] as const))('%s is a %i x %i PNG, by its header', (file, size) => {
    expect(pngSize(png(file))).toEqual({ width: size, height: size });
  });

  it('were rendered from the current design/icon.svg', () => {
    const hash = sourceHash(readFileSync(path.join(ROOT, ICON_SOURCE), 'utf8'));
    expect(ICONS.map((icon) => pngText(png(icon.file))[SOURCE_KEYWORD])).toEqual([hash, hash]);
  });

  it('are referenced as file://assets/images/... in every locale of skill.json', () => {
    for (const info of Object.values(manifest.manifest.publishingInformation.locales)) {
      for (const icon of ICONS) expect(info[icon.field]).toBe(`file://${icon.file.split(path.sep).join('/')}`);
    }
  });

  it('use the colours of the skill screen', () => {
    const svg = readFileSync(path.join(ROOT, ICON_SOURCE), 'utf8');
    expect(svg).toContain('#9FC3D6');
    expect(svg).toContain('#F2C14E');
  });
});
