"use client";

import type { OccupationRef, SkillGapRequest } from "@hirefolio/shared";
import { useState } from "react";
import { ChartIcon } from "@/components/icons";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/form-field";
import { useDebouncedValue } from "@/features/jobs/hooks/use-debounced-value";
import { useProfile } from "@/features/profile/hooks/use-profile";
import { useResumes } from "@/features/resumes/hooks/use-resumes";
import { useCareerPaths, useInterviewQuestions, useLearningPlan, useSalary, useSkillGap } from "../api";
import { CardBody } from "./card-states";
import { CareerPathsCard } from "./career-paths-card";
import { InterviewPracticeCard } from "./interview-practice-card";
import { LearningPlanCard } from "./learning-plan-card";
import { OccupationPicker } from "./occupation-picker";
import { SalaryRangeCard } from "./salary-range-card";
import { SkillGapCard } from "./skill-gap-card";

/** "Where are you now / where do you want to go", then every card the career API can draw for that move. */
export function CareerExplorer() {
  const profile = useProfile();
  const resumes = useResumes();
  const [from, setFrom] = useState<OccupationRef | null>(null);
  const [to, setTo] = useState<OccupationRef | null>(null);
  const [resumeId, setResumeId] = useState("");
  const [salaryText, setSalaryText] = useState("");
  const [weeklyHours, setWeeklyHours] = useState(8);
  const salary = Number(useDebouncedValue(salaryText, 400)) || undefined;

  const gapRequest: SkillGapRequest | null =
    from && to ? { from: from.code, to: to.code, ...(resumeId ? { resumeId } : {}) } : null;
  const skillGap = useSkillGap(gapRequest);
  const nextRoles = useCareerPaths(from?.code ?? null);
  const route = useCareerPaths(from && to ? from.code : null, to?.code);
  const salaryInsights = useSalary(to?.code ?? from?.code ?? null, salary);
  const plan = useLearningPlan(gapRequest, weeklyHours);
  const questions = useInterviewQuestions(to?.code ?? null);

  return (
    <div className="space-y-6">
      <Card title="Where are you now, and where do you want to go?">
        {/* Wait for the profile so the pickers start from the person's own headline and target role. */}
        {profile.isPending ? (
          <div className="h-16" />
        ) : (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-[1fr_1fr_minmax(0,14rem)]">
            <OccupationPicker
              label="Current role"
              value={from}
              onChange={setFrom}
              initialQuery={profile.data?.headline ?? ""}
            />
            <OccupationPicker
              label="Target role"
              value={to}
              onChange={setTo}
              initialQuery={profile.data?.targetRole ?? ""}
            />
            <SelectField
              label="Use my resume"
              optional
              hint="Its skills count as covered."
              value={resumeId}
              onChange={(event) => setResumeId(event.target.value)}
            >
              <option value="">No resume</option>
              {resumes.data?.items.map((resume) => (
                <option key={resume.id} value={resume.id}>
                  {resume.title}
                </option>
              ))}
            </SelectField>
          </div>
        )}
      </Card>

      {!from ? (
        <Card>
          <EmptyState
            icon={<ChartIcon className="size-6" />}
            title="Pick your current role to start"
            description="Then choose a target: you'll see the skill gap, salary range, a path there, a learning plan and interview questions — all from O*NET and BLS data."
          />
        </Card>
      ) : (
        <div className="grid gap-6 xl:grid-cols-2">
          <div className="min-w-0 space-y-6">
            {gapRequest && (
              <CardBody query={skillGap} label="Analysing the skill gap…">
                {(gap) => <SkillGapCard gap={gap} />}
              </CardBody>
            )}
            <CardBody query={salaryInsights} label="Loading salaries…">
              {(insights) => (
                <SalaryRangeCard
                  salary={insights}
                  compareInput={
                    <TextField
                      label="Your salary (annual, USD)"
                      optional
                      inputMode="numeric"
                      placeholder="e.g. 95000"
                      value={salaryText}
                      onChange={(event) => setSalaryText(event.target.value.replace(/[^\d]/g, ""))}
                    />
                  }
                />
              )}
            </CardBody>
          </div>
          <div className="min-w-0 space-y-6">
            {to && (
              <CardBody query={route} label="Finding a path…">
                {(data) => <CareerPathsCard paths={data} />}
              </CardBody>
            )}
            <CardBody query={nextRoles} label="Finding next roles…">
              {(data) => <CareerPathsCard paths={data} onChoose={({ code, title }) => setTo({ code, title })} />}
            </CardBody>
            {gapRequest && (
              <CardBody query={plan} label="Building a learning plan…">
                {(data) => (
                  <LearningPlanCard
                    plan={data}
                    hoursInput={
                      <label className="flex items-center gap-2 text-sm text-slate-700">
                        Hours / week
                        <input
                          type="number"
                          min={1}
                          max={60}
                          value={weeklyHours}
                          onChange={(event) =>
                            setWeeklyHours(Math.min(60, Math.max(1, Number(event.target.value) || 1)))
                          }
                          className="h-8 w-16 rounded-md border border-slate-300 px-2 text-sm"
                        />
                      </label>
                    }
                  />
                )}
              </CardBody>
            )}
          </div>
          {to && (
            <div className="min-w-0 xl:col-span-2">
              <CardBody query={questions} label="Loading interview questions…">
                {(data) => <InterviewPracticeCard key={data.occupation.code} questions={data} />}
              </CardBody>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
