CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"cluster_year_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone NOT NULL,
	"supersedes" uuid,
	"superseded_by" uuid,
	CONSTRAINT "attachments_kind_ck" CHECK ("attachments"."kind" in ('pact', 'submission', 'ranking', 'handover', 'award_proposal', 'award_decision', 'objection')),
	CONSTRAINT "attachments_sha256_ck" CHECK ("attachments"."sha256" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "attachments_size_ck" CHECK ("attachments"."size" = octet_length("attachments"."content")),
	CONSTRAINT "attachments_not_self_ck" CHECK ("attachments"."supersedes" <> "attachments"."id" and "attachments"."superseded_by" <> "attachments"."id")
);
--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_cluster_year_id_cluster_years_id_fk" FOREIGN KEY ("cluster_year_id") REFERENCES "public"."cluster_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_supersedes_attachments_id_fk" FOREIGN KEY ("supersedes") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_superseded_by_attachments_id_fk" FOREIGN KEY ("superseded_by") REFERENCES "public"."attachments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("kind","owner_id","id");--> statement-breakpoint
CREATE INDEX "attachments_cluster_year_idx" ON "attachments" USING btree ("cluster_year_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_supersedes_uq" ON "attachments" USING btree ("supersedes");--> statement-breakpoint
CREATE UNIQUE INDEX "attachments_superseded_by_uq" ON "attachments" USING btree ("superseded_by");--> statement-breakpoint
ALTER TABLE "objections" ADD CONSTRAINT "objections_status_ck" CHECK ("objections"."status" in ('open', 'accepted', 'rejected'));
--> statement-breakpoint
-- hand-written:
-- Documents are compressed already (PDF streams, images, zipped Office files): kept as they are, out of line.
ALTER TABLE "attachments" ALTER COLUMN "content" SET STORAGE EXTERNAL;
--> statement-breakpoint
-- An attachment is never edited, only superseded. A new one is never born superseded, and what it
-- supersedes has its kind and owner. UPDATE may only set superseded_by, once (from null), to the
-- attachment that names this one in its `supersedes`: every other column stays as it was (a new
-- column must be added to the list below). DELETE and TRUNCATE are refused, whoever asks.
CREATE OR REPLACE FUNCTION attachments_insert_check() RETURNS trigger AS $$
BEGIN
  IF NEW.superseded_by IS NOT NULL THEN
    RAISE EXCEPTION 'attachments: a new attachment cannot be superseded already' USING ERRCODE = 'P0001';
  END IF;
  IF NEW.supersedes IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM attachments a WHERE a.id = NEW.supersedes AND a.kind = NEW.kind AND a.owner_id = NEW.owner_id AND a.superseded_by IS NULL
  ) THEN
    RAISE EXCEPTION 'attachments: % supersedes no current attachment of the same kind and owner', NEW.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attachments_insert_check BEFORE INSERT ON attachments
  FOR EACH ROW EXECUTE FUNCTION attachments_insert_check();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attachments_supersede_only() RETURNS trigger AS $$
BEGIN
  IF (NEW.id, NEW.kind, NEW.owner_id, NEW.cluster_year_id, NEW.file_name, NEW.content_type, NEW.size, NEW.sha256, NEW.uploaded_by, NEW.uploaded_at, NEW.supersedes)
       IS DISTINCT FROM
     (OLD.id, OLD.kind, OLD.owner_id, OLD.cluster_year_id, OLD.file_name, OLD.content_type, OLD.size, OLD.sha256, OLD.uploaded_by, OLD.uploaded_at, OLD.supersedes)
     OR NEW.content IS DISTINCT FROM OLD.content THEN
    RAISE EXCEPTION 'attachments are never edited (only superseded_by may be set)' USING ERRCODE = 'P0001';
  END IF;
  IF OLD.superseded_by IS NOT NULL THEN
    RAISE EXCEPTION 'attachment % is already superseded', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF NEW.superseded_by IS NULL OR NOT EXISTS (SELECT 1 FROM attachments a WHERE a.id = NEW.superseded_by AND a.supersedes = OLD.id) THEN
    RAISE EXCEPTION 'attachment % may only be superseded by an attachment that supersedes it', OLD.id USING ERRCODE = 'P0001';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attachments_supersede_only BEFORE UPDATE ON attachments
  FOR EACH ROW EXECUTE FUNCTION attachments_supersede_only();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION attachments_never_removed() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'attachments are never removed (% refused)', TG_OP USING ERRCODE = 'P0001';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
  FOR EACH ROW EXECUTE FUNCTION attachments_never_removed();
--> statement-breakpoint
CREATE TRIGGER attachments_no_truncate BEFORE TRUNCATE ON attachments
  FOR EACH STATEMENT EXECUTE FUNCTION attachments_never_removed();
