import { stem } from "./normalise";

/**
 * Verbs that open a strong resume bullet, in base form (written for Hirefolio; a larger list derived from O*NET
 * task statements can replace it through `buildActionVerbs`). Weak openers such as "helped", "worked" and
 * "assisted" are deliberately absent.
 */
export const ACTION_VERBS: readonly string[] = `accelerate accomplish achieve acquire adapt administer advise advocate
  align analyze architect arrange assess audit author automate balance build calculate champion chair clarify close
  coach collaborate compile complete conceive conduct configure consolidate construct consult contribute control
  convert coordinate counsel create cultivate cut debug decrease define deliver deploy design detect develop devise
  diagnose direct discover document draft drive earn edit educate eliminate enable engineer enhance establish
  evaluate exceed execute expand expedite facilitate forecast formulate found generate grow guide handle head hire
  identify implement improve increase influence initiate innovate inspect install instruct integrate interview
  introduce invent investigate launch lead lower maintain manage map maximize measure mentor migrate minimize model
  modernize monitor motivate negotiate onboard operate optimize orchestrate organize outperform overhaul oversee own
  partner perform pilot pioneer plan prepare present prioritize produce program promote propose prospect prototype
  provide publish raise rebuild recommend reconcile recruit redesign reduce refactor refine remediate reorganize
  replace research resolve restructure revamp review revitalize rewrite save scale schedule secure sell ship simplify
  solve spearhead standardize steer streamline strengthen structure supervise survey teach test track train
  transform translate treat triage troubleshoot unify upgrade validate win write`
  .split(/\s+/)
  .filter(Boolean);

/** Past tenses that the regular rules get wrong: irregular verbs and doubled final consonants. */
const PAST_FORMS: Record<string, string> = {
  begin: "began",
  bring: "brought",
  build: "built",
  commit: "committed",
  control: "controlled",
  cut: "cut",
  drive: "drove",
  grow: "grew",
  hold: "held",
  keep: "kept",
  lead: "led",
  make: "made",
  map: "mapped",
  oversee: "oversaw",
  plan: "planned",
  program: "programmed",
  rebuild: "rebuilt",
  rewrite: "rewrote",
  run: "ran",
  sell: "sold",
  set: "set",
  ship: "shipped",
  spend: "spent",
  steer: "steered",
  submit: "submitted",
  teach: "taught",
  transfer: "transferred",
  win: "won",
  write: "wrote",
};

export interface ActionVerbs {
  /** Whether a word (any tense) is one of the verbs. */
  has(word: string): boolean;
  /** The listed form of a verb given in any tense ("led" -> "lead"). */
  baseForm(word: string): string | undefined;
  /** The past tense of a verb given in any form ("managing" -> "managed"), for rewriting bullets. */
  pastTense(word: string): string;
}

/** A verb in base form, with its past tense when the list knows it (the derived O*NET list does). */
export type ActionVerbInput = string | { verb: string; past: string };

export function buildActionVerbs(verbs: readonly ActionVerbInput[] = ACTION_VERBS): ActionVerbs {
  const baseByStem = new Map<string, string>();
  const pastByBase = new Map<string, string>();
  for (const verb of verbs) {
    const base = (typeof verb === "string" ? verb : verb.verb).trim().toLowerCase();
    if (!base) continue;
    const past = typeof verb === "string" ? pastOf(base) : verb.past.trim().toLowerCase();
    pastByBase.set(base, past);
    baseByStem.set(stem(base), base);
    baseByStem.set(stem(past), base);
  }
  return {
    has: (word) => baseByStem.has(stem(word.toLowerCase())),
    baseForm: (word) => baseByStem.get(stem(word.toLowerCase())),
    pastTense: (word) => {
      const lower = word.toLowerCase();
      const base = baseByStem.get(stem(lower));
      // Not a listed verb: the stem of a gerund is close enough to its base for the regular rules ("creat" + "ed").
      const past = base ? pastByBase.get(base)! : pastOf(lower.endsWith("ing") ? stem(lower) : lower);
      // Keep the writer's British spelling: the stems meet at "-ize", the bullet should not.
      return /[iy]s(e|es|ed|ing)$/.test(lower) ? past.replace(/([iy])zed$/, "$1sed") : past;
    },
  };
}

function pastOf(base: string): string {
  if (PAST_FORMS[base]) return PAST_FORMS[base];
  if (base.endsWith("ed")) return base;
  if (base.endsWith("e")) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  return `${base}ed`;
}

/** The first word of a bullet, past list markers and a "co-"/"re-" prefix ("Co-founded" opens with "founded"). */
export function openingWord(text: string): string {
  const word = /^[^\p{L}]*(\p{L}[\p{L}'-]*)/u.exec(text)?.[1] ?? "";
  return word.replace(/^(co|re|pre|cross)-(?=\p{L})/iu, "").replace(/-$/, "");
}

export const defaultActionVerbs = buildActionVerbs();
