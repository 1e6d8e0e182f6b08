// Speech: the SSML builder and everything the skill says, built from content.
export * from './ssml';
export * from './template';
export * from './hold';
export * from './words';
export * from './shape';
export * from './narration';
export * from './answers';
export * from './comeback';
