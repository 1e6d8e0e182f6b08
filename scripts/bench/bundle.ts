// Bundling for the benchmark: the skill, the floor and helper entries built by `npm run build`'s own function,
// and a metafile breakdown of what makes a bundle big.
import { statSync } from 'node:fs';
import type { Metafile } from 'esbuild';
import { buildLambda } from '../build-lambda';

/** A bundle on disk, its size in bytes (the .js only) and its source map's, and what went into it. */
export interface Bundle {
  readonly file: string;
  readonly bytes: number;
  readonly mapBytes: number;
  readonly metafile: Metafile;
}

const sizeOf = (file: string): number => statSync(file).size;

/** Bundles `entry` (the skill's handler by default) into `<outDir>/index.js` exactly as the Lambda is bundled. */
export async function buildBundle(root: string, outDir: string, entry?: string): Promise<Bundle> {
  const { file, metafile } = await buildLambda({ projectRoot: root, outDir, entry, metafile: true });
  return { file, bytes: sizeOf(file), mapBytes: sizeOf(`${file}.map`), metafile };
}

/** The package (or project folder) an input path belongs to. Pure. */
function owner(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  return match?.[1] ?? input.split('/').slice(0, 2).join('/');
}

/** The `top` largest contributors to a bundle's output, by package or project folder. Pure. */
export function biggestInputs(metafile: Metafile, top = 8): { owner: string; bytes: number }[] {
  const output = Object.values(metafile.outputs).find((o) => o.entryPoint !== undefined);
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    totals.set(owner(input), (totals.get(owner(input)) ?? 0) + bytesInOutput);
  }
  return [...totals]
    .map(([name, bytes]) => ({ owner: name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}
