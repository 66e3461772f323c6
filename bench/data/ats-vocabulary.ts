/**
 * The vocabulary, job titles and action verbs for the ATS benches: the derived reference data in data/*.json.gz
 * (read by the API's reference-data module) when it has been built, otherwise the engine's hand-written fixture.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { buildActionVerbs, defaultActionVerbs } from "../../apps/api/src/engines/ats/action-verbs";
import { fixtureJobTitles, fixtureVocabulary } from "../../apps/api/src/engines/ats/fixtures/fixture-vocabulary";
import {
  loadActionVerbs,
  loadJobTitles,
  loadSkillVocabulary,
  referenceDataDir,
} from "../../apps/api/src/modules/reference-data/reference-data";

export const repoRoot = path.resolve(import.meta.dirname, "../..");

/** `--fixture` forces the fixture, to compare the two. */
export async function loadAtsReferenceData() {
  const useFixture = process.argv.includes("--fixture");
  if (useFixture || !existsSync(path.join(referenceDataDir, "skill-vocabulary.json.gz"))) {
    return {
      source: useFixture ? "fixture (--fixture)" : "fixture (data/skill-vocabulary.json.gz not found)",
      vocabulary: fixtureVocabulary,
      jobTitles: fixtureJobTitles,
      actionVerbs: defaultActionVerbs,
      loadMs: 0,
    };
  }
  const started = performance.now();
  const [vocabulary, jobTitles, verbs] = await Promise.all([loadSkillVocabulary(), loadJobTitles(), loadActionVerbs()]);
  return {
    source: `data/*.json.gz: ${vocabulary.length} terms, ${jobTitles.length} job titles, ${verbs.length} action verbs`,
    vocabulary,
    jobTitles,
    actionVerbs: buildActionVerbs(verbs),
    loadMs: performance.now() - started,
  };
}
