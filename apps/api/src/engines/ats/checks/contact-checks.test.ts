import { describe, expect, it } from "vitest";
import { strongResume } from "../fixtures/strong-resume";
import { checkContact } from "./contact-checks";

const ids = (resume = strongResume()) => checkContact(resume).map((c) => [c.id, c.severity, c.where]);

describe("checkContact", () => {
  it("passes a complete contact block", () => {
    expect(ids()).toEqual([]);
  });

  it("flags each missing detail at its path", () => {
    expect(ids({ basics: { name: " " } })).toEqual([
      ["contact.name-missing", "error", "basics.name"],
      ["contact.email-missing", "error", "basics.email"],
      ["contact.phone-missing", "warning", "basics.phone"],
      ["contact.location-missing", "warning", "basics.location"],
      ["contact.link-missing", "info", "basics.profiles"],
    ]);
    expect(ids({})).toHaveLength(5);
  });

  it("flags an email or phone that cannot be right", () => {
    const resume = strongResume();
    resume.basics!.email = "maya at example";
    resume.basics!.phone = "call me";
    expect(ids(resume)).toEqual([
      ["contact.email-invalid", "warning", "basics.email"],
      ["contact.phone-invalid", "warning", "basics.phone"],
    ]);
  });

  it("accepts a region without a city and a profile link without a website", () => {
    const resume = strongResume();
    resume.basics!.location = { region: "Colorado" };
    resume.basics!.url = "";
    expect(ids(resume)).toEqual([]);
    resume.basics!.profiles = [];
    expect(ids(resume)).toEqual([["contact.link-missing", "info", "basics.profiles"]]);
  });
});
