// The screen code, loaded on the first screen a container shows, so a cold start on a speaker never compiles it.
import type * as ScreenModule from './screen-module';

/** The file the screen code is in, beside this module in the sources and beside the handler in the bundle. */
export const SCREEN_MODULE = './screen-module';

let loaded: typeof ScreenModule | undefined;

/** The screen code, loaded once. */
export function screens(): typeof ScreenModule {
  // A plain require the bundler leaves alone (LAMBDA_BUNDLE.lazyModules): the bundle carries it as its own file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('./screen-module') as typeof ScreenModule;
  return loaded;
}
