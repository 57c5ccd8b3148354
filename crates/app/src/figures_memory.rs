//! What this server remembers of membership figures it has worked out, so that asking again for
//! the same cluster's figures costs one read of a counter instead of reading every membership,
//! organisation and fee invoice.
//!
//! Why it may be trusted: an entry keeps the cluster's membership revision
//! ([`store::membership::revision`]) read before the figures were worked out, and is served only
//! while the revision still stands there. The database's triggers move the revision in the same
//! transaction as any change to membership types, organisations, memberships, invoices or
//! payments, whoever makes it (this server, another one, the command line). Figures worked out
//! while a change was committing may already hold it; they are then worked out once more, never
//! served stale. The key holds everything else the figures depend on: the cluster, the year, the
//! day they are as of (the cluster's today) and its fiscal year's first month.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::NaiveDate;
use domain::id::Uuid;

use crate::membership::MembershipFigures;

/// How many cluster-years of figures are kept at most; past it the memory starts again empty.
const FIGURES_ENTRIES: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct FiguresKey {
    pub cluster_id: Uuid,
    pub year: i32,
    pub as_of: NaiveDate,
    pub fiscal_year_start_month: u32,
}

#[derive(Debug, Default)]
pub(crate) struct FiguresMemory {
    entries: Mutex<HashMap<FiguresKey, (i64, MembershipFigures)>>,
}

impl FiguresMemory {
    fn locked(&self) -> std::sync::MutexGuard<'_, HashMap<FiguresKey, (i64, MembershipFigures)>> {
        self.entries.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The figures remembered for `key`, when they were worked out at `revision`.
    pub fn get(&self, key: &FiguresKey, revision: i64) -> Option<MembershipFigures> {
        self.locked().get(key).filter(|(at, _)| *at == revision).map(|(_, figures)| figures.clone())
    }

    /// Remembers `figures`, worked out from what was there at `revision` or later.
    pub fn keep(&self, key: FiguresKey, revision: i64, figures: &MembershipFigures) {
        let mut entries = self.locked();
        if entries.len() >= FIGURES_ENTRIES && !entries.contains_key(&key) {
            entries.clear();
        }
        entries.insert(key, (revision, figures.clone()));
    }
}
