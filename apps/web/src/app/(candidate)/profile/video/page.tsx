import type { Metadata } from "next";
import { VideoIntroStudio } from "@/features/video-intro/components/video-intro-studio";

export const metadata: Metadata = { title: "Video introduction" };

export default function VideoIntroPage() {
  return <VideoIntroStudio />;
}
