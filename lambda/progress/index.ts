// Progress: completed routines, last day and streak. Pure functions over plain JSON.
export * from './progress';
