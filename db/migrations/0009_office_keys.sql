CREATE TABLE `office_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`public_key` text NOT NULL,
	`private_key` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `office_keys_active_uq` ON `office_keys` (`status`) WHERE "office_keys"."status" = 'active';--> statement-breakpoint
-- The key pair an existing register made moves here unchanged (same public key, same fingerprint
-- at the office above). Its creation time is that of the audit row written when it was made.
INSERT INTO `office_keys` (`public_key`, `private_key`, `status`, `created_at`)
SELECT `pub`.`value`, `priv`.`value`, 'active',
	COALESCE((SELECT max(`at`) FROM `audit_log` WHERE `action` = 'package.keyCreate'), strftime('%Y-%m-%dT%H:%M:%fZ','now'))
FROM `schema_meta` AS `priv` JOIN `schema_meta` AS `pub` ON `pub`.`key` = 'office_public_key'
WHERE `priv`.`key` = 'office_private_key';
--> statement-breakpoint
-- Half a pair (never written so) is no key: the app makes a new pair on first need, as before.
DELETE FROM `schema_meta` WHERE `key` IN ('office_private_key', 'office_public_key');
