CREATE TABLE "adjustments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_year_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"type" text NOT NULL,
	"criterion_code" text,
	"points" numeric,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"created_by" uuid,
	"withdrawn_at" timestamp with time zone,
	"withdrawn_reason" text
);
--> statement-breakpoint
CREATE TABLE "assessment_history" (
	"cluster_year_id" uuid NOT NULL,
	"assessor_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"scores" jsonb NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid,
	CONSTRAINT "assessment_history_cluster_year_id_assessor_id_version_pk" PRIMARY KEY("cluster_year_id","assessor_id","version")
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"cluster_year_id" uuid NOT NULL,
	"assessor_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "assessments_cluster_year_id_assessor_id_pk" PRIMARY KEY("cluster_year_id","assessor_id")
);
--> statement-breakpoint
CREATE TABLE "award_proposal_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"proposal_id" uuid NOT NULL,
	"action" text NOT NULL,
	"decision_number" text,
	"decision_date" date,
	"signer" text,
	"reason" text,
	"evidence" text,
	"at" timestamp with time zone NOT NULL,
	"actor_key_id" uuid
);
--> statement-breakpoint
CREATE TABLE "award_proposals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_year_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"committee_id" uuid NOT NULL,
	"award_type_code" text NOT NULL,
	"status" text NOT NULL,
	"explanation" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "award_types" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organizer_committee_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"precedence" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ranking_snapshots" (
	"cluster_year_id" uuid PRIMARY KEY NOT NULL,
	"ranking" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"inputs_digest" text NOT NULL,
	"algorithm_version" text NOT NULL,
	"finalized_at" timestamp with time zone NOT NULL,
	"finalized_by" uuid
);
--> statement-breakpoint
CREATE TABLE "tie_resolutions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_year_id" uuid NOT NULL,
	"ordered_committee_ids" jsonb NOT NULL,
	"tally" jsonb,
	"reason" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"recorded_by" uuid
);
--> statement-breakpoint
ALTER TABLE "cluster_years" ADD COLUMN "inputs_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjustments" ADD CONSTRAINT "adjustments_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_assessor_id_committees_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposal_events" ADD CONSTRAINT "award_proposal_events_proposal_id_award_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."award_proposals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_proposals" ADD CONSTRAINT "award_proposals_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "award_types" ADD CONSTRAINT "award_types_organizer_committee_id_committees_id_fk" FOREIGN KEY ("organizer_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ranking_snapshots" ADD CONSTRAINT "ranking_snapshots_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tie_resolutions" ADD CONSTRAINT "tie_resolutions_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "adjustments_cluster_year_idx" ON "adjustments" USING btree ("cluster_year_id");--> statement-breakpoint
CREATE INDEX "award_proposal_events_proposal_idx" ON "award_proposal_events" USING btree ("proposal_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "award_proposals_one_per_member_uq" ON "award_proposals" USING btree ("cluster_year_id","committee_id");--> statement-breakpoint
CREATE INDEX "award_proposals_status_idx" ON "award_proposals" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "award_types_organizer_code_uq" ON "award_types" USING btree ("organizer_committee_id","code");--> statement-breakpoint
CREATE INDEX "tie_resolutions_cluster_year_idx" ON "tie_resolutions" USING btree ("cluster_year_id");