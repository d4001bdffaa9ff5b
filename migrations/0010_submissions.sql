CREATE TABLE "submission_returns" (
	"submission_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"reason" text NOT NULL,
	"returned_at" timestamp with time zone NOT NULL,
	"returned_by" uuid,
	CONSTRAINT "submission_returns_submission_id_revision_pk" PRIMARY KEY("submission_id","revision")
);
--> statement-breakpoint
ALTER TABLE "submission_values" ALTER COLUMN "value" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "award_proposal_events" ADD COLUMN "signer_title" text;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD COLUMN "origin" text DEFAULT 'generated' NOT NULL;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "submission_values" ADD COLUMN "not_applicable" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "submission_values" ADD COLUMN "not_applicable_reason" text;--> statement-breakpoint
ALTER TABLE "submission_returns" ADD CONSTRAINT "submission_returns_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_values" ADD CONSTRAINT "submission_values_value_or_na_ck" CHECK (("submission_values"."not_applicable" and "submission_values"."value" is null and "submission_values"."not_applicable_reason" is not null) or (not "submission_values"."not_applicable" and "submission_values"."value" is not null));--> statement-breakpoint
-- hand-written:
-- A submission returned before this migration keeps its reason as the first entry of its history.
INSERT INTO "submission_returns" ("submission_id", "revision", "reason", "returned_at")
SELECT "id", "revision", "return_reason", "updated_at" FROM "submissions" WHERE "status" = 'returned' AND "return_reason" IS NOT NULL;
