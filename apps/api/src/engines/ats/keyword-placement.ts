import type { AtsResumeInput } from "@hirefolio/shared";
import type { ActionVerbs } from "./action-verbs";
import { isContentStem } from "./generic-words";
import type { JobKeyword } from "./keyword-extractor";
import { capitalise, tokenise } from "./normalise";

/** Where a missing keyword would fit, a sentence telling the user so, and the text to add. */
export interface Placement {
  where: string;
  text: string;
  after: string;
}

/** A role must share this many content words with the job's sentences about a keyword to be the suggested home. */
const MIN_ROLE_OVERLAP = 2;

/**
 * Suggests a home for each missing keyword: credentials under certificates, the job title in the headline, other
 * skills in the role whose text shares the most words with the job description's sentences about the keyword, or
 * else the closest skills group. Every text is conditional ("if you have used…"): the user confirms it is true.
 */
export function placeKeywords(
  missing: readonly JobKeyword[],
  resume: AtsResumeInput,
  verbs: ActionVerbs,
): Map<string, Placement> {
  const roles = (resume.work ?? []).map((w) => ({
    label: [w.position, w.name].filter(Boolean).join(" at ") || "this role",
    stems: contentStems([w.position, w.name, w.summary, ...(w.highlights ?? [])]),
  }));
  const groups = (resume.skills ?? []).map((g) => ({
    name: g.name?.trim() || "Skills",
    stems: contentStems([g.name, ...(g.keywords ?? [])]),
  }));
  const placements = new Map<string, Placement>();
  for (const keyword of missing) {
    const { term, kind } = keyword.term;
    if (kind === "certification") {
      placements.set(keyword.term.id, {
        where: "certificates",
        text: `If you hold ${term}, list it under Certifications with the issuer and the date.`,
        after: `${term}, [issuer], [year]`,
      });
      continue;
    }
    if (kind === "title") {
      placements.set(keyword.term.id, {
        where: "basics.label",
        text: `If the title fits your experience, use "${term}" in your headline; ATS searches often filter on the job title.`,
        after: term,
      });
      continue;
    }
    const role = best(roles, keyword.contextStems);
    if (role && role.overlap >= MIN_ROLE_OVERLAP) {
      const after = bulletTemplate(term, verbs);
      placements.set(keyword.term.id, {
        where: `work[${role.index}].highlights`,
        text: `If you used ${term} as ${role.item.label}, say so in a bullet there, e.g. "${after}".`,
        after,
      });
      continue;
    }
    const group = best(groups, new Set([...keyword.contextStems, ...keyword.stems]));
    placements.set(
      keyword.term.id,
      group
        ? {
            where: `skills[${group.index}].keywords`,
            text: `If you have worked with ${term}, add it to your "${group.item.name}" skills.`,
            after: term,
          }
        : {
            where: "skills",
            text: `If you have worked with ${term}, add a Skills section that lists it.`,
            after: term,
          },
    );
  }
  return placements;
}

function contentStems(texts: readonly (string | undefined)[]): Set<string> {
  const stems = new Set<string>();
  for (const text of texts) {
    if (text) for (const t of tokenise(text)) if (isContentStem(t.stem)) stems.add(t.stem);
  }
  return stems;
}

/** The item sharing the most words with `wanted`; the first one on a tie, so the result is deterministic. */
function best<T extends { stems: Set<string> }>(items: readonly T[], wanted: Set<string>) {
  let found: { item: T; index: number; overlap: number } | undefined;
  for (const [index, item] of items.entries()) {
    let overlap = 0;
    for (const s of wanted) if (item.stems.has(s)) overlap++;
    if (!found || overlap > found.overlap) found = { item, index, overlap };
  }
  return found;
}

/** A bullet with placeholders for the user's specifics; never a figure of our own. */
function bulletTemplate(term: string, verbs: ActionVerbs): string {
  const [first = "", ...rest] = term.split(/\s+/);
  if (rest.length > 0 && verbs.has(first)) {
    return `${capitalise(verbs.pastTense(first))} ${rest.join(" ")} for [team or client], improving [metric] by [N]%`;
  }
  return `Applied ${term} to [task], improving [metric] by [N]%`;
}
