import { CheckIcon } from "@/components/icons";
import { TextLink } from "@/components/ui/text-link";
import { FeatureGrid } from "@/features/marketing/components/feature-grid";
import { HeroActions } from "@/features/marketing/components/hero-actions";
import { PipelinePreview } from "@/features/marketing/components/pipeline-preview";

const audiences = [
  {
    title: "For candidates",
    points: [
      "One profile, reused for every application",
      "See exactly which stage each application is in",
      "Coaching grounded in real occupation and wage data",
    ],
  },
  {
    title: "For hiring teams",
    points: [
      "Post jobs and publish them to the job board in minutes",
      "A shared pipeline from applied to hired, with notes and history",
      "Invite colleagues and interviewers to your company",
    ],
  },
];

export default function LandingPage() {
  return (
    <>
      <section className="relative overflow-hidden border-b border-slate-200 bg-white">
        <div
          aria-hidden="true"
          className="absolute inset-0 bg-[radial-gradient(45%_60%_at_85%_0%,oklch(93%_0.034_272.788),transparent),radial-gradient(35%_50%_at_0%_100%,oklch(96.2%_0.018_272.314),transparent)]"
        />
        <div className="relative mx-auto grid max-w-7xl items-center gap-14 px-4 py-16 sm:px-6 sm:py-24 lg:grid-cols-2 lg:px-8">
          <div>
            <p className="mb-5 inline-flex items-center gap-2 rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-800 ring-1 ring-brand-200">
              Open source · AGPL-3.0
            </p>
            <h1 className="text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-5xl lg:text-6xl">
              Hiring that feels human.
            </h1>
            <p className="mt-6 max-w-xl text-lg leading-8 text-pretty text-slate-600">
              Hirefolio brings candidates and hiring teams together: a clear job board, a pipeline everyone can follow,
              and tools that help people show their best work.
            </p>
            <div className="mt-8">
              <HeroActions />
            </div>
            <p className="mt-5 text-sm text-slate-600">
              Hiring? <TextLink href="/sign-up?role=recruiter">Create a company account</TextLink> or{" "}
              <TextLink href="/jobs">browse open jobs</TextLink>.
            </p>
          </div>
          <PipelinePreview />
        </div>
      </section>

      <section aria-labelledby="features-heading" className="mx-auto max-w-7xl px-4 py-20 sm:px-6 lg:px-8">
        <div className="mb-12 max-w-2xl">
          <h2 id="features-heading" className="text-3xl font-semibold tracking-tight text-slate-900">
            Everything a modern hiring process needs
          </h2>
          <p className="mt-3 text-lg text-slate-600">
            Four tools that work from the same profile and the same pipeline.
          </p>
        </div>
        <FeatureGrid />
      </section>

      <section aria-label="Who it's for" className="border-y border-slate-200 bg-white">
        <div className="mx-auto grid max-w-7xl gap-10 px-4 py-16 sm:px-6 md:grid-cols-2 lg:px-8">
          {audiences.map((audience) => (
            <div key={audience.title}>
              <h2 className="text-xl font-semibold text-slate-900">{audience.title}</h2>
              <ul className="mt-5 space-y-3">
                {audience.points.map((point) => (
                  <li key={point} className="flex gap-3 text-slate-700">
                    <span className="mt-0.5 grid size-5 shrink-0 place-items-center rounded-full bg-emerald-100 text-emerald-700">
                      <CheckIcon className="size-3" strokeWidth={3} />
                    </span>
                    {point}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section className="mx-auto max-w-7xl px-4 py-20 sm:px-6 lg:px-8">
        <div className="relative overflow-hidden rounded-3xl bg-brand-950 px-8 py-14 text-center sm:px-16">
          <div
            aria-hidden="true"
            className="absolute inset-0 bg-[radial-gradient(50%_80%_at_50%_0%,oklch(54.1%_0.281_293.009/0.45),transparent)]"
          />
          <div className="relative">
            <h2 className="text-3xl font-semibold tracking-tight text-balance text-white">Ready for your next step?</h2>
            <p className="mx-auto mt-3 max-w-xl text-brand-100">
              Create a free account in under a minute, whether you're looking or hiring.
            </p>
            <div className="mt-8 flex justify-center">
              <HeroActions />
            </div>
          </div>
        </div>
      </section>
    </>
  );
}
