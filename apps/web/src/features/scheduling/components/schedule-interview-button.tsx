"use client";

import type { ApplicationSummary } from "@hirefolio/shared";
import { useState } from "react";
import { CalendarIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { ScheduleDialog } from "./schedule-dialog";

/** Opens the scheduling flow for one application, from wherever the recruiter is looking at it. */
export function ScheduleInterviewButton({ application }: { application: ApplicationSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        <CalendarIcon />
        Schedule interview
      </Button>
      {open && (
        <ScheduleDialog
          open
          onClose={() => setOpen(false)}
          employerId={application.employerId}
          application={{ id: application.id, candidateName: application.candidateName }}
        />
      )}
    </>
  );
}
