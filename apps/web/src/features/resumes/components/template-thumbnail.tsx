import type { ResumeTemplate } from "@hirefolio/shared";

/** A single-column page in miniature: name and contact lines, then each section's heading in the accent colour. */
export function TemplateThumbnail({ template }: { template: ResumeTemplate }) {
  const { accent, sectionOrder, headings } = template;
  return (
    <div
      aria-hidden="true"
      className="flex aspect-[8.5/11] w-20 shrink-0 flex-col gap-[3px] overflow-hidden rounded-sm border border-slate-200 bg-white p-1.5 shadow-sm sm:w-24"
    >
      <div className="h-1.5 w-3/5 shrink-0 rounded-full" style={{ backgroundColor: accent }} />
      <div className="h-0.5 w-4/5 shrink-0 rounded-full bg-slate-300" />
      {sectionOrder.map((section) => (
        <div key={section} className="shrink-0 space-y-[2px]">
          <div className="flex items-center gap-1">
            <span
              className="truncate text-[5px] leading-none font-bold tracking-wide uppercase sm:text-[6px]"
              style={{ color: accent }}
            >
              {headings[section]}
            </span>
            <span className="h-px flex-1" style={{ backgroundColor: accent }} />
          </div>
          <div className="h-0.5 w-full rounded-full bg-slate-200" />
        </div>
      ))}
    </div>
  );
}
