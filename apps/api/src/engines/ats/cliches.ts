/** Buzzwords and clichés that readers skim past and that lowered match rates in published scan analyses. */
export const CLICHES: readonly string[] = [
  "team player",
  "detail oriented",
  "detail focused",
  "synergy",
  "synergies",
  "go getter",
  "think outside the box",
  "thinking outside the box",
  "out of the box thinker",
  "results driven",
  "results oriented",
  "goal oriented",
  "hard working",
  "hardworking",
  "self starter",
  "self motivated",
  "highly motivated",
  "motivated individual",
  "dynamic individual",
  "passionate about",
  "proven track record",
  "track record of success",
  "best of breed",
  "value add",
  "go to person",
  "fast paced environment",
  "works well under pressure",
  "excellent communication skills",
  "strong work ethic",
  "people person",
  "rock star",
  "rockstar",
  "ninja",
  "guru",
  "thought leader",
  "wear many hats",
  "hit the ground running",
  "move the needle",
  "game changer",
  "cutting edge",
  "bleeding edge",
  "seasoned professional",
  "strategic thinker",
  "problem solver",
  "paradigm shift",
  "low hanging fruit",
  "duties as assigned",
];

// Written with spaces above; hyphens and spaces are interchangeable in the text ("detail-oriented").
const PATTERN = new RegExp(`\\b(${CLICHES.map((c) => c.replace(/ /g, "[\\s-]+")).join("|")})\\b`, "i");

export function findCliche(text: string): string | undefined {
  return PATTERN.exec(text)?.[1]
    ?.toLowerCase()
    .replace(/[\s-]+/g, " ");
}
