import type { Token } from "./normalise";
import type { Term } from "./vocabulary-index";

/**
 * Capitalised tokens that are not skills: places, paperwork, pay and company words job ads abbreviate, and generic
 * technical nouns ("GraphQL APIs" asks for GraphQL, not for a product called "GraphQL APIs"). Two-letter acronyms
 * are never taken (US states, "AE", "IT"), so only longer ones need listing.
 */
const NOT_NAMES = new Set(
  `AND THE FOR WITH NOT USA EEO EEOC PTO ASAP FAQ CEO CFO COO CTO CMO CIO CISO EVP SVP AVP OTE LLC LLP INC LTD USD
  EUR GBP GPA TBD DOE NYC ADA ATTN RSVP AKA ETA FYI EOE WFH API SDK URL`
    .split(/\s+/)
    .filter(Boolean),
);

// "GAAP", "HIPAA", "3PL", "VLOOKUP", "KPIs": three to seven capitals or digits with at least two capitals,
// optionally a plural "s"; three characters at least, so states and "AE" stay out.
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9][A-Z0-9&]{2,6}s?$/;
// "QuickBooks", "PyTorch", "PioneerRx", "iManage": a capital after a lowercase letter marks a product name.
const INNER_CAPITAL = /^[A-Za-z][a-z]+[A-Z][A-Za-z0-9]*$|^[a-z][A-Z][a-z]+[A-Za-z]*$/;
// "Zendesk", "Klaviyo": one capital, then lowercase letters.
const CAPITALISED = /^[A-Z][a-z]{3,}$/;
/**
 * Words after which a capitalised word is probably the name of something used, not a place or a person; "such as"
 * and "like" introduce examples of a kind of tool ("analytics tools such as Mixpanel").
 */
const TOOL_CUE = new Set(["with", "using", "via", "through", "as", "like"]);

export interface UnlistedName {
  term: Term;
  /** Token range [start, end) of the name, or of the words an acronym abbreviates and the acronym. */
  start: number;
  end: number;
  /** Stems of the name, or of the words an acronym abbreviates. */
  stems: string;
  /** The acronym, when the posting spelled it out before it: "design for manufacturing (DFM)". */
  abbreviation?: string;
}

export interface NameContext {
  /** Whether the word is an everyday word (the vocabulary writes it in lowercase), not a name. */
  isKnownWord: (token: Token) => boolean;
  /** Capitalised words the posting uses for the employer, its place and its perks: never names of skills. */
  ownNames: ReadonlySet<string>;
}

/**
 * Names of tools, standards and credentials the vocabulary lacks, as job descriptions write them: acronyms
 * ("GAAP", "SOX", "3PL"), product names with an inner capital ("QuickBooks", "PioneerRx") and brand words that no
 * vocabulary phrase uses ("Zendesk") when they sit in a list next to another tool or after "with"/"using".
 * Tokens the vocabulary already matched are passed as `claimed` and skipped.
 */
