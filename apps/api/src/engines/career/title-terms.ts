import { stem, tokenise } from "../ats/normalise";

/**
 * Abbreviations people write in job titles, expanded before matching so "sr. frontend dev" and "Senior Front End
 * Developer" meet. Applied to the O*NET titles too, so both sides are in the same words.
 */
const ABBREVIATIONS = new Map<string, string>(
  Object.entries({
    sr: "senior",
    snr: "senior",
    jr: "junior",
    dev: "developer",
    devs: "developers",
    mgr: "manager",
    mngr: "manager",
    mgmt: "management",
    asst: "assistant",
    assoc: "associate",
    admin: "administrator",
    acct: "account",
    acctg: "accounting",
    eng: "engineer",
    engr: "engineer",
    swe: "software engineer",
    sde: "software development engineer",
    qa: "quality assurance",
    ux: "user experience",
    ui: "user interface",
    hr: "human resources",
    it: "information technology",
    vp: "vice president",
    avp: "assistant vice president",
    svp: "senior vice president",
    dir: "director",
    coord: "coordinator",
    spec: "specialist",
    tech: "technician",
    techs: "technicians",
    rep: "representative",
    reps: "representatives",
    exec: "executive",
    mktg: "marketing",
    ops: "operations",
    svc: "service",
    cust: "customer",
    fin: "finance",
    sys: "systems",
    sysadmin: "systems administrator",
    dba: "database administrator",
    pm: "project manager",
    ml: "machine learning",
    ai: "artificial intelligence",
    frontend: "front end",
    backend: "back end",
    fullstack: "full stack",
    rn: "registered nurse",
    lpn: "licensed practical nurse",
    lvn: "licensed vocational nurse",
    cna: "certified nursing assistant",
    np: "nurse practitioner",
    emt: "emergency medical technician",
    cpa: "certified public accountant",
    supv: "supervisor",
    supvr: "supervisor",
    sw: "software",
    hw: "hardware",
  }),
);

/** Words that do not tell occupations apart: grades ("II"), joiners and filler. */
const IGNORED = new Set(["i", "ii", "iii", "iv", "v", "and", "or", "of", "the", "a", "an", "for", "in", "to", "&"]);

/** The stemmed words a title matches on, abbreviations expanded and filler dropped. */
export function titleTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of tokenise(text)) {
    const word = token.norm.replace(/\.$/, "");
    for (const part of (ABBREVIATIONS.get(word) ?? word).split(" ")) {
      if (!IGNORED.has(part)) terms.push(stem(part));
    }
  }
  return terms;
}

/** "CEO (Chief Executive Officer)" → ["CEO", "Chief Executive Officer"]: both forms name the occupation. */
export function titleVariants(title: string): string[] {
  const m = /^(.*\S)\s*\(([^()]+)\)\s*$/.exec(title);
  return m ? [m[1]!, m[2]!] : [title];
}

/** Letter trigrams of a word padded with spaces, for fuzzy matching of misspelt or unknown words. */
export function trigrams(word: string): string[] {
  const padded = ` ${word} `;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) grams.push(padded.slice(i, i + 3));
  return grams;
}
