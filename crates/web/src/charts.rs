//! Small SVG charts drawn on the server: stacked bars and lines, in greys, hatches and dash
//! styles so that they read in print and without colour, each with its title and a legend. The
//! numbers stand in a table beside every chart.

use std::fmt::Write;

/// One series: its label and a value a year (in the unit the chart says).
pub struct Series {
    pub label: String,
    pub values: Vec<i64>,
}

const WIDTH: i64 = 640;
const HEIGHT: i64 = 280;
const LEFT: i64 = 64;
const RIGHT: i64 = 190;
const TOP: i64 = 16;
const BOTTOM: i64 = 28;

/// Fills that stay apart in grey: solid tones, then hatches.
const FILLS: [&str; 8] = [
    "#333333",
    "url(#hatch-diagonal)",
    "#bbbbbb",
    "url(#hatch-cross)",
    "#777777",
    "url(#hatch-dots)",
    "#eeeeee",
    "url(#hatch-horizontal)",
];

/// Dash styles and markers of lines.
const DASHES: [&str; 4] = ["", "6 4", "2 3", "10 3 2 3"];

/// Text as SVG (XML 1.0) holds it: markup characters escaped, and the characters XML does not
/// allow (controls other than tab and line breaks, U+FFFE, U+FFFF) left out, so that a name
/// typed with one still makes a chart every reader opens.
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
        .collect::<String>()
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn defs() -> &'static str {
    concat!(
        "<defs>",
        "<pattern id=\"hatch-diagonal\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">",
        "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000000\" stroke-width=\"2\"/></pattern>",
        "<pattern id=\"hatch-cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"M0 3H6M3 0V6\" stroke=\"#000000\" stroke-width=\"1\"/></pattern>",
        "<pattern id=\"hatch-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"5\" height=\"5\" fill=\"#ffffff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.2\" fill=\"#000000\"/></pattern>",
        "<pattern id=\"hatch-horizontal\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">",
        "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"3\" x2=\"6\" y2=\"3\" stroke=\"#000000\" stroke-width=\"1\"/></pattern>",
        "</defs>"
    )
}

/// The frame: the title for screen readers, the axis and three gridlines labelled by `tick`.
fn frame(out: &mut String, title: &str, years: &[i32], top: i64, tick: &dyn Fn(i64) -> String) -> (i64, i64) {
    let (plot_w, plot_h) = (WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{}\" class=\"chart\" font-family=\"sans-serif\" font-size=\"11\"><title>{}</title>{}",
        escape(title),
        escape(title),
        defs()
    );
    for step in 0..=2 {
        let value = top * step / 2;
        let y = TOP + plot_h - plot_h * step / 2;
        let _ = write!(
            out,
            "<line x1=\"{LEFT}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#999999\" stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            LEFT + plot_w,
            LEFT - 6,
            y + 4,
            escape(&tick(value))
        );
    }
    let slot = plot_w / i64::try_from(years.len().max(1)).unwrap_or(1);
    for (i, year) in years.iter().enumerate() {
        let x = LEFT + slot * i64::try_from(i).unwrap_or(0) + slot / 2;
        let _ = write!(out, "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\">{year}</text>", HEIGHT - 8);
    }
    (slot, plot_h)
}

fn legend_row(out: &mut String, i: usize, label: &str, swatch: &str) {
    let y = TOP + 8 + 18 * i64::try_from(i).unwrap_or(0);
    let x = WIDTH - RIGHT + 12;
    let _ =
        write!(out, "<g transform=\"translate({x},{y})\">{swatch}<text x=\"22\" y=\"9\">{}</text></g>", escape(label));
}

/// The top of a chart's scale for values up to `max`: the next 1, 2 or 5 times a power of ten
/// (1 for nothing above zero).
pub fn rounded_top(max: i64) -> i64 {
    if max <= 0 {
        return 1;
    }
    let magnitude = 10i64.pow(max.ilog10());
    let steps = [1, 2, 5, 10];
    let step = steps.iter().map(|s| s * magnitude).find(|s| *s >= max).unwrap_or(10 * magnitude);
    if step / 2 >= max { step / 2 } else { step }
}

