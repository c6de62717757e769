-- The seeded example targets used to carry their note in English ("Example target: … Replace it
-- with the official one."); the pages now write that note in the reader's language when an
-- example target has none. Notes typed by users are left as they are.
UPDATE `targets` SET `note` = '' WHERE `is_example` = 1 AND `note` LIKE 'Example target: % Replace it with the official one.';
