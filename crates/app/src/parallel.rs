//! Work on many independent items, spread over every core.

/// `f` of every item, in order, computed on as many threads as there are cores (on this thread
/// alone for fewer than `MIN_CHUNK` items a thread).
pub(crate) fn map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    const MIN_CHUNK: usize = 2_000;
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = items.len().div_ceil(threads).max(MIN_CHUNK);
    if items.len() <= chunk {
        return items.iter().map(f).collect();
    }
    let f = &f;
    // Who is typing and reading (the request's reader) is known on this thread only: the workers
    // are told.
    let (typist, reader) = (domain::written::typist(), i18n::reader());
    std::thread::scope(|scope| {
        let workers: Vec<_> = items
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    i18n::read_by(reader, || {
                        domain::written::typed_by(typist, || part.iter().map(f).collect::<Vec<R>>())
                    })
                })
            })
            .collect();
        // A panic on a worker is a bug; it goes on here as it would have on one thread.
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

/// `work` of every item, each on a task of its own and at most as many at once as there are
/// cores, the results in the order of the items: independent reads and computations of one
/// request spread over the cores of a multi-threaded runtime.
///
/// # Errors
/// The first error of any item's work.
pub(crate) async fn spawned<T, R, F>(
    items: impl IntoIterator<Item = T>,
    work: impl Fn(T) -> F,
) -> Result<Vec<R>, crate::Error>
where
    R: Send + 'static,
    F: std::future::Future<Output = Result<R, crate::Error>> + Send + 'static,
{
    use futures_util::{StreamExt, TryStreamExt};
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    futures_util::stream::iter(items.into_iter().map(|item| {
        let mut task = Aborting(tokio::spawn(work(item)));
        async move {
            match (&mut task.0).await {
                Ok(result) => result,
                // A panic on a task is a bug; it goes on here as it would have without the task.
                Err(e) if e.is_panic() => std::panic::resume_unwind(e.into_panic()),
                Err(e) => Err(crate::Error::Internal(format!("a task stopped: {e}"))),
            }
        }
    }))
    .buffered(threads)
    .try_collect()
    .await
}

/// A task that stops when no one waits for it any more: after another item's error, or when the
/// request is dropped, the tasks still running give their connections back.
struct Aborting<T>(tokio::task::JoinHandle<T>);

impl<T> Drop for Aborting<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_the_order_of_the_items_whatever_the_chunks() {
        for n in [0, 1, 1_999, 2_000, 2_001, 10_007] {
            let items: Vec<usize> = (0..n).collect();
            assert_eq!(super::map(&items, |i| i * 2), items.iter().map(|i| i * 2).collect::<Vec<_>>());
        }
    }

    #[tokio::test]
    async fn spawned_work_keeps_the_order_and_stops_at_the_first_error() {
        let doubled = super::spawned(0..10u32, |i| async move { Ok::<_, crate::Error>(i * 2) }).await.unwrap();
        assert_eq!(doubled, (0..10).map(|i| i * 2).collect::<Vec<_>>());

        // The second item's work never ends; once the first has failed, no one waits for it and
        // it must not go on holding what it holds.
        let held = std::sync::Arc::new(());
        let failed = super::spawned([0, 1], |i| {
            let holding = (i == 1).then(|| held.clone());
            async move {
                if let Some(_holding) = holding {
                    std::future::pending::<()>().await;
                }
                Err::<(), _>(crate::Error::BadRequest(format!("item {i}")))
            }
        })
        .await;
        assert!(matches!(failed, Err(crate::Error::BadRequest(m)) if m == "item 0"));
        for _ in 0..10 {
            tokio::task::yield_now().await;
        }
        assert_eq!(std::sync::Arc::strong_count(&held), 1, "the unfinished task was left running");
    }
}
