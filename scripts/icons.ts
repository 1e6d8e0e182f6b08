// `npm run icons`: renders the skill's icon (design/icon.svg) to the two PNG sizes Alexa asks for, into
// skill-package/assets/images/, where ask-cli uploads them from (`file://assets/images/...` in skill.json).
// Each PNG carries the SHA-256 of the SVG it was rendered from, so a test can tell when the PNGs are stale.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { findProjectRoot } from '../cdk/lib/bundle';
import { renderPng, svgPage } from './render/chromium';
import { pngSize, withPngText } from './render/png';

/** The icon's source, relative to the project root. */
export const ICON_SOURCE = path.join('design', 'icon.svg');

/** The PNGs Alexa needs: the small (108 x 108) and large (512 x 512) icon, relative to the skill package. */
export const ICONS = [
  { field: 'smallIconUri', size: 108, file: path.join('assets', 'images', 'icon-108.png') },
  { field: 'largeIconUri', size: 512, file: path.join('assets', 'images', 'icon-512.png') },
] as const;

/** The PNG text keyword that holds the SHA-256 of the SVG a PNG was rendered from. */
export const SOURCE_KEYWORD = 'Source-SHA256';

/** The SHA-256 of an icon source. Pure. */
export const sourceHash = (svg: string): string => createHash('sha256').update(svg).digest('hex');

async function main(): Promise<void> {
  const root = findProjectRoot();
  const svg = readFileSync(path.join(root, ICON_SOURCE), 'utf8');
  for (const icon of ICONS) {
    const png = withPngText(await renderPng({ html: svgPage(svg), width: icon.size, height: icon.size }), SOURCE_KEYWORD, sourceHash(svg));
    const { width, height } = pngSize(png);
    if (width !== icon.size || height !== icon.size) throw new Error(`icons: rendered ${width}x${height}, expected ${icon.size}x${icon.size}`);
    writeFileSync(path.join(root, 'skill-package', icon.file), png);
    console.log(`${path.join('skill-package', icon.file)}: ${width} x ${height}, ${png.length} bytes`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
