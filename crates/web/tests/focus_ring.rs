//! The focus ring stands out from every background it is drawn on by at least 3:1 (WCAG 2.1,
//! success criterion 1.4.11 Non-text Contrast; relative luminance and contrast ratio as WCAG 2.1
//! defines them).

const STYLE: &str = include_str!("../assets/style.css");

/// The value of the custom property `--name` in the style sheet's `:root`.
fn variable(name: &str) -> String {
    let marker = format!("--{name}:");
    let line = STYLE.lines().find(|l| l.trim_start().starts_with(&marker)).unwrap_or_else(|| panic!("--{name}"));
    line.trim().trim_start_matches(&marker).trim().trim_end_matches(';').trim().to_string()
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    assert_eq!(hex.len(), 6, "#{hex} is a six-digit colour");
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(hex.get(i..i + 2).unwrap(), 16).unwrap()) / 255.0;
        if c <= 0.03928 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[test]
fn the_focus_ring_has_at_least_three_to_one_against_what_it_surrounds() {
    assert!(STYLE.contains(":focus-visible { outline: 3px solid var(--accent-dark);"), "the ring is --accent-dark");
    assert!(STYLE.contains(".topbar :focus-visible { outline-color: #8cb4f0; }"), "and light on the top bar");
    let ring = variable("accent-dark");
    for background in ["bg", "surface", "accent-soft", "problem-soft"] {
        let ratio = contrast(&ring, &variable(background));
        assert!(ratio >= 3.0, "the ring on --{background}: {ratio:.2}:1");
    }
    let on_topbar = contrast("#8cb4f0", &variable("text"));
    assert!(on_topbar >= 3.0, "the ring on the top bar: {on_topbar:.2}:1");
    assert!(contrast("#777777", "#ffffff") < 4.5 && contrast("#000000", "#ffffff") > 20.9, "the formula");
}
