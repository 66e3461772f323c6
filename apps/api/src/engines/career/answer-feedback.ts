export interface AnswerFeedback {
  /** 0–100: structure 50, specificity 35, length 15. */
  score: number;
  structure: { situation: boolean; task: boolean; action: boolean; result: boolean };
  specificity: {
    /** Figures such as "30%", "$2M", "12 people". */
    numbers: string[];
    /** Tools or technologies from the given list that the answer names. */
    namedTools: string[];
    /** Sentences that state an outcome. */
    resultStatements: number;
  };
  words: number;
  /** What to improve, most important first; empty for a complete answer. */
  suggestions: string[];
}

const SITUATION =
  /\b(when|while|at my (?:last|previous|current)|last (?:year|month|quarter)|in \d{4}|we were|our (?:team|company|client|unit|ward|store)|the situation|there was|i was working)\b/i;
const TASK =
  /\b(my (?:goal|task|job|role|responsibility) was|i was (?:responsible|asked|tasked|in charge)|i needed to|i had to|we needed to|the goal was|the challenge was)\b/i;
/** "I" followed by a past-tense action, optionally after one adverb ("I then rebuilt"); "I was tasked" is not one. */
const ACTION =
  /\bi (?:then |also |first |quickly |personally )?(?:[a-z]+ed|led|built|wrote|set up|spoke|met|made|ran|took|began|found|gave|sent|taught|brought|put|drew|chose|sold|kept)\b/i;
const RESULT =
  /\b(as a result|resulted in|result was|which (?:led|meant|cut|saved|raised)|in the end|outcome|(?:increas|reduc|improv|sav|cut|grew|rais|lower|shorten|doubl|halv)(?:ed|ing)?|we (?:won|hit|met|delivered|shipped|finished)|on time|under budget)\b/i;
const RESULT_SENTENCE =
  /\b(as a result|resulted|result|outcome|increased|reduced|improved|saved|cut|grew|raised|doubled|halved|delivered|on time|under budget)\b/i;
const NUMBER =
  /(?:[$€£]\s?\d[\d,.]*\s?(?:k|m|million|billion)?|\b\d[\d,.]*\s?(?:%|percent|hours?|days?|weeks?|months?|years?|people|customers|patients|users|k|m)?)/gi;

const IDEAL_WORDS = { min: 120, max: 350 };

/**
 * Scores a practice answer to a behavioural or role question on STAR structure (situation, task, action, result
 * cues), specificity (figures, named tools, outcome statements) and length. Deterministic rules, no model: the
 * same answer always gets the same score and the same suggestions.
 */
export function assessAnswer(answer: string, tools: readonly string[] = []): AnswerFeedback {
  const text = answer.trim();
  const words = text.length === 0 ? 0 : text.split(/\s+/).length;
  const structure = {
    situation: SITUATION.test(text),
    task: TASK.test(text),
    action: ACTION.test(text),
    result: RESULT.test(text),
  };
  const numbers = [...new Set((text.match(NUMBER) ?? []).map((n) => n.trim()).filter((n) => /\d/.test(n)))];
  const lower = text.toLowerCase();
  const namedTools = tools.filter((t) =>
    new RegExp(`(^|[^a-z0-9])${escapeRegExp(t.toLowerCase())}($|[^a-z0-9])`).test(lower),
  );
  const resultStatements = text.split(/(?<=[.!?])\s+/).filter((s) => RESULT_SENTENCE.test(s)).length;

  const structureScore = (Object.values(structure).filter(Boolean).length / 4) * 50;
  const specificityScore =
    Math.min(numbers.length, 3) * 5 + Math.min(namedTools.length, 2) * 5 + Math.min(resultStatements, 2) * 5;
  const lengthScore =
    words >= IDEAL_WORDS.min && words <= IDEAL_WORDS.max
      ? 15
      : words < IDEAL_WORDS.min
        ? (15 * words) / IDEAL_WORDS.min
        : 10;

  const suggestions: string[] = [];
  if (!structure.situation) suggestions.push("Set the scene: where you were working and what was going on.");
  if (!structure.task) suggestions.push("Say what you were responsible for or what had to be achieved.");
  if (!structure.action)
    suggestions.push('Describe what you did yourself, in the first person ("I …"), not only the team.');
  if (!structure.result) suggestions.push("End with the result: what changed because of what you did.");
  if (numbers.length === 0) suggestions.push("Add figures: how much, how many, how fast, or by what percentage.");
  if (tools.length > 0 && namedTools.length === 0) suggestions.push("Name the tools or methods you used.");
  if (words < IDEAL_WORDS.min)
    suggestions.push(`Give more detail: aim for ${IDEAL_WORDS.min}–${IDEAL_WORDS.max} words.`);
  if (words > IDEAL_WORDS.max) suggestions.push(`Tighten it: aim for ${IDEAL_WORDS.min}–${IDEAL_WORDS.max} words.`);

  return {
    score: Math.round(structureScore + specificityScore + lengthScore),
    structure,
    specificity: { numbers, namedTools, resultStatements },
    words,
    suggestions,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
