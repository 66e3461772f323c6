CREATE TABLE "availability_profile" (
	"user_id" text PRIMARY KEY NOT NULL,
	"time_zone" text NOT NULL,
	"weekly_hours" jsonb NOT NULL,
	"date_overrides" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"out_of_office" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"preferences" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"limits" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_busy_block" (
	"id" text PRIMARY KEY NOT NULL,
	"source_id" text NOT NULL,
	"user_id" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_feed_token" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "calendar_source" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"url" text,
	"last_synced_at" timestamp with time zone,
	"last_error" text,
	"busy_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview" (
	"id" text PRIMARY KEY NOT NULL,
	"application_id" text NOT NULL,
	"job_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"title" text NOT NULL,
	"start_at" timestamp with time zone NOT NULL,
	"end_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"hold_expires_at" timestamp with time zone,
	"ical_uid" text NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"video_link" text,
	"round" integer DEFAULT 1 NOT NULL,
	"candidate_time_zone" text NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"reminder_offsets_minutes" jsonb DEFAULT '[1440,60]'::jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_feedback" (
	"id" text PRIMARY KEY NOT NULL,
	"interview_id" text NOT NULL,
	"author_id" text NOT NULL,
	"recommendation" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "interview_participant" (
	"interview_id" text NOT NULL,
	"user_id" text NOT NULL,
	"role" text NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"response" text DEFAULT 'needs-action' NOT NULL,
	"blocked" "tstzrange" NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	CONSTRAINT "interview_participant_interview_id_user_id_pk" PRIMARY KEY("interview_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "scheduling_link" (
	"id" text PRIMARY KEY NOT NULL,
	"token" text NOT NULL,
	"application_id" text NOT NULL,
	"created_by" text,
	"title" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"panel" jsonb NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"buffer_before_minutes" integer DEFAULT 0 NOT NULL,
	"buffer_after_minutes" integer DEFAULT 0 NOT NULL,
	"minimum_notice_minutes" integer DEFAULT 0 NOT NULL,
	"step_minutes" integer DEFAULT 15 NOT NULL,
	"video_link" text,
	"expires_at" timestamp with time zone NOT NULL,
	"interview_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "availability_profile" ADD CONSTRAINT "availability_profile_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_busy_block" ADD CONSTRAINT "calendar_busy_block_source_id_calendar_source_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."calendar_source"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_busy_block" ADD CONSTRAINT "calendar_busy_block_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feed_token" ADD CONSTRAINT "calendar_feed_token_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_source" ADD CONSTRAINT "calendar_source_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_feedback" ADD CONSTRAINT "interview_feedback_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_feedback" ADD CONSTRAINT "interview_feedback_author_id_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_participant" ADD CONSTRAINT "interview_participant_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_participant" ADD CONSTRAINT "interview_participant_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduling_link" ADD CONSTRAINT "scheduling_link_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduling_link" ADD CONSTRAINT "scheduling_link_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheduling_link" ADD CONSTRAINT "scheduling_link_interview_id_interview_id_fk" FOREIGN KEY ("interview_id") REFERENCES "public"."interview"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calendar_busy_block_user_idx" ON "calendar_busy_block" USING btree ("user_id","start_at");--> statement-breakpoint
CREATE INDEX "calendar_busy_block_source_idx" ON "calendar_busy_block" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_feed_token_hash_uidx" ON "calendar_feed_token" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "calendar_feed_token_user_idx" ON "calendar_feed_token" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "calendar_source_user_idx" ON "calendar_source" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_ical_uid_uidx" ON "interview" USING btree ("ical_uid");--> statement-breakpoint
CREATE INDEX "interview_org_start_idx" ON "interview" USING btree ("organization_id","start_at");--> statement-breakpoint
CREATE INDEX "interview_application_idx" ON "interview" USING btree ("application_id","start_at");--> statement-breakpoint
CREATE UNIQUE INDEX "interview_feedback_author_uidx" ON "interview_feedback" USING btree ("interview_id","author_id");--> statement-breakpoint
CREATE INDEX "interview_participant_user_idx" ON "interview_participant" USING btree ("user_id","active");--> statement-breakpoint
CREATE UNIQUE INDEX "scheduling_link_token_uidx" ON "scheduling_link" USING btree ("token");--> statement-breakpoint
CREATE INDEX "scheduling_link_application_idx" ON "scheduling_link" USING btree ("application_id");--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "interview" ADD CONSTRAINT "interview_ends_after_start" CHECK ("end_at" > "start_at");--> statement-breakpoint
ALTER TABLE "calendar_busy_block" ADD CONSTRAINT "calendar_busy_block_ends_after_start" CHECK ("end_at" > "start_at");--> statement-breakpoint
ALTER TABLE "interview_participant" ADD CONSTRAINT "interview_participant_no_overlap" EXCLUDE USING gist ("user_id" WITH =, "blocked" WITH &&) WHERE ("active");
