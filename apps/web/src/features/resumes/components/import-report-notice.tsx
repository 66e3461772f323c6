"use client";

import type { ResumeImportReport } from "@hirefolio/shared";
import { useEffect, useState } from "react";
import { XIcon } from "@/components/icons";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { forgetImportReport, loadImportReport } from "../import-report-store";

const sources = { pdf: "PDF", docx: "Word document" } as const;

function foundText(report: ResumeImportReport) {
  return report.found.map((f) => (f.count ? `${f.label} (${f.count})` : f.label)).join(", ");
}

/** What an import from PDF or DOCX read and what to check, above the editor until it is dismissed. */
export function ImportReportNotice({ resumeId }: { resumeId: string }) {
  const [report, setReport] = useState<ResumeImportReport | null>(null);
  useEffect(() => setReport(loadImportReport(resumeId)), [resumeId]);
  if (!report) return null;

  const dismiss = () => {
    forgetImportReport(resumeId);
    setReport(null);
  };
  const toCheck = [...report.missing.map((m) => `No ${m.label.toLowerCase()} was found.`), ...report.warnings];
  const tone = report.confidence === "high" ? "success" : report.confidence === "medium" ? "info" : "warning";

  return (
    <Alert
      tone={tone}
      title={`Imported from your ${sources[report.source]} — check it before you send it`}
      action={
        <Button variant="ghost" size="sm" onClick={dismiss} aria-label="Dismiss the import report">
          <XIcon className="size-4" />
          Dismiss
        </Button>
      }
    >
      <p>
        <span className="font-medium">Found:</span> {foundText(report) || "nothing we could name"}.
      </p>
      {toCheck.length > 0 && (
        <>
          <p className="mt-1 font-medium">To check:</p>
          <ul className="list-disc space-y-0.5 pl-5">
            {toCheck.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
