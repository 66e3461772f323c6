import type { CandidateProfile, UpdateCandidateProfile } from "@hirefolio/shared";
import { api, type UploadOptions } from "@/lib/api-client";

export const profileQueryKey = ["me", "profile"] as const;

export const fetchProfile = () => api.get<CandidateProfile>("/api/v1/me/profile");

export const updateProfile = (input: UpdateCandidateProfile) =>
  api.patch<CandidateProfile>("/api/v1/me/profile", input);

/** Sends the image's bytes as they are; the API checks they match the declared type. Answers a fresh signed URL. */
export const uploadAvatar = (file: File, options?: UploadOptions) =>
  api.upload<{ avatarUrl: string }>("PUT", "/api/v1/me/avatar", file, options);

export const removeAvatar = () => api.delete("/api/v1/me/avatar");
