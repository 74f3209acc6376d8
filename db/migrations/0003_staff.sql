CREATE TABLE `permit_sequences` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `qualifications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`type` text NOT NULL,
	`number` text NOT NULL,
	`issuer` text,
	`issue_date` text,
	`expiry_date` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `qualifications_staff_idx` ON `qualifications` (`staff_id`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`resident_id` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`phone` text,
	`employer_institution_id` integer,
	`post` text NOT NULL,
	`hire_date` text,
	`leave_date` text,
	`remarks` text,
	`archived_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`employer_institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_resident_id_uq` ON `staff` (`resident_id`);--> statement-breakpoint
CREATE INDEX `staff_name_idx` ON `staff` (`name`);--> statement-breakpoint
CREATE INDEX `staff_initials_idx` ON `staff` (`name_initials`);--> statement-breakpoint
CREATE INDEX `staff_pinyin_idx` ON `staff` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `staff_employer_idx` ON `staff` (`employer_institution_id`);--> statement-breakpoint
CREATE TABLE `staff_photos` (
	`staff_id` integer PRIMARY KEY NOT NULL,
	`mime` text NOT NULL,
	`data` blob NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `training_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`session_id` integer,
	`course` text NOT NULL,
	`organiser` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`hours` integer NOT NULL,
	`result` text NOT NULL,
	`certificate_no` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`session_id`) REFERENCES `training_sessions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `training_records_staff_idx` ON `training_records` (`staff_id`);--> statement-breakpoint
CREATE TABLE `training_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`course` text NOT NULL,
	`organiser` text,
	`start_date` text NOT NULL,
	`end_date` text NOT NULL,
	`hours` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `volunteer_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`volunteer_id` integer NOT NULL,
	`institution_id` integer,
	`person_id` integer,
	FOREIGN KEY (`volunteer_id`) REFERENCES `volunteers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `volunteer_links_volunteer_idx` ON `volunteer_links` (`volunteer_id`);--> statement-breakpoint
CREATE INDEX `volunteer_links_institution_idx` ON `volunteer_links` (`institution_id`);--> statement-breakpoint
CREATE TABLE `volunteers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`backgrounds` text DEFAULT '[]' NOT NULL,
	`organisation` text,
	`hours_served` integer DEFAULT 0 NOT NULL,
	`remarks` text,
	`archived_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `work_permits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`number` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`issue_date` text NOT NULL,
	`valid_until` text NOT NULL,
	`issuer` text NOT NULL,
	`training_record_id` integer NOT NULL,
	`status` text DEFAULT 'valid' NOT NULL,
	`status_reason` text,
	`status_changed_at` text,
	`renewed_from_id` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`training_record_id`) REFERENCES `training_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_permits_number_uq` ON `work_permits` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `work_permits_year_seq_uq` ON `work_permits` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `work_permits_staff_idx` ON `work_permits` (`staff_id`);--> statement-breakpoint
CREATE INDEX `work_permits_valid_until_idx` ON `work_permits` (`valid_until`);