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
    let (reader, typist) = (i18n::reader(), domain::written::typist());
    futures_util::stream::iter(items.into_iter().map(|item| {
        let told = AsTheRequest { future: Box::pin(work(item)), reader, typist };
        let mut task = Aborting(tokio::spawn(told));
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

/// A future polled as the request that spawned it reads and types: a task spawned off a request
/// does not reach its reader, so the sentences it writes (a detail row, a refusal) would be in
/// English and the values it reads would not know who typed them.
struct AsTheRequest<F> {
    future: std::pin::Pin<Box<F>>,
    reader: i18n::Language,
    typist: Option<domain::written::Typist>,
}

impl<F: std::future::Future> std::future::Future for AsTheRequest<F> {
    type Output = F::Output;

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> std::task::Poll<F::Output> {
        let (reader, typist) = (self.reader, self.typist);
        let future = self.future.as_mut();
        i18n::read_by(reader, || domain::written::typed_by(typist, || future.poll(cx)))
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

    #[test]
    fn the_worker_threads_write_and_read_as_the_request_does() {
        let items: Vec<usize> = (0..4_500).collect();
        let german = domain::written::Typist::of(i18n::Language::German);
        let seen = i18n::read_by(i18n::Language::German, || {
            domain::written::typed_by(Some(german), || {
                super::map(&items, |_| (i18n::reader(), domain::written::typist()))
            })
        });
        assert!(seen.iter().all(|s| *s == (i18n::Language::German, Some(german))), "{:?}", seen.last());
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn spawned_work_writes_and_reads_as_the_request_does() {
        let polish = domain::written::Typist::of(i18n::Language::Polish);
        let request = super::spawned(0..8u32, |_| async {
            tokio::task::yield_now().await;
            Ok::<_, crate::Error>((i18n::reader(), domain::written::typist()))
        });
        let seen =
            super::AsTheRequest { future: Box::pin(request), reader: i18n::Language::Polish, typist: Some(polish) }
                .await
                .unwrap();
        assert_eq!(seen, vec![(i18n::Language::Polish, Some(polish)); 8]);
    }
}
