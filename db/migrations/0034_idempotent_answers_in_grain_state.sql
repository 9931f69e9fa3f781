-- Issue 9: a change's answer to its Idempotency-Key is now kept in the grain's own state, written in
-- the same state write as the change (IdempotentMemory), so no crash can leave the change without
-- its answer. The table of 0031 held the answer apart, written after the change; it goes. A key
-- answered through it in the day before this migration is judged again if it is retried.
DROP TABLE IF EXISTS idempotent_answers;
