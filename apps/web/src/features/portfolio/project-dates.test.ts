import { describe, expect, it } from "vitest";
import { projectPeriod } from "./project-dates";

describe("projectPeriod", () => {
  it("reads months and bare years", () => {
    expect(projectPeriod("2021-04", "2022-11")).toBe("Apr 2021 – Nov 2022");
    expect(projectPeriod("2019", "2020")).toBe("2019 – 2020");
  });

  it("calls a project without an end ongoing, and says nothing without dates", () => {
    expect(projectPeriod("2023-01", null)).toBe("Jan 2023 – Present");
    expect(projectPeriod(null, "2020-06")).toBe("Until Jun 2020");
    expect(projectPeriod(null, null)).toBe("");
  });
});
