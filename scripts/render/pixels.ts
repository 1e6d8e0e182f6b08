// A reader for the PNG files Chromium writes (8-bit RGB or RGBA, not interlaced): enough to check that a
// rendered picture has something drawn on it.
import { inflateSync } from 'node:zlib';

/** A decoded image: its size and its pixels, four bytes (RGBA) each, row after row. */
export interface Image {
  readonly width: number;
  readonly height: number;
  readonly rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The PNG is not one this reader can decode. */
export class PngDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngDecodeError';
  }
}

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/** Decodes a PNG file's bytes. Pure. */
export function decodePng(bytes: Buffer): Image {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw new PngDecodeError('not a PNG file');
  let width = 0;
  let height = 0;
  let channels = 0;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      const [depth, colour, interlace] = [body[8], body[9], body[12]];
      channels = colour === 6 ? 4 : colour === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0) throw new PngDecodeError(`unsupported PNG: depth ${depth}, colour type ${colour}`);
    } else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] as number;
      const left = x >= channels ? (pixels[y * stride + x - channels] as number) : 0;
      const up = y > 0 ? (pixels[(y - 1) * stride + x] as number) : 0;
      const upLeft = y > 0 && x >= channels ? (pixels[(y - 1) * stride + x - channels] as number) : 0;
      const predicted = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0;
      pixels[y * stride + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i += 1) rgba.set([pixels[i * 3] as number, pixels[i * 3 + 1] as number, pixels[i * 3 + 2] as number, 255], i * 4);
  return { width, height, rgba };
}

/** The share of pixels that differ from the top-left one (the background). Pure. */
export function drawnShare(image: Image): number {
  const [r, g, b] = [image.rgba[0], image.rgba[1], image.rgba[2]];
  let drawn = 0;
  for (let i = 0; i < image.rgba.length; i += 4) {
    if (image.rgba[i] !== r || image.rgba[i + 1] !== g || image.rgba[i + 2] !== b) drawn += 1;
  }
  return drawn / (image.width * image.height);
}
