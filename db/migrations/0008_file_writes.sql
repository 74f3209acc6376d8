CREATE TABLE `file_writes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`actor` text NOT NULL,
	`folder` text NOT NULL,
	`temp_path` text NOT NULL,
	`final_path` text,
	`sha256` text,
	`bytes` integer,
	`sequence` integer,
	`record` text,
	`note` text,
	`started_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`finished_at` text
);
--> statement-breakpoint
CREATE INDEX `file_writes_status_idx` ON `file_writes` (`status`);--> statement-breakpoint
CREATE INDEX `file_writes_sequence_idx` ON `file_writes` (`kind`,`sequence`);