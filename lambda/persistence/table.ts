// The user table's key and TTL attribute: one definition shared by the adapter, dynalite and the CDK stack.

/** Partition key attribute (string): the Alexa userId. */
export const PARTITION_KEY = 'userId';
/** Attribute holding the expiry time (epoch seconds) that DynamoDB TTL reads. */
export const TTL_ATTRIBUTE = 'expiresAt';
/** Records of users gone this long expire. */
export const TTL_DAYS = 400;
