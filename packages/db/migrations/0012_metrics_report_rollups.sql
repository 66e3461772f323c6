CREATE TABLE "actor_first_event" (
	"actor_id" text NOT NULL,
	"type" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "actor_first_event_actor_id_type_pk" PRIMARY KEY("actor_id","type")
);
--> statement-breakpoint
CREATE TABLE "booking_lead_time" (
	"day" date NOT NULL,
	"event_id" text NOT NULL,
	"hours" double precision NOT NULL,
	CONSTRAINT "booking_lead_time_day_event_id_pk" PRIMARY KEY("day","event_id")
);
--> statement-breakpoint
CREATE TABLE "resume_analysis_day" (
	"day" date NOT NULL,
	"resume_id" text NOT NULL,
	"score" double precision,
	"analysed_at" timestamp with time zone NOT NULL,
	"event_id" text NOT NULL,
	CONSTRAINT "resume_analysis_day_day_resume_id_pk" PRIMARY KEY("day","resume_id")
);
--> statement-breakpoint
ALTER TABLE "actor_first_event" ADD CONSTRAINT "actor_first_event_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
-- The new rollup tables start empty: forget the old rollups, so the next metrics.rollup run rebuilds all of them
-- from "event" (the report reads "event" until then). Activity bits go too, as the rebuild may choose a new epoch.
DELETE FROM "metric_rollup_state";--> statement-breakpoint
DELETE FROM "actor_activity";
