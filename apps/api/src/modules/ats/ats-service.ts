import type { Db } from "@hirefolio/db";
import {
  type AtsAnalysis,
  type AtsAnalyzeOptions,
  type AtsAnalyzeRequest,
  type AtsResumeInput,
  type AtsScoreQuery,
  defaultResumeTemplateId,
  resumeDocumentSchema,
} from "@hirefolio/shared";
import { type ActionVerbs, buildActionVerbs } from "../../engines/ats/action-verbs";
import { analyzeResume } from "../../engines/ats/analyze-resume";
import { buildVocabularyIndex, type VocabularyIndex } from "../../engines/ats/vocabulary-index";
import type { SessionUser } from "../../http/auth-guard";
import type { Cache } from "../../platform/cache/cache";
import type { Clock } from "../../platform/clock";
import { recordEvent } from "../../platform/events/record-event";
import { loadActionVerbs, loadJobTitles, loadSkillVocabulary } from "../reference-data/reference-data";
import { findDismissedFingerprints } from "../resume-suggestions/resume-suggestions-repo";
import { suggestionFingerprint } from "../resume-suggestions/suggestion-fingerprint";
import type { ResumesService } from "../resumes/resumes-service";
import { listAtsScores, recordAtsScore } from "./ats-scores-repo";
import { createCachedPdfReadBack, readBackPdf } from "./exported-pdf-read-back";
import { jobDescriptionHash } from "./job-description-hash";

interface AtsEngineData {
  index: VocabularyIndex;
  actionVerbs: ActionVerbs;
}

/** Rendered at warm-up, so the first real analysis does not also pay for loading the PDF stack (~1 s). */
const warmUpResume = {
  title: "Warm-up",
  templateId: defaultResumeTemplateId,
  document: resumeDocumentSchema.parse({ basics: { name: "Warm Up" } }),
};

/**
 * Runs the pure ATS engine with the vocabulary derived from O*NET and ESCO. Building the phrase index is the
 * expensive part, so it happens once per process: on the first analysis, or earlier through warmUp().
 * A saved resume is also checked as an ATS would read it: from its exported PDF.
 */
export function createAtsService(deps: { db: Db; clock: Clock; cache: Cache; resumes: ResumesService }) {
  const { db } = deps;
  const readBackSavedPdf = createCachedPdfReadBack(deps.cache);
  let engineData: Promise<AtsEngineData> | undefined;

  function loadEngineData() {
    engineData ??= Promise.all([loadSkillVocabulary(), loadJobTitles(), loadActionVerbs()]).then(
      ([vocabulary, jobTitles, verbs]) => ({
        index: buildVocabularyIndex(vocabulary, jobTitles),
        actionVerbs: buildActionVerbs(verbs),
      }),
    );
    return engineData;
  }

  async function analyzeDocument(resume: AtsResumeInput, jobDescription: string, options?: AtsAnalyzeOptions) {
    const { index, actionVerbs } = await loadEngineData();
    return analyzeResume({ resume, jobDescription, index, actionVerbs, options });
  }

  async function analyzeSaved(user: SessionUser, resumeId: string, jobDescription: string): Promise<AtsAnalysis> {
    // The dismissals are only used once the owner check has passed, so both queries can run at once.
    const [resume, dismissed] = await Promise.all([
      deps.resumes.get(user, resumeId),
      findDismissedFingerprints(db, resumeId),
    ]);
    const pdf = await readBackSavedPdf(resume);
    const analysis = await analyzeDocument(resume.document as AtsResumeInput, jobDescription, {
      pageCount: pdf.pageCount,
      extractedText: pdf.text,
      lostFields: pdf.lostFields,
    });
    const hash = jobDescriptionHash(jobDescription);
    const now = deps.clock.now();
    await db.transaction(async (tx) => {
      await recordAtsScore(tx, { resumeId, jobDescriptionHash: hash, score: analysis.score, now });
      await recordEvent(tx, {
        type: "resume.analysed",
        actorId: user.id,
        subjectId: resumeId,
        properties: { score: analysis.score },
        occurredAt: now,
      });
    });
    return {
      ...analysis,
      suggestions: analysis.suggestions.filter((s) => !dismissed.has(suggestionFingerprint(s))),
      jobDescriptionHash: hash,
      exportedPdf: { templateId: pdf.templateId, pageCount: pdf.pageCount },
    };
  }

  return {
    warmUp: async () => {
      await Promise.all([loadEngineData(), readBackPdf(warmUpResume)]);
    },

    analyzeDocument,

    analyze(user: SessionUser, request: AtsAnalyzeRequest): Promise<AtsAnalysis> {
      if (request.resumeId) return analyzeSaved(user, request.resumeId, request.jobDescription);
      return analyzeDocument(request.resume as AtsResumeInput, request.jobDescription);
    },

    async scoreHistory(user: SessionUser, resumeId: string, query: AtsScoreQuery) {
      await deps.resumes.get(user, resumeId);
      return { items: await listAtsScores(db, resumeId, query.jobDescriptionHash) };
    },
  };
}

export type AtsService = ReturnType<typeof createAtsService>;
