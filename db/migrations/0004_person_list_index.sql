DROP INDEX `persons_street_idx`;--> statement-breakpoint
CREATE INDEX `persons_place_idx` ON `persons` (`residence_street_id`,`residence_community_id`,`category`,`level`,`status`,`archived_at`);