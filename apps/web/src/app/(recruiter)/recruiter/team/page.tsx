import type { Metadata } from "next";
import { TeamPage } from "@/features/employers/components/team-page";

export const metadata: Metadata = { title: "Team" };

export default function TeamRoute() {
  return <TeamPage />;
}
