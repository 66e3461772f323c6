CREATE TABLE "badge_award" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"badge" text NOT NULL,
	"awarded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"credential" jsonb NOT NULL,
	"jws" text NOT NULL,
	"revoked" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event" (
	"id" text PRIMARY KEY NOT NULL,
	"actor_id" text,
	"organization_id" text,
	"feature" text NOT NULL,
	"type" text NOT NULL,
	"subject_id" text,
	"visitor_key" text,
	"properties" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio" (
	"user_id" text PRIMARY KEY NOT NULL,
	"handle" text NOT NULL,
	"theme" text DEFAULT 'minimal' NOT NULL,
	"visibility" text DEFAULT 'private' NOT NULL,
	"unlisted_token" text NOT NULL,
	"bio" text DEFAULT '' NOT NULL,
	"github_username" text,
	"linkedin_url" text,
	"website_url" text,
	"github_stats" jsonb,
	"github_fetched_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_media" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"project_id" text,
	"kind" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"caption" text DEFAULT '' NOT NULL,
	"storage_key" text NOT NULL,
	"preview_key" text,
	"content_type" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"page_count" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_project" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text NOT NULL,
	"role" text DEFAULT '' NOT NULL,
	"start_date" text,
	"end_date" text,
	"description" text DEFAULT '' NOT NULL,
	"tags" text[] DEFAULT '{}' NOT NULL,
	"links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "portfolio_snippet" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"project_id" text,
	"position" integer DEFAULT 0 NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"code" text NOT NULL,
	"highlight_lines" integer[] DEFAULT '{}' NOT NULL,
	"html" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signing_key" (
	"id" text PRIMARY KEY NOT NULL,
	"algorithm" text NOT NULL,
	"public_jwk" jsonb NOT NULL,
	"private_jwk" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "testimonial" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"author_name" text NOT NULL,
	"author_email" text NOT NULL,
	"relationship" text DEFAULT '' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'requested' NOT NULL,
	"body" text,
	"author_title" text,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "video_intro" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"status" text DEFAULT 'uploading' NOT NULL,
	"progress" real DEFAULT 0 NOT NULL,
	"source_key" text,
	"source_content_type" text,
	"source_bytes" integer,
	"video_key" text,
	"poster_key" text,
	"duration_ms" integer,
	"width" integer,
	"height" integer,
	"quality_tips" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" jsonb,
	"captions_vtt" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "badge_award" ADD CONSTRAINT "badge_award_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event" ADD CONSTRAINT "event_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio" ADD CONSTRAINT "portfolio_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_media" ADD CONSTRAINT "portfolio_media_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_media" ADD CONSTRAINT "portfolio_media_project_id_portfolio_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."portfolio_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_project" ADD CONSTRAINT "portfolio_project_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_snippet" ADD CONSTRAINT "portfolio_snippet_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "portfolio_snippet" ADD CONSTRAINT "portfolio_snippet_project_id_portfolio_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."portfolio_project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "testimonial" ADD CONSTRAINT "testimonial_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "video_intro" ADD CONSTRAINT "video_intro_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "badge_award_user_badge_uidx" ON "badge_award" USING btree ("user_id","badge");--> statement-breakpoint
CREATE INDEX "event_feature_time_idx" ON "event" USING btree ("feature","type","occurred_at");--> statement-breakpoint
CREATE INDEX "event_subject_idx" ON "event" USING btree ("subject_id","type","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_handle_uidx" ON "portfolio" USING btree ("handle");--> statement-breakpoint
CREATE UNIQUE INDEX "portfolio_unlisted_uidx" ON "portfolio" USING btree ("unlisted_token");--> statement-breakpoint
CREATE INDEX "portfolio_media_user_idx" ON "portfolio_media" USING btree ("user_id","position");--> statement-breakpoint
CREATE INDEX "portfolio_media_project_idx" ON "portfolio_media" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "portfolio_project_user_idx" ON "portfolio_project" USING btree ("user_id","position");--> statement-breakpoint
CREATE INDEX "portfolio_snippet_user_idx" ON "portfolio_snippet" USING btree ("user_id","position");--> statement-breakpoint
CREATE INDEX "testimonial_user_idx" ON "testimonial" USING btree ("user_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "testimonial_token_uidx" ON "testimonial" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "video_intro_user_idx" ON "video_intro" USING btree ("user_id","created_at");