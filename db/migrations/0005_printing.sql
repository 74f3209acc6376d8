CREATE TABLE `print_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`actor` text NOT NULL,
	`document` text NOT NULL,
	`template_version` integer NOT NULL,
	`title` text NOT NULL,
	`record_ids` text NOT NULL,
	`pages` integer NOT NULL,
	`copies` integer DEFAULT 1 NOT NULL,
	`output` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `print_jobs_document_idx` ON `print_jobs` (`document`,`at`);