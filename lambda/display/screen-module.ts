// The screen code as one module: the documents, the pictures and what each answer shows. The Lambda bundle
// loads it only when a device with a screen asks (see lazy.ts): it is its own file beside the handler.
export { renderScreen, SCREEN_TOKEN } from './apl';
export { screenFor } from './present';
