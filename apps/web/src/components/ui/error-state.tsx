import { AlertCircleIcon } from "@/components/icons";
import { errorMessage } from "@/lib/api-client";
import { Button } from "./button";
import { EmptyState } from "./empty-state";

/** A failed load, with the reason in plain words and a way to try again. */
export function ErrorState({
  error,
  onRetry,
  title = "We couldn't load this",
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  return (
    <div role="alert" className="rounded-xl border border-slate-200 bg-white">
      <EmptyState
        icon={<AlertCircleIcon className="size-6" />}
        title={title}
        description={errorMessage(error)}
        action={
          onRetry && (
            <Button variant="secondary" onClick={onRetry}>
              Try again
            </Button>
          )
        }
      />
    </div>
  );
}
