"use client";

import type { PortfolioAnalytics } from "@hirefolio/shared";
import { useState } from "react";
import { Card } from "@/components/ui/card";
import { QueryState } from "@/components/ui/query-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { formatRelative } from "@/lib/format-date";
import { usePortfolioAnalytics } from "./use-portfolio-analytics";
import { ViewsChart } from "./views-chart";

const ranges = [
  { value: "7", label: "7 days" },
  { value: "30", label: "30 days" },
  { value: "90", label: "90 days" },
] as const;
type Range = (typeof ranges)[number]["value"];

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

function Figure({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tracking-tight text-slate-900 tabular-nums">{value}</dd>
      {hint && <dd className="text-xs text-slate-500">{hint}</dd>}
    </div>
  );
}

/** "github.com/ada/engine" from the full address: enough to recognise a link in a narrow list. */
const shortLink = (url: string) => url.replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, "");

function AnalyticsBody({ data }: { data: PortfolioAnalytics }) {
  const { totals } = data;
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        <Figure label="Views" value={totals.views.toLocaleString("en-US")} hint="one per visitor a day" />
        <Figure label="Video plays" value={totals.plays.toLocaleString("en-US")} />
        <Figure
          label="Watched to the end"
          value={totals.completionRate === null ? "—" : percent.format(totals.completionRate)}
          hint={totals.plays ? `${totals.completions} of ${totals.plays} plays` : "no plays yet"}
        />
        <Figure label="Link clicks" value={totals.linkClicks.toLocaleString("en-US")} />
      </dl>
      <ViewsChart days={data.viewsPerDay} />
      <div className="grid gap-6 sm:grid-cols-2">
        <section aria-labelledby="analytics-links">
          <h3 id="analytics-links" className="text-sm font-semibold text-slate-900">
            Links clicked
          </h3>
          {data.linkClicks.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No clicks yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {data.linkClicks.map((link) => (
                <li key={link.target} className="flex justify-between gap-3 py-1.5">
                  <span className="truncate text-slate-700" title={link.target}>
                    {shortLink(link.target)}
                  </span>
                  <span className="font-medium text-slate-900 tabular-nums">{link.clicks}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="analytics-employers">
          <h3 id="analytics-employers" className="text-sm font-semibold text-slate-900">
            Employers who viewed
          </h3>
          {data.employerViewers.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No signed-in employers yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {data.employerViewers.map((employer) => (
                <li key={employer.organizationId} className="flex justify-between gap-3 py-1.5">
                  <span className="truncate font-medium text-slate-800">{employer.name}</span>
                  <span className="shrink-0 text-slate-600">
                    {employer.views} {employer.views === 1 ? "view" : "views"} · {formatRelative(employer.lastViewedAt)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </div>
  );
}

/** The owner's page analytics: views over time, video plays and completion, link clicks and employer viewers. */
export function AnalyticsCard() {
  const [range, setRange] = useState<Range>("30");
  const query = usePortfolioAnalytics(Number(range));
  return (
    <Card
      title="Page analytics"
      description="Who opened your page and what they did. Your own visits are not counted."
      action={<SegmentedControl label="Period" options={ranges} value={range} onChange={setRange} />}
    >
      <QueryState query={query} loadingLabel="Loading page analytics">
        {(data) => <AnalyticsBody data={data} />}
      </QueryState>
    </Card>
  );
}
