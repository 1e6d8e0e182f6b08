// The contract our persistence adapters share on top of ask-sdk's PersistenceAdapter: optimistic versions.

/**
 * Attribute holding the record's version. `getAttributes` returns it (0 for a new user); `saveAttributes`
 * writes only if the stored version still equals the one given, stores version + 1, and otherwise throws
 * VersionConflictError. The adapter adds and strips it; callers pass it back untouched.
 */
export const VERSION_ATTRIBUTE = 'version';

/** The version carried by loaded attributes (0 when absent). Pure. */
export function versionOf(attributes: Record<string, unknown>): number {
  const v = attributes[VERSION_ATTRIBUTE];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}
