import type { ExperimentResults, VariantResult } from "@hirefolio/shared";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/lib/class-names";
import { colorOf, percent } from "../variant-colors";
import { CopyLinkField } from "./copy-link-field";

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900 tabular-nums">{value.toLocaleString("en-US")}</dd>
    </div>
  );
}

function signed(value: number) {
  return `${value >= 0 ? "+" : "−"}${percent(Math.abs(value), 1)}`;
}

/** One variant: its counts, conversion, P(beats A), P(best) and its share link. */
export function VariantCard({
  variant,
  results,
  isWinner,
}: {
  variant: VariantResult;
  results: ExperimentResults;
  isWinner: boolean;
}) {
  const color = colorOf(variant.label);
  const baseline = variant.probabilityBeatsBaseline === null;
  return (
    <article
      aria-label={`Variant ${variant.label}`}
      className={cx(
        "flex flex-col gap-4 rounded-xl border bg-white p-5 shadow-card",
        isWinner ? "border-emerald-300 ring-2 ring-emerald-200" : "border-slate-200",
      )}
    >
      <header className="flex items-start gap-3">
        <span
          className={cx(
            "grid size-9 shrink-0 place-items-center rounded-lg text-sm font-bold text-white",
            color.swatch,
          )}
        >
          {variant.label}
        </span>
        <div className="min-w-0 flex-1">
          <Link
            href={`/resume/builder/${variant.resumeId}`}
            className="block truncate font-medium text-slate-900 hover:text-brand-700 hover:underline"
          >
            {variant.resumeTitle}
          </Link>
          <p className="text-xs text-slate-500">{baseline ? "Baseline" : `Challenger vs. A`}</p>
        </div>
        {isWinner && <Badge tone="success">Winner</Badge>}
      </header>

      <div>
        <p className="text-xs font-medium text-slate-500">
          {results.conversionsNoun === "interviews" ? "Interview rate" : "Application rate"}
        </p>
        <p
          className={cx(
            "text-3xl font-semibold tracking-tight tabular-nums",
            variant.trials === 0 ? "text-slate-300" : color.text,
          )}
        >
          {variant.trials === 0 ? "—" : percent(variant.conversionRate, 1)}
        </p>
        <p className="text-xs text-slate-500">
          {variant.conversions} of {variant.trials} {results.trialsNoun} · 95% interval{" "}
          {percent(variant.credibleInterval.low)}–{percent(variant.credibleInterval.high)}
        </p>
      </div>

      <dl className="grid grid-cols-4 gap-2 border-y border-slate-100 py-3">
        <Count label="Views" value={variant.views} />
        <Count label="Downloads" value={variant.downloads} />
        <Count label="Applied" value={variant.applications} />
        <Count label="Interviews" value={variant.interviews} />
      </dl>

      <dl className="grid grid-cols-2 gap-3 text-sm">
        <div>
          <dt className="text-xs text-slate-500">P(beats A)</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">
            {baseline ? "—" : percent(variant.probabilityBeatsBaseline ?? 0)}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">P(best of all)</dt>
          <dd className="font-semibold text-slate-900 tabular-nums">{percent(variant.probabilityBest)}</dd>
        </div>
        {!baseline && variant.expectedLift !== null && (
          <div className="col-span-2">
            <dt className="text-xs text-slate-500">Expected lift over A</dt>
            <dd className="font-semibold text-slate-900 tabular-nums">
              {signed(variant.expectedLift)} points
              {variant.relativeLift !== null && (
                <span className="font-normal text-slate-500"> ({signed(variant.relativeLift)} relative)</span>
              )}
            </dd>
          </div>
        )}
      </dl>

      <div className="mt-auto">
        {variant.shareSlug ? (
          <CopyLinkField slug={variant.shareSlug} label={`Share link of variant ${variant.label}`} />
        ) : (
          <p className="text-xs text-slate-500">This variant's share link was revoked.</p>
        )}
      </div>
    </article>
  );
}
