import type { SkillGapResponse } from "@hirefolio/shared";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { formatPercent } from "../format";
import { SourceCitation } from "./source-citation";

/** O*NET levels run 0–7. */
const maxLevel = 7;
const shownGaps = 10;

const levelShare = (level: number) => `${(Math.min(level, maxLevel) / maxLevel) * 100}%`;

/**
 * Ranked gaps as horizontal bars: the target's required level against the person's current one. Labels are HTML and
 * bars SVG sized in percentages, so the text stays readable at any width instead of scaling down with a viewBox.
 */
export function SkillGapChart({ gaps }: { gaps: SkillGapResponse["gaps"] }) {
  const rows = gaps.slice(0, shownGaps);
  return (
    <figure>
      <ol aria-label={`Top ${rows.length} skill gaps: required level against yours`} className="space-y-2">
        {rows.map((gap) => (
          <li
            key={`${gap.kind}-${gap.name}`}
            className="grid gap-1 sm:grid-cols-[11rem_minmax(0,1fr)] sm:items-center sm:gap-3"
          >
            <span className="truncate text-sm text-slate-700" title={gap.name}>
              {gap.name}
            </span>
            <svg
              width="100%"
              height="14"
              role="img"
              aria-label={`${gap.name}: need level ${gap.targetLevel.toFixed(1)}, you have ${gap.currentLevel.toFixed(1)}`}
            >
              <rect width="100%" height="14" rx="7" className="fill-slate-100" />
              <rect width={levelShare(gap.targetLevel)} height="14" rx="7" className="fill-amber-300" />
              <rect width={levelShare(gap.currentLevel)} height="14" rx="7" className="fill-brand-500" />
            </svg>
          </li>
        ))}
      </ol>
      <figcaption className="mt-3 flex flex-wrap gap-4 text-xs text-slate-600">
        <span className="inline-flex items-center gap-1.5">
          <span className="size-2.5 rounded-full bg-brand-500" /> Your level
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span className="size-2.5 rounded-full bg-amber-300" /> Required level (O*NET, 0–7)
        </span>
      </figcaption>
    </figure>
  );
}

export function SkillGapCard({ gap }: { gap: SkillGapResponse }) {
  return (
    <Card
      title="Skill gap"
      description={`${gap.from.title} → ${gap.to.title}${gap.skillsConsidered > 0 ? ` · ${gap.skillsConsidered} of your skills considered` : ""}`}
      action={<Badge tone={gap.readiness >= 0.7 ? "success" : "amber"}>{formatPercent(gap.readiness)} ready</Badge>}
    >
      {gap.gaps.length === 0 ? (
        <p className="text-sm text-slate-600">
          You already meet every important skill and knowledge level for this role.
        </p>
      ) : (
        <SkillGapChart gaps={gap.gaps} />
      )}
      {gap.missingTechnologies.length > 0 && (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-slate-900">Technologies to learn</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {gap.missingTechnologies.map((tech) => (
              <li key={tech.name} className="max-w-full">
                <Badge tone={tech.hot ? "danger" : "neutral"} className="max-w-full">
                  {/* Some O*NET product names run to sixty characters; they must not widen a phone screen. */}
                  <span className="truncate" title={tech.name}>
                    {tech.name}
                  </span>
                  {tech.hot && <span className="-ml-1">· hot</span>}
                </Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {(gap.covered.length > 0 || gap.coveredTechnologies.length > 0) && (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-slate-900">Already covered</h3>
          <ul className="mt-2 flex flex-wrap gap-1.5">
            {gap.covered.map((element) => (
              <li key={`${element.kind}-${element.name}`}>
                <Badge tone="success">{element.name}</Badge>
              </li>
            ))}
            {gap.coveredTechnologies.map((name) => (
              <li key={name}>
                <Badge tone="sky">{name}</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      <SourceCitation sources={gap.sources} />
    </Card>
  );
}