export function findUnlistedNames(
  tokens: readonly Token[],
  claimed: readonly boolean[],
  context: NameContext,
  toolNearby: boolean,
): UnlistedName[] {
  const letters = tokens.filter((t) => /\p{L}/u.test(t.raw));
  // In a line written in capitals every word looks like an acronym.
  if (letters.filter((t) => t.raw.length > 3 && t.raw === t.raw.toUpperCase()).length > letters.length / 2) return [];
  const found = new Map<string, UnlistedName>();
  const candidates = tokens.map((token, i) => {
    if (claimed[i] || token.glued || context.ownNames.has(token.raw)) return undefined;
    return nameShape(token, context);
  });
  const inList = toolNearby || candidates.some((shape) => shape === "acronym" || shape === "product");
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const shape = candidates[i];
    if (!shape || found.has(token.stem)) continue;
    // A capitalised word at the start of a clause is just the start of a sentence.
    if (shape === "brand" && i === 0) continue;
    if (shape === "brand" && !inList && !followsCue(tokens, i)) continue;
    const expansion = shape === "acronym" ? expansionBefore(tokens, i) : undefined;
    // "CrowdStrike Falcon", "Primavera P6": capitalised words or versions right after a name belong to it.
    let end = i + 1;
    while (!expansion && end < tokens.length && end < i + 3 && continuesName(tokens[end]!, claimed[end]!)) end++;
    const words = expansion ?? tokens.slice(i, end);
    const stems = words.map((t) => t.stem).join(" ");
    const written = words.map((t) => t.raw).join(" ");
    found.set(token.stem, {
      term: {
        id: `name:${stems}`,
        // "KPIs" is listed as "KPI", like the vocabulary lists its terms.
        term: expansion ? written : written.replace(/(?<=[A-Z])s$/, ""),
        kind: expansion ? "skill" : shape === "acronym" ? "knowledge" : "tool",
        hot: false,
        inDemand: false,
        occupations: 0,
      },
      start: expansion ? i - expansion.length : i,
      end,
      stems,
      ...(expansion ? { abbreviation: token.norm } : {}),
    });
    i = end - 1;
  }
  return [...found.values()];
}

type NameShape = "acronym" | "product" | "brand";

function followsCue(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1]?.norm ?? "";
  return TOOL_CUE.has(previous) && (previous !== "as" || tokens[at - 2]?.norm === "such");
}

function continuesName(token: Token, claimed: boolean): boolean {
  return !claimed && !token.breakBefore && !token.glued && /^[A-Z0-9]/.test(token.raw) && !NOT_NAMES.has(token.raw);
}

const MAX_EXPANSION_WORDS = 6;
const SKIPPABLE = new Set(["and", "of", "for", "the", "to", "in", "on", "with", "a", "an", "&"]);

/**
 * The words an acronym in brackets abbreviates, written just before it: "medication therapy management (MTM)",
 * "design for manufacturing (DFM)". The keyword is then the phrase; the acronym is another way of writing it.
 */
function expansionBefore(tokens: readonly Token[], at: number): Token[] | undefined {
  if (!tokens[at]!.breakBefore) return undefined;
  const letters = tokens[at]!.raw.replace(/s$/, "").toLowerCase();
  for (let k = 1; k <= MAX_EXPANSION_WORDS && at - k >= 0; k++) {
    const words = tokens.slice(at - k, at);
    if (words.slice(1).some((t) => t.breakBefore)) return undefined;
    const spelled = words.map((t) => t.norm);
    if (!SKIPPABLE.has(spelled[0]!) && abbreviates(letters, spelled)) return words;
  }
  return undefined;
}

/**
 * Whether each word in turn gives the next letters of the acronym, starting with its initial ("design for
 * manufacturing" → DFM); small words may give none.
 */
function abbreviates(letters: string, words: readonly string[]): boolean {
  const go = (li: number, wi: number): boolean => {
    if (wi === words.length) return li === letters.length;
    const word = words[wi]!;
    if (SKIPPABLE.has(word) && go(li, wi + 1)) return true;
    if (word[0] !== letters[li]) return false;
    let lj = li + 1;
    if (go(lj, wi + 1)) return true;
    for (let p = 1; p < word.length && lj < letters.length; p++) {
      if (word[p] === letters[lj]) {
        lj++;
        if (go(lj, wi + 1)) return true;
      }
    }
    return false;
  };
  return go(0, 0);
}

function nameShape(token: Token, context: NameContext): NameShape | undefined {
  const { raw } = token;
  if (ACRONYM.test(raw)) {
    // "LEAD" or "CARE" written in capitals for emphasis is a word, not an acronym.
    if (NOT_NAMES.has(raw.replace(/s$/, "")) || (raw.length >= 4 && context.isKnownWord(token))) return undefined;
    return "acronym";
  }
  if (INNER_CAPITAL.test(raw)) return "product";
  if (CAPITALISED.test(raw) && !context.isKnownWord(token)) return "brand";
  return undefined;
}
