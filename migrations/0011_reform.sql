CREATE TABLE "committee_successors" (
	"committee_id" uuid NOT NULL,
	"successor_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "committee_successors_committee_id_successor_id_pk" PRIMARY KEY("committee_id","successor_id")
);
--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "end_decision" jsonb;--> statement-breakpoint
ALTER TABLE "committee_successors" ADD CONSTRAINT "committee_successors_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_successors" ADD CONSTRAINT "committee_successors_successor_id_committees_id_fk" FOREIGN KEY ("successor_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_successors_successor_idx" ON "committee_successors" USING btree ("successor_id","committee_id");--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_end_reason_ck" CHECK ("committees"."end_reason" is null or "committees"."end_reason" = "committees"."status");--> statement-breakpoint
-- hand-written:
-- committees merged before this migration keep their one successor, and say how they ended.
INSERT INTO "committee_successors" ("committee_id", "successor_id", "position")
  SELECT "id", "successor_id", 0 FROM "committees" WHERE "successor_id" IS NOT NULL;--> statement-breakpoint
UPDATE "committees" SET "end_reason" = "status" WHERE "status" <> 'active';
