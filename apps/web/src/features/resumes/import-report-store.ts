import type { ResumeImportReport } from "@hirefolio/shared";

// The report of a PDF/DOCX import travels from the list page to the editor in sessionStorage, so it survives the
// navigation and a reload until the person dismisses it, and never outlives the tab.
const key = (resumeId: string) => `hirefolio.import-report.${resumeId}`;

export function saveImportReport(resumeId: string, report: ResumeImportReport) {
  try {
    sessionStorage.setItem(key(resumeId), JSON.stringify(report));
  } catch {
    // Storage full or blocked: the editor simply shows no report.
  }
}

export function loadImportReport(resumeId: string): ResumeImportReport | null {
  try {
    const stored = sessionStorage.getItem(key(resumeId));
    return stored ? (JSON.parse(stored) as ResumeImportReport) : null;
  } catch {
    return null;
  }
}

export function forgetImportReport(resumeId: string) {
  try {
    sessionStorage.removeItem(key(resumeId));
  } catch {
    // Nothing stored, nothing to forget.
  }
}
