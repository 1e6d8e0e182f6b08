/** Jest runs TypeScript through ts-jest in transpile-only mode: `npm run typecheck` does the type checking once. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
  },
  setupFiles: ['<rootDir>/test/support/jest-setup.ts'],
  testTimeout: 30000,
};
