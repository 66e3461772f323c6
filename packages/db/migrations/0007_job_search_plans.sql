CREATE TABLE "career_job_search_plan" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"conversation_id" text,
	"target_code" text NOT NULL,
	"situation" jsonb NOT NULL,
	"plan" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "career_job_search_task" (
	"plan_id" text NOT NULL,
	"task_id" text NOT NULL,
	"done_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_job_search_task_plan_id_task_id_pk" PRIMARY KEY("plan_id","task_id")
);
--> statement-breakpoint
ALTER TABLE "career_chat_feedback" ALTER COLUMN "rating" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "career_job_search_plan" ADD CONSTRAINT "career_job_search_plan_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_job_search_plan" ADD CONSTRAINT "career_job_search_plan_conversation_id_career_chat_conversation_id_fk" FOREIGN KEY ("conversation_id") REFERENCES "public"."career_chat_conversation"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "career_job_search_task" ADD CONSTRAINT "career_job_search_task_plan_id_career_job_search_plan_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."career_job_search_plan"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_job_search_plan_user_idx" ON "career_job_search_plan" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "career_job_search_plan_conversation_idx" ON "career_job_search_plan" USING btree ("conversation_id");