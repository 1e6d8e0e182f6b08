// Alexa's own APIs (Settings, Reminders) through ask-sdk-core's service clients, each call within the turn's budget.
export * from './errors';
export * from './budget';
export * from './api-client';
export * from './call';
export * from './time-zone';
export * from './reminders';
