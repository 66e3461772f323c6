"use client";

import { VideoIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ErrorState } from "@/components/ui/error-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { PageSkeleton } from "@/components/ui/skeleton";
import { useCurrentUser } from "@/features/auth/components/require-role";
import { useProfile } from "../hooks/use-profile";
import { CompletenessMeter } from "./completeness-meter";
import { ProfileForm } from "./profile-form";
import { ProfilePictureCard } from "./profile-picture-card";

export function ProfileEditor() {
  const me = useCurrentUser();
  const { data: profile, error, refetch } = useProfile();

  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!profile) return <PageSkeleton label="Loading your profile…" />;

  return (
    <FadeIn>
      <PageHeader
        title="Your profile"
        description="Keep it current: it's what employers read first."
        back={{ href: "/candidate", label: "Dashboard" }}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <ProfilePictureCard />
          <ProfileForm profile={profile} />
        </div>
        <aside className="space-y-6">
          <Card title="Completeness">
            <CompletenessMeter value={profile.completeness} />
            <p className="mt-4 text-sm text-slate-600">Fill in every field and add your key skills to reach 100%.</p>
          </Card>
          <Card title="Video introduction">
            <p className="text-sm text-slate-600">Sixty seconds in your own voice: employers see it first.</p>
            <ButtonLink href="/profile/video" variant="secondary" className="mt-4">
              <VideoIcon className="size-4" />
              Record your intro
            </ButtonLink>
          </Card>
          <Card title="Account">
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="text-slate-500">Name</dt>
                <dd className="font-medium text-slate-900">{me.name}</dd>
              </div>
              <div>
                <dt className="text-slate-500">Email</dt>
                <dd className="font-medium break-all text-slate-900">{me.email}</dd>
              </div>
            </dl>
          </Card>
        </aside>
      </div>
    </FadeIn>
  );
}
