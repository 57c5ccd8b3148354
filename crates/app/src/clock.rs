//! Where "now" comes from. Every use case asks the application's clock, never the system: a
//! server runs on the system clock, tests and what-if runs on a fixed one, so a result never
//! depends on the day it is computed.

use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};

/// The application's clock: the system's, or a fixed instant that only [`Clock::set`] moves.
/// Clones of a fixed clock share their instant.
#[derive(Debug, Clone, Default)]
pub enum Clock {
    #[default]
    System,
    Fixed(Arc<Mutex<DateTime<Utc>>>),
}

impl Clock {
    /// A clock that stands at `at` until it is set again.
    pub fn fixed(at: DateTime<Utc>) -> Self {
        Clock::Fixed(Arc::new(Mutex::new(at)))
    }

    /// The current instant, UTC, at microsecond precision (what both databases keep).
    pub fn now(&self) -> DateTime<Utc> {
        use chrono::SubsecRound;
        match self {
            Clock::System => Utc::now().trunc_subsecs(6),
            Clock::Fixed(at) => *at.lock().unwrap_or_else(|poisoned| poisoned.into_inner()),
        }
    }

    /// Moves a fixed clock to `at`; a system clock cannot be moved and stays as it is.
    pub fn set(&self, at: DateTime<Utc>) {
        if let Clock::Fixed(current) = self {
            *current.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = at;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_stands_still_until_set_and_its_clones_follow() {
        let at: DateTime<Utc> = "2026-11-29T10:00:00Z".parse().unwrap();
        let clock = Clock::fixed(at);
        let clone = clock.clone();
        assert_eq!(clock.now(), at);
        let later = at + chrono::Duration::days(3);
        clock.set(later);
        assert_eq!(clone.now(), later);
        let system = Clock::System;
        system.set(at);
        assert_ne!(system.now(), at);
    }
}
