import type { PublicPortfolio } from "@hirefolio/shared";
import Head from "next/head";
import { ogImageAlt, ogImageSize } from "./og-image-meta";

const plainText = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z#0-9]+;/gi, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Title and description for search results and link previews: the bio's opening, else headline and place. */
export function portfolioSummary(portfolio: PublicPortfolio) {
  const { owner } = portfolio;
  const title = owner.headline ? `${owner.name} — ${owner.headline}` : owner.name;
  const about = plainText(portfolio.bioHtml);
  const description =
    (about ? `${about.slice(0, 157)}${about.length > 157 ? "…" : ""}` : "") ||
    [owner.headline, owner.location].filter(Boolean).join(" · ") ||
    `${owner.name}'s portfolio on Hirefolio`;
  return { title, description };
}

/**
 * The page's <head>, with the same tags the app's metadata API writes for its other pages: title, description,
 * canonical, Open Graph and Twitter cards (image from ./opengraph-image, the app route beside the page), theme
 * colour and icon. An unlisted page is reached only through its token: no canonical, no index.
 */
export function PortfolioHead({
  portfolio,
  origin,
  unlisted,
}: {
  portfolio: PublicPortfolio;
  origin: string;
  unlisted: boolean;
}) {
  const { title, description } = portfolioSummary(portfolio);
  const url = `${origin}/p/${portfolio.handle}`;
  const image = `${url}/opengraph-image`;
  return (
    <Head>
      <title>{`${title} · Hirefolio`}</title>
      <meta name="description" content={description} />
      <meta name="application-name" content="Hirefolio" />
      <meta name="theme-color" content="#4f46e5" />
      {unlisted ? <meta name="robots" content="noindex, nofollow" /> : <link rel="canonical" href={url} />}
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      {!unlisted && <meta property="og:url" content={url} />}
      <meta property="og:site_name" content="Hirefolio" />
      <meta property="og:image" content={image} />
      <meta property="og:image:type" content="image/png" />
      <meta property="og:image:width" content={String(ogImageSize.width)} />
      <meta property="og:image:height" content={String(ogImageSize.height)} />
      <meta property="og:image:alt" content={ogImageAlt} />
      <meta property="og:type" content="profile" />
      <meta name="twitter:card" content="summary_large_image" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      <meta name="twitter:image" content={image} />
      <meta name="twitter:image:alt" content={ogImageAlt} />
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
    </Head>
  );
}
