"use client";

import type { ExperimentResults } from "@hirefolio/shared";
import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FadeIn } from "@/components/ui/fade-in";
import { PageHeader } from "@/components/ui/page-header";
import { QueryState } from "@/components/ui/query-state";
import { useToast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/api-client";
import { formatDate } from "@/lib/format-date";
import { useExperimentMutations, useExperimentResults } from "../hooks/use-experiments";
import { percent } from "../variant-colors";
import { goalLabels } from "./experiment-row";
import { IntervalChart } from "./interval-chart";
import { TimelineChart } from "./timeline-chart";
import { VariantCard } from "./variant-card";

const verdictTones = { "not-enough-data": "warning", winner: "success", "no-clear-winner": "info" } as const;

function ExperimentActions({ results }: { results: ExperimentResults }) {
  const { end, remove } = useExperimentMutations();
  const router = useRouter();
  const toast = useToast();
  const { experiment } = results;
  return (
    <>
      {!experiment.endedAt && (
        <Button
          variant="secondary"
          loading={end.isPending}
          onClick={() =>
            end.mutate(experiment.id, {
              onSuccess: () => toast.show("Experiment ended; its results are kept."),
              onError: (error) => toast.show(errorMessage(error), "danger"),
            })
          }
        >
          End experiment
        </Button>
      )}
      <Button
        variant="ghost"
        className="text-rose-700 hover:bg-rose-50 hover:text-rose-800"
        loading={remove.isPending}
        onClick={() => {
          if (!window.confirm(`Delete “${experiment.name}”? Your resumes and share links stay.`)) return;
          remove.mutate(experiment.id, { onSuccess: () => router.push("/resume/experiments") });
        }}
      >
        Delete
      </Button>
    </>
  );
}

function Results({ results }: { results: ExperimentResults }) {
  const { experiment, verdict } = results;
  const minimum = results.minimumSample;
  return (
    <>
      <PageHeader
        back={{ href: "/resume/experiments", label: "All experiments" }}
        title={experiment.name}
        meta={
          experiment.endedAt ? (
            <Badge>Ended {formatDate(experiment.endedAt)}</Badge>
          ) : (
            <Badge tone="success" dot>
              Running
            </Badge>
          )
        }
        description={`${goalLabels[experiment.goal]} · started ${formatDate(experiment.createdAt)}`}
        actions={<ExperimentActions results={results} />}
      />
      <div className="space-y-6">
        <Alert tone={verdictTones[verdict.kind]} title={verdict.message}>
          {verdict.kind === "not-enough-data" && (
            <p>
              A verdict needs at least {minimum.trialsPerVariant} {results.trialsNoun} per variant and{" "}
              {minimum.totalConversions} {results.conversionsNoun} in total. The probabilities below will move a lot
              until then.
            </p>
          )}
          {verdict.kind === "winner" && (
            <p>You can end the experiment and make variant {verdict.label} the resume you send.</p>
          )}
        </Alert>
        <div className="grid gap-4 md:grid-cols-2">
          {results.variants.map((variant) => (
            <VariantCard
              key={variant.label}
              variant={variant}
              results={results}
              isWinner={verdict.kind === "winner" && verdict.label === variant.label}
            />
          ))}
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <Card
            title="How sure are we?"
            description={`Likely ${results.conversionsNoun === "interviews" ? "interview" : "application"} rate per variant: dot = best estimate, bar = 95% credible interval.`}
          >
            <IntervalChart variants={results.variants} />
            <ul className="mt-4 space-y-1.5 border-t border-slate-100 pt-4 text-sm text-slate-700">
              {results.variants.slice(1).map((v) => (
                <li key={v.label} className="flex justify-between gap-4">
                  <span>Chance {v.label} converts better than A</span>
                  <span className="font-semibold tabular-nums">{percent(v.probabilityBeatsBaseline ?? 0, 1)}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title="Over time" description="Day by day since the experiment started (UTC).">
            <TimelineChart results={results} />
          </Card>
        </div>
        <p className="text-xs text-slate-500">
          Bayesian analysis with a uniform Beta(1, 1) prior per variant. P(beats A) is exact; P(best of all) is
          integrated numerically. Views count each visitor once a day; interviews count applications sent during the
          experiment that reached the interview stage.
        </p>
      </div>
    </>
  );
}

export function ExperimentResultsPage({ experimentId }: { experimentId: string }) {
  const results = useExperimentResults(experimentId);
  return (
    <FadeIn>
      <QueryState query={results} loadingLabel="Loading results…" skeletonRows={5}>
        {(data) => <Results results={data} />}
      </QueryState>
    </FadeIn>
  );
}
