import type { ReactNode } from "react";
import { cx } from "@/lib/class-names";
import { ErrorState } from "./error-state";
import { ListSkeleton } from "./skeleton";

interface QueryStateProps<T> {
  query: { data: T | undefined; error: unknown; refetch: () => unknown };
  /** Announced to screen readers while loading. */
  loadingLabel: string;
  skeletonRows?: number;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Pads the loading and error states, for cards whose lists draw their own row padding. */
  padded?: boolean;
  children: (data: T) => ReactNode;
}

/** The four states of a list loaded from the API: loading skeleton, error with retry, empty state, content. */
export function QueryState<T>({
  query,
  loadingLabel,
  skeletonRows = 3,
  isEmpty,
  empty,
  padded = false,
  children,
}: QueryStateProps<T>) {
  const padding = cx(padded && "p-5");
  if (query.error) {
    return (
      <div className={padding}>
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      </div>
    );
  }
  if (query.data === undefined) {
    return (
      <div className={padding}>
        <ListSkeleton rows={skeletonRows} label={loadingLabel} />
      </div>
    );
  }
  if (empty && isEmpty?.(query.data)) return empty;
  return children(query.data);
}
