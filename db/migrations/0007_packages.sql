CREATE TABLE `package_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`office_code` text NOT NULL,
	`sequence` integer NOT NULL,
	`entity` text NOT NULL,
	`natural_key` text NOT NULL,
	`local_record_id` integer,
	`incoming` text NOT NULL,
	`local_snapshot` text,
	`reason` text DEFAULT 'differs' NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`resolved_by` text,
	`resolved_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `package_conflicts_open_uq` ON `package_conflicts` (`office_code`,`entity`,`natural_key`) WHERE "package_conflicts"."status" = 'open';--> statement-breakpoint
CREATE INDEX `package_conflicts_status_idx` ON `package_conflicts` (`status`,`id`);--> statement-breakpoint
CREATE TABLE `package_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`direction` text NOT NULL,
	`outcome` text NOT NULL,
	`office_code` text,
	`office_name` text,
	`sequence` integer,
	`file_name` text,
	`file_path` text,
	`file_sha256` text,
	`manifest_sha256` text,
	`rows` text,
	`result` text,
	`reason_code` text,
	`reason_params` text
);
--> statement-breakpoint
CREATE INDEX `package_log_at_idx` ON `package_log` (`at`);--> statement-breakpoint
CREATE INDEX `package_log_manifest_idx` ON `package_log` (`manifest_sha256`);--> statement-breakpoint
CREATE TABLE `package_offices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`last_sequence` integer DEFAULT 0 NOT NULL,
	`last_manifest_sha256` text,
	`last_imported_at` text,
	`registered_by` text NOT NULL,
	`registered_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`archived_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `package_offices_code_unique` ON `package_offices` (`code`);--> statement-breakpoint
CREATE TABLE `record_origins` (
	`entity` text NOT NULL,
	`record_id` integer NOT NULL,
	`office_code` text NOT NULL,
	`sequence` integer NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`entity`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `record_origins_office_idx` ON `record_origins` (`office_code`);