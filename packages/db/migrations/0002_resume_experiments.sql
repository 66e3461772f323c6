CREATE TABLE "resume_ats_score" (
	"id" text PRIMARY KEY NOT NULL,
	"resume_id" text NOT NULL,
	"job_description_hash" text NOT NULL,
	"score" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resume_event" (
	"id" text PRIMARY KEY NOT NULL,
	"resume_id" text NOT NULL,
	"share_link_id" text,
	"application_id" text,
	"kind" text NOT NULL,
	"visitor_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resume_experiment" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_id" text NOT NULL,
	"name" text NOT NULL,
	"goal" text DEFAULT 'interview' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "resume_experiment_variant" (
	"experiment_id" text NOT NULL,
	"resume_id" text NOT NULL,
	"label" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "resume_experiment_variant_experiment_id_resume_id_pk" PRIMARY KEY("experiment_id","resume_id")
);
--> statement-breakpoint
CREATE TABLE "resume_share_link" (
	"id" text PRIMARY KEY NOT NULL,
	"resume_id" text NOT NULL,
	"slug" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "resume_suggestion_decision" (
	"id" text PRIMARY KEY NOT NULL,
	"resume_id" text NOT NULL,
	"user_id" text,
	"kind" text NOT NULL,
	"fingerprint" text NOT NULL,
	"decision" text NOT NULL,
	"before" text DEFAULT '' NOT NULL,
	"after" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "application" ADD COLUMN "resume_id" text;--> statement-breakpoint
ALTER TABLE "resume_ats_score" ADD CONSTRAINT "resume_ats_score_resume_id_resume_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resume"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_event" ADD CONSTRAINT "resume_event_resume_id_resume_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resume"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_event" ADD CONSTRAINT "resume_event_share_link_id_resume_share_link_id_fk" FOREIGN KEY ("share_link_id") REFERENCES "public"."resume_share_link"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_event" ADD CONSTRAINT "resume_event_application_id_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_experiment" ADD CONSTRAINT "resume_experiment_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_experiment_variant" ADD CONSTRAINT "resume_experiment_variant_experiment_id_resume_experiment_id_fk" FOREIGN KEY ("experiment_id") REFERENCES "public"."resume_experiment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_experiment_variant" ADD CONSTRAINT "resume_experiment_variant_resume_id_resume_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resume"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_share_link" ADD CONSTRAINT "resume_share_link_resume_id_resume_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resume"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_suggestion_decision" ADD CONSTRAINT "resume_suggestion_decision_resume_id_resume_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resume"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_suggestion_decision" ADD CONSTRAINT "resume_suggestion_decision_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "resume_ats_score_resume_idx" ON "resume_ats_score" USING btree ("resume_id","job_description_hash","created_at");--> statement-breakpoint
CREATE INDEX "resume_event_resume_kind_idx" ON "resume_event" USING btree ("resume_id","kind","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "resume_event_application_kind_uidx" ON "resume_event" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "resume_experiment_owner_idx" ON "resume_experiment" USING btree ("owner_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "resume_experiment_variant_label_uidx" ON "resume_experiment_variant" USING btree ("experiment_id","label");--> statement-breakpoint
CREATE UNIQUE INDEX "resume_share_link_slug_uidx" ON "resume_share_link" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "resume_share_link_resume_idx" ON "resume_share_link" USING btree ("resume_id");--> statement-breakpoint
CREATE INDEX "resume_suggestion_decision_resume_idx" ON "resume_suggestion_decision" USING btree ("resume_id","fingerprint");--> statement-breakpoint
ALTER TABLE "application" ADD CONSTRAINT "application_resume_id_resume_id_fk" FOREIGN KEY ("resume_id") REFERENCES "public"."resume"("id") ON DELETE set null ON UPDATE no action;