// Screens: what an Echo Show (or any APL device) shows alongside the speech.
export * from './screen';
export * from './apl';
