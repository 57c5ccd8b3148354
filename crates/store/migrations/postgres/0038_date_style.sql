-- Each user chooses how the pages write days (see domain::written::DateStyle).
ALTER TABLE users ADD COLUMN date_style TEXT NOT NULL DEFAULT 'day_month_name'
    CHECK (date_style IN ('day_month_name', 'day_month_year_dots', 'day_month_year_slashes', 'iso'));
