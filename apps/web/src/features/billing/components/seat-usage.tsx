"use client";

import type { EmployerBilling } from "@hirefolio/shared";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { useBilling } from "../hooks/use-billing";
import { UsageBar } from "./usage-bars";

/** Members and open invitations both hold a seat, as the API counts them when someone is invited. */
export const seatsTaken = (employer: EmployerBilling) => employer.seatsUsed + employer.pendingInvitations;

function seatBreakdown(employer: EmployerBilling) {
  const members = `${employer.seatsUsed} member${employer.seatsUsed === 1 ? "" : "s"}`;
  const invited = employer.pendingInvitations ? ` · ${employer.pendingInvitations} invited` : "";
  return `${members}${invited} · owners take no seat`;
}

/** The employer's seats as the billing overview knows them; `full` while every seat is taken. */
export function useSeatUsage(employerId: string) {
  const billing = useBilling();
  const employer = billing.data?.employers.find((e) => e.id === employerId);
  const full = employer !== undefined && employer.seats !== null && seatsTaken(employer) >= employer.seats;
  return { employer, full };
}

/** The employer's interviewer seats in use, and for owners and admins the way to add more once they are full. */
export function SeatUsage({ employerId }: { employerId: string }) {
  const { employer, full } = useSeatUsage(employerId);
  if (!employer) return null;
  const taken = seatsTaken(employer);
  return (
    <div className="space-y-3">
      <UsageBar label="Interviewer seats" used={taken} limit={employer.seats} window={seatBreakdown(employer)} />
      {full && employer.canManage && (
        <Alert
          tone="warning"
          title="All seats are in use"
          action={
            <ButtonLink href="/settings/billing" size="sm">
              Add seats
            </ButtonLink>
          }
        >
          Add Employer seats to invite more interviewers.
        </Alert>
      )}
    </div>
  );
}
