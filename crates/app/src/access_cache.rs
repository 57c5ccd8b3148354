//! What this server remembers of who is asking, so that a request costs no lookup for its
//! credential and its scope: the actor behind a session or API token, and an actor's scope in a
//! cluster.
//!
//! Why it may be trusted: every use case of this server that takes access away or changes what
//! a scope carries (revoking a token, ending a session, changing a role or an account, a
//! cluster's time zone) forgets before it answers, and a lookup that began before the forgetting
//! is not remembered (a generation counter), so this server never serves a revoked token, an
//! ended session or a removed role. Another process on the same database (a second server, the
//! command line) cannot reach this memory: what it changes is seen here once the entry is older
//! than [`ACCESS_CACHE_SECONDS`], measured on the machine's monotonic clock (never the
//! application's, which may stand still for a demonstration). Only what was found is kept, never a
//! miss, so guessing tokens fills nothing; past [`ACCESS_CACHE_ENTRIES`] entries the memory starts
//! again empty.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use domain::id::Uuid;

use crate::{Actor, ClusterScope};

/// How long (seconds) an entry is trusted: the longest another process's revocation stays unseen
/// by this server.
pub const ACCESS_CACHE_SECONDS: i64 = 5;
/// How many entries of each kind are kept at most.
pub const ACCESS_CACHE_ENTRIES: usize = 10_000;

/// The actor behind a credential, and the session's CSRF token and end when it is a session.
#[derive(Debug, Clone)]
pub(crate) struct Credential {
    pub actor: Actor,
    pub csrf: Option<String>,
    pub expires_at: Option<DateTime<Utc>>,
}

#[derive(Debug)]
struct Entry<T> {
    checked_at: Instant,
    value: T,
}

impl<T: Clone> Entry<T> {
    /// The value, if it was checked less than the trusted span before `now`.
    fn fresh(&self, now: Instant) -> Option<T> {
        (now.saturating_duration_since(self.checked_at) < TRUSTED).then(|| self.value.clone())
    }
}

const TRUSTED: Duration = Duration::from_secs(ACCESS_CACHE_SECONDS as u64);

/// When a lookup in the database began, by the cache's generation: what it found is remembered
/// only if nothing was forgotten since.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LookupStart(u64);

#[derive(Debug, Default)]
pub(crate) struct AccessCache {
    /// By the credential's hash (a session's id hash or an API token's hash).
    credentials: Mutex<HashMap<String, Entry<Credential>>>,
    /// By the actor and the cluster's slug.
    scopes: Mutex<HashMap<(Uuid, String), Entry<ClusterScope>>>,
    /// Counts the forgettings.
    generation: AtomicU64,
    /// How far entries are made older than they are: only tests move it, to stand for time
    /// passing on another server.
    aged: Mutex<Duration>,
}

fn locked<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AccessCache {
    fn now(&self) -> Instant {
        Instant::now() + *locked(&self.aged)
    }

    /// Marks the start of a lookup in the database; give it back to `remember_*`.
    pub fn lookup_start(&self) -> LookupStart {
        LookupStart(self.generation.load(Ordering::SeqCst))
    }

    fn remember<K: Eq + std::hash::Hash, T>(
        &self,
        map: &Mutex<HashMap<K, Entry<T>>>,
        key: K,
        value: T,
        start: LookupStart,
    ) {
        let mut map = locked(map);
        // Checked under the map's lock, which forgetting takes after counting: a lookup that
        // began before a forgetting never lands after it.
        if self.generation.load(Ordering::SeqCst) != start.0 {
            return;
        }
        if map.len() >= ACCESS_CACHE_ENTRIES {
            map.clear();
        }
        map.insert(key, Entry { checked_at: self.now(), value });
    }

    /// The credential with this hash, when it was found live within the trusted span and its
    /// session has not ended by `now` (the system's time, as the database's sessions keep it).
    pub fn credential(&self, hash: &str, now: DateTime<Utc>) -> Option<Credential> {
        let fresh = locked(&self.credentials).get(hash).and_then(|e| e.fresh(self.now()));
        fresh.filter(|c| c.expires_at.is_none_or(|end| now < end))
    }

    pub fn remember_credential(&self, hash: String, credential: Credential, start: LookupStart) {
        self.remember(&self.credentials, hash, credential, start)
    }

    /// The actor's scope in the cluster `slug`, when it was found within the trusted span.
    pub fn scope(&self, user_id: Uuid, slug: &str) -> Option<ClusterScope> {
        locked(&self.scopes).get(&(user_id, slug.to_string())).and_then(|e| e.fresh(self.now()))
    }

    pub fn remember_scope(&self, user_id: Uuid, slug: String, scope: ClusterScope, start: LookupStart) {
        self.remember(&self.scopes, (user_id, slug), scope, start)
    }

    /// Forgets everything: after a change to accounts, roles, tokens, sessions or a cluster.
    pub fn forget_all(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        locked(&self.credentials).clear();
        locked(&self.scopes).clear();
    }

    /// Makes every entry `by` older, as if that time had passed (tests of another server).
    #[cfg(any(test, feature = "testing"))]
    pub fn age(&self, by: Duration) {
        *locked(&self.aged) += by;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_trusted_for_its_span_only() {
        let start = Instant::now();
        let entry = Entry { checked_at: start, value: 1 };
        assert_eq!(entry.fresh(start), Some(1));
        assert_eq!(entry.fresh(start + TRUSTED - Duration::from_millis(1)), Some(1));
        assert_eq!(entry.fresh(start + TRUSTED), None);
    }

    #[test]
    fn a_full_memory_starts_again_empty() {
        let cache = AccessCache::default();
        let map: Mutex<HashMap<usize, Entry<()>>> = Mutex::default();
        for key in 0..ACCESS_CACHE_ENTRIES {
            cache.remember(&map, key, (), cache.lookup_start());
        }
        assert_eq!(map.lock().unwrap().len(), ACCESS_CACHE_ENTRIES);
        cache.remember(&map, ACCESS_CACHE_ENTRIES, (), cache.lookup_start());
        assert_eq!(map.lock().unwrap().len(), 1);
    }

    #[test]
    fn a_lookup_that_began_before_a_forgetting_is_not_remembered() {
        let cache = AccessCache::default();
        let map: Mutex<HashMap<usize, Entry<()>>> = Mutex::default();
        let start = cache.lookup_start();
        cache.forget_all();
        cache.remember(&map, 1, (), start);
        assert!(map.lock().unwrap().is_empty());
        cache.remember(&map, 1, (), cache.lookup_start());
        assert_eq!(map.lock().unwrap().len(), 1);
    }
}
