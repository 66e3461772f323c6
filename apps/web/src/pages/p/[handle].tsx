import type { PublicPortfolio } from "@hirefolio/shared";
import type { GetServerSideProps, PageConfig } from "next";
import {
  type IncomingHeaders,
  loadPublicPortfolio,
  siteOrigin,
} from "@/features/portfolio/public/load-public-portfolio";
import { PortfolioHead } from "@/features/portfolio/public/portfolio-head";
import { PublicPortfolioPage } from "@/features/portfolio/public/public-portfolio-page";

/*
 * Why this one page is in the Pages Router: the public portfolio must load under 120 KB of JavaScript (gzip), and
 * the App Router's client runtime alone (React DOM, router, hydration) weighs about 130 KB with Turbopack and with
 * webpack alike, before a line of the page's own code. The page needs no React in the browser: it is all
 * server-rendered markup, plus copy buttons, a QR dialog and analytics beacons, which one small inline script
 * (page-script.ts) handles. So it renders the same components to HTML here and ships none of the runtime
 * (`unstable_runtimeJS: false`), only that script. Its share image stays an App Router route beside it
 * (app/p/[handle]/opengraph-image.tsx), and its 404 is the app's not-found page, which Next.js renders for Pages
 * Router 404s when the app directory exists.
 */
// `runtime` is spelled out because Next's generated route types accept a page config only when it shares a key
// with their short list, which leaves out `unstable_runtimeJS`.
export const config = { runtime: "nodejs", unstable_runtimeJS: false } satisfies PageConfig;

interface PageProps {
  portfolio: PublicPortfolio;
  origin: string;
  /** `?token=…` when the page was opened with one, else empty. */
  tokenQuery: string;
}

export const getServerSideProps: GetServerSideProps<PageProps, { handle: string }> = async ({ params, query, req }) => {
  const handle = params?.handle ?? "";
  // Unlisted pages carry their token as `?token=` (the API's publicPath); `?k=` is the short form.
  const raw = query.token ?? query.k;
  const token = typeof raw === "string" && raw ? raw : undefined;
  const incoming: IncomingHeaders = {
    get: (name) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value.join(", ") : (value ?? null);
    },
  };
  const portfolio = await loadPublicPortfolio(handle, token, incoming);
  if (!portfolio) return { notFound: true };
  return {
    props: {
      portfolio,
      origin: siteOrigin(incoming),
      tokenQuery: token ? `?${new URLSearchParams({ token })}` : "",
    },
  };
};

export default function PublicPortfolioRoute({ portfolio, origin, tokenQuery }: PageProps) {
  const apiPath = `/api/v1/portfolios/${encodeURIComponent(portfolio.handle)}`;
  return (
    <>
      <PortfolioHead portfolio={portfolio} origin={origin} unlisted={tokenQuery !== ""} />
      <PublicPortfolioPage
        portfolio={portfolio}
        pageUrl={`${origin}/p/${portfolio.handle}${tokenQuery}`}
        apiPath={apiPath}
        tokenQuery={tokenQuery}
      />
    </>
  );
}
