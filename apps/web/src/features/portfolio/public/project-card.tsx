import type { PublicPortfolio } from "@hirefolio/shared";
import { MediaTile } from "./media-tile";
import { PortfolioCard, Tag } from "./portfolio-section";
import { SnippetBlock } from "./snippet-block";

type PublicProject = PublicPortfolio["projects"][number];

const monthFormat = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** "Mar 2021", or the year alone when only a year was given. */
function formatProjectDate(date: string) {
  return date.length === 4 ? date : monthFormat.format(new Date(`${date}-01T00:00:00Z`));
}

function projectPeriod({ startDate, endDate }: PublicProject) {
  if (!startDate && !endDate) return null;
  if (!startDate) return formatProjectDate(endDate as string);
  return `${formatProjectDate(startDate)} – ${endDate ? formatProjectDate(endDate) : "Present"}`;
}

/** A project: text and links, then its gallery (first in the designer theme, by CSS order), then its code. */
export function ProjectCard({ project }: { project: PublicProject }) {
  const period = projectPeriod(project);
  return (
    <PortfolioCard className="p-5 sm:p-7">
      <article aria-labelledby={`project-${project.id}`} className="flex flex-col gap-5">
        <header>
          <h3 id={`project-${project.id}`} className="pf-heading text-xl text-(--pf-text) sm:text-2xl">
            {project.title}
          </h3>
          {(project.role || period) && (
            <p className="pf-label mt-1 text-sm text-(--pf-muted)">
              {[project.role, period].filter(Boolean).join(" · ")}
            </p>
          )}
        </header>
        {project.descriptionHtml && (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: Markdown rendered and sanitised by the API
          <div className="pf-prose leading-relaxed" dangerouslySetInnerHTML={{ __html: project.descriptionHtml }} />
        )}
        {project.tags.length > 0 && (
          <ul className="flex flex-wrap gap-1.5" aria-label="Technologies">
            {project.tags.map((tag) => (
              <Tag key={tag}>{tag}</Tag>
            ))}
          </ul>
        )}
        {project.links.length > 0 && (
          <ul className="flex flex-wrap gap-x-5 gap-y-2">
            {project.links.map((link) => (
              <li key={link.url}>
                <a
                  href={link.url}
                  data-track
                  target="_blank"
                  rel="noopener noreferrer"
                  className="text-sm font-medium text-(--pf-accent) underline underline-offset-4 hover:no-underline"
                >
                  {link.label} <span aria-hidden="true">↗</span>
                </a>
              </li>
            ))}
          </ul>
        )}
        {project.media.length > 0 && (
          <div className="pf-gallery grid grid-cols-2 gap-3 md:grid-cols-3">
            {project.media.map((media, index) => (
              <div key={media.id} className={index === 0 ? "col-span-2 md:row-span-2" : ""}>
                <MediaTile media={media} />
              </div>
            ))}
          </div>
        )}
        {project.snippets.map((snippet) => (
          <SnippetBlock key={snippet.id} snippet={snippet} />
        ))}
      </article>
    </PortfolioCard>
  );
}
