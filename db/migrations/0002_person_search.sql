-- Search structures for the persons register that drizzle's schema cannot express.
-- The given name without the surname, so typing 三丰 finds 张三丰.
CREATE INDEX `persons_given_name_idx` ON `persons` (substr(`name`, 2));
--> statement-breakpoint
-- Any fragment (3+ characters) of a 身份证号: an external-content trigram index over the ID.
CREATE VIRTUAL TABLE `persons_id_fts` USING fts5(resident_id, content='persons', content_rowid='id', tokenize='trigram');
--> statement-breakpoint
CREATE TRIGGER `persons_id_fts_ai` AFTER INSERT ON `persons` BEGIN
  INSERT INTO persons_id_fts(rowid, resident_id) VALUES (new.id, new.resident_id);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_id_fts_ad` AFTER DELETE ON `persons` BEGIN
  INSERT INTO persons_id_fts(persons_id_fts, rowid, resident_id) VALUES ('delete', old.id, old.resident_id);
END;
--> statement-breakpoint
CREATE TRIGGER `persons_id_fts_au` AFTER UPDATE OF `resident_id` ON `persons` BEGIN
  INSERT INTO persons_id_fts(persons_id_fts, rowid, resident_id) VALUES ('delete', old.id, old.resident_id);
  INSERT INTO persons_id_fts(rowid, resident_id) VALUES (new.id, new.resident_id);
END;
