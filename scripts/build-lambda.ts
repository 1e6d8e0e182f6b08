// `npm run build`: bundles the Lambda with esbuild into dist/lambda/index.js (CommonJS, exporting `handler`).
import * as path from 'node:path';
import { build } from 'esbuild';
import { findProjectRoot, LAMBDA_BUNDLE } from '../cdk/lib/bundle';

/** Where the bundle goes and where the project is. */
export interface BuildLambdaOptions {
  /** Output directory; the bundle is `<outDir>/index.js` with `index.js.map` beside it. */
  readonly outDir?: string;
  readonly projectRoot?: string;
}

/** Bundles lambda/index.ts with the same settings the CDK stack deploys; resolves to the bundle's path. */
export async function buildLambda(options: BuildLambdaOptions = {}): Promise<string> {
  const root = options.projectRoot ?? findProjectRoot();
  const outfile = path.join(options.outDir ?? path.join(root, 'dist', 'lambda'), 'index.js');
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, LAMBDA_BUNDLE.entry)],
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
  });
  return outfile;
}

if (require.main === module) {
  buildLambda()
    .then((outfile) => console.log(`Lambda bundle written to ${path.relative(process.cwd(), outfile)}`))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
