import type { Metadata } from "next";
import { ProfileEditor } from "@/features/profile/components/profile-editor";

export const metadata: Metadata = { title: "Your profile" };

export default function ProfilePage() {
  return <ProfileEditor />;
}
