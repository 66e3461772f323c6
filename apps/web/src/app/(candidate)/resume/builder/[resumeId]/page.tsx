import type { Metadata } from "next";
import { ResumeEditorPage } from "@/features/resumes/components/resume-editor-page";

export const metadata: Metadata = { title: "Edit resume" };

export default async function ResumeEditorRoute({ params }: { params: Promise<{ resumeId: string }> }) {
  const { resumeId } = await params;
  return <ResumeEditorPage resumeId={resumeId} />;
}
