import type { GithubStats } from "@hirefolio/shared";
import { PortfolioCard } from "./portfolio-section";

const number = new Intl.NumberFormat("en-US", { notation: "compact" });

/** Public GitHub figures fetched by the API's job; absent until the job has run. */
export function GithubStatsCard({ stats }: { stats: GithubStats }) {
  const figures = [
    { label: "Public repos", value: stats.publicRepos },
    { label: "Stars", value: stats.totalStars },
    { label: "Followers", value: stats.followers },
  ];
  return (
    <PortfolioCard className="p-5 sm:p-7">
      <dl className="grid grid-cols-3 gap-4">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt className="pf-label text-xs text-(--pf-muted)">{figure.label}</dt>
            <dd className="pf-heading mt-1 text-2xl">{number.format(figure.value)}</dd>
          </div>
        ))}
      </dl>
      {stats.topLanguages.length > 0 && (
        <p className="mt-5 text-sm text-(--pf-muted)">
          Mostly writes <span className="text-(--pf-text)">{stats.topLanguages.map((l) => l.language).join(", ")}</span>
        </p>
      )}
      {stats.topRepos.length > 0 && (
        <ul className="mt-5 grid gap-3 sm:grid-cols-3">
          {stats.topRepos.map((repo) => (
            <li key={repo.url} className="rounded-[calc(var(--pf-radius)*0.75)] border border-(--pf-border) p-3">
              <a
                href={repo.url}
                data-track
                target="_blank"
                rel="noopener noreferrer"
                className="pf-label font-medium text-(--pf-accent) underline-offset-4 hover:underline"
              >
                {repo.name}
              </a>
              {repo.description && <p className="mt-1 line-clamp-2 text-sm text-(--pf-muted)">{repo.description}</p>}
              <p className="pf-label mt-2 text-xs text-(--pf-muted)">
                {[repo.language, `★ ${number.format(repo.stars)}`].filter(Boolean).join(" · ")}
              </p>
            </li>
          ))}
        </ul>
      )}
    </PortfolioCard>
  );
}
