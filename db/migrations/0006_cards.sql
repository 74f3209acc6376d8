CREATE TABLE `card_sequences` (
	`year` integer PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `service_cards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`card_number` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`status` text DEFAULT 'requested' NOT NULL,
	`requested_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`printed_at` text,
	`handed_over_at` text,
	`batch_no` text,
	`actor` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_cards_number_uq` ON `service_cards` (`card_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `service_cards_year_seq_uq` ON `service_cards` (`year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `service_cards_live_uq` ON `service_cards` (`person_id`) WHERE "service_cards"."status" <> 'void';--> statement-breakpoint
CREATE INDEX `service_cards_status_idx` ON `service_cards` (`status`,`card_number`);