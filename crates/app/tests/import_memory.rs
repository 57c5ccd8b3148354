//! What a dry run of an import holds in memory, against the size of its file: every Rust
//! allocation of the process is counted (the planning threads' among them), so this binary holds
//! one test only. SQLite's own page cache is C's and is not counted: it is bounded by its
//! `cache_size` (64 MiB a connection, `store::db`).

#[macro_use]
mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Counts the bytes the process holds and the most it held.
struct Counting;

static HELD: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = HELD.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        HELD.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            HELD.fetch_sub(layout.size(), Ordering::Relaxed);
            let now = HELD.fetch_add(new_size, Ordering::Relaxed) + new_size;
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// How many times its file's size a dry run may hold at most, beyond what the process held before.
const TIMES_THE_FILE: usize = 19;

/// A dry run of an organisations file of 40,000 rows (about 3 MB) into an empty cluster, and of
/// the same file a second time once it is imported (every row then matched): each holds at most
/// [`TIMES_THE_FILE`] times the file.
#[tokio::test]
async fn a_dry_run_holds_a_small_multiple_of_its_file() {
    let app = common::empty(store::testing::sqlite().await).await;
    let scope = common::own_cluster(&app, "memory").await;
    let mut file = String::from("name,country,employees,vat_id,website\n");
    for n in 0..40_000 {
        file.push_str(&format!("Organisation número {n} S.L.,ES,{},ESB{n:08},https://org-{n}.example\n", n % 900 + 1));
    }
    let bytes = file.into_bytes();
    let target = app::import::Target::Organisations;
    // What a process loads once and keeps (the nine languages' names of the fields, which
    // headers are compared with) is loaded before the rounds, by a file of one row.
    let one = b"name\nOne S.L.\n";
    app::import::run(&app, &scope, target, "one.csv", one, &[], "x", true).await.unwrap();
    for round in ["into an empty cluster", "matching every row"] {
        let before = HELD.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let plan = app::import::run(&app, &scope, target, "o.csv", &bytes, &[], "x", true).await.unwrap();
        let held = PEAK.load(Ordering::Relaxed) - before;
        assert!(plan.can_commit(), "{round}");
        assert!(
            held <= TIMES_THE_FILE * bytes.len(),
            "{round}: held {held} bytes for a file of {} ({:.1} times)",
            bytes.len(),
            held as f64 / bytes.len() as f64
        );
        eprintln!("{round}: {:.1} times the file", held as f64 / bytes.len() as f64);
        if round == "into an empty cluster" {
            app::import::run(&app, &scope, target, "o.csv", &bytes, &[], "x", false).await.unwrap();
        }
    }
}
