"use client";

import { CalendarIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { downloadIcs, interviewIcs } from "../ics-file";

/** Downloads the interview as an .ics file; the same UID each time, so a calendar updates rather than doubles it. */
export function AddToCalendarButton({
  uid,
  start,
  end,
  title,
  employerName,
}: {
  uid: string;
  start: string;
  end: string;
  title: string;
  employerName: string;
}) {
  return (
    <Button
      onClick={() =>
        downloadIcs(
          "interview.ics",
          interviewIcs({
            uid,
            start,
            end,
            title,
            description: `Interview with ${employerName}, booked through Hirefolio.`,
          }),
        )
      }
    >
      <CalendarIcon />
      Add to calendar (.ics)
    </Button>
  );
}
