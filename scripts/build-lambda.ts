// `npm run build`: bundles the Lambda with esbuild into dist/lambda/index.js (CommonJS, exporting `handler`), with
// the locale files beside it in dist/lambda/locales/ (read when a request of that locale first needs them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { findProjectRoot, LAMBDA_BUNDLE, LOCALE_BUNDLE_DIR, LOCALE_SOURCE_DIR } from '../cdk/lib/bundle';
import { validateAllLocales } from '../content/validate';

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
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourcemap: LAMBDA_BUNDLE.sourceMap,
    sourcesContent: LAMBDA_BUNDLE.sourcesContent,
    logLevel: 'warning',
  } as const;
  const result = await build({
    ...common,
    entryPoints: [path.resolve(root, options.entry ?? LAMBDA_BUNDLE.entry)],
    outfile,
    // The AWS SDK v3 is bundled too: Lambda's runtime ships one, but Amazon updates it on its own schedule;
    // bundling pins the version the tests ran against. Only the lazily required modules stay out, as files.
    external: LAMBDA_BUNDLE.lazyModules.map((m) => m.require),
    metafile: options.metafile ?? false,
  });
  for (const { entry, file } of LAMBDA_BUNDLE.lazyModules) {
    await build({ ...common, entryPoints: [path.resolve(root, entry)], outfile: path.join(path.dirname(outfile), file) });
  }
  copyLocales(root, path.dirname(outfile));
  // Files the Lambda reads from beside its bundle, as the stack's afterBundling hook copies them.
  for (const { from, to } of LAMBDA_BUNDLE.assets) fs.copyFileSync(path.join(root, from), path.join(path.dirname(outfile), to));
  return result.metafile ? { file: outfile, metafile: result.metafile } : outfile;
}

/**
 * Copies the locale files into `<outDir>/locales/`, replacing any left from an earlier build, after checking each
 * against the content schema: the skill reads them as they are.
 */
function copyLocales(root: string, outDir: string): void {
  validateAllLocales();
  const target = path.join(outDir, LOCALE_BUNDLE_DIR);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  const source = path.join(root, LOCALE_SOURCE_DIR);
  for (const file of fs.readdirSync(source).filter((f) => f.endsWith('.json'))) fs.copyFileSync(path.join(source, file), path.join(target, file));
}

if (require.main === module) {
  buildLambda()
    .then((outfile) => console.log(`Lambda bundle written to ${path.relative(process.cwd(), outfile)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
