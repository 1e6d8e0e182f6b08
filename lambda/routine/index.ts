// The routine state machine: state, schema and the pure transition function.
export * from './state';
export * from './transition';
