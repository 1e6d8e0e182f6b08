// Errors of the deploy commands: each message tells the deployer what to do; no stack trace is shown for them.

/** A problem the deployer can fix (settings, credentials, a placeholder), or a step that failed. */
export class DeployError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DeployError';
  }
}
