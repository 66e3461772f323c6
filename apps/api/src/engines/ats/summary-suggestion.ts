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
  return {
    id: "summary",
    kind: "summary",
    where: SUMMARY_PATH,
    ...(summary ? { before: summary } : {}),
    after: draftSummary(resume, { strengths: skills }),
    reason: `${reason}. Replace each [placeholder] with your own words.`,
  };
}

/**
 * A summary from the resume's own facts: the headline (or the newest job title), the years of experience when they are known from the
 * resume's dates (else a placeholder), and up to three strengths. A summary long enough to keep gets this sentence
 * in front of the user's own words, not in their place.
 */
export function draftSummary(
  resume: AtsResumeInput,
  facts: { strengths: readonly string[]; years?: number | undefined },
): string {
  const summary = resume.basics?.summary?.trim() ?? "";
  // Without a headline, the newest role's title (JSON Resume lists work newest first) says what the person does.
  const title = resume.basics?.label?.trim() || resume.work?.[0]?.position?.trim() || "[Your title]";
  const strengths =
    facts.strengths.length > 0 ? joinList(facts.strengths.slice(0, TERMS_IN_SUMMARY)) : "[your top skills]";
  const years = facts.years === undefined ? "[N]" : String(facts.years);
  const opening = `${title} with ${years} years of experience in ${strengths}.`;
  const rest =
    summary.length >= MIN_SUMMARY_CHARS
      ? summary
      : "[Your biggest result, with its figure]. [What you want to do next].";
  return `${opening} ${rest}`;
}

function joinList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
