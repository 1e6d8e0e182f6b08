// The user table's key and TTL attribute: one definition shared by the adapter, dynalite and the CDK stack.

/** Partition key attribute (string): the Alexa userId. */
export const PARTITION_KEY = 'userId';
/** Attribute holding the expiry time (epoch seconds) that DynamoDB TTL reads. */
export const TTL_ATTRIBUTE = 'expiresAt';
/** Records of users gone this long expire. */
export const TTL_DAYS = 400;

const SECONDS_PER_DAY = 86_400;

/** The expiry (epoch seconds) a record written at `now` gets. Pure. */
export function expiryFrom(now: Date): number {
  return Math.floor(now.getTime() / 1000) + TTL_DAYS * SECONDS_PER_DAY;
}

/**
 * True when a record read at `now` should be written again only to push its expiry back: the expiry was set more
 * than a day ago. So a user who only listens keeps their record, at the cost of one write a day at most. A record
 * without an expiry never expires, so it needs none.
 */
export function expiryDue(expiresAt: unknown, now: Date): boolean {
  return typeof expiresAt === 'number' && expiresAt < expiryFrom(now) - SECONDS_PER_DAY;
}
