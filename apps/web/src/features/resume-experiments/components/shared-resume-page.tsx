"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ArrowRightIcon, FileTextIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/error-state";
import { Logo } from "@/components/ui/logo";
import { ListSkeleton } from "@/components/ui/skeleton";
import { StatusPage } from "@/components/ui/status-page";
import { ResumePreview } from "@/features/resumes/components/resume-preview";
import { isApiError } from "@/lib/api-client";
import { experimentKeys, fetchSharedResume, sharedResumePdfUrl } from "../api";

/** The public page behind a share link: the resume on a sheet of paper, with a PDF download. */
export function SharedResumePage({ slug }: { slug: string }) {
  // One fetch per visit: each load counts as a view (once per visitor and day on the server).
  const shared = useQuery({
    queryKey: experimentKeys.shared(slug),
    queryFn: () => fetchSharedResume(slug),
    retry: (count, error) => !isApiError(error, 404) && count < 2,
    refetchOnWindowFocus: false,
  });

  if (isApiError(shared.error, 404)) {
    return (
      <StatusPage
        code="404"
        title="This resume link doesn't work any more"
        description="Its owner may have turned it off. Ask them for a new link."
        actions={<ButtonLink href="/">Go to Hirefolio</ButtonLink>}
      />
    );
  }

  return (
    <div className="min-h-dvh bg-slate-100">
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-4xl items-center justify-between gap-4 px-4">
          <Link href="/" aria-label="Hirefolio home">
            <Logo />
          </Link>
          {shared.data && (
            <a
              href={sharedResumePdfUrl(slug)}
              download
              className="inline-flex h-9 items-center gap-2 rounded-lg bg-brand-600 px-4 text-sm font-medium text-white shadow-sm hover:bg-brand-700"
            >
              <FileTextIcon className="size-4" />
              Download PDF
            </a>
          )}
        </div>
      </header>
      <main id="main" className="mx-auto max-w-4xl px-4 py-8 sm:py-12">
        {shared.data ? (
          <ResumePreview
            document={shared.data.document}
            templateId={shared.data.templateId}
            standalone
            label="Resume"
          />
        ) : (
          <div className="rounded-2xl bg-white p-6 shadow-raised ring-1 ring-slate-200 sm:p-12">
            {shared.error ? (
              <ErrorState error={shared.error} onRetry={() => shared.refetch()} />
            ) : (
              <ListSkeleton rows={4} label="Loading resume…" />
            )}
          </div>
        )}
        <p className="mt-6 text-center text-sm text-slate-500">
          Made with Hirefolio ·{" "}
          <Link href="/sign-up" className="inline-flex items-center gap-1 font-medium text-brand-700 hover:underline">
            Build your own resume <ArrowRightIcon className="size-3.5" />
          </Link>
        </p>
      </main>
    </div>
  );
}
