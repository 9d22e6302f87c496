/**
 * Shortest password accepted for a new or changed password. NIST SP 800-63B asks for at least
 * 8 characters and recommends allowing long passphrases; 12 is today's common floor.
 */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest password accepted; hashing a megabyte of input on every login is a cheap attack. */
export const MAX_PASSWORD_LENGTH = 200;
