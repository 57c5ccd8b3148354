//! The annual monitoring report (`app::report`) as a board reads it: HTML made for print, a PDF
//! set in process by `typeset` (Typst, fonts embedded, text that `pdftotext` extracts), and an
//! XLSX workbook of every value. The pages, the API and `clusterdesk report monitoring` all make
//! it here.

use app::report::{AnnualReport, ReportGroup, ReportRow};
use askama::Template;
use domain::indicator_set::Verdict;
use domain::monitoring::{Group, Period, Status, Unit};

use crate::reader::{t, t_args, t1, t2};

/// A status against the target in the reader's language: `on track`, `at risk`, `off track`.
pub fn status_label(status: &Status) -> String {
    t(match status {
        Status::OnTrack => "monitoring-status-on-track",
        Status::AtRisk => "monitoring-status-at-risk",
        Status::OffTrack => "monitoring-status-off-track",
    })
}

/// How a line of an indicator set stands, in the reader's language: `met`, `not met`, ….
pub fn verdict_label(verdict: &Verdict) -> String {
    t(match verdict {
        Verdict::Met => "monitoring-verdict-met",
        Verdict::NotMet => "monitoring-verdict-not-met",
        Verdict::OnTrack => "monitoring-status-on-track",
        Verdict::AtRisk => "monitoring-status-at-risk",
        Verdict::OffTrack => "monitoring-status-off-track",
        Verdict::Measured => "monitoring-verdict-measured",
        Verdict::Missing => "monitoring-verdict-missing",
    })
}

/// The name of a group of the monitoring system in the reader's language (its code apart).
pub fn group_name(group: &Group) -> String {
    t(match group {
        Group::Activities => "monitoring-group-activities",
        Group::Projects => "monitoring-group-projects",
        Group::Governance => "monitoring-group-governance",
        Group::Results => "monitoring-group-results",
        Group::Strategy => "monitoring-group-strategy",
        Group::Attitude => "monitoring-group-attitude",
    })
}

/// The family of a group in the reader's language: the cluster initiative's indicators or the
/// companies'.
pub fn group_family(group: &Group) -> String {
    t(match group {
        Group::Activities | Group::Projects | Group::Governance => "monitoring-family-cluster-initiative",
        _ => "monitoring-family-companies",
    })
}

/// The formats the report is made in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Html,
    Pdf,
    Xlsx,
}

impl Format {
    /// `html`, `pdf` or `xlsx`.
    ///
    /// # Errors
    /// A message naming the formats for anything else.
    pub fn parse(raw: &str) -> Result<Format, String> {
        match raw.trim() {
            "html" => Ok(Format::Html),
            "pdf" => Ok(Format::Pdf),
            "xlsx" => Ok(Format::Xlsx),
            other => Err(t1("monitoring-report-not-a-format", "format", other)),
        }
    }

    pub fn content_type(self) -> &'static str {
        match self {
            Format::Html => "text/html; charset=utf-8",
            Format::Pdf => "application/pdf",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            Format::Html => "html",
            Format::Pdf => "pdf",
            Format::Xlsx => "xlsx",
        }
    }
}

/// How many charts a group shows at most: its indicators with a target first.
const CHARTS_PER_GROUP: usize = 4;

/// A chart of an indicator's trend: its SVG and caption.
pub struct Chart {
    pub svg: String,
    pub caption: String,
}

/// A group as the report shows it: its rows, the notes of values entered by hand, its charts.
pub struct GroupView<'a> {
    pub group: &'a ReportGroup,
    pub notes: Vec<(String, String)>,
    pub charts: Vec<Chart>,
}

fn currency_of(report: &AnnualReport) -> domain::money::Currency {
    domain::money::Currency::parse(&report.currency).unwrap_or(domain::money::Currency::EUR)
}

/// The trend of `row` drawn, when at least two years have a value (a year without one is not a
/// zero, so it is left out).
fn chart(row: &ReportRow, currency: domain::money::Currency) -> Option<Chart> {
    let known: Vec<(i32, i64)> =
        row.trend.iter().filter_map(|p| Some((Period::parse(&p.period).ok()?.year, p.value?))).collect();
    if known.len() < 2 {
        return None;
    }
    let years: Vec<i32> = known.iter().map(|(y, _)| *y).collect();
    let floor = known.iter().map(|(_, v)| *v).min().unwrap_or(0).min(0);
    let series =
        vec![crate::charts::Series { label: row.name.clone(), values: known.iter().map(|(_, v)| *v).collect() }];
    let unit: Unit = row.unit;
    let svg =
        crate::charts::lines(&row.name, &years, &series, floor, &|v| crate::reader::unit_value(unit, v, currency));
    let caption = format!(
        "{}{}",
        t_args(
            "monitoring-report-chart-caption",
            &[
                ("code", row.code.clone()),
                ("name", row.name.clone()),
                ("from", years.first().copied().unwrap_or_default().to_string()),
                ("until", years.last().copied().unwrap_or_default().to_string()),
            ],
        ),
        row.target_text
            .as_ref()
            .map(|target| format!(" ({})", t1("monitoring-target-value", "target", target)))
            .unwrap_or_default()
    );
    Some(Chart { svg, caption })
}

