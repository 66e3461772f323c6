"use client";

import type { Resume } from "@hirefolio/shared";
import { useMutation } from "@tanstack/react-query";
import { useId, useState } from "react";
import { CheckIcon, FileTextIcon } from "@/components/icons";
import { Alert, FormError } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { QueryState } from "@/components/ui/query-state";
import { SegmentedControl } from "@/components/ui/segmented-control";
import { UpgradePrompt } from "@/features/billing/components/upgrade-prompt";
import { useBilling } from "@/features/billing/hooks/use-billing";
import { planLimitOf } from "@/features/billing/plan-limit";
import { lockedTemplates } from "@/features/billing/template-access";
import { errorMessage } from "@/lib/api-client";
import type { ExportFormat, PaperSize } from "../api";
import { useResumeExport, useResumeTemplates } from "../hooks/use-resume-export";
import { ExportProblemAlert } from "./export-problem-alert";
import { useResumeEditorContext } from "./resume-editor-context";
import { TemplatePicker } from "./template-picker";

const paperOptions = [
  { value: "letter", label: "Letter" },
  { value: "a4", label: "A4" },
] as const;

const formats: readonly { value: ExportFormat; label: string }[] = [
  { value: "pdf", label: "Download PDF" },
  { value: "docx", label: "Download DOCX" },
];

/** Choose an industry template, read its wording tips, and export a verified PDF or DOCX (with a PDF preview). */
export function TemplateExportPanel({ resume }: { resume: Resume }) {
  const { editor } = useResumeEditorContext();
  const { autosave } = editor;
  const templates = useResumeTemplates();
  const billing = useBilling();
  const headingId = useId();
  const [paper, setPaper] = useState<PaperSize>("letter");

  // Shown as chosen at once; back to the stored template if saving the choice fails.
  const [picked, setPicked] = useState<string | null>(null);
  const choose = useMutation({ mutationFn: autosave.saveTemplate, onError: () => setPicked(null) });
  const templateId = picked ?? resume.templateId;
  // A locked template is not shown as chosen: the API refuses it and its answer brings up the upgrade prompt.
  const pick = (id: string, locked: boolean) => {
    if (!locked) setPicked(id);
    choose.mutate(id);
  };
  const templateLimit = choose.error ? planLimitOf(choose.error) : null;
  const { download, preview, previewUrl } = useResumeExport({
    resumeId: resume.id,
    templateId,
    paper,
    save: autosave.save,
  });
  const downloading = download.isPending ? download.variables : undefined;

  return (
    <QueryState query={templates} loadingLabel="Loading templates…">
      {({ items }) => {
        const template = items.find((t) => t.id === templateId);
        // Until the plan is known nothing is marked; the API still refuses what the plan does not include.
        const locked = billing.data
          ? lockedTemplates(
              billing.data,
              items.map((t) => t.id),
              resume.templateId,
            )
          : undefined;
        return (
          <div className="space-y-6">
            <TemplatePicker
              templates={items}
              value={templateId}
              onChange={(id) => pick(id, locked?.has(id) ?? false)}
              locked={locked}
              notice={
                templateLimit && choose.variables
                  ? {
                      templateId: choose.variables,
                      content: <UpgradePrompt limit={templateLimit} title="A Candidate Pro template" />,
                    }
                  : undefined
              }
            />
            {!templateLimit && (
              <FormError
                message={choose.error ? `Couldn't change the template. ${errorMessage(choose.error)}` : null}
              />
            )}
            <p role="status" className="sr-only">
              {choose.isPending ? "Saving template…" : choose.isSuccess ? `${template?.name} template saved.` : ""}
            </p>

            {template && (
              <section aria-labelledby={`${headingId}-tips`} className="space-y-2 border-t border-slate-100 pt-5">
                <h3 id={`${headingId}-tips`} className="text-sm font-semibold text-slate-900">
                  Wording tips for {template.industry.toLowerCase()}
                </h3>
                <ul className="space-y-2">
                  {template.guidance.map((tip) => (
                    <li key={tip} className="flex gap-2 text-sm text-slate-700">
                      <CheckIcon className="mt-0.5 size-4 shrink-0" style={{ color: template.accent }} />
                      {tip}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <section aria-labelledby={`${headingId}-export`} className="space-y-4 border-t border-slate-100 pt-5">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h3 id={`${headingId}-export`} className="text-sm font-semibold text-slate-900">
                  Export
                </h3>
                <SegmentedControl label="Paper size" options={paperOptions} value={paper} onChange={setPaper} />
              </div>
              <p className="text-xs text-slate-500">
                Pending edits are saved first. Every file is read back before you get it, so what a recruiter&apos;s
                system parses is what you wrote. Paper size applies to the PDF.
              </p>
              <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
                {formats.map((format) => (
                  <Button
                    key={format.value}
                    variant={format.value === "pdf" ? "primary" : "secondary"}
                    loading={downloading === format.value}
                    disabled={download.isPending}
                    onClick={() => download.mutate(format.value)}
                  >
                    {downloading !== format.value && <FileTextIcon />}
                    {downloading === format.value ? "Exporting…" : format.label}
                  </Button>
                ))}
              </div>
              {download.isSuccess && (
                <Alert
                  tone="success"
                  title={download.data.verified ? "Verified: every field is in the file" : "Downloaded"}
                >
                  {download.data.filename}
                </Alert>
              )}
              {download.isError && <ExportProblemAlert error={download.error} document={editor.document} />}
            </section>

            <section aria-labelledby={`${headingId}-preview`} className="space-y-3 border-t border-slate-100 pt-5">
              <div className="flex flex-wrap items-center justify-between gap-3">
                <h3 id={`${headingId}-preview`} className="text-sm font-semibold text-slate-900">
                  Preview
                </h3>
                <Button size="sm" variant="secondary" loading={preview.isPending} onClick={() => preview.mutate()}>
                  {preview.isPending ? "Rendering…" : previewUrl ? "Refresh preview" : "Show preview"}
                </Button>
              </div>
              {preview.isError && <ExportProblemAlert error={preview.error} document={editor.document} />}
              {previewUrl ? (
                <div className="space-y-2">
                  <iframe
                    src={previewUrl}
                    title={`PDF preview of ${resume.title}`}
                    className="h-[28rem] w-full rounded-lg border border-slate-200 bg-slate-100 sm:h-[36rem]"
                  />
                  <a
                    href={previewUrl}
                    target="_blank"
                    rel="noreferrer"
                    className="text-xs font-medium text-brand-700 underline underline-offset-2 hover:text-brand-900"
                  >
                    Open the preview in a new tab
                  </a>
                </div>
              ) : (
                !preview.isPending && (
                  <p className="rounded-lg bg-slate-50 p-4 text-sm text-slate-600">
                    See the PDF exactly as it will download, with the template and paper size chosen above.
                  </p>
                )
              )}
            </section>
          </div>
        );
      }}
    </QueryState>
  );
}
