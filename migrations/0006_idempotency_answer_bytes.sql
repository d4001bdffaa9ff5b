-- Idempotency records are now written in the same transaction as the effect they answer for, so
-- a claim that never completed means nothing committed: drop the old in-progress claims.
DELETE FROM "idempotency_keys" WHERE "state" <> 'completed';--> statement-breakpoint
-- The stored answer is kept as the bytes sent (without content coding), not as text.
ALTER TABLE "idempotency_keys" ALTER COLUMN "response_body" SET DATA TYPE bytea USING convert_to("response_body", 'UTF8');
