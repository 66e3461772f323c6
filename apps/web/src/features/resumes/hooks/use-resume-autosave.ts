"use client";

import type { Resume, ResumeDocument } from "@hirefolio/shared";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "@/lib/api-client";
import { fetchResume, resumeKeys, updateResume } from "../api";

export type SaveStatus = "saved" | "dirty" | "saving" | "error" | "conflict";

const debounceMs = 1500;

/**
 * Saves the document 1.5 s after the last edit, each save based on the version the previous one produced; the API
 * answers 409 when someone else saved in between, and nothing is saved again until the user chooses what to keep.
 * Only the document that was sent is marked saved, so text typed during a save is never lost.
 */
export function useResumeAutosave(resume: Resume, document: ResumeDocument) {
  const queryClient = useQueryClient();
  const resumeId = resume.id;
  const savedDocument = useRef(resume.document);
  const baseVersionId = useRef(resume.currentVersionId);
  const latest = useRef(document);
  latest.current = document;
  const inFlight = useRef<Promise<boolean> | null>(null);
  const [status, setStatus] = useState<SaveStatus>("saved");
  const [error, setError] = useState<unknown>(null);
  const blocked = status === "conflict";

  const save = useCallback(async (): Promise<boolean> => {
    while (inFlight.current) await inFlight.current;
    const sent = latest.current;
    if (sent === savedDocument.current) return true;
    setStatus("saving");
    const request = updateResume(resumeId, { document: sent, baseVersionId: baseVersionId.current }).then(
      (saved) => {
        savedDocument.current = sent;
        baseVersionId.current = saved.currentVersionId;
        queryClient.setQueryData(resumeKeys.detail(resumeId), { ...saved, document: sent });
        queryClient.invalidateQueries({ queryKey: resumeKeys.versions(resumeId) });
        queryClient.invalidateQueries({ queryKey: resumeKeys.list });
        setError(null);
        setStatus(latest.current === sent ? "saved" : "dirty");
        return true;
      },
      (failure: unknown) => {
        setError(failure);
        setStatus(isApiError(failure, 409) ? "conflict" : "error");
        return false;
      },
    );
    inFlight.current = request;
    try {
      return await request;
    } finally {
      inFlight.current = null;
    }
  }, [queryClient, resumeId]);

  useEffect(() => {
    if (document === savedDocument.current) {
      setStatus((current) => (current === "dirty" ? "saved" : current));
      return;
    }
    if (blocked) return;
    setStatus((current) => (current === "saving" ? current : "dirty"));
    const timer = window.setTimeout(save, debounceMs);
    return () => window.clearTimeout(timer);
  }, [document, blocked, save]);

  // Leaving with unsaved edits asks first; the browser shows its own wording.
  useEffect(() => {
    if (status === "saved") return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [status]);

  /** After a reload or restore: the given resume is what the server has now. */
  const markSaved = useCallback((current: Resume) => {
    savedDocument.current = current.document;
    baseVersionId.current = current.currentVersionId;
    setError(null);
    setStatus("saved");
  }, []);

  /**
   * Stores the chosen template after any save in flight; a template-only PATCH adds no version, so the base version
   * the next document save sends stays valid.
   */
  const saveTemplate = useCallback(
    async (templateId: string) => {
      while (inFlight.current) await inFlight.current;
      const saved = await updateResume(resumeId, { templateId });
      queryClient.setQueryData<Resume>(
        resumeKeys.detail(resumeId),
        (current) => current && { ...current, templateId: saved.templateId, updatedAt: saved.updatedAt },
      );
      queryClient.invalidateQueries({ queryKey: resumeKeys.list });
      return saved;
    },
    [queryClient, resumeId],
  );

  /** Resolves a conflict by saving the local document over the newer version. */
  const keepMine = useCallback(async () => {
    const newest = await fetchResume(resumeId);
    baseVersionId.current = newest.currentVersionId;
    savedDocument.current = newest.document;
    setStatus("dirty");
    return save();
  }, [resumeId, save]);

  return { status, error, save, saveTemplate, markSaved, keepMine };
}
