// Speech: the SSML builder and everything the skill says, built from content.
export * from './ssml';
export * from './template';
export * from './hold';
export * from './words';
export * from './shape';
export * from './timeline';
export * from './narration';
export * from './answers';
export * from './welcome';
export * from './safety';
export * from './status';
export * from './explain';
export * from './comeback';