/// The answers to one question: a horizontal bar for each option or point with its count and
/// share of `respondents` written beside it (long labels are cut with an ellipsis; the table
/// beside the chart holds them whole).
pub fn distribution(title: &str, counts: &[(String, usize)], respondents: usize) -> String {
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let rows: Vec<(&str, i64, String)> = counts
        .iter()
        .map(|(label, n)| {
            let share = (n * 100 + respondents / 2).checked_div(respondents).unwrap_or(0);
            (label.as_str(), i64::try_from(*n).unwrap_or(i64::MAX), format!("{n} ({share} %)"))
        })
        .collect();
    bars(title, &rows, i64::try_from(most).unwrap_or(1))
}

/// The mean point each statement of a matrix was given, in hundredths of a point, as a bar
/// against the scale's top `points` with the mean written beside it as the reader's language
/// writes it; a statement no one rated has no bar and says so.
pub fn means(title: &str, items: &[(String, Option<i64>)], points: u8) -> String {
    let rows: Vec<(&str, i64, String)> = items
        .iter()
        .map(|(label, mean)| match mean {
            Some(m) => (label.as_str(), *m, i18n::decimal(crate::reader::language(), *m, 2)),
            None => (label.as_str(), 0, crate::reader::t("survey-chart-not-rated")),
        })
        .collect();
    bars(title, &rows, i64::from(points.max(1)) * 100)
}

/// Horizontal bars, one a row: its label (cut with an ellipsis past 34 characters), a bar as long
/// as its value against `most`, and its text beside it.
fn bars(title: &str, rows: &[(&str, i64, String)], most: i64) -> String {
    const LABEL_W: i64 = 220;
    const ROW: i64 = 24;
    const BAR_W: i64 = WIDTH - LABEL_W - 90;
    let count = i64::try_from(rows.len()).unwrap_or(0);
    let height = TOP + count * ROW + 8;
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" aria-label=\"{}\" class=\"chart\" font-family=\"sans-serif\" font-size=\"11\"><title>{}</title>",
        escape(title),
        escape(title)
    );
    for (i, (label, value, text)) in rows.iter().enumerate() {
        let y = TOP + ROW * i64::try_from(i).unwrap_or(0);
        let shown: String = if label.chars().count() > 34 {
            label.chars().take(33).chain(std::iter::once('…')).collect()
        } else {
            label.to_string()
        };
        let width = BAR_W.saturating_mul((*value).clamp(0, most)) / most.max(1);
        let _ = write!(
            out,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{LABEL_W}\" y=\"{}\" width=\"{width}\" height=\"{}\" fill=\"{}\" stroke=\"#000000\" stroke-width=\"0.5\"/><text x=\"{}\" y=\"{}\">{}</text>",
            LABEL_W - 8,
            y + 15,
            escape(&shown),
            y + 4,
            ROW - 8,
            FILLS[0],
            LABEL_W + width + 6,
            y + 15,
            escape(text),
        );
    }
    out.push_str("</svg>");
    out
}

/// Bars a year, the series stacked in the order given; negative values count as nothing.
pub fn stacked_bars(title: &str, years: &[i32], series: &[Series], tick: &dyn Fn(i64) -> String) -> String {
    let totals: Vec<i64> = (0..years.len())
        .map(|i| series.iter().map(|s| s.values.get(i).copied().unwrap_or(0).max(0)).fold(0, i64::saturating_add))
        .collect();
    let top = rounded_top(totals.iter().copied().max().unwrap_or(0));
    let mut out = String::new();
    let (slot, plot_h) = frame(&mut out, title, years, top, tick);
    let bar = slot * 3 / 5;
    for (i, _) in years.iter().enumerate() {
        let x = LEFT + slot * i64::try_from(i).unwrap_or(0) + (slot - bar) / 2;
        let mut base = TOP + plot_h;
        for (k, s) in series.iter().enumerate() {
            let v = s.values.get(i).copied().unwrap_or(0).max(0);
            let h = i64::try_from(i128::from(v) * i128::from(plot_h) / i128::from(top)).unwrap_or(0);
            if h <= 0 {
                continue;
            }
            base -= h;
            let _ = write!(
                out,
                "<rect x=\"{x}\" y=\"{base}\" width=\"{bar}\" height=\"{h}\" fill=\"{}\" stroke=\"#000000\" stroke-width=\"0.6\"><title>{} {}: {}</title></rect>",
                FILLS[k % FILLS.len()],
                escape(&s.label),
                years[i],
                escape(&tick(v))
            );
        }
    }
    for (k, s) in series.iter().enumerate() {
        let swatch = format!(
            "<rect width=\"16\" height=\"12\" fill=\"{}\" stroke=\"#000000\" stroke-width=\"0.6\"/>",
            FILLS[k % FILLS.len()]
        );
        legend_row(&mut out, k, &s.label, &swatch);
    }
    out.push_str("</svg>");
    out
}

