/** Escapes LIKE/ILIKE wildcards so a name the user typed matches literally (backslash is the default escape). */
export const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => '\\' + c);

/** `%text%` with the text's own wildcards escaped. */
export const containsPattern = (s: string): string => `%${escapeLike(s)}%`;
