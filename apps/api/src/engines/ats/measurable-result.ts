/** "[N]%", "$[N]", "[metric]": the placeholders our suggestions leave for the user to fill in, with their units. */
const PLACEHOLDER = /[$€£¥]?\[[^\]\n]{1,40}\]%?/g;

const ONE_PLACEHOLDER = new RegExp(PLACEHOLDER.source);

export function hasPlaceholder(text: string): boolean {
  return ONE_PLACEHOLDER.test(text);
}

// A number that stands alone, not the digit in a name such as "S3", "EC2" or "HTML5".
const NUMBER = /(?<![\p{L}\d])\d/u;
const SYMBOL = /[%$€£¥]/;
const NUMBER_WORDS =
  /\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|double|doubled|doubling|triple|tripled|quadrupled|halved|half|twice|percent)\b/i;
const TIME_UNITS = /\b(seconds?|minutes?|hours?|days?|weeks?|months?|quarters?|years?|ms)\b/i;

/**
 * Whether a bullet states a measurable result: a number, a percentage or currency, a number word, or a time unit
 * ("cut build time from hours to minutes"). Unfilled placeholders do not count: "[N]%" is a promise, not a result.
 */
export function hasMeasurableResult(text: string): boolean {
  const filled = text.replace(PLACEHOLDER, " ");
  return NUMBER.test(filled) || SYMBOL.test(filled) || NUMBER_WORDS.test(filled) || TIME_UNITS.test(filled);
}
