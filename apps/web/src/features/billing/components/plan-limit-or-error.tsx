import { FormError } from "@/components/ui/alert";
import { planLimitOf } from "../plan-limit";
import { UpgradePrompt } from "./upgrade-prompt";

/** A failed request's message; the upgrade prompt instead when it failed on a plan limit. */
export function PlanLimitOrError({ error, message }: { error: unknown; message: string | null }) {
  const limit = error ? planLimitOf(error) : null;
  return limit ? <UpgradePrompt limit={limit} /> : <FormError message={message} />;
}
