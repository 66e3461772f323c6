"use client";

import type { PortfolioSettings } from "@hirefolio/shared";
import { Card } from "@/components/ui/card";
import { AboutForm } from "./about-form";
import { GithubStatsCard } from "./github-stats-card";
import { HandleField } from "./handle-field";
import { ThemePicker } from "./theme-picker";
import { VideoIntroLinkCard } from "./video-intro-link-card";
import { VisibilityCard } from "./visibility-card";

export function PageSettingsPanel({ settings }: { settings: PortfolioSettings }) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <Card title="Address" description="Letters, digits and hyphens; 3 to 30 characters.">
        <HandleField settings={settings} />
      </Card>
      <VisibilityCard settings={settings} />
      <div className="lg:col-span-2">
        <ThemePicker settings={settings} />
      </div>
      <div className="lg:col-span-2">
        <AboutForm settings={settings} />
      </div>
      {settings.githubUsername && <GithubStatsCard username={settings.githubUsername} />}
      <div className={settings.githubUsername ? undefined : "lg:col-span-2"}>
        <VideoIntroLinkCard />
      </div>
    </div>
  );
}
