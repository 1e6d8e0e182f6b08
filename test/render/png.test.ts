import { crc32 as zlibCrc32 } from 'node:zlib';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { crc32 } from '../../scripts/render/crc32';
import { PngError, pngSize, pngText, withPngText } from '../../scripts/render/png';

const ICON = readFileSync(path.join(__dirname, '..', '..', 'skill-package', 'assets', 'images', 'icon-108.png'));

describe('crc32', () => {
  it('agrees with zlib on the check value and on a PNG', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
    expect(crc32(ICON)).toBe(zlibCrc32(ICON));
  });
});

describe('PNG headers and text chunks', () => {
  it('reads the size from the header', () => {
    expect(pngSize(ICON)).toEqual({ width: 108, height: 108 });
  });

  it('stamps a text chunk, replacing one of the same keyword, and keeps the picture', () => {
    const once = withPngText(ICON, 'Source-SHA256', 'a'.repeat(64));
    const twice = withPngText(once, 'Source-SHA256', 'b'.repeat(64));
    expect(pngText(twice)['Source-SHA256']).toBe('b'.repeat(64));
    expect(pngSize(twice)).toEqual({ width: 108, height: 108 });
    expect(twice.length).toBe(once.length);
  });

  it('writes chunks whose CRCs check', () => {
    const stamped = withPngText(ICON, 'Note', 'hello');
    let at = 8;
    while (at < stamped.length) {
      const length = stamped.readUInt32BE(at);
      expect(stamped.readUInt32BE(at + 8 + length)).toBe(crc32(stamped.subarray(at + 4, at + 8 + length)));
      at += 12 + length;
    }
  });

  it('refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a......'))).toThrow(PngError);
  });
});
