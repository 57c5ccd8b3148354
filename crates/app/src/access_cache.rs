//! What this server remembers of who is asking, so that a request costs no lookup for its
//! credential and its scope: the actor behind a session or API token, and an actor's scope in a
//! cluster.
//!
//! Why it may be trusted: every use case of this server that takes access away or changes what
//! a scope carries (revoking a token, ending a session, changing a role or an account, a
//! cluster's time zone) forgets what it touched before it answers, so this server never serves a
//! revoked token or a removed role. Another process on the same database (a second server, the
//! command line) cannot reach this memory: what it changes is seen here once the entry is older
//! than [`ACCESS_CACHE_SECONDS`]. Only what was found is kept, never a miss, so guessing tokens
//! fills nothing; past [`ACCESS_CACHE_ENTRIES`] entries the memory starts again empty.

use std::collections::HashMap;
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use domain::id::Uuid;

use crate::{Actor, ClusterScope};

/// How long (seconds, on the application's clock) an entry is trusted: the longest another
/// process's revocation stays unseen by this server.
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
    checked_at: DateTime<Utc>,
    value: T,
}

impl<T: Clone> Entry<T> {
    /// The value, if it was checked within the trusted span before `now` (a clock set back
    /// makes every entry stale).
    fn fresh(&self, now: DateTime<Utc>) -> Option<T> {
        let age = now - self.checked_at;
        (age >= Duration::zero() && age < Duration::seconds(ACCESS_CACHE_SECONDS)).then(|| self.value.clone())
    }
}

#[derive(Debug, Default)]
pub(crate) struct AccessCache {
    /// By the credential's hash (a session's id hash or an API token's hash).
    credentials: Mutex<HashMap<String, Entry<Credential>>>,
    /// By the actor and the cluster's slug.
    scopes: Mutex<HashMap<(Uuid, String), Entry<ClusterScope>>>,
}

fn remember<K: Eq + std::hash::Hash, T>(map: &Mutex<HashMap<K, Entry<T>>>, key: K, value: T, now: DateTime<Utc>) {
    let mut map = map.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if map.len() >= ACCESS_CACHE_ENTRIES {
        map.clear();
    }
    map.insert(key, Entry { checked_at: now, value });
}

impl AccessCache {
    /// The credential with this hash, when it was found live within the trusted span and its
    /// session has not ended by `now`.
    pub fn credential(&self, hash: &str, now: DateTime<Utc>) -> Option<Credential> {
        let map = self.credentials.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        map.get(hash).and_then(|e| e.fresh(now)).filter(|c| c.expires_at.is_none_or(|end| now < end))
    }

    pub fn remember_credential(&self, hash: String, credential: Credential, now: DateTime<Utc>) {
        remember(&self.credentials, hash, credential, now)
    }

    /// The actor's scope in the cluster `slug`, when it was found within the trusted span.
    pub fn scope(&self, user_id: Uuid, slug: &str, now: DateTime<Utc>) -> Option<ClusterScope> {
        let map = self.scopes.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        map.get(&(user_id, slug.to_string())).and_then(|e| e.fresh(now))
    }

    pub fn remember_scope(&self, user_id: Uuid, slug: String, scope: ClusterScope, now: DateTime<Utc>) {
        remember(&self.scopes, (user_id, slug), scope, now)
    }

    /// Forgets one credential (a session that ended).
    pub fn forget_credential(&self, hash: &str) {
        self.credentials.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).remove(hash);
    }

    /// Forgets everything: after a change to accounts, roles, tokens or a cluster.
    pub fn forget_all(&self) {
        self.credentials.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clear();
        self.scopes.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000 + seconds, 0).unwrap_or_default()
    }

    #[test]
    fn an_entry_is_trusted_for_its_span_only_and_not_after_the_clock_goes_back() {
        let entry = Entry { checked_at: at(0), value: 1 };
        assert_eq!(entry.fresh(at(0)), Some(1));
        assert_eq!(entry.fresh(at(ACCESS_CACHE_SECONDS - 1)), Some(1));
        assert_eq!(entry.fresh(at(ACCESS_CACHE_SECONDS)), None);
        assert_eq!(entry.fresh(at(-1)), None);
    }

    #[test]
    fn a_full_memory_starts_again_empty() {
        let map: Mutex<HashMap<usize, Entry<()>>> = Mutex::default();
        for key in 0..ACCESS_CACHE_ENTRIES {
            remember(&map, key, (), at(0));
        }
        assert_eq!(map.lock().unwrap().len(), ACCESS_CACHE_ENTRIES);
        remember(&map, ACCESS_CACHE_ENTRIES, (), at(0));
        assert_eq!(map.lock().unwrap().len(), 1);
    }
}
