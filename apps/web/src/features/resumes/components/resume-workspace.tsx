"use client";

import type { Resume } from "@hirefolio/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Tabs } from "@/components/ui/tabs";
import { isApiError } from "@/lib/api-client";
import { fetchResume, resumeKeys } from "../api";
import { applySuggestion, placeholderPattern } from "../apply-suggestion";
import { useAtsAnalysis } from "../hooks/use-ats-analysis";
import { useResumeEditor } from "../hooks/use-resume-editor";
import { fieldId, problemFieldPath, revealField } from "../resume-paths";
import { templateName } from "../template-names";
import { AtsPanel } from "./ats-panel";
import { BasicsSection } from "./basics-section";
import { EditorToolbar } from "./editor-toolbar";
import { EducationSection } from "./education-section";
import { HistoryPanel } from "./history-panel";
import { ImportReportNotice } from "./import-report-notice";
import { OptionalSections } from "./optional-sections";
import { ProjectsSection } from "./projects-section";
import { ResumeEditorProvider } from "./resume-editor-context";
import { ResumePreview } from "./resume-preview";
import { SaveProblemAlert } from "./save-problem-alert";
import { SkillsSection } from "./skills-section";
import { TemplateExportPanel } from "./template-export-panel";
import { WorkSection } from "./work-section";

type Tab = "ats" | "preview" | "history" | "export";

/** Selects the first placeholder of a field a suggestion was applied to, so typing replaces it. */
function focusApplied(path: string) {
  revealField(path);
  const element = document.getElementById(fieldId(path));
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) return;
  const match = new RegExp(placeholderPattern.source).exec(element.value);
  if (match) element.setSelectionRange(match.index, match.index + match[0].length);
}

/** The two-pane editor: sections on the left, ATS check, history and template & export on the right (stacked on small screens). */
export function ResumeWorkspace({ resume }: { resume: Resume }) {
  const queryClient = useQueryClient();
  const editor = useResumeEditor(resume);
  const { autosave } = editor;
  const [tab, setTab] = useState<Tab>("ats");
  const [highlightedPath, setHighlightedPath] = useState<string | null>(null);
  const [resolving, setResolving] = useState(false);
  const ats = useAtsAnalysis(resume.id, autosave.save);

  const errors = useMemo(() => {
    if (autosave.status !== "error" || !isApiError(autosave.error, 400)) return {};
    return Object.fromEntries(
      Object.entries(autosave.error.fieldErrors).map(([field, message]) => [problemFieldPath(field), message]),
    );
  }, [autosave.status, autosave.error]);

  const resolve = async (action: () => Promise<unknown>) => {
    setResolving(true);
    try {
      await action();
    } finally {
      setResolving(false);
    }
  };

  const reload = () =>
    resolve(async () => {
      const latest = await fetchResume(resume.id);
      queryClient.setQueryData(resumeKeys.detail(resume.id), latest);
      editor.load(latest);
    });

  const apply = (where: string, after: string) => {
    const applied = applySuggestion(editor.document, where, after);
    if (!applied) return;
    editor.replace(applied.document);
    setHighlightedPath(applied.path);
    window.setTimeout(() => focusApplied(applied.path), 50);
    window.setTimeout(() => setHighlightedPath(null), 4000);
  };

  return (
    <ResumeEditorProvider value={{ editor, errors, highlightedPath }}>
      <PageHeader
        back={{ href: "/resume/builder", label: "All resumes" }}
        title={resume.title}
        meta={<Badge tone="brand">{templateName(resume.templateId)}</Badge>}
        description="Edits save automatically. Use the ATS check to compare your resume with a job description."
      />
      <div className="grid grid-cols-1 items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)] xl:grid-cols-[minmax(0,1fr)_minmax(0,30rem)]">
        <div className="space-y-6">
          <EditorToolbar editor={editor} />
          <ImportReportNotice resumeId={resume.id} />
          {(autosave.status === "conflict" || autosave.status === "error") && (
            <SaveProblemAlert
              status={autosave.status}
              error={autosave.error}
              fieldErrors={errors}
              busy={resolving}
              onReload={reload}
              onKeepMine={() => resolve(autosave.keepMine)}
            />
          )}
          <BasicsSection />
          <WorkSection />
          <EducationSection />
          <SkillsSection />
          <ProjectsSection />
          <OptionalSections />
        </div>
        <aside
          aria-label="Resume tools"
          className="rounded-xl border border-slate-200 bg-white p-5 shadow-card lg:sticky lg:top-20 lg:max-h-[calc(100dvh-6rem)] lg:overflow-y-auto"
        >
          <Tabs<Tab>
            label="Resume tools"
            value={tab}
            onChange={setTab}
            tabs={[
              {
                value: "ats",
                label: "ATS check",
                panel: (
                  <AtsPanel
                    ats={ats}
                    canApply={(where, after) => applySuggestion(editor.document, where, after) !== undefined}
                    onApply={apply}
                  />
                ),
              },
              {
                value: "preview",
                label: "Preview",
                panel: <ResumePreview document={editor.document} templateId={resume.templateId} />,
              },
              {
                value: "history",
                label: "History",
                panel: <HistoryPanel resumeId={resume.id} save={autosave.save} onRestored={editor.load} />,
              },
              { value: "export", label: "Template & export", panel: <TemplateExportPanel resume={resume} /> },
            ]}
          />
        </aside>
      </div>
    </ResumeEditorProvider>
  );
}
