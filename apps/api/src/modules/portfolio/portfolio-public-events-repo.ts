import { type DbOrTx, schema } from "@hirefolio/db";
import { eq } from "drizzle-orm";

const { portfolio, portfolioProject } = schema;

/**
 * The external addresses the page links to (its owner's links, project links and the GitHub repos it shows), and
 * which of them reach the owner: their LinkedIn profile, the page's one contact link (events carry http(s) targets
 * only, so there is no mailto: to count).
 */
export async function listPageLinkTargets(
  db: DbOrTx,
  ownerId: string,
): Promise<{ targets: string[]; contact: string[] }> {
  const [[page], projects] = await Promise.all([
    db
      .select({
        githubUsername: portfolio.githubUsername,
        linkedinUrl: portfolio.linkedinUrl,
        websiteUrl: portfolio.websiteUrl,
        githubStats: portfolio.githubStats,
      })
      .from(portfolio)
      .where(eq(portfolio.userId, ownerId))
      .limit(1),
    db.select({ links: portfolioProject.links }).from(portfolioProject).where(eq(portfolioProject.userId, ownerId)),
  ]);
  if (!page) return { targets: [], contact: [] };
  const repos = (page.githubStats as { topRepos?: { url?: unknown }[] } | null)?.topRepos ?? [];
  const targets = [
    page.githubUsername ? `https://github.com/${page.githubUsername}` : null,
    page.linkedinUrl,
    page.websiteUrl,
    ...repos.map((repo) => (typeof repo.url === "string" ? repo.url : null)),
    ...projects.flatMap((project) => project.links.map((link) => link.url)),
  ].filter((url): url is string => url !== null);
  const contact = page.linkedinUrl ? [page.linkedinUrl] : [];
  return { targets, contact };
}
