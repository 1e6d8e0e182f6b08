// Constants of the content the skill uses at run time, apart from the schema (content/schema.ts), which only
// the build and the tests need: the content files are checked there, so a cold start never builds it.

/** The forms of an exercise: on the floor (default), gentler, on a chair, and gentler on a chair. */
export const FORMS = ['floor', 'easier', 'chair', 'chairEasier'] as const;
export type FormName = (typeof FORMS)[number];

/** An exercise id: lower-case words and hyphens, also how the user's record names exercises. */
export const EXERCISE_ID = /^[a-z0-9-]{1,60}$/;
