-- Pending audit payloads as json: checked, not parsed into jsonb, on the writer's path; the sequencer
-- moves them into audit_events as jsonb. An assignment cast exists both ways, so replicas of the
-- version before write and sequence alike during a rolling deploy.
ALTER TABLE "audit_pending" ALTER COLUMN "before" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "audit_pending" ALTER COLUMN "after" SET DATA TYPE json;