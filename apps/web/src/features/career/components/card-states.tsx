import type { ReactNode } from "react";
import { ErrorState } from "@/components/ui/error-state";
import { ListSkeleton } from "@/components/ui/skeleton";

/** Loading skeleton, readable problem+json error with retry, or the card's content: shared by every career card. */
export function CardBody<T>({
  query,
  label,
  children,
}: {
  query: { data: T | undefined; error: unknown; refetch: () => unknown; isFetching?: boolean };
  label: string;
  children: (data: T) => ReactNode;
}) {
  if (query.error) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  if (query.data === undefined) return <ListSkeleton rows={4} label={label} />;
  return <div className={query.isFetching ? "opacity-60 transition-opacity" : undefined}>{children(query.data)}</div>;
}
