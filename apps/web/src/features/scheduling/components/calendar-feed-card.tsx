"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Skeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toast";
import { formatDateTime } from "@/lib/format-date";
import { useCalendarFeed, useRevokeCalendarFeed, useRotateCalendarFeed } from "../hooks/use-availability";
import { ProblemDetails } from "./problem-details";

/**
 * The private feed of your Hirefolio interviews. The API shows its address only when it is made, so a new one
 * replaces the old (which stops working): the safe way to recover a lost or leaked address.
 */
export function CalendarFeedCard() {
  const toast = useToast();
  const status = useCalendarFeed();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  // The address made in this visit, while it is still the live one.
  const fresh = status.data?.active && rotate.data?.createdAt === status.data.createdAt ? rotate.data : undefined;
  const active = status.data?.active ?? false;

  return (
    <Card
      title="Interview feed"
      description="Subscribe to this private address in Google Calendar, Outlook or Apple Calendar to see your interviews there."
    >
      <div className="space-y-4">
        {!status.data ? (
          <Skeleton className="h-10 w-full" />
        ) : fresh ? (
          <>
            <CopyField value={fresh.url} label="Private feed address" />
            <Alert tone="warning">
              Anyone with this address can see your interview times. It is shown once: copy it now.
            </Alert>
          </>
        ) : active ? (
          <p className="text-sm text-slate-600">
            <span className="font-medium text-emerald-700">Feed active</span> since{" "}
            {formatDateTime(status.data.createdAt!)}. Its address was shown when it was made; rotate to get a new one
            (the old one stops working).
          </p>
        ) : (
          <p className="text-sm text-slate-600">
            No feed yet. Create an address to subscribe to; creating a new one turns off any address made before.
          </p>
        )}
        {status.data && (
          <div className="flex flex-wrap gap-2">
            <Button
              variant={active ? "secondary" : "primary"}
              loading={rotate.isPending}
              onClick={() =>
                rotate.mutate(undefined, {
                  onSuccess: () =>
                    toast.show(active ? "New address made; the old one stopped working" : "Feed address created"),
                })
              }
            >
              {active ? "Rotate address" : "Create feed"}
            </Button>
            {active && (
              <Button
                variant="ghost"
                loading={revoke.isPending}
                onClick={() => revoke.mutate(undefined, { onSuccess: () => toast.show("Feed revoked") })}
              >
                Revoke
              </Button>
            )}
          </div>
        )}
        <ProblemDetails error={status.error ?? rotate.error ?? revoke.error} />
      </div>
    </Card>
  );
}
