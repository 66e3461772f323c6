"use client";

import type { ResumeSection } from "@hirefolio/shared";
import { type ComponentType, useState } from "react";
import { PlusIcon } from "@/components/icons";
import { fieldId } from "../resume-paths";
import { AwardsSection } from "./awards-section";
import { CertificatesSection } from "./certificates-section";
import { LanguagesSection } from "./languages-section";
import { PublicationsSection } from "./publications-section";
import { useResumeEditorContext } from "./resume-editor-context";
import { VolunteerSection } from "./volunteer-section";

const optionalSections: { path: ResumeSection; label: string; Section: ComponentType }[] = [
  { path: "certificates", label: "Certifications", Section: CertificatesSection },
  { path: "volunteer", label: "Volunteering", Section: VolunteerSection },
  { path: "awards", label: "Awards", Section: AwardsSection },
  { path: "publications", label: "Publications", Section: PublicationsSection },
  { path: "languages", label: "Languages", Section: LanguagesSection },
];

/**
 * Sections many resumes don't need: shown when they have entries or the user opens them, so an empty resume
 * isn't a wall of blank forms but nothing is out of reach.
 */
export function OptionalSections() {
  const { editor } = useResumeEditorContext();
  const [opened, setOpened] = useState<ReadonlySet<ResumeSection>>(new Set());
  const isShown = (path: ResumeSection) => opened.has(path) || (editor.document[path] as unknown[]).length > 0;
  const hidden = optionalSections.filter(({ path }) => !isShown(path));

  const open = (path: ResumeSection) => {
    setOpened((current) => new Set(current).add(path));
    requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
  };

  return (
    <>
      {optionalSections
        .filter(({ path }) => isShown(path))
        .map(({ path, Section }) => (
          <Section key={path} />
        ))}
      {hidden.length > 0 && (
        <div className="rounded-xl border border-dashed border-slate-300 px-5 py-4">
          <p className="text-sm font-medium text-slate-700">More sections</p>
          <div className="mt-2 flex flex-wrap gap-2">
            {hidden.map(({ path, label }) => (
              <button
                key={path}
                type="button"
                onClick={() => open(path)}
                className="inline-flex items-center gap-1 rounded-full border border-slate-300 bg-white px-3 py-1 text-sm text-slate-700 transition-colors hover:border-brand-400 hover:text-brand-700 focus-visible:outline-2 focus-visible:outline-brand-600"
              >
                <PlusIcon className="size-3.5" />
                {label}
              </button>
            ))}
          </div>
        </div>
      )}
    </>
  );
}
