"use client";

import type { PortfolioVisibility } from "@hirefolio/shared";
import { useState } from "react";
import { ExternalLinkIcon } from "@/components/icons";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { Tabs } from "@/components/ui/tabs";
import type { BuilderTab } from "../builder-tabs";
import { usePortfolioSettings } from "../hooks/use-portfolio-settings";
import { BadgesPanel } from "./badges-panel";
import { PageSettingsPanel } from "./page-settings-panel";
import { ProjectsPanel } from "./projects-panel";
import { TestimonialsPanel } from "./testimonials-panel";
import { WorkSamplesPanel } from "./work-samples-panel";

const visibilityBadges: Record<PortfolioVisibility, { tone: BadgeTone; label: string }> = {
  public: { tone: "success", label: "Public" },
  unlisted: { tone: "sky", label: "Unlisted" },
  private: { tone: "neutral", label: "Private" },
};

/** The portfolio editor: one tab per part of the page. The open tab is kept in the address, so reloads stay put. */
export function PortfolioBuilder({ initialTab }: { initialTab: BuilderTab }) {
  const settings = usePortfolioSettings();
  const [tab, setTab] = useState<BuilderTab>(initialTab);

  const changeTab = (next: BuilderTab) => {
    setTab(next);
    const url = new URL(window.location.href);
    if (next === "page") url.searchParams.delete("tab");
    else url.searchParams.set("tab", next);
    window.history.replaceState(null, "", url);
  };

  if (settings.error) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  if (!settings.data) return <PageSkeleton label="Loading your portfolio…" />;
  const page = settings.data;
  const visibility = visibilityBadges[page.visibility];

  return (
    <FadeIn>
      <PageHeader
        title="Portfolio"
        description="Your projects, work samples and what others say about you, on one page you can share with employers."
        back={{ href: "/profile", label: "Profile" }}
        meta={
          <Badge tone={visibility.tone} dot>
            {visibility.label}
          </Badge>
        }
        actions={
          page.visibility !== "private" && (
            <ButtonLink href={page.publicPath} target="_blank" variant="secondary">
              <ExternalLinkIcon />
              View page
            </ButtonLink>
          )
        }
      />
      {/* Five tabs fit a 390 px phone only with tighter gaps and the short "Samples". */}
      <div className="[&_[role=tab]]:whitespace-nowrap [&_[role=tablist]]:gap-4 sm:[&_[role=tablist]]:gap-6">
        <Tabs
          label="Portfolio sections"
          value={tab}
          onChange={changeTab}
          tabs={[
            { value: "page", label: "Page", panel: <PageSettingsPanel settings={page} /> },
            { value: "projects", label: "Projects", panel: <ProjectsPanel /> },
            {
              value: "samples",
              label: (
                <>
                  <span className="sm:hidden">Samples</span>
                  <span className="hidden sm:inline">Work samples</span>
                </>
              ),
              panel: <WorkSamplesPanel />,
            },
            { value: "testimonials", label: "Testimonials", panel: <TestimonialsPanel /> },
            { value: "badges", label: "Badges", panel: <BadgesPanel /> },
          ]}
        />
      </div>
    </FadeIn>
  );
}
