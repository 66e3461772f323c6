import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadPublicPortfolio, siteOrigin } from "@/features/portfolio/public/load-public-portfolio";
import { PublicPortfolioPage } from "@/features/portfolio/public/public-portfolio-page";

interface RouteProps {
  params: Promise<{ handle: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Unlisted pages carry their token as `?token=` (the API's publicPath); `?k=` is the short form. */
async function resolve({ params, searchParams }: RouteProps) {
  const [{ handle }, query] = await Promise.all([params, searchParams]);
  const raw = query.token ?? query.k;
  const token = typeof raw === "string" && raw ? raw : undefined;
  return { handle, token, portfolio: await loadPublicPortfolio(handle, token) };
}

const plainText = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

export async function generateMetadata(props: RouteProps): Promise<Metadata> {
  const { token, portfolio } = await resolve(props);
  if (!portfolio) return { title: "Page not found", robots: { index: false } };
  const { owner } = portfolio;
  const title = owner.headline ? `${owner.name} — ${owner.headline}` : owner.name;
  const about = plainText(portfolio.bioHtml);
  const description =
    (about ? `${about.slice(0, 157)}${about.length > 157 ? "…" : ""}` : "") ||
    [owner.headline, owner.location].filter(Boolean).join(" · ") ||
    `${owner.name}'s portfolio on Hirefolio`;
  const url = `${await siteOrigin()}/p/${portfolio.handle}`;
  return {
    title: { absolute: `${title} · Hirefolio` },
    description,
    // An unlisted page is reached only through its token: no canonical, no index.
    ...(token ? { robots: { index: false, follow: false } } : { alternates: { canonical: url } }),
    openGraph: { type: "profile", title, description, url: token ? undefined : url, siteName: "Hirefolio" },
    twitter: { card: "summary_large_image", title, description },
  };
}

export default async function PublicPortfolioRoute(props: RouteProps) {
  const { handle, token, portfolio } = await resolve(props);
  if (!portfolio) notFound();
  const tokenQuery = token ? `?${new URLSearchParams({ token })}` : "";
  return (
    <PublicPortfolioPage
      portfolio={portfolio}
      pageUrl={`${await siteOrigin()}/p/${portfolio.handle}${tokenQuery}`}
      apiPath={`/api/v1/portfolios/${encodeURIComponent(handle)}`}
      tokenQuery={tokenQuery}
    />
  );
}
