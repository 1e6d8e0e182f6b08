// Coming back: reminders the user chooses, the routine Alexa offers to set up, and asking for a permission.
export * from './schedule';
export * from './routine-offer';
export * from './consent';
