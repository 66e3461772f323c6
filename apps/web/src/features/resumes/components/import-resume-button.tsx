"use client";

import { useRouter } from "next/navigation";
import { type ChangeEvent, useRef, useState } from "react";
import { UploadIcon } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useResumeListMutations } from "../hooks/use-resumes";
import { type ImportProblem, importProblem } from "./import-problem-alert";

const maxBytes = 512 * 1024;

/** Reads a JSON Resume file in the browser and imports it; invalid fields are listed by where they are. */
export function ImportJsonResumeButton({ onProblem }: { onProblem: (problem: ImportProblem | null) => void }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const { importJson } = useResumeListMutations();
  const [reading, setReading] = useState(false);

  const onChoose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    onProblem(null);
    if (file.size > maxBytes) {
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

  return (
    <>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        aria-label="Choose a JSON Resume file"
        className="hidden"
        onChange={onChoose}
      />
      <Button variant="secondary" loading={reading || importJson.isPending} onClick={() => input.current?.click()}>
        <UploadIcon />
        Import JSON Resume
      </Button>
    </>
  );
}
