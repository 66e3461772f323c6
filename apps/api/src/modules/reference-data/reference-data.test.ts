import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  loadActionVerbs,
  loadJobTitles,
  loadLearningResources,
  loadOccupations,
  loadSkillVocabulary,
  referenceDataDir,
  type SkillTerm,
} from "./reference-data";

function byForm(vocabulary: SkillTerm[]) {
  const index = new Map<string, SkillTerm[]>();
  for (const entry of vocabulary) {
    for (const form of [entry.term.toLowerCase(), ...entry.aliases]) {
      index.set(form, [...(index.get(form) ?? []), entry]);
    }
  }
  return index;
}

describe("skill vocabulary", () => {
  it("ranks Python as a hot tool that many occupations list", async () => {
    const vocabulary = await loadSkillVocabulary();
    const python = vocabulary.find((v) => v.term === "Python");
    expect(python).toMatchObject({ kind: "tool", hot: true, source: "onet" });
    expect(python!.occupations).toBeGreaterThan(50);
  });

  it("reaches entries through abbreviations, vendor-less names and cleaned O*NET names", async () => {
    const index = byForm(await loadSkillVocabulary());
    const term = (form: string) => index.get(form)?.map((e) => e.term);
    expect(term("k8s")).toEqual(["Kubernetes"]);
    expect(term("js")).toEqual(["JavaScript"]);
    expect(term("postgres")).toEqual(["PostgreSQL"]);
    expect(term("aws")).toEqual(["Amazon Web Services"]);
    expect(term("amazon web services aws software")).toEqual(["Amazon Web Services"]);
    expect(term("excel")).toEqual(["Microsoft Excel"]);
    expect(term("reactjs")).toEqual(["React"]);
    expect(term("ci/cd")).toEqual(["CI/CD"]);
    expect(term("pmp")).toEqual(["Project Management Professional (PMP)"]);
    expect(term("teamwork")).toEqual(["work in teams"]);
    // British ESCO labels also answer to the US spelling, and merge with the O*NET entry of that name.
    expect(term("behavioral science")).toEqual(["behavioural science"]);
    expect(term("search engine optimisation")).toEqual(["Search engine optimization"]);
    expect(term("seo")).toEqual(["Search engine optimization"]);
  });

  it("gives every surface form and id to exactly one entry", async () => {
    const vocabulary = await loadSkillVocabulary();
    const shared = [...byForm(vocabulary)].filter(([, entries]) => entries.length > 1);
    expect(shared.map(([form]) => form)).toEqual([]);
    expect(new Set(vocabulary.map((v) => v.id)).size).toBe(vocabulary.length);
    for (const v of vocabulary) expect(v.aliases.every((a) => a === a.toLowerCase())).toBe(true);
  });

  it("mixes O*NET tools, ESCO skills and knowledge, and certifications", async () => {
    const vocabulary = await loadSkillVocabulary();
    const count = (kind: SkillTerm["kind"]) => vocabulary.filter((v) => v.kind === kind).length;
    expect(count("tool")).toBeGreaterThan(5000);
    expect(count("skill")).toBeGreaterThan(2000);
    expect(count("knowledge")).toBeGreaterThan(1500);
    expect(count("certification")).toBeGreaterThanOrEqual(40);
    expect(vocabulary.find((v) => v.term === "machine learning")).toMatchObject({ kind: "knowledge", source: "esco" });
  });

  it("loads each file once", async () => {
    expect(loadSkillVocabulary()).toBe(loadSkillVocabulary());
    expect(await loadSkillVocabulary()).toBe(await loadSkillVocabulary());
  });
});

describe("job titles", () => {
  it("lists Software Developers with the titles job ads use", async () => {
    const titles = await loadJobTitles();
    const developers = titles.find((t) => t.onetCode === "15-1252.00");
    expect(developers?.title).toBe("Software Developers");
    expect(developers!.alternates).toEqual(expect.arrayContaining(["software developer", "software engineer"]));
    expect(titles.length).toBeGreaterThan(1000);
    expect(titles.every((t) => t.alternates.length <= 40)).toBe(true);
  });
});

