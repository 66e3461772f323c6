import type { AtsAnalysis, AtsAnalyzeOptions, AtsResumeInput, AtsSuggestion } from "@hirefolio/shared";
import { type ActionVerbs, defaultActionVerbs } from "./action-verbs";
import { assessBullet } from "./bullet-quality";
import { checkBullets } from "./checks/bullet-checks";
import { checkContact } from "./checks/contact-checks";
import { checkDates } from "./checks/date-checks";
import { checkExtractedText } from "./checks/extracted-text-checks";
import { checkKeywords } from "./checks/keyword-checks";
import { checkLanguage } from "./checks/language-checks";
import { checkLength } from "./checks/length-checks";
import { checkSections } from "./checks/section-checks";
import { extractJobKeywords } from "./keyword-extractor";
import { compareKeywords, findResumeTerms, indexUnlistedTerms } from "./keyword-matcher";
import { placeKeywords } from "./keyword-placement";
import { suggestBulletRewrites } from "./quantification";
import { collectBullets, collectResumeFields } from "./resume-text";
import { scoreResume } from "./score";
import { suggestSummary } from "./summary-suggestion";
import type { VocabularyIndex } from "./vocabulary-index";

export interface AnalyzeResumeInput {
  resume: AtsResumeInput;
  jobDescription: string;
  /** From `buildVocabularyIndex(vocabulary, jobTitles)`: build it once per process, it is the expensive part. */
  index: VocabularyIndex;
  /** From `buildActionVerbs(list)`; defaults to the built-in list. */
  actionVerbs?: ActionVerbs;
  options?: AtsAnalyzeOptions;
}

/**
 * Checks a JSON Resume document against a job description the way an ATS and a recruiter would: keyword match,
 * content, format and contact details, each with explainable checks and suggestions that keep the user's words.
 * Pure and deterministic: the same input always gives the same output.
 */
export function analyzeResume(input: AnalyzeResumeInput): AtsAnalysis {
  const { resume, index, options = {} } = input;
  const verbs = input.actionVerbs ?? defaultActionVerbs;
  const fields = collectResumeFields(resume);
  const bullets = collectBullets(resume).map((b) => assessBullet(b, verbs));

  const jobKeywords = extractJobKeywords(input.jobDescription, index);
  const resumeTerms = findResumeTerms(fields, [index, indexUnlistedTerms(jobKeywords, index)]);
  const keywords = compareKeywords(jobKeywords, resumeTerms);
  const placements = placeKeywords(keywords.missing, resume, verbs);

  const checks = [
    ...checkContact(resume),
    ...checkSections(resume),
    ...checkDates(resume),
    ...checkBullets(resume, bullets),
    ...checkLanguage(fields),
    ...checkLength(fields, options),
    ...checkExtractedText(options.extractedText, options.lostFields),
    ...checkKeywords(keywords),
  ];

  const keywordSuggestions: AtsSuggestion[] = keywords.missing
    .filter((k) => k.importance === "must")
    .map((k) => {
      const placement = placements.get(k.term.id)!;
      return {
        id: `insert-keyword:${k.term.id}`,
        kind: "insert-keyword",
        where: placement.where,
        after: placement.after,
        reason: `"${k.term.term}" is a must-have in the job description and is not in your resume. ${placement.text} Add it only if it is true.`,
      };
    });
  const summary = suggestSummary(resume, keywords.matched);

  return {
    ...scoreResume({ keywords, bullets, checks }),
    keywords: {
      matched: keywords.matched.map((m) => ({
        term: m.keyword.term.term,
        kind: m.keyword.term.kind,
        importance: m.keyword.importance,
        weight: m.keyword.weight,
        matchedAs: m.matchedAs,
        where: m.where,
      })),
      missing: keywords.missing.map((k) => {
        const { where, text } = placements.get(k.term.id)!;
        return {
          term: k.term.term,
          kind: k.term.kind,
          importance: k.importance,
          weight: k.weight,
          suggestion: { where, text },
        };
      }),
      extra: keywords.extra,
      exactMatchRate: round(keywords.exactMatchRate),
      normalisedMatchRate: round(keywords.normalisedMatchRate),
    },
    checks,
    suggestions: [...keywordSuggestions, ...(summary ? [summary] : []), ...suggestBulletRewrites(bullets, verbs)],
  };
}

function round(rate: number): number {
  return Math.round(rate * 1000) / 1000;
}