/// A line a series, each with its own dash and marker, from zero to the largest value (at least
/// `floor`).
pub fn lines(title: &str, years: &[i32], series: &[Series], floor: i64, tick: &dyn Fn(i64) -> String) -> String {
    let max = series.iter().flat_map(|s| s.values.iter().copied()).max().unwrap_or(0).max(floor);
    let top = rounded_top(max);
    let mut out = String::new();
    let (slot, plot_h) = frame(&mut out, title, years, top, tick);
    let point = |i: usize, v: i64| {
        let x = LEFT + slot * i64::try_from(i).unwrap_or(0) + slot / 2;
        let y = TOP + plot_h - i64::try_from(i128::from(v.max(0)) * i128::from(plot_h) / i128::from(top)).unwrap_or(0);
        (x, y)
    };
    let marker = |k: usize, (x, y): (i64, i64)| match k % 4 {
        0 => format!("<circle cx=\"{x}\" cy=\"{y}\" r=\"3.5\" fill=\"#000000\"/>"),
        3 => format!(
            "<path d=\"M{x} {} L{} {y} L{x} {} L{} {y} Z\" fill=\"#ffffff\" stroke=\"#000000\"/>",
            y - 4,
            x + 4,
            y + 4,
            x - 4
        ),
        1 => format!(
            "<rect x=\"{}\" y=\"{}\" width=\"7\" height=\"7\" fill=\"#ffffff\" stroke=\"#000000\"/>",
            x - 3,
            y - 3
        ),
        _ => format!(
            "<path d=\"M{x} {} L{} {} L{} {} Z\" fill=\"#777777\" stroke=\"#000000\"/>",
            y - 4,
            x + 4,
            y + 3,
            x - 4,
            y + 3
        ),
    };
    for (k, s) in series.iter().enumerate() {
        let points: Vec<(i64, i64)> = s.values.iter().enumerate().map(|(i, v)| point(i, *v)).collect();
        let path: Vec<String> = points.iter().map(|(x, y)| format!("{x},{y}")).collect();
        let _ = write!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1.6\" stroke-dasharray=\"{}\"/>",
            path.join(" "),
            DASHES[k % DASHES.len()]
        );
        for (i, p) in points.iter().enumerate() {
            let _ = write!(
                out,
                "<g>{}<title>{} {}: {}</title></g>",
                marker(k, *p),
                escape(&s.label),
                years.get(i).copied().unwrap_or_default(),
                escape(&tick(s.values[i]))
            );
        }
        let swatch = format!(
            "<line x1=\"0\" y1=\"6\" x2=\"16\" y2=\"6\" stroke=\"#000000\" stroke-width=\"1.6\" stroke-dasharray=\"{}\"/>{}",
            DASHES[k % DASHES.len()],
            marker(k, (8, 6))
        );
        legend_row(&mut out, k, &s.label, &swatch);
    }
    out.push_str("</svg>");
    out
}

/// A mean or median in hundredths of the answers' scale (a number with one decimal is kept in
/// tenths), written in the question's unit with two decimals, rounded half away from zero.
pub fn hundredths(value: Option<i64>, decimals: u8) -> String {
    value.map_or("—".into(), |v| {
        let scale = 10_i64.pow(u32::from(decimals.min(3)));
        let rounded = (v + v.signum() * (scale / 2)) / scale;
        domain::survey::scaled_text(rounded, 2)
    })
}
