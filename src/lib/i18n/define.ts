/**
 * A language's catalogue of a message group: exactly the keys of the English one (a missing or
 * extra key is a type error), each a string. `{name}` in a message is filled in from the
 * parameters. Tests check that no Khmer or Indonesian message is left in English.
 */
export type Translation<English> = { [K in keyof English]: string };
