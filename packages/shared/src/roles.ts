import { z } from "zod";

export const roleSchema = z.enum(["candidate", "recruiter", "admin"]);
export type Role = z.infer<typeof roleSchema>;

/** Roles a person may pick when signing up; admin is granted, never chosen. */
export const signUpRoleSchema = z.enum(["candidate", "recruiter"]);
