import { describe, expect, it } from "vitest";
import { strongResume } from "../fixtures/strong-resume";
import { checkDates } from "./date-checks";

const ids = (resume = strongResume()) => checkDates(resume).map((c) => [c.id, c.where]);

describe("checkDates", () => {
  it("passes dated roles in reverse-chronological order with one current role", () => {
    expect(ids()).toEqual([]);
  });

  it("flags an undated role", () => {
    const resume = strongResume();
    delete resume.work![1]!.startDate;
    expect(ids(resume)).toEqual([["dates.role-undated", "work[1].startDate"]]);
  });

  it("flags dates that do not parse, wherever they are", () => {
    const resume = strongResume();
    resume.work![1]!.endDate = "Feb 2021";
    resume.education![0]!.startDate = "2012-13";
    expect(ids(resume)).toEqual([
      ["dates.invalid", "work[1].endDate"],
      ["dates.invalid", "education[0].startDate"],
    ]);
  });

  it("flags an end before its start", () => {
    const resume = strongResume();
    resume.work![2]!.endDate = "2015-01";
    expect(ids(resume)).toEqual([["dates.end-before-start", "work[2].endDate"]]);
  });

  it("flags roles out of order", () => {
    const resume = strongResume();
    resume.work = [resume.work![1]!, resume.work![0]!, resume.work![2]!];
    expect(ids(resume)).toEqual([["dates.not-reverse-chronological", "work[1]"]]);
  });

  it("flags a second role without an end date, and accepts an explicit Present", () => {
    const resume = strongResume();
    delete resume.work![1]!.endDate;
    expect(ids(resume)).toEqual([["dates.several-present", "work[1].endDate"]]);
    resume.work![1]!.endDate = "2021-02";
    resume.work![0]!.endDate = "Present";
    expect(ids(resume)).toEqual([]);
  });

  it("notes dates written at different precisions", () => {
    const resume = strongResume();
    resume.work![2]!.startDate = "2016";
    resume.education![0]!.endDate = "2016-05-20";
    expect(checkDates(resume).map((c) => [c.id, c.severity])).toEqual([["dates.mixed-precision", "info"]]);
  });
});
