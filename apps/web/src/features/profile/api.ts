import type { CandidateProfile, UpdateCandidateProfile } from "@hirefolio/shared";
import { api } from "@/lib/api-client";

export const profileQueryKey = ["me", "profile"] as const;

export const fetchProfile = () => api.get<CandidateProfile>("/api/v1/me/profile");

export const updateProfile = (input: UpdateCandidateProfile) =>
  api.patch<CandidateProfile>("/api/v1/me/profile", input);
