// Where the project lives and how the Lambda is bundled: shared by `npm run build` and the stack's NodejsFunction.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The nearest directory at or above `start` holding both package.json and cdk.json (the CLI runs from there). */
export function findProjectRoot(start: string = process.cwd()): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'cdk.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No project root (a directory with package.json and cdk.json) at or above ${start}`);
    dir = parent;
  }
}

/**
 * esbuild settings for the Lambda bundle. `target` node20 runs both on this machine (Node 20) and on
 * Lambda's nodejs24.x, so the bundle the tests run is built the same way as the one deployed.
 */
export const LAMBDA_BUNDLE = {
  /** The handler module, relative to the project root. */
  entry: 'lambda/index.ts',
  /** The exported handler function. */
  handler: 'handler',
  target: 'node20',
  minify: true,
  sourceMap: true,
  /** Stack traces need only the mappings, not the sources: keeps the .map small. */
  sourcesContent: false,
  /**
   * Files read at run time from beside the bundle, not bundled: the pose pictures, read on the first screen
   * a container shows, so a turn on a speaker never parses them and the bundle stays small.
   */
  assets: [{ from: 'lambda/display/pictures.json', to: 'pictures.json' }],
  /**
   * Code bundled on its own and required when first needed: the screen code, which a speaker never loads, so a
   * cold start does not compile it. `require` is the path the code requires it by (left alone in the main bundle),
   * `file` its bundle beside the handler.
   */
  lazyModules: [{ entry: 'lambda/display/screen-module.ts', require: './screen-module', file: 'screen-module.js' }],
} as const;

/**
 * The locale files, relative to the project root. They are not bundled (each request reads only its own
 * locale's, when first needed): they go beside the bundle, in `locales/`, where content/index.ts looks for them.
 */
export const LOCALE_SOURCE_DIR = 'content/locales';
/** Where the locale files go, relative to the bundle's directory. */
export const LOCALE_BUNDLE_DIR = 'locales';

/** Shell commands that copy the locale files next to a bundle (the CDK bundling's afterBundling hook). Pure. */
export function copyLocalesCommands(inputDir: string, outputDir: string): string[] {
  const target = path.posix.join(outputDir, LOCALE_BUNDLE_DIR);
  return [`mkdir -p "${target}"`, `cp "${path.posix.join(inputDir, LOCALE_SOURCE_DIR)}"/*.json "${target}/"`];
}

/** The esbuild command lines that bundle the lazily required modules beside the handler (CDK's afterBundling hook). */
export function lazyModuleCommands(projectDir: string, bundleDir: string): string[] {
  const esbuild = path.join(projectDir, 'node_modules', '.bin', 'esbuild');
  return LAMBDA_BUNDLE.lazyModules.map(
    ({ entry, file }) =>
      `"${esbuild}" "${path.join(projectDir, entry)}" --bundle --platform=node --format=cjs --target=${LAMBDA_BUNDLE.target} --minify --sourcemap --sources-content=false --log-level=warning --outfile="${path.join(bundleDir, file)}"`,
  );
}

/** Shell commands that copy the assets from the project into the bundle's directory (CDK's afterBundling hook). */
export function assetCopyCommands(projectDir: string, bundleDir: string): string[] {
  return LAMBDA_BUNDLE.assets.map(({ from, to }) => `cp "${path.join(projectDir, from)}" "${path.join(bundleDir, to)}"`);
}

/** The flag that makes Node map stack traces through the bundle's source map, parsing it at cold start. */
export const SOURCE_MAPS_FLAG = '--enable-source-maps';

/**
 * Node options of the deployed function (NODE_OPTIONS). Without --enable-source-maps: parsing the 1.1 MB map at
 * init costs 11 to 19% of module init (`npm run bench` measures it; the rule is to ship without it above 5%). The
 * map still ships beside the bundle, and `npm run symbolicate` maps a logged stack back to source lines.
 */
export const LAMBDA_NODE_OPTIONS: readonly string[] = [];
