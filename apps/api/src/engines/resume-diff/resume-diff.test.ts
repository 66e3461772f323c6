import { type ResumeDocumentInput, resumeDocumentSchema } from "@hirefolio/shared";
import { describe, expect, it } from "vitest";
import { diffResumes, summarizeChanges } from "./resume-diff";

const doc = (input: ResumeDocumentInput) => resumeDocumentSchema.parse(input);

const base = doc({
  basics: { name: "Ada Lovelace", label: "Engineer", location: { city: "London" } },
  work: [
    {
      name: "Analytical Engines",
      position: "Programmer",
      startDate: "1842",
      highlights: ["Wrote the first program", "Explained loops", "Published notes on the engine"],
    },
  ],
  skills: [{ name: "Mathematics", keywords: ["Algebra", "Calculus"] }],
});

function edit(change: (d: ReturnType<typeof doc>) => void) {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

describe("diffResumes", () => {
  it("finds nothing between equal documents", () => {
    const changes = diffResumes(base, structuredClone(base));
    expect(changes).toEqual([]);
    expect(summarizeChanges(changes)).toBe("No changes");
  });

  it("reports a changed text by path and section, with the words that changed", () => {
    const changes = diffResumes(
      base,
      edit((d) => {
        d.work[0]!.highlights![2] = "Published detailed notes on the engine";
      }),
    );
    expect(changes).toEqual([
      {
        path: "work[0].highlights[2]",
        section: "work",
        kind: "changed",
        before: "Published notes on the engine",
        after: "Published detailed notes on the engine",
        words: [{ value: "Published " }, { value: "detailed ", added: true }, { value: "notes on the engine" }],
      },
    ]);
  });

  it("treats an absent field and an empty text alike, and reports nested fields one by one", () => {
    const changes = diffResumes(
      base,
      edit((d) => {
        d.basics.email = "";
        d.basics.location = { city: "Paris", region: "Île-de-France" };
        delete d.basics.label;
      }),
    );
    expect(changes.map((c) => [c.path, c.kind])).toEqual([
      ["basics.label", "removed"],
      ["basics.location.city", "changed"],
      ["basics.location.region", "added"],
    ]);
    expect(changes[0]).toEqual({ path: "basics.label", section: "basics", kind: "removed", before: "Engineer" });
    expect(changes[2]).toEqual({
      path: "basics.location.region",
      section: "basics",
      kind: "added",
      after: "Île-de-France",
    });
  });

  it("reports added and removed entries as a whole, matched by position", () => {
    const added = diffResumes(
      base,
      edit((d) => {
        d.work.push({ name: "Royal Society", position: "Fellow" });
      }),
    );
    expect(added).toEqual([
      { path: "work[1]", section: "work", kind: "added", after: { name: "Royal Society", position: "Fellow" } },
    ]);
    const removed = diffResumes(
      base,
      edit((d) => {
        d.skills = [];
      }),
    );
    expect(removed).toEqual([{ path: "skills[0]", section: "skills", kind: "removed", before: base.skills[0] }]);
  });

  it("aligns lists of texts, so a bullet inserted at the top is one addition", () => {
    const changes = diffResumes(
      base,
      edit((d) => {
        d.work[0]!.highlights!.unshift("Designed the Bernoulli algorithm");
      }),
    );
    expect(changes).toEqual([
      { path: "work[0].highlights[0]", section: "work", kind: "added", after: "Designed the Bernoulli algorithm" },
    ]);
  });

  it("pairs a replaced text in a list as a change; a removed one keeps its index in the old document", () => {
    const changes = diffResumes(
      base,
      edit((d) => {
        d.skills[0]!.keywords = ["Algebra", "Statistics"];
        d.work[0]!.highlights!.splice(0, 1);
      }),
    );
    expect(changes.map((c) => [c.path, c.kind, c.before, c.after])).toEqual([
      ["work[0].highlights[0]", "removed", "Wrote the first program", undefined],
      ["skills[0].keywords[1]", "changed", "Calculus", "Statistics"],
    ]);
  });

  it("lists changes in section order whatever the key order of the stored documents", () => {
    const reordered = Object.fromEntries(Object.entries(base).reverse()) as typeof base;
    const changes = diffResumes(
      reordered,
      edit((d) => {
        d.skills[0]!.name = "Maths";
        d.basics.name = "Augusta Ada King";
      }),
    );
    expect(changes.map((c) => c.section)).toEqual(["basics", "skills"]);
    expect(summarizeChanges(changes)).toBe("2 fields changed in basics, skills");
  });

  it("leaves out the word detail when two texts are too different to align cheaply", () => {
    const words = (prefix: string) => Array.from({ length: 400 }, (_, i) => `${prefix}${i}`).join(" ");
    const before = edit((d) => {
      d.basics.summary = words("a");
    });
    const after = edit((d) => {
      d.basics.summary = words("b");
    });
    const started = performance.now();
    const [summary] = diffResumes(before, after);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(summary).toMatchObject({ path: "basics.summary", kind: "changed" });
    expect(summary?.words).toBeUndefined();
  });

  it("walks unknown keys in meta too, quoting keys that are not identifiers", () => {
    const changes = diffResumes(
      base,
      edit((d) => {
        d.meta = { version: "v1", "x-tool": { lastRun: 3 } };
      }),
    );
    expect(changes.map((c) => c.path)).toEqual(["meta.version", 'meta["x-tool"].lastRun']);
    expect(summarizeChanges(changes.slice(0, 1))).toBe("1 field changed in meta");
  });

  it("reports a value that changed shape as one change", () => {
    const before = { ...base, meta: { tags: ["a"] } };
    const after = { ...base, meta: { tags: { a: true } } };
    expect(diffResumes(before, after)).toEqual([
      { path: "meta.tags", section: "meta", kind: "changed", before: ["a"], after: { a: true } },
    ]);
  });
});
