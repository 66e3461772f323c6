import type { Metadata } from "next";
import { isBuilderTab } from "@/features/portfolio/builder-tabs";
import { PortfolioBuilder } from "@/features/portfolio/components/portfolio-builder";
import { firstParam, type PageSearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage({ searchParams }: { searchParams: PageSearchParams }) {
  const tab = firstParam((await searchParams).tab);
  return <PortfolioBuilder initialTab={isBuilderTab(tab) ? tab : "page"} />;
}
