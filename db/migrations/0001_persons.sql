CREATE TABLE `enrolments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`mode` text NOT NULL,
	`institution_id` integer,
	`start_date` text NOT NULL,
	`end_date` text,
	`exit_reason` text,
	`remarks` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`institution_id`) REFERENCES `institutions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enrolments_open_uq` ON `enrolments` (`person_id`) WHERE "enrolments"."end_date" IS NULL;--> statement-breakpoint
CREATE INDEX `enrolments_institution_idx` ON `enrolments` (`institution_id`,`mode`) WHERE "enrolments"."end_date" IS NULL;--> statement-breakpoint
CREATE TABLE `guardians` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`phone` text,
	`resident_id` text,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `guardians_person_idx` ON `guardians` (`person_id`);--> statement-breakpoint
CREATE TABLE `needs_surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`survey_date` text NOT NULL,
	`surveyor` text NOT NULL,
	`wanted_mode` text NOT NULL,
	`wanted_services` text DEFAULT '[]' NOT NULL,
	`remarks` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `needs_surveys_person_idx` ON `needs_surveys` (`person_id`,`survey_date`);--> statement-breakpoint
CREATE TABLE `person_photos` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`mime` text NOT NULL,
	`data` blob NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`name_pinyin` text NOT NULL,
	`name_initials` text NOT NULL,
	`resident_id` text NOT NULL,
	`sex` text NOT NULL,
	`birth_date` text NOT NULL,
	`cert_number` text NOT NULL,
	`category` text NOT NULL,
	`level` integer NOT NULL,
	`cert_issue_date` text,
	`hukou_street_id` integer,
	`hukou_community_id` integer,
	`residence_street_id` integer NOT NULL,
	`residence_community_id` integer,
	`address` text,
	`phone` text,
	`economic_status` text DEFAULT 'other' NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`remarks` text,
	`archived_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`hukou_street_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hukou_community_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`residence_street_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`residence_community_id`) REFERENCES `divisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_resident_id_uq` ON `persons` (`resident_id`);--> statement-breakpoint
CREATE INDEX `persons_cert_number_idx` ON `persons` (`cert_number`);--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
CREATE INDEX `persons_initials_idx` ON `persons` (`name_initials`);--> statement-breakpoint
CREATE INDEX `persons_pinyin_idx` ON `persons` (`name_pinyin`);--> statement-breakpoint
CREATE INDEX `persons_street_idx` ON `persons` (`residence_street_id`,`residence_community_id`);--> statement-breakpoint
CREATE INDEX `persons_birth_idx` ON `persons` (`birth_date`);