CREATE TABLE "objections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_year_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"subject_committee_id" uuid NOT NULL,
	"criterion_code" text,
	"reason" text NOT NULL,
	"status" text NOT NULL,
	"filed_at" timestamp with time zone NOT NULL,
	"filed_by" uuid,
	"answer" text,
	"correction" text,
	"answered_at" timestamp with time zone,
	"answered_by" uuid,
	CONSTRAINT "objections_answer_ck" CHECK (("objections"."status" = 'open') = ("objections"."answered_at" is null))
);
--> statement-breakpoint
ALTER TABLE "cluster_years" ADD COLUMN "objections_open_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "cluster_years" ADD COLUMN "objections_close_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_subject_committee_id_committees_id_fk" FOREIGN KEY ("subject_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "objections_cluster_year_idx" ON "objections" USING btree ("cluster_year_id","id");--> statement-breakpoint
ALTER TABLE "cluster_years" ADD CONSTRAINT "cluster_years_objection_window_ck" CHECK (("cluster_years"."objections_open_at" is null) = ("cluster_years"."objections_close_at" is null) and ("cluster_years"."objections_close_at" is null or "cluster_years"."objections_close_at" > "cluster_years"."objections_open_at"));