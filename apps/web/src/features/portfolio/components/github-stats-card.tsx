"use client";

import type { GithubStats } from "@hirefolio/shared";
import { useEffect, useRef } from "react";
import { ExternalLinkIcon, RefreshIcon } from "@/components/icons";
import { FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { errorMessage } from "@/lib/api-client";
import { formatRelative } from "@/lib/format-date";
import { useGithubStats } from "../hooks/use-github-stats";

function Figures({ stats }: { stats: GithubStats }) {
  const figures = [
    { label: "Public repositories", value: stats.publicRepos },
    { label: "Stars", value: stats.totalStars },
    { label: "Followers", value: stats.followers },
  ];
  return (
    <div className="space-y-4">
      <dl className="grid grid-cols-3 gap-3">
        {figures.map((figure) => (
          <div key={figure.label} className="rounded-lg bg-slate-50 px-3 py-2.5 ring-1 ring-slate-100">
            <dt className="text-xs text-slate-600">{figure.label}</dt>
            <dd className="text-lg font-semibold text-slate-900 tabular-nums">{figure.value.toLocaleString()}</dd>
          </div>
        ))}
      </dl>
      {stats.topLanguages.length > 0 && (
        <p className="flex flex-wrap items-center gap-1.5 text-sm text-slate-600">
          <span className="mr-1">Languages:</span>
          {stats.topLanguages.map((entry) => (
            <span
              key={entry.language}
              className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700"
            >
              {entry.language} · {entry.repos}
            </span>
          ))}
        </p>
      )}
      {stats.topRepos.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
          {stats.topRepos.map((repo) => (
            <li key={repo.url} className="flex items-start justify-between gap-3 px-3 py-2.5 text-sm">
              <div className="min-w-0">
                <a
                  href={repo.url}
                  target="_blank"
                  rel="noreferrer"
                  className="font-medium text-brand-700 hover:underline"
                >
                  {repo.name}
                </a>
                {repo.description && <p className="truncate text-xs text-slate-600">{repo.description}</p>}
              </div>
              <span className="shrink-0 text-xs text-slate-600 tabular-nums">★ {repo.stars.toLocaleString()}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Public GitHub figures for the username in the links, fetched by a background job and cached for a day. */
export function GithubStatsCard({ username }: { username: string }) {
  const { query, refresh, fetching } = useGithubStats(true);
  const data = query.data;
  const stale = data !== undefined && data.stats?.username !== username;
  const { mutate } = refresh;
  const askedFor = useRef<string | null>(null);

  // A username without figures (just added or changed): ask for them once, without waiting for a click.
  useEffect(() => {
    if (!stale || data?.username !== username || askedFor.current === username) return;
    askedFor.current = username;
    mutate();
  }, [stale, data?.username, username, mutate]);

  return (
    <Card
      title="GitHub"
      description={
        <a
          href={`https://github.com/${username}`}
          target="_blank"
          rel="noreferrer"
          className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline"
        >
          github.com/{username}
          <ExternalLinkIcon className="size-3.5" />
        </a>
      }
      action={
        <Button variant="secondary" size="sm" loading={refresh.isPending} onClick={() => refresh.mutate()}>
          <RefreshIcon />
          Refresh
        </Button>
      }
    >
      {query.error ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : !data ? (
        <Skeleton className="h-24" />
      ) : data.stats?.status === "ok" && !stale ? (
        <Figures stats={data.stats} />
      ) : (
        <p className="flex items-center gap-2 text-sm text-slate-600" aria-live="polite">
          {fetching && <Spinner />}
          {fetching
            ? "Fetching your public figures from GitHub…"
            : (data.stats?.note ?? "No figures yet. They appear here once GitHub has answered; try Refresh later.")}
        </p>
      )}
      {data?.fetchedAt && !stale && (
        <p className="mt-3 text-xs text-slate-500">
          Updated {formatRelative(data.fetchedAt)}; figures refresh at most once a day.
        </p>
      )}
      {refresh.data && !refresh.data.refreshQueued && !fetching && refresh.isSuccess && (
        <p className="mt-1 text-xs text-slate-500">Already up to date.</p>
      )}
      <FormError className="mt-3" message={refresh.error ? errorMessage(refresh.error) : null} />
    </Card>
  );
}
