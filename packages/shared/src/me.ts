import { z } from "zod";
import { employerSchema } from "./employers";
import { roleSchema } from "./roles";

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  role: roleSchema,
  avatarUrl: z.string().nullable().describe("Signed URL of the profile picture, valid for an hour"),
  employers: z.array(employerSchema),
});
export type Me = z.infer<typeof meSchema>;