/// Each group with its notes and charts.
pub fn groups(report: &AnnualReport) -> Vec<GroupView<'_>> {
    let currency = currency_of(report);
    report
        .groups
        .iter()
        .map(|group| {
            let mut rows: Vec<&ReportRow> = group.rows.iter().collect();
            rows.sort_by_key(|r| r.target_text.is_none());
            GroupView {
                group,
                notes: group.rows.iter().filter_map(|r| Some((r.name.clone(), r.note.clone()?))).collect(),
                charts: rows.into_iter().filter_map(|r| chart(r, currency)).take(CHARTS_PER_GROUP).collect(),
            }
        })
        .collect()
}

/// A line of the annex: an indicator's code, name and its values of the annex's years.
type AnnexLine = (String, String, Vec<String>);

/// The years of the annex and each indicator's values in them.
fn annex(report: &AnnualReport) -> (Vec<String>, Vec<AnnexLine>) {
    let years: Vec<String> = report
        .groups
        .iter()
        .flat_map(|g| g.rows.first())
        .next()
        .map(|r| r.trend.iter().map(|p| p.period.clone()).collect())
        .unwrap_or_else(|| vec![report.year.to_string()]);
    let currency = currency_of(report);
    let rows = report
        .rows()
        .map(|(_, r)| {
            let values = r
                .trend
                .iter()
                .map(|p| p.value.map_or_else(|| "–".into(), |v| crate::reader::unit_value(r.unit, v, currency)))
                .collect();
            (r.code.clone(), r.name.clone(), values)
        })
        .collect();
    (years, rows)
}

#[derive(Template)]
#[template(path = "annual_report.html")]
struct ReportPage<'a> {
    title: String,
    report: &'a AnnualReport,
    groups: Vec<GroupView<'a>>,
    years: Vec<String>,
    annex: Vec<AnnexLine>,
    back_href: String,
    pdf_href: String,
    xlsx_href: String,
}

/// The report as one HTML page made for print (A4, a page per group), with links back to the
/// monitoring of `slug` and to the other formats.
///
/// # Errors
/// [`app::Error::Internal`] when the template cannot be written (a bug).
pub fn html(report: &AnnualReport, slug: &str) -> Result<String, app::Error> {
    let (years, annex) = annex(report);
    let here = format!("/clusters/{slug}/monitoring/report?year={}", report.year);
    ReportPage {
        title: t2("monitoring-report-title", "cluster", &report.cluster, "year", report.year),
        report,
        groups: groups(report),
        years,
        annex,
        back_href: format!("/clusters/{slug}/monitoring?period={}", report.year),
        pdf_href: format!("{here}&format=pdf"),
        xlsx_href: format!("{here}&format=xlsx"),
    }
    .render()
    .map_err(|e| app::Error::Internal(format!("the report cannot be written: {e}")))
}

/// A Typst table of `columns` (their widths) whose cells are text to escape.
fn table(out: &mut String, widths: &str, header: &[&str], rows: &[Vec<String>]) {
    use typeset::escape;
    out.push_str(&format!("#table(columns: ({widths}), table.header("));
    for h in header {
        out.push_str(&format!("[*{}*], ", escape(h)));
    }
    out.push_str("),\n");
    for row in rows {
        for cell in row {
            out.push_str(&format!("[{}], ", escape(cell)));
        }
        out.push('\n');
    }
    out.push_str(")\n");
}

/// How many lines of a regime hold, fall short and are missing, in the reader's language.
pub fn regime_counts(regime: &app::indicator_set::SetReading) -> String {
    t_args(
        "monitoring-report-regime-counts",
        &[
            ("holding", regime.holding.to_string()),
            ("lines", regime.lines.len().to_string()),
            ("short", regime.short.to_string()),
            ("missing", regime.missing.to_string()),
        ],
    )
}

