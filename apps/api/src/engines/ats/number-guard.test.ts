import { describe, expect, it } from "vitest";
import { guardNumbers } from "./number-guard";

describe("guardNumbers", () => {
  const source =
    "Cut deploy time from 40 to 12 minutes for 1200 users across 3 teams; used AWS S3 and EC2 since 2019-04";

  it("keeps figures the source states and replaces invented ones with [N]", () => {
    expect(guardNumbers("Cut deploy time by 70% from 40 to 12 minutes", source)).toEqual({
      text: "Cut deploy time by [N]% from 40 to 12 minutes",
      replaced: 1,
    });
  });

  it("matches grouped thousands and keeps units around the placeholder", () => {
    expect(guardNumbers("Served 1,200 users and saved $250k", source).text).toBe("Served 1,200 users and saved $[N]k");
    expect(guardNumbers("Grew revenue 3.5x in 2019", source).text).toBe("Grew revenue [N]x in 2019");
  });

  it("leaves digits inside names alone", () => {
    expect(guardNumbers("Moved assets to S3 and EC2 with HTML5 players", source)).toEqual({
      text: "Moved assets to S3 and EC2 with HTML5 players",
      replaced: 0,
    });
  });

  it("treats number words as figures", () => {
    expect(guardNumbers("Led three teams serving thousands of users", "Led teams").text).toBe(
      "Led [N] teams serving [N] of users",
    );
    expect(guardNumbers("Led three teams", "Led three teams").replaced).toBe(0);
  });
});
