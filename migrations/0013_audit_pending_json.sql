-- Pending audit payloads as json: checked, not parsed into jsonb, on the writer's path; the sequencer
-- moves them into audit_events as jsonb. An assignment cast exists both ways, so replicas of the
-- version before write and sequence alike during a rolling deploy. The change rewrites audit_pending
-- (near empty but for events not yet sequenced) under an exclusive lock: audited writes wait for it,
-- and it waits for an open bulk import.
ALTER TABLE "audit_pending" ALTER COLUMN "before" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "audit_pending" ALTER COLUMN "after" SET DATA TYPE json;