import { stem } from "./normalise";

/** Function words: never keywords, and left out when comparing texts by word overlap. */
export const STOP_WORDS = new Set(
  `a about above across after again against all also am an and any are as at be because been before being below
  between both but by can could did do does doing down during each either etc few for from further had has have
  having he her here hers him his how i if in into is it its itself just may me might more most must my no nor not
  now of off on once only or other our ours out over own per same she should so some such than that the their them
  then there these they this those through to too under until up upon us very via was we were what when where which
  while who whom why will with within without would you your yours e.g i.e including include includes like well
  plus across ideally preferably strong strongly excellent good great solid proven demonstrated ability able years
  year experience experienced knowledge understanding familiarity familiar working work works hands-on new using use`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Single words that taxonomies list as skills or job titles but that say nothing on their own ("data", "plan",
 * "engineer"): a job description full of them would otherwise look like it asks for fifty skills. Phrases containing
 * them still count ("data analysis", "project management", "software engineer").
 */
const GENERIC = `ability analysis application applications business communication company computer computers customer
  customers data database degree design development environment field information internet job management market
  office operations organization people platform process processes product products project projects quality
  report reporting reports research role science service services skill skills software solution solutions support
  system systems team teams technology technologies tool tools training web work writing english
  plan planning analyze analyse graph graphing state time tier
  engineer developer manager analyst specialist assistant associate consultant coordinator technician director
  officer representative agent administrator supervisor worker operator clerk lead`;

export const GENERIC_STEMS = new Set(
  GENERIC.split(/\s+/)
    .filter(Boolean)
    .map((w) => stem(w)),
);

export const STOP_STEMS = new Set([...STOP_WORDS].map((w) => stem(w)));

/** True when a word adds meaning to a text-overlap comparison. */
export function isContentStem(s: string): boolean {
  return s.length > 1 && !STOP_STEMS.has(s) && !/^\d/.test(s);
}
