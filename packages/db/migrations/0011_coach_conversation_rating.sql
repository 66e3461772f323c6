ALTER TABLE "career_chat_conversation" ADD COLUMN "rating" smallint;--> statement-breakpoint
ALTER TABLE "career_chat_conversation" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "career_chat_conversation" ADD CONSTRAINT "career_chat_conversation_rating_range" CHECK ("career_chat_conversation"."rating" between 1 and 5);