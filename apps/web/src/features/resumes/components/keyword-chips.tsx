import type { AtsAnalysis } from "@hirefolio/shared";
import { CheckIcon, XIcon } from "@/components/icons";
import { cx } from "@/lib/class-names";
import { FieldLink } from "./field-link";

/** Keywords of the job description the resume has, and those it lacks; missing must-haves stand out. */
export function KeywordChips({ keywords }: { keywords: AtsAnalysis["keywords"] }) {
  const missing = [...keywords.missing].sort(
    (a, b) => Number(b.importance === "must") - Number(a.importance === "must"),
  );
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">
          Missing keywords <span className="font-normal text-slate-500">({missing.length})</span>
        </h3>
        {missing.length ? (
          <ul aria-label="Missing keywords" className="flex flex-wrap gap-1.5">
            {missing.map((keyword) => (
              <li
                key={keyword.term}
                title={keyword.suggestion.text}
                className={cx(
                  "inline-flex items-center gap-1 rounded-full px-2.5 py-1 text-xs font-medium ring-1 ring-inset",
                  keyword.importance === "must"
                    ? "bg-rose-50 text-rose-800 ring-rose-300"
                    : "bg-slate-50 text-slate-700 ring-slate-200",
                )}
              >
                <XIcon className="size-3" />
                {keyword.term}
                {keyword.importance === "must" && <span className="font-semibold uppercase text-[0.625rem]">must</span>}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">Your resume covers every keyword we found.</p>
        )}
      </div>
      <div className="space-y-2">
        <h3 className="text-sm font-semibold text-slate-900">
          Matched keywords <span className="font-normal text-slate-500">({keywords.matched.length})</span>
        </h3>
        {keywords.matched.length ? (
          <ul aria-label="Matched keywords" className="flex flex-wrap gap-1.5">
            {keywords.matched.map((keyword) => (
              <li
                key={keyword.term}
                className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2.5 py-1 text-xs font-medium text-emerald-800 ring-1 ring-emerald-200 ring-inset"
              >
                <CheckIcon className="size-3" />
                {keyword.term}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">None yet — add the missing ones that are true for you.</p>
        )}
      </div>
      {missing.some((k) => k.importance === "must") && (
        <div className="space-y-1.5 rounded-lg bg-slate-50 p-3">
          <p className="text-xs font-semibold text-slate-700">Where must-haves could go</p>
          <ul className="space-y-1.5 text-xs text-slate-600">
            {missing
              .filter((k) => k.importance === "must")
              .map((k) => (
                <li key={k.term}>
                  <span className="font-medium text-slate-800">{k.term}:</span> {k.suggestion.text}{" "}
                  <FieldLink path={k.suggestion.where} />
                </li>
              ))}
          </ul>
        </div>
      )}
    </div>
  );
}
