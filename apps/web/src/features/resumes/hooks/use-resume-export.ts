"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ApiError } from "@/lib/api-client";
import { type ExportFormat, exportResume, fetchTemplates, type PaperSize, resumeKeys } from "../api";

export function useResumeTemplates() {
  return useQuery({ queryKey: resumeKeys.templates, queryFn: fetchTemplates, staleTime: Number.POSITIVE_INFINITY });
}

const unsavedEdits = () =>
  new ApiError({
    type: "unsaved-edits",
    title:
      "Your latest edits couldn't be saved, so the file would be out of date. Resolve the save problem and try again.",
    status: 0,
  });

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface ExportOptions {
  resumeId: string;
  templateId: string;
  paper: PaperSize;
  /** Saves pending edits; false when the save failed. */
  save: () => Promise<boolean>;
}

/** Downloads and a PDF preview, each exported only after pending edits are saved. */
export function useResumeExport({ resumeId, templateId, paper, save }: ExportOptions) {
  const exportFile = async (format: ExportFormat) => {
    if (!(await save())) throw unsavedEdits();
    const file = await exportResume(resumeId, format, { template: templateId, paper });
    return { ...file, format, verified: file.headers.get("x-export-verified") === "true" };
  };

  const download = useMutation({
    mutationFn: exportFile,
    onSuccess: (file) => saveBlob(file.blob, file.filename),
  });

  const [previewUrl, setPreviewUrl] = useState<string | null>(null);
  const preview = useMutation({
    mutationFn: () => exportFile("pdf"),
    onSuccess: (file) => setPreviewUrl(URL.createObjectURL(file.blob)),
  });

  // Each new preview replaces the last; its blob URL is freed when replaced or when the editor closes.
  useEffect(() => {
    if (!previewUrl) return;
    return () => URL.revokeObjectURL(previewUrl);
  }, [previewUrl]);

  return { download, preview, previewUrl };
}

export type ResumeExportState = ReturnType<typeof useResumeExport>;