describe("action verbs", () => {
  it("keeps strong verbs with their past tense, most common first, and leaves out weak ones", async () => {
    const verbs = await loadActionVerbs();
    const forms = new Map(verbs.map((v) => [v.verb, v.past]));
    expect(forms.get("lead")).toBe("led");
    expect(forms.get("develop")).toBe("developed");
    expect(forms.get("analyze")).toBe("analyzed");
    expect(forms.get("plan")).toBe("planned");
    expect(forms.get("spearhead")).toBe("spearheaded");
    for (const weak of ["help", "assist", "work", "do", "be", "responsible"]) expect(forms.has(weak)).toBe(false);
    const counts = verbs.map((v) => v.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(verbs.length).toBeGreaterThan(200);
  });
});

describe("occupations", () => {
  it("describes Software Developers with wages, skills, technologies, tasks, titles and related occupations", async () => {
    const occupations = await loadOccupations();
    const codes = new Set(occupations.map((o) => o.code));
    const developers = occupations.find((o) => o.code === "15-1252.00")!;
    expect(developers.title).toBe("Software Developers");
    expect(developers.jobZone).toBe(4);
    expect(developers.wages).toMatchObject({ socCode: "15-1252", period: "May 2024", topCoded: false });
    expect(developers.wages!.annual).toEqual({
      p10: 79_850,
      p25: 103_050,
      median: 133_080,
      p75: 169_000,
      p90: 211_450,
    });
    expect(developers.wages!.hourly.median).toBe(63.98);
    expect(developers.wages!.employment).toBe(1_654_440);
    expect(developers.skills.length).toBeGreaterThan(30);
    const importance = developers.skills.map((s) => s.importance);
    expect(importance).toEqual([...importance].sort((a, b) => b - a));
    expect(developers.knowledge.length).toBeGreaterThan(25);
    const technologies = developers.technologies.map((t) => t.name);
    expect(technologies).toEqual(expect.arrayContaining(["Python", "JavaScript", "SQL"]));
    const hot = developers.technologies.map((t) => t.hot);
    expect(hot).toEqual([...hot].sort((a, b) => Number(b) - Number(a)));
    expect(developers.tasks.length).toBeGreaterThan(10);
    expect(developers.tasks.every((t) => t.core === null)).toBe(true); // not yet typed by O*NET
    const nurses = occupations.find((o) => o.code === "29-1141.00")!;
    const order = nurses.tasks.map((t) => (t.core === true ? 0 : t.core === null ? 1 : 2));
    expect(order).toEqual([...order].sort());
    expect(order[0]).toBe(0);
    expect(developers.alternateTitles).toContain("python developer");
    expect(developers.reportedTitles).toContain("Application Developer");
    expect(developers.escoSkills.length).toBeGreaterThan(5);
    expect(developers.interests?.investigative).toBeGreaterThan(developers.interests!.social);
    expect(developers.related).toHaveLength(10);
    expect(developers.related.every((c) => codes.has(c))).toBe(true);
  });

  it("reads the one-record-per-line file as the plain JSON array it also is", async () => {
    const whole = JSON.parse(gunzipSync(readFileSync(path.join(referenceDataDir, "occupations.json.gz"))).toString());
    const occupations = await loadOccupations();
    expect(occupations).toHaveLength(whole.length);
    expect(occupations.map((o) => o.code)).toEqual(whole.map((o: { code: string }) => o.code));
    // Records are held packed (packed-occupation.ts) yet read, spread and serialise as the records in the file.
    expect(JSON.parse(JSON.stringify(occupations))).toEqual(whole);
    expect({ ...occupations.at(-1) }).toEqual(whole.at(-1));
  });

  it("marks top-coded wages and keeps their floor value, annual and hourly", async () => {
    const chiefs = (await loadOccupations()).find((o) => o.code === "11-1011.00")!;
    expect(chiefs.wages).toMatchObject({ topCoded: true, annual: { p90: 239_200 } });
    expect(chiefs.wages!.hourly.p90).toBe(115);
    expect(chiefs.skillsFrom).toBe("11-1011.00");
    expect(chiefs.skills).toHaveLength(35);
    expect(chiefs.knowledge).toHaveLength(33);
  });
});

describe("learning resources", () => {
  it("holds Free Programming Books entries by topic and the curated set for other skills, all with links", async () => {
    const resources = await loadLearningResources();
    const python = resources.filter((r) => r.topics.includes("python"));
    expect(python.length).toBeGreaterThan(20);
    expect(python.every((r) => r.source === "free-programming-books")).toBe(true);
    const accounting = resources.filter((r) => r.topics.includes("economics and accounting"));
    expect(accounting.some((r) => r.source === "curated" && r.url.startsWith("https://openstax.org/"))).toBe(true);
    expect(new Set(resources.map((r) => r.kind))).toEqual(new Set(["course", "book", "guide"]));
  });
});
