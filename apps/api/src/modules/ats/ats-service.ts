import type { AtsAnalysis, AtsAnalyzeRequest, AtsResumeInput } from "@hirefolio/shared";
import { type ActionVerbs, buildActionVerbs } from "../../engines/ats/action-verbs";
import { analyzeResume } from "../../engines/ats/analyze-resume";
import { buildVocabularyIndex, type VocabularyIndex } from "../../engines/ats/vocabulary-index";
import type { SessionUser } from "../../http/auth-guard";
import { loadActionVerbs, loadJobTitles, loadSkillVocabulary } from "../reference-data/reference-data";
import type { ResumesService } from "../resumes/resumes-service";

interface AtsEngineData {
  index: VocabularyIndex;
  actionVerbs: ActionVerbs;
}

/**
 * Runs the pure ATS engine with the vocabulary derived from O*NET and ESCO. Building the phrase index is the
 * expensive part, so it happens once per process: on the first analysis, or earlier through warmUp().
 */
export function createAtsService(deps: { resumes: ResumesService }) {
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

  return {
    warmUp: () => loadEngineData().then(() => undefined),

    async analyze(user: SessionUser, request: AtsAnalyzeRequest): Promise<AtsAnalysis> {
      const resume: AtsResumeInput = request.resumeId
        ? (await deps.resumes.get(user, request.resumeId)).document
        : (request.resume as AtsResumeInput);
      const { index, actionVerbs } = await loadEngineData();
      return analyzeResume({ resume, jobDescription: request.jobDescription, index, actionVerbs });
    },
  };
}

export type AtsService = ReturnType<typeof createAtsService>;
