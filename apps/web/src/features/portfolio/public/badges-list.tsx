import type { PortfolioBadge } from "@hirefolio/shared";
import { formatDate } from "@/lib/format-date";

/** Earned badges; each links to its signed credential, which anyone can check. */
export function BadgesList({ badges }: { badges: PortfolioBadge[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {badges.map((badge) => (
        <li
          key={badge.badge}
          className="flex items-center gap-4 rounded-(--pf-radius) border border-(--pf-border) bg-(--pf-surface) p-4"
        >
          {/* biome-ignore lint/performance/noImgElement: a small static SVG; no optimisation to gain */}
          <img src={`/badges/${badge.badge}.svg`} alt="" width={56} height={56} loading="lazy" className="size-14" />
          <div className="min-w-0">
            <p className="font-semibold">{badge.name}</p>
            <p className="pf-label text-xs text-(--pf-muted)">Earned {formatDate(badge.awardedAt)}</p>
            {badge.verifyUrl && (
              <a
                href={badge.verifyUrl}
                className="mt-1 inline-block text-sm font-medium text-(--pf-accent) underline underline-offset-4"
                aria-label={`Verify the ${badge.name} credential`}
              >
                Verify
              </a>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
