import { tokenise } from "./normalise";

const PRONOUNS = new Set([
  "me",
  "my",
  "mine",
  "myself",
  "we",
  "our",
  "ours",
  "ourselves",
  "i'm",
  "i've",
  "i'd",
  "i'll",
]);

/**
 * The first first-person pronoun in a text. "I" counts only as a capital letter on its own and "us" only in lower
 * case, so that "the US market" is not flagged.
 */
export function findFirstPerson(text: string): string | undefined {
  for (const token of tokenise(text)) {
    if (token.raw === "I" || token.raw === "us" || PRONOUNS.has(token.norm)) return token.raw;
  }
  return undefined;
}
