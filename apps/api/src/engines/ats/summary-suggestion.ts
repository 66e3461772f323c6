import type { AtsResumeInput, AtsSuggestion } from "@hirefolio/shared";
import { MIN_SUMMARY_CHARS } from "./checks/section-checks";
import type { KeywordMatch } from "./keyword-matcher";

const SUMMARY_PATH = "basics.summary";
const TERMS_IN_SUMMARY = 3;

/**
 * A summary template when the summary is missing, too short, or names none of the job's keywords. It only uses
 * keywords the resume already evidences elsewhere, and placeholders for everything else.
 */
export function suggestSummary(resume: AtsResumeInput, matched: readonly KeywordMatch[]): AtsSuggestion | undefined {
  const summary = resume.basics?.summary?.trim() ?? "";
  const skills = matched
    .filter((m) => m.keyword.term.kind !== "title")
    .sort((a, b) => b.keyword.weight - a.keyword.weight)
    .slice(0, TERMS_IN_SUMMARY)
    .map((m) => m.keyword.term.term);
  const namesKeywords = matched.some((m) => m.where.includes(SUMMARY_PATH));
  let reason: string;
  if (!summary) reason = "A short summary at the top tells the reader and the ATS who you are";
  else if (summary.length < MIN_SUMMARY_CHARS) reason = "The summary is too short to say what you do";
  else if (skills.length > 0 && !namesKeywords) reason = "The summary names none of the job's keywords you have";
  else return undefined;
  const title = resume.basics?.label?.trim() || "[Your title]";
  const strengths = skills.length > 0 ? joinList(skills) : "[your top skills]";
  const opening = `${title} with [N] years of experience in ${strengths}.`;
  // A summary long enough to keep gets the keyword sentence in front of the user's own words, not in their place.
  const rest =
    summary.length >= MIN_SUMMARY_CHARS
      ? summary
      : "[Your biggest result, with its figure]. [What you want to do next].";
  return {
    id: "summary",
    kind: "summary",
    where: SUMMARY_PATH,
    ...(summary ? { before: summary } : {}),
    after: `${opening} ${rest}`,
    reason: `${reason}. Replace each [placeholder] with your own words.`,
  };
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
