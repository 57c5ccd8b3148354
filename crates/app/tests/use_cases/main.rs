//! The use-case tests, one module per part of the domain, in one test binary: they share the
//! backends' setup and link once. The import's memory bound and the hostile files keep binaries of
//! their own, as each counts allocations with a global allocator of its own.

#[macro_use]
#[path = "../common/mod.rs"]
mod common;

mod account;
mod attention;
mod auth;
mod dates;
mod demo;
mod duplicates;
mod economics;
mod engagement;
mod events;
mod import;
mod interactions;
mod invoices;
mod mail;
mod memberships;
mod monitoring;
mod moving_in;
mod organisations;
mod privacy;
mod projects;
mod search;
mod surveys;
mod value_chain;