/// The report as Typst markup and the chart files it names.
pub fn typst_markup(report: &AnnualReport) -> (String, Vec<(String, Vec<u8>)>) {
    use typeset::{escape, string};
    let mut out = String::new();
    let mut files = Vec::new();
    let title = t2("monitoring-report-title", "cluster", &report.cluster, "year", report.year);
    out.push_str(&format!("#set document(title: {}, author: {})\n", string(&title), string(&report.cluster)));
    out.push_str(
        "#set page(paper: \"a4\", margin: (x: 16mm, y: 16mm), numbering: \"1\")\n\
         #set text(font: \"Libertinus Serif\", size: 10pt)\n\
         #set table(stroke: (x: none, y: 0.5pt + luma(190)), inset: 4pt)\n\
         #set heading(numbering: none)\n\
         #show heading.where(level: 1): it => { pagebreak(weak: true); it }\n",
    );
    out.push_str(&format!(
        "#align(horizon)[#text(size: 11pt, fill: luma(90))[{}]\\\n#text(size: 26pt, weight: \"bold\")[{}]\\\n\
         #text(size: 16pt)[{}]\\\n#text(fill: luma(90))[{}]]\n",
        escape(&report.region),
        escape(&report.cluster),
        escape(&t1("monitoring-report-subtitle", "year", report.year)),
        escape(&t2("monitoring-report-made-on", "day", report.made_on, "currency", &report.currency)),
    ));
    out.push_str(&format!("= {}\n", escape(&t("monitoring-report-summary"))));
    let c = report.counts;
    table(
        &mut out,
        "1fr, 1fr, 1fr, 1fr",
        &[
            t("monitoring-on-track").as_str(),
            t("monitoring-at-risk").as_str(),
            t("monitoring-off-track").as_str(),
            t("monitoring-report-without-target").as_str(),
        ],
        &[vec![c.on_track.to_string(), c.at_risk.to_string(), c.off_track.to_string(), c.without_target.to_string()]],
    );
    let year = report.year.to_string();
    let movement = |rows: &[ReportRow], with_status: bool| -> Vec<Vec<String>> {
        rows.iter()
            .map(|r| {
                let mut row = vec![
                    format!("{} {}", r.code, r.name),
                    r.value_text.clone(),
                    r.target_text.clone().unwrap_or_default(),
                    r.previous_text.clone(),
                ];
                if with_status {
                    row.insert(3, r.status.map(|s| status_label(&s)).unwrap_or_default());
                }
                row
            })
            .collect()
    };
    let (code, indicator, year_before, target, status) = (
        t("monitoring-code"),
        t("monitoring-indicator"),
        t("monitoring-report-year-before"),
        t("monitoring-target"),
        t("monitoring-status"),
    );
    out.push_str(&format!("== {}\n", escape(&t("monitoring-report-improved"))));
    if report.improved.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&t("monitoring-report-none-improved"))));
    } else {
        let rows: Vec<Vec<String>> = report
            .improved
            .iter()
            .map(|r| vec![format!("{} {}", r.code, r.name), r.previous_text.clone(), r.value_text.clone()])
            .collect();
        table(&mut out, "1fr, auto, auto", &[indicator.as_str(), year_before.as_str(), year.as_str()], &rows);
    }
    out.push_str(&format!("== {}\n", escape(&t("monitoring-report-met"))));
    if report.met.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&t("monitoring-report-none-met"))));
    } else {
        table(
            &mut out,
            "1fr, auto, auto, auto",
            &[indicator.as_str(), year.as_str(), target.as_str(), year_before.as_str()],
            &movement(&report.met, false),
        );
    }
    out.push_str(&format!("== {}\n", escape(&t("monitoring-report-slipped"))));
    if report.slipped.is_empty() {
        out.push_str(&format!("{}\n\n", escape(&t("monitoring-report-none-slipped"))));
    } else {
        table(
            &mut out,
            "1fr, auto, auto, auto, auto",
            &[indicator.as_str(), year.as_str(), target.as_str(), status.as_str(), year_before.as_str()],
            &movement(&report.slipped, true),
        );
    }
    for g in groups(report) {
        out.push_str(&format!("= {} {}\n", g.group.group.code(), escape(&group_name(&g.group.group))));
        out.push_str(&format!("#text(fill: luma(90))[{}]\n\n", escape(&group_family(&g.group.group))));
        let rows: Vec<Vec<String>> = g
            .group
            .rows
            .iter()
            .map(|r| {
                vec![
                    r.code.clone(),
                    r.name.clone(),
                    r.value_text.clone(),
                    r.previous_text.clone(),
                    r.target_text.clone().unwrap_or_default(),
                    r.status.map(|s| status_label(&s)).unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &mut out,
            "auto, 1fr, auto, auto, auto, auto",
            &[code.as_str(), indicator.as_str(), year.as_str(), year_before.as_str(), target.as_str(), status.as_str()],
            &rows,
        );
        if !g.notes.is_empty() {
            out.push_str(&format!("== {}\n", escape(&t("monitoring-report-notes"))));
            for (name, note) in &g.notes {
                out.push_str(&format!("- #strong[{}]: {}\n", escape(name), escape(note)));
            }
            out.push('\n');
        }
        if !g.charts.is_empty() {
            out.push_str("#grid(columns: (1fr, 1fr), gutter: 4mm,\n");
            for chart in &g.charts {
                let path = format!("/chart-{}.svg", files.len() + 1);
                out.push_str(&format!(
                    "figure(image({}, width: 100%), caption: [{}]),\n",
                    string(&path),
                    escape(&chart.caption)
                ));
                files.push((path, chart.svg.clone().into_bytes()));
            }
            out.push_str(")\n");
        }
    }
    out.push_str(&format!("= {}\n", escape(&t("monitoring-reporting-regimes"))));
    for s in &report.regimes {
        out.push_str(&format!("== {}\n", escape(&s.name)));
        out.push_str(&format!("#text(fill: luma(90))[{}]\n\n", escape(&regime_counts(s))));
        let rows: Vec<Vec<String>> = s
            .lines
            .iter()
            .map(|l| {
                let against = match (&l.threshold_text, &l.target_text) {
                    (Some(threshold), _) => threshold.clone(),
                    (None, Some(target)) => t1("monitoring-target-value", "target", target),
                    (None, None) => String::new(),
                };
                let evidence: Vec<String> =
                    l.evidence.iter().map(|e| format!("{} ({})", e.title, e.dated_on)).collect();
                vec![
                    l.line.code.clone(),
                    l.line.name.clone(),
                    l.value_text.clone(),
                    against,
                    verdict_label(&l.verdict),
                    evidence.join("; "),
                ]
            })
            .collect();
        table(
            &mut out,
            "auto, 1fr, auto, auto, auto, 1fr",
            &[
                code.as_str(),
                t("monitoring-sets-line").as_str(),
                t("monitoring-value").as_str(),
                t("monitoring-sets-threshold-or-target").as_str(),
                t("monitoring-sets-verdict").as_str(),
                t("monitoring-evidence").as_str(),
            ],
            &rows,
        );
    }
    out.push_str(&format!("= {}\n", escape(&t("monitoring-report-annex"))));
    let (years, annex) = annex(report);
    let mut header: Vec<&str> = vec![code.as_str(), indicator.as_str()];
    header.extend(years.iter().map(String::as_str));
    let widths = std::iter::once("auto, 1fr".to_string())
        .chain(years.iter().map(|_| "auto".to_string()))
        .collect::<Vec<_>>()
        .join(", ");
    let rows: Vec<Vec<String>> =
        annex.into_iter().map(|(code, name, values)| [vec![code, name], values].concat()).collect();
    out.push_str("#set text(size: 8.5pt)\n");
    table(&mut out, &widths, &header, &rows);
    (out, files)
}

/// The report set as a PDF.
///
/// # Errors
/// [`app::Error::Internal`] when the markup cannot be set (a bug: every text is escaped).
pub fn pdf(report: &AnnualReport) -> Result<Vec<u8>, app::Error> {
    use chrono::Datelike;
    let (markup, files) = typst_markup(report);
    let day = report.made_on;
    typeset::pdf(&markup, &files, (day.year(), day.month() as u8, day.day() as u8))
        .map_err(|e| app::Error::Internal(format!("the report cannot be set as PDF: {e}")))
}

/// The report in `format`, as bytes, with the file name it is offered under.
///
/// # Errors
/// As [`html`] and [`pdf`]; a workbook that cannot be written.
pub async fn make(report: &AnnualReport, format: Format, slug: &str) -> Result<(Vec<u8>, String), app::Error> {
    let name = format!("{slug}-monitoring-report-{}.{}", report.year, format.extension());
    let bytes = match format {
        Format::Html => html(report, slug)?.into_bytes(),
        Format::Pdf => {
            let report = report.clone();
            tokio::task::spawn_blocking(move || pdf(&report))
                .await
                .map_err(|e| app::Error::Internal(format!("the PDF was not set: {e}")))??
        }
        Format::Xlsx => app::report::values_table(report).to_xlsx().await?,
    };
    Ok((bytes, name))
}

/// The report in `format` as an answer: HTML shown in the browser, a PDF or a workbook to save.
///
/// # Errors
/// As [`make`].
pub async fn response(
    report: &AnnualReport,
    format: Format,
    slug: &str,
) -> Result<axum::response::Response, app::Error> {
    use axum::response::IntoResponse;
    let (bytes, name) = make(report, format, slug).await?;
    Ok(match format {
        Format::Html => ([(axum::http::header::CONTENT_TYPE, format.content_type())], bytes).into_response(),
        _ => crate::exports::attachment(&name, format.content_type(), bytes),
    })
}

/// The annual report's indicators and reporting regimes named in the reader's language (their
/// shipped messages; a cluster's own as its team wrote them), for the page and the API alike.
pub fn in_reader_language(report: &mut app::report::AnnualReport) {
    for row in report.groups.iter_mut().flat_map(|g| g.rows.iter_mut()) {
        row.name = crate::reader::indicator_name(&row.key, &row.name);
    }
    report.regimes.iter_mut().for_each(crate::reader::name_shipped_set);
}
