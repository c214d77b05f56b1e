/** The package version, stamped on every element class so `define()` can spot two copies. */
export const version = '0.1.0';
