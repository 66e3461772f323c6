import { describe, expect, it } from "vitest";
import { element, fixtureOccupation, fixtureWages } from "../../engines/career/fixtures/fixture-occupations";
import { occupationPacker } from "./packed-occupation";

const nurse = fixtureOccupation({
  code: "29-1141.00",
  title: "Registered Nurses",
  description: "Assess patient health problems and needs – and care for them.",
  skills: [element("Service Orientation", 4.5, 5.13), element("Science", 3.38, null)],
  knowledge: [element("Medicine and Dentistry", 4.62, 5.5)],
  technologies: [
    { name: "Epic Systems", hot: true, inDemand: true },
    { name: "Microsoft Excel", hot: true, inDemand: false },
    { name: "MEDITECH", hot: false, inDemand: true },
  ],
  tasks: [
    { statement: "Monitor patients' condition.", core: true },
    { statement: "Teach patients about care.", core: null },
  ],
  alternateTitles: ["staff nurse", "icu nurse"],
  reportedTitles: ["Oncology RN (Oncology Registered Nurse)"],
  escoSkills: ["patient care", "Microsoft Excel"],
  related: ["29-1171.00"],
  wages: fixtureWages(93_600),
});
const assistant = fixtureOccupation({
  code: "31-1131.00",
  title: "Nursing Assistants",
  skills: [element("Service Orientation", 4, 4)],
  technologies: [{ name: "Microsoft Excel", hot: false, inDemand: false }],
});

describe("occupationPacker", () => {
  it("gives back every field as it was: null levels, technology flags, prose, wages", () => {
    const pack = occupationPacker();
    const packed = [pack(nurse), pack(assistant)];
    expect(packed).toEqual([nurse, assistant]);
    expect(JSON.parse(JSON.stringify(packed))).toEqual([nurse, assistant]);
    expect({ ...packed[0], related: [] }).toEqual({ ...nurse, related: [] });
    expect(packed[0]!.skills[1]).toEqual({ name: "Science", importance: 3.38, level: null });
    expect(packed[1]!.technologies).toEqual(assistant.technologies);
  });

  it("builds each packed array afresh, so a caller's sort cannot reorder the record", () => {
    const record = occupationPacker()(nurse);
    record.skills.sort((a, b) => a.importance - b.importance);
    record.technologies.reverse();
    expect(record.skills.map((e) => e.name)).toEqual(["Service Orientation", "Science"]);
    expect(record.technologies[0]!.name).toBe("Epic Systems");
    expect(Object.keys(record)).toEqual(expect.arrayContaining(["skills", "tasks", "alternateTitles", "wages"]));
  });
});
