CREATE TABLE "interview_link" (
	"id" text PRIMARY KEY NOT NULL,
	"interview_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview" ADD COLUMN "loop_id" text;--> statement-breakpoint
ALTER TABLE "interview_link" ADD CONSTRAINT "interview_link_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interview_link_token_hash_uidx" ON "interview_link" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "interview_link_interview_idx" ON "interview_link" USING btree ("interview_id");--> statement-breakpoint
CREATE INDEX "interview_loop_idx" ON "interview" USING btree ("loop_id");