// Progress: completed routines, local days and weeks, and the streak. Pure functions over plain JSON.
export * from './calendar';
export * from './progress';
