//! The rules stay free of IO: the domain crate depends on no async runtime, database or HTTP crate.

#[test]
fn domain_depends_on_no_runtime_sql_or_http_crate() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let dependencies = manifest.split("[dependencies]").nth(1).unwrap().split("\n[").next().unwrap();
    let names: Vec<&str> = dependencies
        .lines()
        .filter_map(|l| l.split(['=', '.']).next())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect();
    assert!(names.contains(&"uuid"), "the dependencies were read: {names:?}");
    // `url` parses addresses by the WHATWG URL Standard and opens none; `evalexpr` reads and
    // works out indicator formulas over values it is given; `serde_json` reads the built-in
    // indicator sets, data compiled into the crate; `isocountry` is the ISO 3166-1 names, data too;
    // `i18n` is the messages and CLDR's number and date data, compiled in as well.
    let allowed = [
        "chrono",
        "chrono-tz",
        "evalexpr",
        "i18n",
        "isocountry",
        "serde",
        "serde_json",
        "thiserror",
        "unicode-normalization",
        "url",
        "utoipa",
        "uuid",
    ];
    for name in &names {
        assert!(allowed.contains(name), "domain must stay free of IO; '{name}' is not an allowed dependency");
    }
}
