//! The store's own tests, in one binary: the schema of both backends, unique violations named by
//! their column, the uploads' quota.

mod schema;
mod sorted_names;
mod unique;
mod uploads;
