CREATE TABLE "cluster_year_members" (
	"cluster_year_id" uuid NOT NULL,
	"committee_id" uuid NOT NULL,
	"organizer_committee_id" uuid NOT NULL,
	"year" integer NOT NULL,
	CONSTRAINT "cluster_year_members_cluster_year_id_committee_id_pk" PRIMARY KEY("cluster_year_id","committee_id")
);
--> statement-breakpoint
CREATE TABLE "cluster_years" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text NOT NULL,
	"head_id" uuid,
	"deputy_id" uuid,
	"head_chosen_by" text,
	"deputy_chosen_by" text,
	"leadership_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "cluster_years_head_deputy_ck" CHECK ("cluster_years"."head_id" is null or "cluster_years"."deputy_id" is null or "cluster_years"."head_id" <> "cluster_years"."deputy_id")
);
--> statement-breakpoint
CREATE TABLE "clusters" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"search_text" text NOT NULL,
	"organizer_committee_id" uuid NOT NULL,
	"member_level" text NOT NULL,
	"rotation_policy" text NOT NULL,
	"rotation_order" jsonb,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "handovers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"cluster_id" uuid NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"outgoing_head_id" uuid,
	"incoming_head_id" uuid NOT NULL,
	"incoming_deputy_id" uuid,
	"head_chosen_by" text NOT NULL,
	"override_reason" text,
	"handed_over_at" timestamp with time zone NOT NULL,
	"venue" text NOT NULL,
	"rotating_flag_handed_over" boolean NOT NULL,
	"minutes_ref" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "officer_tenures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"committee_id" uuid NOT NULL,
	"position" text NOT NULL,
	"person_name" text NOT NULL,
	"title" text,
	"term_label" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cluster_year_members" ADD CONSTRAINT "cluster_year_members_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_year_members" ADD CONSTRAINT "cluster_year_members_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_years" ADD CONSTRAINT "cluster_years_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_years" ADD CONSTRAINT "cluster_years_head_id_committees_id_fk" FOREIGN KEY ("head_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cluster_years" ADD CONSTRAINT "cluster_years_deputy_id_committees_id_fk" FOREIGN KEY ("deputy_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "clusters" ADD CONSTRAINT "clusters_organizer_committee_id_committees_id_fk" FOREIGN KEY ("organizer_committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_outgoing_head_id_committees_id_fk" FOREIGN KEY ("outgoing_head_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_incoming_head_id_committees_id_fk" FOREIGN KEY ("incoming_head_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "handovers" ADD CONSTRAINT "handovers_incoming_deputy_id_committees_id_fk" FOREIGN KEY ("incoming_deputy_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer_tenures" ADD CONSTRAINT "officer_tenures_committee_id_committees_id_fk" FOREIGN KEY ("committee_id") REFERENCES "public"."committees"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_year_members_one_cluster_uq" ON "cluster_year_members" USING btree ("organizer_committee_id","year","committee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cluster_years_cluster_year_uq" ON "cluster_years" USING btree ("cluster_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "clusters_code_uq" ON "clusters" USING btree ("code");--> statement-breakpoint
CREATE INDEX "clusters_organizer_idx" ON "clusters" USING btree ("organizer_committee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "handovers_cluster_from_year_uq" ON "handovers" USING btree ("cluster_id","from_year");--> statement-breakpoint
CREATE INDEX "officer_tenures_committee_idx" ON "officer_tenures" USING btree ("committee_id","position","start_date");