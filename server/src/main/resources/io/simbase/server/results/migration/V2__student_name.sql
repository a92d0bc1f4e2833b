-- SimBase results, version 2: the name a student goes by, beside the identity results are kept by
-- (student: their student number when they are on the class roster). Empty for older rows.
ALTER TABLE simbase_result ADD COLUMN student_name TEXT NOT NULL DEFAULT '';
