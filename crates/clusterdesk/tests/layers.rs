//! One door: the web server and the command line reach the database only through the use cases
//! of `app`, so neither may depend on `store`, nor name it.

use std::path::{Path, PathBuf};

fn crate_dir(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(name)
}

/// The names in a manifest's `[dependencies]` table (not its dev-dependencies: tests may build
/// on the store).
fn dependencies(name: &str) -> Vec<String> {
    let manifest = std::fs::read_to_string(crate_dir(name).join("Cargo.toml")).unwrap();
    let table = manifest.split("\n[dependencies]").nth(1).unwrap().split("\n[").next().unwrap();
    table
        .lines()
        .filter_map(|l| l.split(['=', '.']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty() && !n.starts_with('#'))
        .map(String::from)
        .collect()
}

fn sources(dir: &Path, found: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push((path.clone(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn the_web_server_and_the_command_line_do_not_depend_on_the_store() {
    for name in ["web", "clusterdesk"] {
        let deps = dependencies(name);
        assert!(deps.iter().any(|d| d == "app"), "the dependencies of {name} were read: {deps:?}");
        assert!(!deps.iter().any(|d| d == "store"), "{name} depends on store: {deps:?}");
        assert!(!deps.iter().any(|d| d == "sqlx"), "{name} depends on sqlx: {deps:?}");
    }
}

#[test]
fn no_source_of_the_web_server_or_the_command_line_names_the_store() {
    for name in ["web", "clusterdesk"] {
        let mut found = Vec::new();
        sources(&crate_dir(name).join("src"), &mut found);
        assert!(found.len() >= 2, "the sources of {name} were read");
        for (path, text) in found {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                assert!(!code.contains("store::"), "{}:{} names the store: {line}", path.display(), n + 1);
            }
        }
    }
}

#[test]
fn the_pages_and_the_api_of_the_web_server_do_not_import_each_other() {
    for (dir, other) in [("pages", "crate::api"), ("api", "crate::pages")] {
        let mut found = Vec::new();
        sources(&crate_dir("web").join("src").join(dir), &mut found);
        assert!(found.len() > 5, "the sources of web/src/{dir} were read");
        for (path, text) in found {
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or_default();
                assert!(!code.contains(other), "{}:{} imports {other}: {line}", path.display(), n + 1);
            }
        }
    }
}

#[test]
fn only_the_command_line_takes_the_operators_scope() {
    let mut found = Vec::new();
    sources(&crate_dir("web").join("src"), &mut found);
    for (path, text) in found {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            assert!(
                !code.contains("operator_scope"),
                "{}:{} acts as the operator, without a login: {line}",
                path.display(),
                n + 1
            );
        }
    }
}
