// `npm run build`: bundles the Lambda with esbuild into dist/lambda/index.js (CommonJS, exporting `handler`).
import { copyFileSync } from 'node:fs';
import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { findProjectRoot, LAMBDA_BUNDLE } from '../cdk/lib/bundle';

/** Where the bundle goes, where the project is, and what to bundle. */
export interface BuildLambdaOptions {
  /** Output directory; the bundle is `<outDir>/index.js` with `index.js.map` beside it. */
  readonly outDir?: string;
  readonly projectRoot?: string;
  /** The module to bundle, relative to the project root; LAMBDA_BUNDLE.entry (the skill's handler) by default. */
  readonly entry?: string;
  /** Also resolve to esbuild's metafile (what each input adds to the bundle). */
  readonly metafile?: boolean;
}

/** A bundle's path, and its metafile. */
export interface LambdaBuild {
  readonly file: string;
  readonly metafile: Metafile;
}

/**
 * Bundles lambda/index.ts (or `entry`) with the settings the CDK stack deploys, and copies the files it reads
 * beside it; resolves to the bundle's path, and its metafile when asked.
 */
export async function buildLambda(options: BuildLambdaOptions & { readonly metafile: true }): Promise<LambdaBuild>;
export async function buildLambda(options?: BuildLambdaOptions): Promise<string>;
export async function buildLambda(options: BuildLambdaOptions = {}): Promise<string | LambdaBuild> {
  const root = options.projectRoot ?? findProjectRoot();
  const outfile = path.join(options.outDir ?? path.join(root, 'dist', 'lambda'), 'index.js');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.resolve(root, options.entry ?? LAMBDA_BUNDLE.entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    // No externals: the AWS SDK v3 is bundled too. Lambda's runtime ships one, but Amazon updates it on
    // its own schedule; bundling pins the version the tests ran against, and a cold start does not get slower.
    external: [],
    logLevel: 'warning',
    metafile: options.metafile ?? false,
  });
  // Files the Lambda reads from beside its bundle, as the stack's afterBundling hook copies them.
  for (const { from, to } of LAMBDA_BUNDLE.assets) copyFileSync(path.join(root, from), path.join(path.dirname(outfile), to));
  return result.metafile ? { file: outfile, metafile: result.metafile } : outfile;
}

if (require.main === module) {
  buildLambda()
    .then((outfile) => console.log(`Lambda bundle written to ${path.relative(process.cwd(), outfile)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
