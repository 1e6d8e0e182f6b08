// `npm run symbolicate`: turns a stack trace of the minified Lambda bundle back into source lines, with the source
// map kept beside the bundle. The function runs without --enable-source-maps (it costs too much of a cold start, see
// `npm run bench`), so its logged stacks point into index.js; this maps them back.
//
//   npm run symbolicate -- [file] [--map path/to/index.js.map]
//
// Reads the file, or stdin: a stack as text, or log lines as the function writes them (JSON), whose `stack` fields
// (of the error and of its causes) are mapped. Without --map it uses the map of the last `npm run deploy`
// (.deploy/<stack>/index.js.map), else the one of `npm run build` (dist/lambda/index.js.map).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { SourceMap, type SourceMapPayload } from 'node:module';
import * as path from 'node:path';
import { findProjectRoot } from '../cdk/lib/bundle';
import { DEPLOY_DIR, DEPLOYED_MAP } from './deploy/paths';

/** A stack frame position in a file named index.js (the bundle), as V8 writes it: `index.js:LINE:COLUMN`. */
const FRAME = /([^\s()]*index\.js):(\d+):(\d+)/g;

/** A loaded source map, and how to name its sources for a reader. */
export interface BundleMap {
  readonly map: SourceMap;
  /** The directory the map's relative source paths start from. */
  readonly dir: string;
  /** Sources are shown relative to this directory (the project root). */
  readonly root: string;
}

/** Reads a source map file. */
export function loadBundleMap(file: string, root: string = findProjectRoot()): BundleMap {
  const payload = JSON.parse(readFileSync(file, 'utf8')) as SourceMapPayload;
  return { map: new SourceMap(payload), dir: path.dirname(path.resolve(file)), root };
}

/** `source:line:column` (1-based) of a bundle position, or null when the map has nothing there. Pure. */
export function originalPosition(bundle: BundleMap, line: number, column: number): string | null {
  const entry = bundle.map.findEntry(line - 1, column - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
  if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return null;
  const source = entry.originalSource.replace(/^file:\/\//, '');
  const shown = path.relative(bundle.root, path.resolve(bundle.dir, source));
  return `${shown}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
}

/** `text` with every bundle position replaced by its source position; positions the map lacks are kept. Pure. */
export function symbolicateText(text: string, bundle: BundleMap): string {
  return text.replace(FRAME, (frame, _file: string, line: string, column: string) => originalPosition(bundle, Number(line), Number(column)) ?? frame);
}

/** Every `stack` string in a parsed log line, the error's first and then its causes'. */
function stacksOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === 'stack' && typeof inner === 'string' ? [inner] : stacksOf(inner)));
}

/**
 * What to print for the input: each JSON log line with a stack gives its stacks, mapped; any other line is mapped
 * as text. Pure.
 */
export function symbolicate(input: string, bundle: BundleMap): string {
  return input
    .split('\n')
    .flatMap((line) => {
      const trimmed = line.trim();
      if (trimmed.startsWith('{')) {
        try {
          const stacks = stacksOf(JSON.parse(trimmed));
          if (stacks.length > 0) return stacks.map((stack) => symbolicateText(stack, bundle));
        } catch {
          // Not JSON after all: mapped as text below.
        }
      }
      return [symbolicateText(line, bundle)];
    })
    .join('\n');
}

/** The map to use when none is named: the last deployed one (newest first), else the last build's. */
export function defaultMapFile(root: string): string | null {
  const deployDir = path.join(root, DEPLOY_DIR);
  const deployed = existsSync(deployDir)
    ? readdirSync(deployDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => path.join(deployDir, entry.name, DEPLOYED_MAP))
        .filter((file) => existsSync(file))
        .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)
    : [];
  const built = path.join(root, 'dist', 'lambda', 'index.js.map');
  return deployed[0] ?? (existsSync(built) ? built : null);
}

async function main(argv: readonly string[]): Promise<number> {
  const root = findProjectRoot();
  const mapAt = argv.indexOf('--map');
  const mapFile = mapAt >= 0 ? argv[mapAt + 1] : defaultMapFile(root);
  const file = argv.find((arg, i) => !arg.startsWith('--') && (mapAt < 0 || i !== mapAt + 1));
  if (!mapFile || !existsSync(mapFile)) {
    console.error('No source map found. Run `npm run build` (or deploy), or pass --map path/to/index.js.map.');
    return 2;
  }
  let input = '';
  if (file) input = readFileSync(file, 'utf8');
  else for await (const chunk of process.stdin) input += String(chunk);
  console.log(symbolicate(input, loadBundleMap(mapFile, root)));
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
