import type { PublicPortfolio } from "@hirefolio/shared";
import { BadgesList } from "./badges-list";
import { GithubStatsCard } from "./github-stats-card";
import { MediaTile } from "./media-tile";
import { publicPageScriptSource } from "./page-script";
import { PortfolioHeader } from "./portfolio-header";
import { PortfolioSection } from "./portfolio-section";
import { ProjectCard } from "./project-card";
import { SnippetBlock } from "./snippet-block";
import { TestimonialsList } from "./testimonials-list";
import { introVideoId, VideoIntro } from "./video-intro";

/**
 * The public portfolio: one server-rendered tree for every theme (the theme is a class setting CSS variables).
 * Sections without content are left out; the themes' stylesheet is loaded by pages/_app.tsx. The only client code
 * is one small inline script (page-script.ts): copy buttons, the QR dialog and analytics.
 */
export function PublicPortfolioPage({
  portfolio,
  pageUrl,
  apiPath,
  tokenQuery,
}: {
  portfolio: PublicPortfolio;
  /** The address visitors share (with the token when the page is unlisted). */
  pageUrl: string;
  /** `/api/v1/portfolios/{handle}`, for the QR code and events. */
  apiPath: string;
  /** `?token=…` when the page was opened with one, else empty. */
  tokenQuery: string;
}) {
  const hasContent =
    portfolio.bioHtml ||
    portfolio.video ||
    portfolio.projects.length > 0 ||
    portfolio.snippets.length > 0 ||
    portfolio.workSamples.length > 0 ||
    portfolio.badges.length > 0 ||
    portfolio.testimonials.length > 0;
  return (
    <div className={`pf pf-theme-${portfolio.theme}`}>
      <div className="mx-auto max-w-5xl px-5 pt-12 pb-10 sm:px-8 sm:pt-20">
        <PortfolioHeader portfolio={portfolio} pageUrl={pageUrl} qrUrl={`${apiPath}/qr.svg${tokenQuery}`} />
        <main id="main" className="mt-14 sm:mt-16">
          {portfolio.bioHtml && (
            <PortfolioSection id="about" title="About">
              <div
                className="pf-prose max-w-3xl text-lg leading-relaxed"
                // biome-ignore lint/security/noDangerouslySetInnerHtml: Markdown rendered and sanitised by the API
                dangerouslySetInnerHTML={{ __html: portfolio.bioHtml }}
              />
            </PortfolioSection>
          )}
          {portfolio.video && (
            <PortfolioSection id="intro" title="Video introduction">
              <div className="max-w-3xl">
                <VideoIntro video={portfolio.video} name={portfolio.owner.name} />
              </div>
            </PortfolioSection>
          )}
          {portfolio.projects.length > 0 && (
            <PortfolioSection id="projects" title="Projects">
              <div className="flex flex-col gap-8">
                {portfolio.projects.map((project) => (
                  <ProjectCard key={project.id} project={project} />
                ))}
              </div>
            </PortfolioSection>
          )}
          {portfolio.snippets.length > 0 && (
            <PortfolioSection id="code" title="Code">
              <div className="flex flex-col gap-6">
                {portfolio.snippets.map((snippet) => (
                  <SnippetBlock key={snippet.id} snippet={snippet} />
                ))}
              </div>
            </PortfolioSection>
          )}
          {portfolio.workSamples.length > 0 && (
            <PortfolioSection id="work-samples" title="Work samples">
              <div className="grid grid-cols-2 gap-5 sm:grid-cols-3 lg:grid-cols-4">
                {portfolio.workSamples.map((media) => (
                  <MediaTile key={media.id} media={media} />
                ))}
              </div>
            </PortfolioSection>
          )}
          {portfolio.badges.length > 0 && (
            <PortfolioSection id="badges" title="Badges">
              <BadgesList badges={portfolio.badges} />
            </PortfolioSection>
          )}
          {portfolio.testimonials.length > 0 && (
            <PortfolioSection id="testimonials" title="What colleagues say">
              <TestimonialsList testimonials={portfolio.testimonials} />
            </PortfolioSection>
          )}
          {portfolio.githubStats?.status === "ok" && (
            <PortfolioSection id="github" title="On GitHub">
              <GithubStatsCard stats={portfolio.githubStats} />
            </PortfolioSection>
          )}
          {!hasContent && (
            <p className="rounded-(--pf-radius) border border-dashed border-(--pf-border) p-10 text-center text-(--pf-muted)">
              {portfolio.owner.name.split(" ")[0]} is still putting this page together. Check back soon.
            </p>
          )}
        </main>
        <footer className="mt-20 border-t border-(--pf-border) pt-6 text-sm text-(--pf-muted)">
          <a href="/" className="underline-offset-4 hover:underline">
            Made with Hirefolio
          </a>
        </footer>
      </div>
      <script
        // biome-ignore lint/security/noDangerouslySetInnerHtml: our own function's source; its arguments are JSON-escaped
        dangerouslySetInnerHTML={{ __html: publicPageScriptSource(`${apiPath}/events${tokenQuery}`, introVideoId) }}
      />
    </div>
  );
}
