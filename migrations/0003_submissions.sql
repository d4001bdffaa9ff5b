CREATE TABLE "cluster_year_schemes" (
	"cluster_year_id" uuid PRIMARY KEY NOT NULL,
	"scheme" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cluster_year_targets" (
	"cluster_year_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"criterion_code" text NOT NULL,
	"value" numeric NOT NULL,
	CONSTRAINT "cluster_year_targets_cluster_year_id_committee_id_criterion_code_pk" PRIMARY KEY("cluster_year_id","committee_id","criterion_code")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_vi" text NOT NULL,
	"name_en" text,
	"unit" text NOT NULL,
	"value_type" text NOT NULL,
	"direction" text NOT NULL,
	"min_value" numeric,
	"max_value" numeric,
	"description" text,
	"search_text" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pacts" (
	"cluster_year_id" uuid PRIMARY KEY NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"venue" text NOT NULL,
	"signatories" jsonb NOT NULL,
	"digest" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "periods" (
	"cluster_year_id" uuid NOT NULL,
	"period" text NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "periods_cluster_year_id_period_pk" PRIMARY KEY("cluster_year_id","period")
);
--> statement-breakpoint
CREATE TABLE "submission_revisions" (
	"submission_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"values" jsonb NOT NULL,
	"late" boolean NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	"submitted_by" uuid,
	CONSTRAINT "submission_revisions_submission_id_revision_pk" PRIMARY KEY("submission_id","revision")
);
--> statement-breakpoint
CREATE TABLE "submission_values" (
	"submission_id" uuid NOT NULL,
	"indicator_code" text NOT NULL,
	"value" numeric NOT NULL,
	"note" text,
	"evidence_url" text,
	"official_value" numeric,
	"correction_reason" text,
	CONSTRAINT "submission_values_submission_id_indicator_code_pk" PRIMARY KEY("submission_id","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_year_id" uuid NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"period" text NOT NULL,
	"committee_id" uuid NOT NULL,
	"status" text NOT NULL,
	"late" boolean DEFAULT false NOT NULL,
	"return_reason" text,
	"revision" integer DEFAULT 0 NOT NULL,
	"submitted_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster_year_schemes" ADD CONSTRAINT "cluster_year_schemes_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_year_targets" ADD CONSTRAINT "cluster_year_targets_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_year_targets" ADD CONSTRAINT "cluster_year_targets_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periods" ADD CONSTRAINT "periods_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_revisions" ADD CONSTRAINT "submission_revisions_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submission_values" ADD CONSTRAINT "submission_values_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "indicators_code_uq" ON "indicators" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "submissions_one_per_period_uq" ON "submissions" USING btree ("cluster_year_id","period","committee_id");--> statement-breakpoint
CREATE INDEX "submissions_updated_idx" ON "submissions" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "submissions_committee_idx" ON "submissions" USING btree ("committee_id");