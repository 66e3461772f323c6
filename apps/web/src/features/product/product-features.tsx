import type { ReactNode } from "react";
import { CalendarIcon, FileTextIcon, SparklesIcon, VideoIcon } from "@/components/icons";

export interface ProductFeature {
  id: "career-coach" | "video-portfolio" | "scheduling" | "resume-builder";
  name: string;
  href: string;
  audience: "candidate" | "recruiter";
  summary: string;
  /** Shipped features open their real page; the others show a "coming soon" preview. */
  available?: boolean;
  /** What the feature will do, for its "coming soon" page. */
  plans: string[];
  icon: ReactNode;
}

/** The four flagship features, described once for the landing page, dashboards and preview pages. */
export const productFeatures: ProductFeature[] = [
  {
    id: "career-coach",
    name: "AI Career Coach",
    href: "/career-coach",
    audience: "candidate",
    summary: "Grounded advice on your next move: skills to learn, roles you're close to, and salaries to expect.",
    plans: [
      "Chat about your goals and get answers grounded in real occupation and wage data (O*NET, ESCO, BLS).",
      "See which roles are a short step from your current skills, and what to learn to get there.",
      "Pick free learning resources for each gap, and track your progress.",
      "Works offline with the built-in engine, or with any OpenAI-compatible model you choose.",
    ],
    icon: <SparklesIcon className="size-5" />,
  },
  {
    id: "video-portfolio",
    name: "Video Resume & Portfolio",
    href: "/profile/portfolio",
    audience: "candidate",
    available: true,
    summary: "Introduce yourself on camera and showcase your work on a shareable portfolio page.",
    plans: [
      "Record or upload a short video introduction that plays right in your applications.",
      "Collect projects, case studies and links on a public portfolio at your own handle.",
      "See who viewed your portfolio and which pieces they spent time on.",
    ],
    icon: <VideoIcon className="size-5" />,
  },
  {
    id: "scheduling",
    name: "Smart Scheduling",
    href: "/scheduling",
    audience: "recruiter",
    summary: "Interview slots that respect every time zone and calendar, with no double booking.",
    available: true,
    plans: [
      "Offer candidates open slots across all interviewers' availability, in their own time zone.",
      "Guaranteed no double booking, even when two people pick the same slot at once.",
      "Calendar invitations (ICS) and reminders for everyone involved.",
      "Reschedule or cancel in a click, with the pipeline updated automatically.",
    ],
    icon: <CalendarIcon className="size-5" />,
  },
  {
    id: "resume-builder",
    name: "AI Resume Builder",
    href: "/resume/builder",
    audience: "candidate",
    available: true,
    summary: "Write a resume that passes applicant tracking systems, with clear, specific suggestions.",
    plans: [
      "Start from your profile and pick a clean, ATS-friendly template.",
      "Get a score against any job description, with the keywords and sections to improve.",
      "Rewrite bullet points with measurable impact, then export to PDF.",
    ],
    icon: <FileTextIcon className="size-5" />,
  },
];

export function productFeature(id: ProductFeature["id"]): ProductFeature {
  return productFeatures.find((feature) => feature.id === id)!;
}
