import type { AtsSuggestion } from "@hirefolio/shared";
import { type ActionVerbs, openingWord } from "./action-verbs";
import { type BulletQuality, MAX_BULLET_WORDS } from "./bullet-quality";
import { capitalise, countWords } from "./normalise";
import { leadingWeakPhrase } from "./weak-phrases";

/**
 * How to ask for the missing figure, by what the bullet's verb claims. Only placeholders: the user knows the
 * number, we never guess it.
 */
const METRIC_TAILS: { verbs: string[]; tail: string; afterTeam?: string; afterLongObject?: string }[] = [
  {
    verbs: words(`improve increase grow boost raise accelerate optimize enhance expand maximize strengthen reduce cut
      decrease lower minimize save streamline eliminate upgrade outperform exceed`),
    tail: " by [N]% ([metric], [timeframe])",
    // After a long object "by [N]%" would attach to the wrong noun.
    afterLongObject: " ([metric] by [N]%, [timeframe])",
  },
  {
    verbs: words("manage lead supervise mentor coach train hire recruit direct oversee own head onboard"),
    tail: " ([N] [people, projects or $ budget], [timeframe])",
    // "Managed the API team" reads better as "...team of [N] people".
    afterTeam: " of [N] people, delivering [result]",
  },
  { verbs: words("sell close negotiate generate secure prospect"), tail: " worth $[N] ([timeframe])" },
  { verbs: words("win earn"), tail: " (out of [N] [entrants or bids])" },
  {
    verbs: words(`build develop create design launch implement deliver ship deploy automate migrate introduce
      establish found architect prototype engineer program write author rebuild redesign refactor`),
    tail: ", used by [N] [users or customers] ([result])",
  },
  {
    verbs: words("administer assess treat triage educate monitor provide support handle process resolve counsel teach"),
    tail: " for [N] [patients, customers or cases] per [day or shift]",
  },
];
const DEFAULT_TAIL = ", resulting in [result] ([N] [unit])";
const SHORT_TAIL = " ([N] [unit])";
const LONG_OBJECT_WORDS = 6;
const TEAM_AT_END = /\b(team|staff|group|crew|department|squad)$/i;
const LEADING_ADVERB =
  /^(successfully|effectively|actively|proactively|efficiently|significantly|personally|directly|consistently)\s+/i;

/**
 * Rewrites for bullets that open weakly ("Responsible for managing…") or state no figure, keeping the user's own
 * words: the weak opener becomes an action verb and a placeholder asks for the missing number, e.g.
 * "Improved checkout performance" -> "Improved checkout performance by [N]% ([metric], [timeframe])".
 */
export function suggestBulletRewrites(bullets: readonly BulletQuality[], verbs: ActionVerbs): AtsSuggestion[] {
  const suggestions: AtsSuggestion[] = [];
  for (const q of bullets) {
    const before = q.bullet.text.trim();
    const opened = reopen(before, verbs);
    let after = opened?.text ?? before;
    if (!q.measurable) after = addMetricPlaceholder(after, verbs);
    if (after === before) continue;
    const kind = opened ? "rewrite-bullet" : "quantify";
    const reasons = [opened?.reason, q.measurable ? undefined : "a figure shows the size of the result"];
    suggestions.push({
      id: `${kind}:${q.bullet.path}`,
      kind,
      where: q.bullet.path,
      before,
      after,
      reason: `${capitalise(reasons.filter(Boolean).join("; "))}. Replace each [placeholder] with your own figure or words.`,
    });
  }
  return suggestions;
}

/** A stronger opening for the bullet, if one can be made from its own words. */
function reopen(text: string, verbs: ActionVerbs): { text: string; reason: string } | undefined {
  const withoutPronoun = text.replace(/^I\s+/, "");
  const weak = leadingWeakPhrase(withoutPronoun);
  if (weak) {
    const [word = "", ...rest] = weak.rest.split(/\s+/);
    const opener =
      weak.weak.verbFromGerund && /^\p{L}{4,}ing$/u.test(word)
        ? [capitalise(verbs.pastTense(word)), ...rest]
        : [weak.weak.replacement, word, ...rest];
    return {
      text: opener.filter(Boolean).join(" "),
      reason: `"${weak.weak.phrase}" describes a duty; opening with what you did reads as an achievement`,
    };
  }
  const adverb = LEADING_ADVERB.exec(withoutPronoun);
  const afterAdverb = adverb ? withoutPronoun.slice(adverb[0].length) : withoutPronoun;
  if (afterAdverb !== text && verbs.has(openingWord(afterAdverb))) {
    return { text: capitalise(afterAdverb), reason: "open with the action verb itself" };
  }
  return undefined;
}

function addMetricPlaceholder(text: string, verbs: ActionVerbs): string {
  const period = /\.\s*$/.test(text) ? "." : "";
  const base = text.replace(/[\s.;,]+$/, "");
  const opener = openingWord(base);
  const verb = verbs.baseForm(opener);
  const family = verb ? METRIC_TAILS.find((f) => f.verbs.includes(verb)) : undefined;
  let tail =
    (TEAM_AT_END.test(base) && family?.afterTeam) ||
    (countWords(base) > LONG_OBJECT_WORDS && family?.afterLongObject) ||
    family?.tail ||
    DEFAULT_TAIL;
  if (countWords(base) + countWords(tail) > MAX_BULLET_WORDS) tail = SHORT_TAIL;
  return `${base}${tail}${period}`;
}

function words(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}
