// Reading and stamping PNG files without a decoder: the size from the header, and text chunks (what a picture was
// rendered from), so a test can tell a stale picture from its source without rendering it again.
import { crc32 } from './crc32';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Thrown for a file that is not a PNG. */
export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngError';
  }
}

/** One chunk: its type and data. */
interface Chunk {
  readonly type: string;
  readonly data: Buffer;
}

function chunksOf(png: Buffer): Chunk[] {
  if (png.length < SIGNATURE.length || !png.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new PngError('not a PNG file (bad signature)');
  const chunks: Chunk[] = [];
  let at = SIGNATURE.length;
  while (at + 12 <= png.length) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    chunks.push({ type, data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
    if (type === 'IEND') break;
  }
  if (chunks[0]?.type !== 'IHDR') throw new PngError('not a PNG file (no IHDR chunk first)');
  return chunks;
}

function encodeChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Width and height in pixels, from the IHDR chunk. Pure. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const header = chunksOf(png)[0] as Chunk;
  return { width: header.data.readUInt32BE(0), height: header.data.readUInt32BE(4) };
}

/** The tEXt chunks of a PNG, keyword to text. Pure. */
export function pngText(png: Buffer): Record<string, string> {
  const entries = chunksOf(png)
    .filter((chunk) => chunk.type === 'tEXt')
    .map((chunk) => {
      const nul = chunk.data.indexOf(0);
      return [chunk.data.toString('latin1', 0, nul), chunk.data.toString('latin1', nul + 1)] as const;
    });
  return Object.fromEntries(entries);
}

/** The PNG with a tEXt chunk `keyword`=`text` after its header (replacing one of the same keyword). Pure. */
export function withPngText(png: Buffer, keyword: string, text: string): Buffer {
  const chunks = chunksOf(png).filter((chunk) => !(chunk.type === 'tEXt' && chunk.data.toString('latin1', 0, chunk.data.indexOf(0)) === keyword));
  const stamp: Chunk = { type: 'tEXt', data: Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]) };
  const [header, ...rest] = chunks;
  return Buffer.concat([SIGNATURE, ...[header as Chunk, stamp, ...rest].map((chunk) => encodeChunk(chunk.type, chunk.data))]);
}
