/** One word of a text: as written, lowercased, and stemmed. */
export interface Token {
  raw: string;
  norm: string;
  stem: string;
  /** Part of a hyphenated compound ("go-getter", "C-suite"): such parts are not standalone tool names. */
  glued: boolean;
  /** Punctuation such as a comma or bracket separates it from the previous word: no phrase spans that gap. */
  breakBefore: boolean;
}

// NFKC folds ligatures and full-width letters, but not the typographic quotes and dashes word processors insert.
const TYPOGRAPHIC: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201B": "'",
  "\u2032": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2212": "-",
};
const TYPOGRAPHIC_CHARS = new RegExp(`[${Object.keys(TYPOGRAPHIC).join("")}]`, "g");
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(INVISIBLE, "")
    .replace(TYPOGRAPHIC_CHARS, (c) => TYPOGRAPHIC[c]!);
}

/**
 * Words are letters and digits joined by inner dots, ampersands and apostrophes ("node.js", "p&l", "don't"), with
 * trailing "+"/"#" ("c++", "c#") and a leading dot only at a word start (".net"). Slashes and hyphens separate
 * words, so "CI/CD" and "CI CD" tokenise alike.
 */
const WORD = /(?:(?<![\p{L}\p{N}.])\.)?[\p{L}\p{N}]+(?:[.&'][\p{L}\p{N}]+)*[+#]*/gu;

export function tokenise(text: string): Token[] {
  const source = normaliseText(text);
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of source.matchAll(WORD)) {
    const raw = match[0].replace(/'s$/i, "");
    const start = match.index;
    const end = start + match[0].length;
    const glued = isHyphenJoin(source, start - 1) || isHyphenJoin(source, end);
    const breakBefore = tokens.length > 0 && PHRASE_BREAK.test(source.slice(previousEnd, start));
    const norm = raw.toLowerCase();
    tokens.push({ raw, norm, stem: isAcronymPlural(raw) ? norm.slice(0, -1) : stem(norm), glued, breakBefore });
    previousEnd = end;
  }
  return tokens;
}

// Slashes and hyphens join the words of a name ("CI/CD", "scikit-learn"); these end a phrase ("AWS (S3, EMR)").
const PHRASE_BREAK = /[,;:()[\]{}|!?\n]|\.\s/;
/** "APIs", "KPIs", "GPUs": the stemmer cannot see the capitals that make these plurals safe to strip. */
export function isAcronymPlural(raw: string): boolean {
  return /^[A-Z]{2,}s$/.test(raw);
}
const ALNUM = /[\p{L}\p{N}]/u;
function isHyphenJoin(source: string, at: number): boolean {
  return source[at] === "-" && ALNUM.test(source[at - 1] ?? "") && ALNUM.test(source[at + 1] ?? "");
}

/** Lowercased, stemmed words joined by spaces: the key under which phrases are compared. */
export function stemKey(text: string): string {
  return tokenise(text)
    .map((t) => t.stem)
    .join(" ");
}

/** Words that end like plurals or verbs but must not meet their "root": stemming them would only create collisions. */
const KEEP = new Set([
  // Disciplines whose root names something else: "accounts" is not "accounting", "bank feeds" not "banking".
  "accounting",
  "banking",
  "billing",
  "catering",
  "clothing",
  "housing",
  "landing",
  "lending",
  "lighting",
  "marketing",
  "mining",
  "programming",
  "staffing",
  "atlas",
  "canvas",
  "devops",
  "embed",
  "https",
  "iaas",
  "kubernetes",
  "macos",
  "mlops",
  "news",
  "paas",
  "postgres",
  "saas",
  "secops",
  "securities",
  "series",
  "species",
]);

/**
 * A light English stemmer for plurals and tense (-s, -es, -ies, -ed, -ing) that maps "manage", "managed",
 * "manages" and "managing" to one stem. It is deliberately weaker than Porter: words of three letters or fewer and
 * anything with digits or symbols ("js", "aws", "c++", "s3") are left alone, because short tech tokens collide.
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word) || KEEP.has(word) || word.endsWith("ics")) return word;
  let w = stripSuffix(americanise(word));
  if (w.length >= 4 && w.endsWith("e") && !w.endsWith("ee")) w = w.slice(0, -1);
  return w;
}

// "optimise"/"optimize" and "analyse"/"analyze" should meet; applied to both sides, harmless for other -ise words.
function americanise(word: string): string {
  if (!word.includes("is") && !word.includes("ys")) return word;
  return word
    .replace(/(?<=[a-z]{3})is(e|es|ed|ing|er|ers|ation|ations)$/, "iz$1")
    .replace(/(?<=[a-z]{2})ys(e|es|ed|ing)$/, "yz$1");
}

function stripSuffix(w: string): string {
  if (w.endsWith("ies") || w.endsWith("ied")) return w.length > 4 ? `${w.slice(0, -3)}y` : w;
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return /(?:ss|us|is)$/.test(w) ? w : w.slice(0, -1);
  if (w.endsWith("eed")) return w;
  if (w.endsWith("ing")) return stripVerbEnding(w, 3);
  if (w.endsWith("ed")) return stripVerbEnding(w, 2);
  return w;
}

function stripVerbEnding(word: string, length: number): string {
  const base = word.slice(0, -length);
  if (!/[aeiouy]/.test(base)) return word; // "string", "bring"
  if (base.length < 3) return `${base}e`; // "using", "used" -> "use"
  return undouble(base);
}

/** "planned" -> "plan", "modelling" -> "model"; but "skilled" keeps "skill" and "processed" keeps "process". */
function undouble(base: string): string {
  const last = base.at(-1)!;
  if (last !== base.at(-2) || /[aeiou]/.test(last)) return base;
  if (last === "l") {
    const long = (base.at(-3) === "e" && base.length >= 6) || (base.at(-3) === "o" && base.length >= 7);
    return long ? base.slice(0, -1) : base;
  }
  if (last === "s" || last === "z" || base.length < 4) return base;
  return base.slice(0, -1);
}

/** Words in a text as a reader counts them. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.&+#/-]*/gu)?.length ?? 0;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
