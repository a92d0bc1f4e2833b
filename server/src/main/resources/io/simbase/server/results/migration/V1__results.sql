-- SimBase results, version 1: one row per finished graded run, one row per check of it.
CREATE TABLE simbase_result (
    id          BIGSERIAL PRIMARY KEY,
    at_millis   BIGINT  NOT NULL,
    class_code  TEXT    NOT NULL,
    student     TEXT    NOT NULL,
    exercise_id TEXT    NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 100),
    pass_mark   INTEGER NOT NULL CHECK (pass_mark BETWEEN 0 AND 100),
    passed      BOOLEAN NOT NULL,
    capped      BOOLEAN NOT NULL,
    recording   TEXT    NOT NULL
);
CREATE INDEX simbase_result_student ON simbase_result (class_code, student);

CREATE TABLE simbase_result_check (
    result_id             BIGINT  NOT NULL REFERENCES simbase_result (id),
    ord                   INTEGER NOT NULL,
    check_id              TEXT    NOT NULL,
    kind                  TEXT    NOT NULL,
    points                INTEGER NOT NULL,
    awarded               INTEGER NOT NULL,
    passed                BOOLEAN NOT NULL,
    safety                BOOLEAN NOT NULL,
    failed_scenario       TEXT,
    first_failure_seconds DOUBLE PRECISION,
    PRIMARY KEY (result_id, ord)
);
