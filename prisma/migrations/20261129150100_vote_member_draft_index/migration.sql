-- A member's drafts without touching the vote heap: the country filter on /resolutions
-- (EXISTS vote WHERE member_code = … AND draft_id = d.id) reads 210k heap pages less at 100x
-- (bench/results/plans/filtered-list-100x.txt).
CREATE INDEX "vote_member_code_draft_id_idx" ON "vote"("member_code", "draft_id");
