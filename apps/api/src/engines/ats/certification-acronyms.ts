import type { Token } from "./normalise";
import type { Term } from "./vocabulary-index";

/** Capitalised words that sit near "certification" or "license" but are not credentials. */
const NOT_CREDENTIALS = new Set(
  "AND OR THE FOR WITH US USA UK EU IT HR EEO PTO ID CV OK NA TBD USD EUR GBP GPA FAQ ASAP PM AM".split(" "),
);
const CUE = /^(certif|licen[cs]|credential)/;
// "BLS", "CPA", also "RPh" and "PharmD": a capital first and at least two capitals in all.
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Za-z0-9]{1,5}$/;
const LOOK_BEHIND = 6;
const LOOK_AHEAD = 3;

/**
 * Credentials a vocabulary may lack ("Current BLS and ACLS certification", "active RN license", "certified in
 * PALS"): capitalised acronyms within a few words of a certification or licence word. Tokens already matched by
 * the vocabulary are passed as `claimed` and skipped.
 */
export function findCertificationAcronyms(tokens: readonly Token[], claimed: readonly boolean[]): Term[] {
  const letters = tokens.filter((t) => /\p{L}/u.test(t.raw));
  // In a line written in capitals every word looks like an acronym.
  if (letters.filter((t) => t.raw.length > 3 && t.raw === t.raw.toUpperCase()).length > letters.length / 2) return [];
  const found = new Map<string, Term>();
  for (const [cue, token] of tokens.entries()) {
    if (!CUE.test(token.norm)) continue;
    for (let i = Math.max(0, cue - LOOK_BEHIND); i <= Math.min(tokens.length - 1, cue + LOOK_AHEAD); i++) {
      const { raw, glued } = tokens[i]!;
      // "ABA-approved" names the body that approves, not a credential.
      if (claimed[i] || glued || !ACRONYM.test(raw) || NOT_CREDENTIALS.has(raw) || found.has(raw)) continue;
      found.set(raw, {
        id: `cert:${raw.toLowerCase()}`,
        term: raw,
        kind: "certification",
        hot: false,
        inDemand: false,
        occupations: 0,
      });
    }
  }
  return [...found.values()];
}
