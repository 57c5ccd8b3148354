//! The nine languages of the network in a file to import: a column headed by a field's name in
//! any of them goes to that field, and a value of an enumerated field (an organisation's kind, a
//! membership's status, a consent's channel, a ledger line's category, yes or no) written as it
//! is named in any of them is read as the value it names. The names are the interface's own
//! messages (`import-field-*` and each value's label), so a file exported by a person reading
//! clusterdesk in Bulgarian is read by a team that reads it in French.

use std::collections::HashMap;
use std::sync::OnceLock;

use domain::Coded;
use domain::language::Language;
use store::import::ImportTarget;

use super::header_words;

/// The message naming `field` (`first_name` → `import-field-first-name`).
pub fn field_message(field: &str) -> String {
    format!("import-field-{}", field.replace('_', "-"))
}

/// The fields each header names, by the header's words (see [`header_words`]), from every
/// field's name in every language.
fn fields_by_name() -> &'static HashMap<String, Vec<&'static str>> {
    static NAMES: OnceLock<HashMap<String, Vec<&'static str>>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut names: HashMap<String, Vec<&'static str>> = HashMap::new();
        let targets = ImportTarget::ALL.into_iter().chain([ImportTarget::SurveyAnswers]);
        for field in targets.flat_map(super::fields).copied() {
            for language in Language::ALL {
                let named = names.entry(header_words(&i18n::text(language, &field_message(field)))).or_default();
                if !named.contains(&field) {
                    named.push(field);
                }
            }
        }
        names
    })
}

/// Whether `words` (a header's, see [`header_words`]) are `field`'s name in one of the nine
/// languages.
pub fn names_field(words: &str, field: &str) -> bool {
    fields_by_name().get(words).is_some_and(|fields| fields.contains(&field))
}

/// A value of an enumerated field as the importer reads it (`text`), with the message that
/// names it in each language.
struct Named {
    field: &'static str,
    text: String,
    message: String,
}

fn coded<T: Coded>(field: &'static str, all: &[T], text: impl Fn(T) -> &'static str) -> Vec<Named> {
    all.iter().map(|v| Named { field, text: text(*v).to_string(), message: v.message_key() }).collect()
}

fn yes_no(field: &'static str) -> Vec<Named> {
    [("yes", "economics-yes"), ("no", "economics-no")]
        .into_iter()
        .map(|(text, message)| Named { field, text: text.into(), message: message.into() })
        .collect()
}

fn enumerated(target: ImportTarget) -> Vec<Named> {
    use domain::economics::{Basis, CostKind, IncomeStream};
    match target {
        ImportTarget::Organisations => coded("kind", &domain::organisation::OrganisationKind::ALL, |k| k.code()),
        ImportTarget::Contacts => {
            let mut all = coded("consent_channel", &domain::consent::Channel::ALL, |c| c.code());
            all.extend(yes_no("billing_contact"));
            all
        }
        ImportTarget::Memberships => coded("status", &domain::membership::MembershipStatus::ALL, |s| s.code()),
        ImportTarget::Invoices => {
            let mut all = coded("kind", &domain::invoice::InvoiceKind::ALL, |k| k.code());
            all.extend(coded("status", &domain::invoice::InvoiceState::ALL, |s| s.code()));
            all
        }
        ImportTarget::Ledger => {
            // A category is read by its English label, which tells the other income from the
            // other costs where their codes do not.
            let mut all = coded("category", IncomeStream::ALL, |s| s.label());
            all.extend(coded("category", CostKind::ALL, |k| k.label()));
            all.extend(coded("basis", Basis::ALL, |b| b.code()));
            all.extend(yes_no("public"));
            all.extend(yes_no("recurring"));
            all
        }
        ImportTarget::SurveyAnswers => Vec::new(),
    }
}

/// The enumerated values of `target`'s fields as each of the nine languages names them, as
/// `(field, the name folded, the value as the importer reads it)`: what
/// `super::apply_value_choices` reads a file's values by, after the user's own choices.
pub fn named_values(target: ImportTarget) -> Vec<(&'static str, String, String)> {
    let mut all = Vec::new();
    for named in enumerated(target) {
        for language in Language::ALL {
            let folded = domain::text::fold(&i18n::text(language, &named.message));
            if !all.iter().any(|(f, v, _): &(&str, String, String)| *f == named.field && *v == folded) {
                all.push((named.field, folded, named.text.clone()));
            }
        }
    }
    all
}

/// Each enumerated value's names that another value of the same field also has, in any two of
/// the nine languages: `(field, folded name, one value, the other)`. Empty when every name reads
/// as one value.
pub fn names_of_two_values() -> Vec<(&'static str, String, String, String)> {
    let mut clashes = Vec::new();
    for target in ImportTarget::ALL {
        let mut seen: HashMap<(&str, String), String> = HashMap::new();
        for named in enumerated(target) {
            for language in Language::ALL {
                let folded = domain::text::fold(&i18n::text(language, &named.message));
                match seen.get(&(named.field, folded.clone())) {
                    Some(other) if *other != named.text && !same_reading(named.field, other, &named.text) => {
                        clashes.push((named.field, folded, other.clone(), named.text.clone()));
                    }
                    Some(_) => {}
                    None => {
                        seen.insert((named.field, folded), named.text.clone());
                    }
                }
            }
        }
    }
    clashes
}

/// Whether two values of a field are read as one (a membership's derived statuses are all an
/// active membership in a file).
fn same_reading(field: &str, a: &str, b: &str) -> bool {
    let active = ["active", "active_fee_unpaid", "lapsed"];
    field == "status" && active.contains(&a) && active.contains(&b)
}
