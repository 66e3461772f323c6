import type { Employer, employerMemberSchema, Invitation, PipelineStats } from "@hirefolio/shared";
import type { z } from "zod";
import { api } from "@/lib/api-client";

export type EmployerMember = z.infer<typeof employerMemberSchema>;

export const employerKeys = {
  members: (employerId: string) => ["employers", employerId, "members"] as const,
  invitations: (employerId: string) => ["employers", employerId, "invitations"] as const,
  myInvitations: ["me", "invitations"] as const,
  pipeline: (employerId: string) => ["employers", employerId, "pipeline"] as const,
};

export const createEmployer = (input: { name: string; website?: string }) =>
  api.post<Employer>("/api/v1/employers", input);

export const fetchMembers = (employerId: string) =>
  api.get<EmployerMember[]>(`/api/v1/employers/${employerId}/members`);

export const fetchEmployerInvitations = (employerId: string) =>
  api.get<Invitation[]>(`/api/v1/employers/${employerId}/invitations`);

export const inviteMember = (employerId: string, input: { email: string; role: "admin" | "member" }) =>
  api.post<Invitation>(`/api/v1/employers/${employerId}/invitations`, input);

export const fetchMyInvitations = () => api.get<Invitation[]>("/api/v1/me/invitations");

export const acceptInvitation = (invitationId: string) =>
  api.post<Employer>(`/api/v1/invitations/${invitationId}/accept`);

/** Jobs per status and applications per stage, counted by the API in one request for the whole employer. */
export const fetchPipelineStats = (employerId: string) =>
  api.get<PipelineStats>(`/api/v1/employers/${employerId}/pipeline`);
