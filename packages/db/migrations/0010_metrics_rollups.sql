CREATE TABLE "actor_activity" (
	"actor_id" text PRIMARY KEY NOT NULL,
	"active" bit varying NOT NULL,
	"coach_message" bit varying NOT NULL,
	"resume_created" bit varying NOT NULL
);
--> statement-breakpoint
CREATE TABLE "metric_rollup" (
	"day" date NOT NULL,
	"metric" text NOT NULL,
	"dimension" text DEFAULT '' NOT NULL,
	"numerator" double precision NOT NULL,
	"denominator" double precision,
	CONSTRAINT "metric_rollup_day_metric_dimension_pk" PRIMARY KEY("day","metric","dimension")
);
--> statement-breakpoint
CREATE TABLE "metric_rollup_state" (
	"id" text PRIMARY KEY NOT NULL,
	"rolled_up_until" date NOT NULL,
	"activity_epoch" date NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resume_first_analysis" (
	"resume_id" text PRIMARY KEY NOT NULL,
	"score" double precision NOT NULL,
	"analysed_at" timestamp with time zone NOT NULL,
	"event_id" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "actor_activity" ADD CONSTRAINT "actor_activity_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_time_idx" ON "event" USING btree ("occurred_at");