import type { OccupationMatchList } from "@hirefolio/shared";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { SourceCitation } from "@/features/career/components/source-citation";
import { formatPercent } from "@/features/career/format";

/** The O*NET occupations a job title stands for, best match first, with the title that matched. */
export function OccupationMatchesCard({ matches }: { matches: OccupationMatchList }) {
  return (
    <Card title="Matching occupations">
      {matches.items.length === 0 ? (
        <p className="text-sm text-slate-600">No occupation matches that title.</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {matches.items.map((match) => (
            <li key={match.code} className="flex items-start justify-between gap-3 py-2.5 first:pt-0 last:pb-0">
              <div className="min-w-0">
                <p className="text-sm font-semibold text-slate-900">{match.title}</p>
                <p className="text-xs text-slate-500">
                  <span className="font-mono">{match.code}</span> · matched “{match.matchedTitle}”
                </p>
              </div>
              <Badge tone={match.score >= 0.7 ? "success" : "neutral"}>{formatPercent(match.score)}</Badge>
            </li>
          ))}
        </ul>
      )}
      <SourceCitation sources={[matches.source]} />
    </Card>
  );
}
