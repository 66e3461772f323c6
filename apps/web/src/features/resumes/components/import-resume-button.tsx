"use client";

import { resumeImportMaxBytes } from "@hirefolio/shared";
import { useRouter } from "next/navigation";
import { type ChangeEvent, useRef, useState } from "react";
import { UploadIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useResumeListMutations } from "../hooks/use-resumes";
import { saveImportReport } from "../import-report-store";
import { type ImportProblem, importProblem } from "./import-problem-alert";

const maxJsonBytes = 512 * 1024;
const accept = [
  ".pdf",
  ".docx",
  ".json",
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/json",
].join(",");

const isJson = (file: File) => file.name.toLowerCase().endsWith(".json") || file.type === "application/json";
const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

export interface ImportStatus {
  fileName: string;
  /** 0–1 while the file is sent, then 1 while the server reads it. */
  progress: number;
}

/**
 * Imports a resume from a PDF, a Word document (.docx) or a JSON Resume file and opens it in the editor. PDF and
 * DOCX are uploaded with progress and read on the server; the editor then shows what was found and what to check.
 */
export function ImportResumeButton({
  onProblem,
  onStatus,
}: {
  onProblem: (problem: ImportProblem | null) => void;
  onStatus: (status: ImportStatus | null) => void;
}) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { importJson, importFile } = useResumeListMutations();
  const [reading, setReading] = useState(false);

  const importJsonFile = async (file: File) => {
    if (file.size > maxJsonBytes) {
      onProblem({ title: "That file is larger than 512 KB; a JSON Resume is usually a few KB.", fields: [] });
      return;
    }
    setReading(true);
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      onProblem({ title: `${file.name} isn't valid JSON. Export it again from your resume tool.`, fields: [] });
      return;
    } finally {
      setReading(false);
    }
    importJson.mutate(document, {
      onSuccess: (resume) => router.push(`/resume/builder/${resume.id}`),
      onError: (error) => onProblem(importProblem(error)),
    });
  };

  const uploadResumeFile = (file: File) => {
    if (file.size > resumeImportMaxBytes) {
      onProblem({
        title: `That file is larger than ${megabytes(resumeImportMaxBytes)}; export a smaller PDF.`,
        fields: [],
      });
      return;
    }
    onStatus({ fileName: file.name, progress: 0 });
    importFile.mutate(
      { file, onProgress: (progress) => onStatus({ fileName: file.name, progress }) },
      {
        onSuccess: (imported) => {
          saveImportReport(imported.id, imported.importReport);
          router.push(`/resume/builder/${imported.id}`);
        },
        onError: (error) => onProblem(importProblem(error)),
        onSettled: () => onStatus(null),
      },
    );
  };

  const onChoose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    onProblem(null);
    if (isJson(file)) void importJsonFile(file);
    else uploadResumeFile(file);
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label="Choose a resume file (PDF, Word or JSON Resume)"
        className="hidden"
        onChange={onChoose}
      />
      <Button
        variant="secondary"
        loading={reading || importJson.isPending || importFile.isPending}
        onClick={() => input.current?.click()}
      >
        <UploadIcon />
        Import
      </Button>
    </>
  );
}
