"use client";

import { BriefcaseIcon, SearchIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { MyApplicationsCard } from "@/features/applications/components/my-applications-card";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { VerifyEmailBanner } from "@/features/auth/components/verify-email-banner";
import { LatestJobSearchPlan } from "@/features/career/components/latest-job-search-plan";
import { PendingInvitations } from "@/features/employers/components/pending-invitations";
import { FeatureCard } from "@/features/product/components/feature-card";
import { productFeatures } from "@/features/product/product-features";
import { ProfileCompletenessCard } from "@/features/profile/components/profile-completeness-card";
import { UpcomingInterviewsCard } from "@/features/scheduling/components/upcoming-interviews-card";
import { greeting } from "@/lib/greeting";

const candidateFeatures = productFeatures.filter((feature) => feature.audience === "candidate");

export function CandidateDashboard() {
  const me = useCurrentUser();
  return (
    <FadeIn className="space-y-8">
      <PageHeader
        title={greeting(me.name)}
        description="Here's where your job search stands today."
        actions={
          <ButtonLink href="/jobs">
            <SearchIcon />
            Browse jobs
          </ButtonLink>
        }
      />
      <VerifyEmailBanner />
      <PendingInvitations />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <MyApplicationsCard />
          <LatestJobSearchPlan />
        </div>
        <div className="space-y-6">
          <UpcomingInterviewsCard />
          <ProfileCompletenessCard />
        </div>
      </div>
      <section aria-labelledby="explore-heading" className="space-y-4">
        <h2 id="explore-heading" className="text-lg font-semibold text-slate-900">
          Tools for your search
        </h2>
        <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {candidateFeatures.map((feature) => (
            <FeatureCard
              key={feature.id}
              href={feature.href}
              title={feature.name}
              description={feature.summary}
              icon={feature.icon}
              eyebrow={feature.available ? undefined : "Coming soon"}
            />
          ))}
          <FeatureCard
            href="/jobs"
            title="Browse jobs"
            description="Search open roles by keyword and workplace, and apply with your profile in one step."
            icon={<BriefcaseIcon className="size-5" />}
          />
        </div>
      </section>
    </FadeIn>
  );
}
