// Bundling for the benchmark: the floor and helper entries with the Lambda's own esbuild settings, and a
// metafile breakdown of what makes a bundle big.
import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { LAMBDA_BUNDLE } from '../../cdk/lib/bundle';
import { buildLambda } from '../build-lambda';

/** A bundle on disk and its size in bytes (the .js only, not its source map). */
export interface Bundle {
  readonly file: string;
  readonly bytes: number;
  readonly mapBytes: number;
  readonly metafile?: Metafile;
}

const sizeOf = (file: string): number => statSync(file).size;

/**
 * Bundles `entry` into `<outDir>/index.js` with exactly the options of scripts/build-lambda.ts (which does not
 * take an entry): CommonJS for Node, LAMBDA_BUNDLE's target, minification and source maps, nothing external.
 */
export async function bundleLikeLambda(root: string, entry: string, outDir: string, withMetafile = false): Promise<Bundle> {
  const file = path.join(outDir, 'index.js');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.resolve(root, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    external: [],
    logLevel: 'warning',
    metafile: withMetafile,
  });
  return { file, bytes: sizeOf(file), mapBytes: sizeOf(`${file}.map`), ...(result.metafile ? { metafile: result.metafile } : {}) };
}

/** The production bundle, built by `npm run build`'s own function; throws if the mirrored settings above drift from it. */
export async function productionBundle(root: string, outDir: string, mirrorDir: string): Promise<Bundle> {
  const file = await buildLambda({ outDir, projectRoot: root });
  const mirror = await bundleLikeLambda(root, LAMBDA_BUNDLE.entry, mirrorDir, true);
  if (!readFileSync(file).equals(readFileSync(mirror.file))) {
    throw new Error('bench: scripts/bench/bundle.ts no longer builds like scripts/build-lambda.ts; align their esbuild options');
  }
  return { file, bytes: sizeOf(file), mapBytes: sizeOf(`${file}.map`), ...(mirror.metafile ? { metafile: mirror.metafile } : {}) };
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
