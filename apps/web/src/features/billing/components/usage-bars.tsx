import type { BillingOverview } from "@hirefolio/shared";
import { Card } from "@/components/ui/card";
import { cx } from "@/lib/class-names";

/** A used-of-limit figure with the same number drawn as a bar; `limit` null is unlimited, 0 a paid-plan feature. */
export function UsageBar({
  label,
  used,
  limit,
  window,
}: {
  label: string;
  used: number;
  limit: number | null;
  window: string;
}) {
  const unlimited = limit === null;
  const share = unlimited || limit === 0 ? 0 : Math.min(1, used / limit);
  const full = !unlimited && limit > 0 && used >= limit;
  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium text-slate-800">{label}</span>
        <span className={cx("tabular-nums", full ? "font-semibold text-amber-700" : "text-slate-600")}>
          {unlimited ? `${used} · unlimited` : limit === 0 ? "Candidate Pro only" : `${used} of ${limit}`}
        </span>
      </div>
      {/* The figures above say it in words; the bar is the same number drawn. */}
      <div className="h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div
          className={cx("h-full rounded-full", unlimited ? "bg-emerald-400" : full ? "bg-amber-500" : "bg-brand-600")}
          style={{ width: unlimited ? "100%" : `${Math.round(share * 100)}%` }}
        />
      </div>
      <p className="text-xs text-slate-500">{window}</p>
    </div>
  );
}

/** Today's use of each limited feature against the plan's limit. */
export function UsageBars({ billing }: { billing: BillingOverview }) {
  const { usage, limits } = billing;
  const templates = limits.resumeTemplates;
  return (
    <Card title="Usage" description="Daily limits reset at midnight UTC.">
      <div className="grid gap-6 sm:grid-cols-2">
        <UsageBar label="Coach messages" used={usage.coachMessages} limit={limits.coachMessages} window="Today" />
        <UsageBar
          label="AI suggestion drafts"
          used={usage.suggestionDrafts}
          limit={limits.suggestionDrafts}
          window="Today"
        />
        <UsageBar label="Resume A/B tests" used={usage.experiments} limit={limits.experiments} window="Running now" />
        <UsageBar
          label="Resume templates"
          used={templates === 6 ? 6 : billing.freeTemplates.length}
          limit={6}
          window={templates === 6 ? "All templates included" : "Free includes 2 of the 6 templates"}
        />
      </div>
    </Card>
  );
}
