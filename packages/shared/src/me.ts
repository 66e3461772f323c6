import { z } from "zod";
import { employerSchema } from "./employers";
import { roleSchema } from "./roles";

export const meSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  emailVerified: z.boolean(),
  role: roleSchema,
  employers: z.array(employerSchema),
});
export type Me = z.infer<typeof meSchema>;
