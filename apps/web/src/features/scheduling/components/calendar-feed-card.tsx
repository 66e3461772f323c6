"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { useToast } from "@/components/ui/toast";
import { useRevokeCalendarFeed, useRotateCalendarFeed } from "../hooks/use-availability";
import { CopyField } from "./copy-field";
import { ProblemDetails } from "./problem-details";

/**
 * The private feed of your Hirefolio interviews. The API shows its address only when it is made, so a new one
 * replaces the old (which stops working): the safe way to recover a lost or leaked address.
 */
export function CalendarFeedCard() {
  const toast = useToast();
  const rotate = useRotateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [revoked, setRevoked] = useState(false);
  const feed = revoked ? undefined : rotate.data;

  return (
    <Card
      title="Interview feed"
      description="Subscribe to this private address in Google Calendar, Outlook or Apple Calendar to see your interviews there."
    >
      <div className="space-y-4">
        {feed ? (
          <>
            <CopyField value={feed.url} label="Private feed address" />
            <Alert tone="warning">
              Anyone with this address can see your interview times. It is shown once: copy it now.
            </Alert>
          </>
        ) : (
          <p className="text-sm text-slate-600">
            {revoked
              ? "Feed revoked: calendars subscribed to it no longer update."
              : "Create an address to subscribe to. Creating a new one turns off any address made before."}
          </p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button
            variant={feed ? "secondary" : "primary"}
            loading={rotate.isPending}
            onClick={() =>
              rotate.mutate(undefined, {
                onSuccess: () => {
                  setRevoked(false);
                  toast.show(feed ? "New address made; the old one stopped working" : "Feed address created");
                },
              })
            }
          >
            {feed ? "Rotate address" : "Create feed address"}
          </Button>
          <Button
            variant="ghost"
            loading={revoke.isPending}
            onClick={() =>
              revoke.mutate(undefined, {
                onSuccess: () => {
                  setRevoked(true);
                  toast.show("Feed revoked");
                },
              })
            }
          >
            Revoke
          </Button>
        </div>
        <ProblemDetails error={rotate.error ?? revoke.error} />
      </div>
    </Card>
  );
}
