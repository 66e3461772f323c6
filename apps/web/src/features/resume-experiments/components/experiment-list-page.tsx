"use client";

import { ChartIcon, FileTextIcon } from "@/components/icons";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { useResumes } from "@/features/resumes/hooks/use-resumes";
import { useExperiments } from "../hooks/use-experiments";
import { ExperimentRow } from "./experiment-row";
import { NewExperimentForm } from "./new-experiment-form";

export function ExperimentListPage() {
  const experiments = useExperiments();
  const resumes = useResumes();

  return (
    <FadeIn className="space-y-6">
      <PageHeader
        back={{ href: "/resume/builder", label: "Resume builder" }}
        title="Resume A/B tests"
        description="Send different versions of your resume and let the numbers say which one gets you more interviews. Each variant gets its own tracked share link."
      />
      <Card title="New experiment" description="Pick a baseline and the variants to compare with it.">
        <QueryState query={resumes} loadingLabel="Loading your resumes…">
          {(page) =>
            page.items.length === 0 ? (
              <EmptyState
                icon={<FileTextIcon className="size-6" />}
                title="You need a resume first"
                description="Create a resume in the builder; you can duplicate it here into variants."
                action={<ButtonLink href="/resume/builder">Open the resume builder</ButtonLink>}
              />
            ) : (
              <NewExperimentForm resumes={page.items} />
            )
          }
        </QueryState>
      </Card>
      <Card title="Your experiments" padding="none">
        <QueryState
          query={experiments}
          loadingLabel="Loading your experiments…"
          padded
          isEmpty={(page) => page.items.length === 0}
          empty={
            <EmptyState
              icon={<ChartIcon className="size-6" />}
              title="No experiments yet"
              description="Start one above. Results show views, downloads, applications and interviews per variant, and how likely each variant is to be the best."
            />
          }
        >
          {(page) => (
            <ul className="divide-y divide-slate-100">
              {page.items.map((experiment) => (
                <ExperimentRow key={experiment.id} experiment={experiment} />
              ))}
            </ul>
          )}
        </QueryState>
      </Card>
    </FadeIn>
  );
}
