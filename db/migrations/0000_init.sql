CREATE TABLE `divisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`level` text NOT NULL,
	`parent_id` integer,
	`code_verified` integer DEFAULT false NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`archived_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `divisions_code_unique` ON `divisions` (`code`);--> statement-breakpoint
CREATE INDEX `divisions_parent_idx` ON `divisions` (`parent_id`);--> statement-breakpoint
CREATE TABLE `institution_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`institution_id` integer NOT NULL,
	`year` integer NOT NULL,
	`score` integer,
	`grade` text NOT NULL,
	`commended` integer DEFAULT false NOT NULL,
	`remarks` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institution_assessments_year_uq` ON `institution_assessments` (`institution_id`,`year`);--> statement-breakpoint
CREATE TABLE `institutions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`credit_code` text,
	`registration_no` text,
	`registering_dept` text,
	`ownership` text NOT NULL,
	`mode_residential` integer DEFAULT false NOT NULL,
	`mode_day_care` integer DEFAULT false NOT NULL,
	`mode_home_care` integer DEFAULT false NOT NULL,
	`street_id` integer NOT NULL,
	`community_id` integer,
	`address` text NOT NULL,
	`beds` integer DEFAULT 0 NOT NULL,
	`day_places` integer DEFAULT 0 NOT NULL,
	`floor_area` integer,
	`person_in_charge` text NOT NULL,
	`phone` text NOT NULL,
	`services` text DEFAULT '[]' NOT NULL,
	`service_content` text,
	`designation_no` text,
	`designation_date` text,
	`status` text DEFAULT 'operating' NOT NULL,
	`remarks` text,
	`archived_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`street_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `institutions_credit_code_uq` ON `institutions` (`credit_code`);--> statement-breakpoint
CREATE INDEX `institutions_street_idx` ON `institutions` (`street_id`);--> statement-breakpoint
CREATE INDEX `institutions_name_idx` ON `institutions` (`name`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `schema_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
