import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import type { PlanLimit } from "../plan-limit";

/** A plan limit was reached: the API's own words and the way to lift it. */
export function UpgradePrompt({
  limit,
  extra,
  title = "You've reached your plan's limit",
}: {
  limit: PlanLimit;
  extra?: ReactNode;
  title?: string;
}) {
  return (
    <Alert
      tone="warning"
      title={title}
      action={
        <div className="flex gap-2">
          <ButtonLink href={limit.upgradeUrl} size="sm">
            Upgrade
          </ButtonLink>
          {extra}
        </div>
      }
    >
      {limit.detail}
    </Alert>
  );
}
