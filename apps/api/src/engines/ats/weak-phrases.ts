/**
 * Openers that describe a duty instead of an achievement. `replacement` opens the rewrite; when `verbFromGerund`
 * is set, a following "-ing" verb becomes the new opener instead ("Responsible for managing" -> "Managed").
 */
export interface WeakPhrase {
  phrase: string;
  replacement: string;
  verbFromGerund: boolean;
}

// Longest first, so that "helped with" is found before "helped".
export const WEAK_PHRASES: readonly WeakPhrase[] = [
  { phrase: "was responsible for", replacement: "Owned", verbFromGerund: true },
  { phrase: "responsible for", replacement: "Owned", verbFromGerund: true },
  { phrase: "duties included", replacement: "Handled", verbFromGerund: true },
  { phrase: "duties include", replacement: "Handled", verbFromGerund: true },
  { phrase: "tasked with", replacement: "Handled", verbFromGerund: true },
  { phrase: "in charge of", replacement: "Led", verbFromGerund: true },
  { phrase: "was involved in", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "involved in", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "participated in", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "helped with", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "assisted with", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "assisted in", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "worked on", replacement: "Contributed to", verbFromGerund: false },
  { phrase: "helped to", replacement: "Partnered with [team] to", verbFromGerund: false },
  { phrase: "helped", replacement: "Partnered with [team] to", verbFromGerund: false },
];

const ANYWHERE = new RegExp(`\\b(${WEAK_PHRASES.map((w) => w.phrase.replace(/ /g, "\\s+")).join("|")})\\b`, "i");
const LEADING = WEAK_PHRASES.map((weak) => ({
  weak,
  pattern: new RegExp(`^\\s*(?:i\\s+)?${weak.phrase.replace(/ /g, "\\s+")}\\b\\s*`, "i"),
}));

/** The first weak phrase anywhere in the text, lowercased. */
export function findWeakPhrase(text: string): string | undefined {
  return ANYWHERE.exec(text)?.[1]?.toLowerCase().replace(/\s+/g, " ");
}

/** The weak phrase a bullet opens with, and the words after it. */
export function leadingWeakPhrase(text: string): { weak: WeakPhrase; rest: string } | undefined {
  for (const { weak, pattern } of LEADING) {
    const match = pattern.exec(text);
    if (match) return { weak, rest: text.slice(match[0].length) };
  }
  return undefined;
}
