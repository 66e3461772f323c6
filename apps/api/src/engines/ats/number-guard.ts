/**
 * Digits, optionally grouped ("1,200") or decimal ("3.5"), with a "k"/"m"/"bn"/"x" multiplier; not the digit inside
 * a name such as "S3", "EC2" or "HTML5".
 */
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,]\d+)*(?:\s?(?:k|m|bn|x)(?![\p{L}\d]))?/giu;
const NUMBER_WORD =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/giu;

/** The value a number stands for, so "1,200" in the output matches "1200" in the source. */
function numberKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=\d),(?=\d{3}\b)/g, "")
    .replace(/\s+/g, "");
}

function numbersIn(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(NUMBER)) found.add(numberKey(m[0]));
  for (const m of text.matchAll(NUMBER_WORD)) found.add(m[0].toLowerCase());
  return found;
}

/**
 * Replaces every figure in generated text that the source does not contain with the "[N]" placeholder, so a model
 * can never put a number in the user's mouth: "Cut costs by 40%" becomes "Cut costs by [N]%" unless the resume
 * already says 40. Number words ("three", "hundreds") count as figures too.
 */
export function guardNumbers(generated: string, source: string): { text: string; replaced: number } {
  const allowed = numbersIn(source);
  let replaced = 0;
  const guard = (match: string) => {
    if (allowed.has(numberKey(match))) return match;
    replaced++;
    // The unit stays: "$250k" becomes "$[N]k", "3.5x" becomes "[N]x".
    return match.replace(/^[\d.,]+|^\p{L}+/u, "[N]");
  };
  const text = generated.replace(NUMBER, guard).replace(NUMBER_WORD, guard);
  return { text, replaced };
}
