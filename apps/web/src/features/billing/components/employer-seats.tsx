"use client";

import type { EmployerBilling } from "@hirefolio/shared";
import { useState } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { controlClasses } from "@/components/ui/form-field";
import { cx } from "@/lib/class-names";
import { useCheckout, usePortal } from "../hooks/use-billing";
import { seatsTaken } from "./seat-usage";

function EmployerRow({ employer, configured }: { employer: EmployerBilling; configured: boolean }) {
  const [seats, setSeats] = useState(Math.max(seatsTaken(employer), 3));
  const checkout = useCheckout();
  const portal = usePortal();
  const paying = employer.plan === "employer" && employer.status !== null;
  const error = checkout.error ?? portal.error;
  return (
    <li className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center sm:justify-between">
      <div className="space-y-0.5">
        <p className="font-medium text-slate-900">{employer.name}</p>
        <p className="text-sm text-slate-600">
          {employer.seatsUsed} interviewer{employer.seatsUsed === 1 ? "" : "s"} ·{" "}
          {employer.pendingInvitations > 0 && `${employer.pendingInvitations} invited · `}
          {employer.seats === null ? "unlimited seats" : `${employer.seats} seats`}
          {employer.status && (
            <Badge tone={employer.status === "active" ? "success" : "amber"} className="ml-2">
              {employer.status.replace("_", " ")}
            </Badge>
          )}
        </p>
        {error && <p className="text-sm text-rose-700">{error.message}</p>}
      </div>
      {employer.canManage && configured && (
        <div className="flex items-center gap-2">
          {paying ? (
            <Button
              variant="secondary"
              size="sm"
              loading={portal.isPending}
              onClick={() => portal.mutate({ employerId: employer.id })}
            >
              Manage seats
            </Button>
          ) : (
            <>
              <label className="sr-only" htmlFor={`seats-${employer.id}`}>
                Seats for {employer.name}
              </label>
              <input
                id={`seats-${employer.id}`}
                type="number"
                min={1}
                max={500}
                value={seats}
                onChange={(e) => setSeats(Math.max(1, Math.min(500, Number(e.target.value) || 1)))}
                className={cx(controlClasses, "h-8 w-20 border-slate-300")}
              />
              <Button
                size="sm"
                loading={checkout.isPending}
                onClick={() => checkout.mutate({ plan: "employer", employerId: employer.id, seats })}
              >
                Buy seats
              </Button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** Scheduling seats of each employer the user belongs to; owners and admins can buy or manage them. */
export function EmployerSeats({ employers, configured }: { employers: EmployerBilling[]; configured: boolean }) {
  if (employers.length === 0) return null;
  return (
    <Card
      title="Employer seats"
      description="Each interviewer you schedule with takes a seat. Free employers schedule with up to 2."
      padding="none"
    >
      <ul className="divide-y divide-slate-100">
        {employers.map((employer) => (
          <EmployerRow key={employer.id} employer={employer} configured={configured} />
        ))}
      </ul>
    </Card>
  );
}
