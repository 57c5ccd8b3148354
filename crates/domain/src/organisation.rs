//! Organisations of a cluster's ecosystem, member or not.

use crate::country::Country;
use crate::money::{Currency, Money};
use crate::nace::NaceCode;
use crate::validation::{Collector, Invalid, optional, optional_count, optional_text, required_text};

/// What kind of body an organisation is: the triple helix and its neighbours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationKind {
    Company,
    University,
    ResearchCentre,
    PublicAdministration,
    Association,
    Investor,
    Other,
}

impl OrganisationKind {
    pub const ALL: [OrganisationKind; 7] = [
        Self::Company,
        Self::University,
        Self::ResearchCentre,
        Self::PublicAdministration,
        Self::Association,
        Self::Investor,
        Self::Other,
    ];

    /// The strand of the triple helix the kind belongs to (business, knowledge, government), none
    /// for associations and others.
    pub fn helix(self) -> Option<&'static str> {
        match self {
            Self::Company | Self::Investor => Some("business"),
            Self::University | Self::ResearchCentre => Some("knowledge"),
            Self::PublicAdministration => Some("government"),
            Self::Association | Self::Other => None,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Self::Company => "company",
            Self::University => "university",
            Self::ResearchCentre => "research_centre",
            Self::PublicAdministration => "public_administration",
            Self::Association => "association",
            Self::Investor => "investor",
            Self::Other => "other",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Company => "Company",
            Self::University => "University",
            Self::ResearchCentre => "Research or technology centre",
            Self::PublicAdministration => "Public administration",
            Self::Association => "Association",
            Self::Investor => "Investor",
            Self::Other => "Other",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        if let Some(kind) = Self::ALL.into_iter().find(|k| k.code() == raw) {
            return Ok(kind);
        }
        let folded = crate::text::fold(raw).replace([' ', '-'], "_");
        // The words for each kind in the languages whose headers the importer knows (English,
        // Spanish, French, German, Italian) and Polish, folded: what people write in a file.
        let aliases: &[(&str, Self)] = &[
            ("technology_centre", Self::ResearchCentre),
            ("research_or_technology_centre", Self::ResearchCentre),
            ("research", Self::ResearchCentre),
            ("public_body", Self::PublicAdministration),
            ("public", Self::PublicAdministration),
            ("firm", Self::Company),
            ("business", Self::Company),
            ("sme", Self::Company),
            ("empresa", Self::Company),
            ("entreprise", Self::Company),
            ("societe", Self::Company),
            ("unternehmen", Self::Company),
            ("firma", Self::Company),
            ("impresa", Self::Company),
            ("azienda", Self::Company),
            ("societa", Self::Company),
            ("przedsiebiorstwo", Self::Company),
            ("pyme", Self::Company),
            ("pme", Self::Company),
            ("kmu", Self::Company),
            ("universidad", Self::University),
            ("universite", Self::University),
            ("universitat", Self::University),
            ("hochschule", Self::University),
            ("universita", Self::University),
            ("uniwersytet", Self::University),
            ("uczelnia", Self::University),
            ("centro_tecnologico", Self::ResearchCentre),
            ("centro_de_investigacion", Self::ResearchCentre),
            ("centre_de_recherche", Self::ResearchCentre),
            ("centre_technologique", Self::ResearchCentre),
            ("forschungseinrichtung", Self::ResearchCentre),
            ("forschungszentrum", Self::ResearchCentre),
            ("centro_di_ricerca", Self::ResearchCentre),
            ("instytut_badawczy", Self::ResearchCentre),
            ("administracion_publica", Self::PublicAdministration),
            ("administration_publique", Self::PublicAdministration),
            ("offentliche_verwaltung", Self::PublicAdministration),
            ("behorde", Self::PublicAdministration),
            ("pubblica_amministrazione", Self::PublicAdministration),
            ("administracja_publiczna", Self::PublicAdministration),
            ("asociacion", Self::Association),
            ("verband", Self::Association),
            ("verein", Self::Association),
            ("associazione", Self::Association),
            ("stowarzyszenie", Self::Association),
            ("inversor", Self::Investor),
            ("investisseur", Self::Investor),
            ("investor", Self::Investor),
            ("investitore", Self::Investor),
            ("inwestor", Self::Investor),
            ("otro", Self::Other),
            ("otra", Self::Other),
            ("autre", Self::Other),
            ("sonstige", Self::Other),
            ("andere", Self::Other),
            ("altro", Self::Other),
            ("inne", Self::Other),
        ];
        Self::ALL
            .into_iter()
            .find(|k| k.code() == folded)
            .or_else(|| aliases.iter().find(|(a, _)| *a == folded).map(|(_, k)| *k))
            .ok_or_else(|| {
                let codes: Vec<&str> = Self::ALL.iter().map(|k| k.code()).collect();
                i18n::said_with(
                    "invalid-organisation-kind",
                    &[("value", raw.trim().to_string()), ("codes", codes.join(", "))],
                )
            })
    }
}

/// The EU SME size classes (Commission Recommendation 2003/361/EC).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum SizeClass {
    Micro,
    Small,
    Medium,
    Large,
}

impl SizeClass {
    pub const ALL: [SizeClass; 4] = [Self::Micro, Self::Small, Self::Medium, Self::Large];

    pub fn code(self) -> &'static str {
        match self {
            Self::Micro => "micro",
            Self::Small => "small",
            Self::Medium => "medium",
            Self::Large => "large",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Micro => "Micro",
            Self::Small => "Small",
            Self::Medium => "Medium",
            Self::Large => "Large",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim().to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|c| c.code() == s)
            .ok_or_else(|| i18n::said_with("invalid-organisation-size-class", &[("value", raw.trim().to_string())]))
    }

    /// The class from staff headcount and, where known, annual turnover and balance sheet total.
    /// A class's ceiling on money is met when either figure is within it; with neither figure
    /// known, headcount alone decides. Without a headcount there is no class.
    pub fn derive(employees: Option<i64>, turnover: Option<Money>, balance_sheet: Option<Money>) -> Option<Self> {
        let staff = employees?;
        let turnover_eur = turnover.map(Money::approx_euros);
        let balance_eur = balance_sheet.map(Money::approx_euros);
        let money_within = |turnover_cap: i64, balance_cap: i64| match (turnover_eur, balance_eur) {
            (None, None) => true,
            (t, b) => t.is_some_and(|t| t <= turnover_cap) || b.is_some_and(|b| b <= balance_cap),
        };
        const M: i64 = 1_000_000;
        Some(if staff < 10 && money_within(2 * M, 2 * M) {
            Self::Micro
        } else if staff < 50 && money_within(10 * M, 10 * M) {
            Self::Small
        } else if staff < 250 && money_within(50 * M, 43 * M) {
            Self::Medium
        } else {
            Self::Large
        })
    }
}

/// An organisation's fields as typed by a person: from a form, an API body or a CSV row.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct OrganisationInput {
    pub name: Option<String>,
    pub kind: Option<String>,
    pub nace_code: Option<String>,
    pub employees: Option<String>,
    /// Annual turnover in the cluster's base currency, written as the importer reads amounts
    /// (`1234567.89`, `1.234.567,89`, `1,234,567.89`).
    pub turnover: Option<String>,
    /// Balance sheet total in the cluster's base currency, written as [`Self::turnover`] is.
    pub balance_sheet_total: Option<String>,
    pub country: Option<String>,
    pub region: Option<String>,
    pub vat_id: Option<String>,
    pub website: Option<String>,
    /// The postal address printed on invoices: street and number, postcode, city (with region
    /// and country above).
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The organisation's general email and phone, not a person's.
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The names of [`OrganisationInput`]'s fields, in the order of forms and CSV files.
pub const ORGANISATION_FIELDS: [&str; 15] = [
    "name",
    "kind",
    "nace_code",
    "employees",
    "turnover",
    "balance_sheet_total",
    "country",
    "region",
    "vat_id",
    "website",
    "street",
    "postcode",
    "city",
    "email",
    "phone",
];

/// An organisation's fields once every one of them is known to be right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationFields {
    pub name: String,
    pub kind: OrganisationKind,
    pub nace_code: Option<NaceCode>,
    pub employees: Option<i64>,
    pub turnover: Option<Money>,
    pub balance_sheet_total: Option<Money>,
    pub country: Option<Country>,
    pub region: Option<String>,
    pub vat_id: Option<String>,
    pub website: Option<String>,
    pub street: Option<String>,
    pub postcode: Option<String>,
    pub city: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

impl OrganisationFields {
    /// Takes one field, by its name in [`ORGANISATION_FIELDS`], from `other`.
    pub fn take_field(&mut self, other: &OrganisationFields, name: &str) {
        match name {
            "name" => self.name.clone_from(&other.name),
            "kind" => self.kind = other.kind,
            "nace_code" => self.nace_code.clone_from(&other.nace_code),
            "employees" => self.employees = other.employees,
            "turnover" => self.turnover = other.turnover,
            "balance_sheet_total" => self.balance_sheet_total = other.balance_sheet_total,
            "country" => self.country.clone_from(&other.country),
            "region" => self.region.clone_from(&other.region),
            "vat_id" => self.vat_id.clone_from(&other.vat_id),
            "website" => self.website.clone_from(&other.website),
            "street" => self.street.clone_from(&other.street),
            "postcode" => self.postcode.clone_from(&other.postcode),
            "city" => self.city.clone_from(&other.city),
            "email" => self.email.clone_from(&other.email),
            "phone" => self.phone.clone_from(&other.phone),
            _ => {}
        }
    }

    /// Whether one field, by its name in [`ORGANISATION_FIELDS`], is the same in `other`.
    pub fn same_field(&self, other: &OrganisationFields, name: &str) -> bool {
        match name {
            "name" => self.name == other.name,
            "kind" => self.kind == other.kind,
            "nace_code" => self.nace_code == other.nace_code,
            "employees" => self.employees == other.employees,
            "turnover" => self.turnover == other.turnover,
            "balance_sheet_total" => self.balance_sheet_total == other.balance_sheet_total,
            "country" => self.country == other.country,
            "region" => self.region == other.region,
            "vat_id" => self.vat_id == other.vat_id,
            "website" => self.website == other.website,
            "street" => self.street == other.street,
            "postcode" => self.postcode == other.postcode,
            "city" => self.city == other.city,
            "email" => self.email == other.email,
            "phone" => self.phone == other.phone,
            _ => true,
        }
    }

    pub fn size_class(&self) -> Option<SizeClass> {
        SizeClass::derive(self.employees, self.turnover, self.balance_sheet_total)
    }

    /// The fields back as text, the inverse of [`OrganisationInput::parse`].
    pub fn to_input(&self) -> OrganisationInput {
        OrganisationInput {
            name: Some(self.name.clone()),
            kind: Some(self.kind.code().to_string()),
            nace_code: self.nace_code.as_ref().map(|n| n.as_str().to_string()),
            employees: self.employees.map(|e| e.to_string()),
            turnover: self.turnover.map(Money::to_decimal),
            balance_sheet_total: self.balance_sheet_total.map(Money::to_decimal),
            country: self.country.as_ref().map(|c| c.as_str().to_string()),
            region: self.region.clone(),
            vat_id: self.vat_id.clone(),
            website: self.website.clone(),
            street: self.street.clone(),
            postcode: self.postcode.clone(),
            city: self.city.clone(),
            email: self.email.clone(),
            phone: self.phone.clone(),
        }
    }

    /// The postal address as printed, one line each: street, postcode and city, region,
    /// country (its ISO code).
    pub fn postal_address(&self) -> Vec<String> {
        let town = [self.postcode.as_deref(), self.city.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
        [
            self.street.clone(),
            Some(town).filter(|t| !t.is_empty()),
            self.region.clone(),
            self.country.as_ref().map(|c| c.as_str().to_string()),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

impl OrganisationInput {
    /// The value of a field by its name in [`ORGANISATION_FIELDS`].
    pub fn field(&self, name: &str) -> Option<&str> {
        match name {
            "name" => self.name.as_deref(),
            "kind" => self.kind.as_deref(),
            "nace_code" => self.nace_code.as_deref(),
            "employees" => self.employees.as_deref(),
            "turnover" => self.turnover.as_deref(),
            "balance_sheet_total" => self.balance_sheet_total.as_deref(),
            "country" => self.country.as_deref(),
            "region" => self.region.as_deref(),
            "vat_id" => self.vat_id.as_deref(),
            "website" => self.website.as_deref(),
            "street" => self.street.as_deref(),
            "postcode" => self.postcode.as_deref(),
            "city" => self.city.as_deref(),
            "email" => self.email.as_deref(),
            "phone" => self.phone.as_deref(),
            _ => None,
        }
    }

    /// Sets a field by its name; false if there is no such field.
    pub fn set_field(&mut self, name: &str, value: String) -> bool {
        let slot = match name {
            "name" => &mut self.name,
            "kind" => &mut self.kind,
            "nace_code" => &mut self.nace_code,
            "employees" => &mut self.employees,
            "turnover" => &mut self.turnover,
            "balance_sheet_total" => &mut self.balance_sheet_total,
            "country" => &mut self.country,
            "region" => &mut self.region,
            "vat_id" => &mut self.vat_id,
            "website" => &mut self.website,
            "street" => &mut self.street,
            "postcode" => &mut self.postcode,
            "city" => &mut self.city,
            "email" => &mut self.email,
            "phone" => &mut self.phone,
            _ => return false,
        };
        *slot = Some(value);
        true
    }

    /// Checks every field; money is read in the cluster's `currency`. A missing kind means company.
    pub fn parse(&self, currency: Currency) -> Result<OrganisationFields, Invalid> {
        let mut c = Collector::new();
        let name = c.take("name", required_text(self.name.as_deref(), 200));
        let kind = c.take(
            "kind",
            optional(self.kind.as_deref()).map_or(Ok(OrganisationKind::Company), OrganisationKind::parse),
        );
        let nace_code = c.take("nace_code", optional(self.nace_code.as_deref()).map(NaceCode::parse).transpose());
        let employees = c.take("employees", optional_count(self.employees.as_deref()));
        let money = |raw: Option<&str>| -> Result<Option<Money>, String> {
            // Written as the importer reads amounts: `1.250.000,00`, `1,250,000.00`, `1250000`.
            let m = optional(raw)
                .map(|s| crate::written::parse_amount(s, currency).map(|minor| Money::new(minor, currency)))
                .transpose()?;
            if m.is_some_and(|m| m.minor < 0) {
                return Err(i18n::said("invalid-validation-negative"));
            }
            Ok(m)
        };
        let turnover = c.take("turnover", money(self.turnover.as_deref()));
        let balance_sheet_total = c.take("balance_sheet_total", money(self.balance_sheet_total.as_deref()));
        let country = c.take("country", optional(self.country.as_deref()).map(Country::parse).transpose());
        let region = c.take("region", optional_text(self.region.as_deref(), 100));
        let vat_id = c.take("vat_id", optional(self.vat_id.as_deref()).map(parse_vat_id).transpose());
        let website = c.take("website", optional(self.website.as_deref()).map(parse_website).transpose());
        let street = c.take("street", optional_text(self.street.as_deref(), 200));
        let postcode = c.take("postcode", optional_text(self.postcode.as_deref(), 20));
        let city = c.take("city", optional_text(self.city.as_deref(), 100));
        let email = c.take("email", optional(self.email.as_deref()).map(crate::contact::parse_email).transpose());
        let phone = c.take("phone", optional(self.phone.as_deref()).map(crate::contact::parse_phone).transpose());
        c.finish(|| OrganisationFields {
            name: name.expect("checked"),
            kind: kind.expect("checked"),
            nace_code: nace_code.expect("checked"),
            employees: employees.expect("checked"),
            turnover: turnover.expect("checked"),
            balance_sheet_total: balance_sheet_total.expect("checked"),
            country: country.expect("checked"),
            region: region.expect("checked"),
            vat_id: vat_id.expect("checked"),
            website: website.expect("checked"),
            street: street.expect("checked"),
            postcode: postcode.expect("checked"),
            city: city.expect("checked"),
            email: email.expect("checked"),
            phone: phone.expect("checked"),
        })
    }
}

/// The legal forms of the EU member states (and of a few neighbours whose companies join
/// clusters), as their letters run together once case, accents and punctuation are gone, each
/// abbreviated and spelled out: "S.R.L.", "SRL" and "societate cu raspundere limitata" are all
/// `srl`-like entries here. Sources: the national company registers' lists of legal forms, as
/// gathered in ISO 20275 (Entity Legal Forms, GLEIF).
const LEGAL_FORMS_BY_COUNTRY: &[(&str, &[&str])] = &[
    (
        "AT",
        &[
            "gmbh",
            "ag",
            "kg",
            "og",
            "gesmbh",
            "gesellschaftmitbeschrankterhaftung",
            "aktiengesellschaft",
            "kommanditgesellschaft",
            "offenegesellschaft",
            "eu",
            "ev",
        ],
    ),
    (
        "BE",
        &[
            "bv",
            "srl",
            "nv",
            "sa",
            "cv",
            "sc",
            "vof",
            "snc",
            "comm",
            "vzw",
            "asbl",
            "bvba",
            "sprl",
            "besloten vennootschap",
            "naamlozevennootschap",
            "societeanonyme",
            "societearesponsabilitelimitee",
        ],
    ),
    ("BG", &["ood", "eood", "ad", "ead", "et", "sd", "kd"]),
    ("HR", &["doo", "jdoo", "dd", "drustvosogranicenomodgovornoscu", "dionickodrustvo"]),
    ("CY", &["ltd", "limited", "plc", "publiclimitedcompany"]),
    ("CZ", &["sro", "spolsro", "as", "vos", "ks", "zs", "spolecnostsrucenimomezenym", "akciovaspolecnost"]),
    ("DK", &["aps", "as", "is", "ks", "pmv", "ivs", "anpartsselskab", "aktieselskab"]),
    ("EE", &["ou", "as", "tu", "ut", "osauhing", "aktsiaselts"]),
    ("FI", &["oy", "oyj", "ab", "abp", "ky", "ay", "osakeyhtio", "julkinenosakeyhtio"]),
    (
        "FR",
        &[
            "sarl",
            "sas",
            "sasu",
            "sa",
            "eurl",
            "snc",
            "sci",
            "scop",
            "scic",
            "gie",
            "sel",
            "selarl",
            "societeanonyme",
            "societearesponsabilitelimitee",
            "societeparactionssimplifiee",
            "association",
        ],
    ),
    (
        "DE",
        &[
            "gmbh",
            "ag",
            "kg",
            "ohg",
            "ug",
            "ev",
            "eg",
            "gbr",
            "kgaa",
            "se",
            "gmbhcokg",
            "ughaftungsbeschrankt",
            "gesellschaftmitbeschrankterhaftung",
            "aktiengesellschaft",
            "kommanditgesellschaft",
            "eingetragenerverein",
            "eingetragenegenossenschaft",
        ],
    ),
    ("GR", &["ae", "epe", "ike", "oe", "ee", "anonymietaireia"]),
    ("HU", &["kft", "zrt", "nyrt", "bt", "kkt", "rt", "korlatolt felelossegu tarsasag"]),
    ("IE", &["ltd", "limited", "dac", "clg", "plc", "uc", "teoranta", "cuideachtafaoidhliteanasteoranta"]),
    (
        "IT",
        &[
            "srl",
            "srls",
            "spa",
            "sapa",
            "snc",
            "sas",
            "scarl",
            "scrl",
            "soccoop",
            "onlus",
            "societaaresponsabilitalimitata",
            "societaperazioni",
            "societacooperativa",
        ],
    ),
    ("LV", &["sia", "as", "ik", "ps", "ks", "sabiedribaarierobezotuatbildibu", "akcijusabiedriba"]),
    ("LT", &["uab", "ab", "ii", "vsi", "mb", "uzdarojiakcinebendrove", "akcinebendrove"]),
    ("LU", &["sarl", "sa", "secs", "scs", "snc", "sarls", "asbl"]),
    ("MT", &["ltd", "limited", "plc"]),
    (
        "NL",
        &[
            "bv",
            "nv",
            "vof",
            "cv",
            "bvba",
            "stichting",
            "cooperatie",
            "ua",
            "beslotenvennootschap",
            "naamlozevennootschap",
        ],
    ),
    (
        "PL",
        &[
            "spzoo",
            "spzoo",
            "sa",
            "spj",
            "spk",
            "spp",
            "ska",
            "spolkazograniczonaodpowiedzialnoscia",
            "spolkaakcyjna",
            "spolkajawna",
            "spolkakomandytowa",
        ],
    ),
    ("PT", &["lda", "sa", "unipessoallda", "crl", "sociedadeporquotas", "sociedadeanonima"]),
    (
        "RO",
        &[
            "srl",
            "sa",
            "sc",
            "pfa",
            "ii",
            "scs",
            "snc",
            "sca",
            "societatecuraspunderelimitata",
            "societatepeactiuni",
            "societatecomerciala",
        ],
    ),
    ("SK", &["sro", "spolsro", "as", "ks", "vos", "spolocnostsrucenimobmedzenym", "akciovaspolocnost"]),
    ("SI", &["doo", "dd", "dno", "kd", "sp", "druzbazomejenoodgovornostjo", "delniskadruzba"]),
    (
        "ES",
        &[
            "sl",
            "slu",
            "sll",
            "sa",
            "sau",
            "scoop",
            "sc",
            "srl",
            "slne",
            "sal",
            "aie",
            "sociedadlimitada",
            "sociedadanonima",
            "sociedadderesponsabilidadlimitada",
            "sociedadcooperativa",
        ],
    ),
    ("SE", &["ab", "publab", "hb", "kb", "ek", "ekf", "aktiebolag", "handelsbolag", "kommanditbolag"]),
    ("NO", &["as", "asa", "da", "ans", "sa", "aksjeselskap"]),
    ("CH", &["ag", "sa", "gmbh", "sarl", "sagl"]),
    ("GB", &["ltd", "limited", "plc", "llp", "lp", "cic", "publiclimitedcompany", "limitedliabilitypartnership"]),
    ("US", &["inc", "llc", "corp", "co", "incorporated", "corporation", "company"]),
];

/// The legal forms written before the name in their countries ("SC … SRL" in Romania, "SIA …" in
/// Latvia, "UAB …" in Lithuania, "AS …" and "OÜ …" in Estonia, "ЕТ …" in Bulgaria).
const LEGAL_FORMS_BEFORE_THE_NAME: &[&str] = &["sc", "sia", "uab", "vsi", "as", "ou", "et", "ooo"];

/// Every legal form of [`LEGAL_FORMS_BY_COUNTRY`], with spaces taken out (as names are matched).
static LEGAL_FORMS: std::sync::LazyLock<std::collections::HashSet<String>> = std::sync::LazyLock::new(|| {
    LEGAL_FORMS_BY_COUNTRY.iter().flat_map(|(_, forms)| forms.iter().map(|f| f.replace(' ', ""))).collect()
});

fn is_legal_form(letters: &str) -> bool {
    LEGAL_FORMS.contains(letters)
}

/// The most words a legal form is written in ("spolka z ograniczona odpowiedzialnoscia").
const LEGAL_FORM_MAX_WORDS: usize = 6;

/// The name two records of one organisation share however they were typed: folded, without
/// punctuation and without a trailing legal form ("Movilidad Norte, S.L." and "MOVILIDAD NORTE SL"
/// both give "movilidad norte").
pub fn name_key(name: &str) -> String {
    name_key_of_folded(&crate::text::fold(name))
}

/// [`name_key`] of a name already folded with [`crate::text::fold`]: legal forms are taken off
/// its end, and those written before the name off its start ("SC Apa Verde Someș SRL" and "Apa Verde Somes S.R.L." share one key), as
/// long as a word of the name remains.
pub fn name_key_of_folded(folded: &str) -> String {
    let mut tokens: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()).collect();
    let joined = |words: &[&str]| words.concat();
    'strip: while tokens.len() > 1 {
        for k in (1..=LEGAL_FORM_MAX_WORDS.min(tokens.len() - 1)).rev() {
            if is_legal_form(&joined(&tokens[tokens.len() - k..])) {
                tokens.truncate(tokens.len() - k);
                continue 'strip;
            }
        }
        if LEGAL_FORMS_BEFORE_THE_NAME.contains(&tokens[0]) {
            tokens.remove(0);
            continue 'strip;
        }
        if tokens.len() > 2 && tokens[0].len() == 1 && tokens[1].len() == 1 {
            // "S.C." written with its dots: two letters that are one form before the name.
            let two = joined(&tokens[..2]);
            if LEGAL_FORMS_BEFORE_THE_NAME.contains(&two.as_str()) {
                tokens.drain(..2);
                continue 'strip;
            }
        }
        break;
    }
    tokens.join(" ")
}

/// A VAT identification number: country prefix and 2 to 13 letters or digits, kept without
/// spaces, dots or dashes so that the same number always compares equal.
pub fn parse_vat_id(raw: &str) -> Result<String, String> {
    let compact: String =
        raw.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '/')).collect::<String>().to_ascii_uppercase();
    let ok = (4..=15).contains(&compact.len())
        && compact.split_at_checked(2).is_some_and(|(prefix, number)| {
            prefix.bytes().all(|b| b.is_ascii_uppercase()) && number.bytes().all(|b| b.is_ascii_alphanumeric())
        });
    if ok {
        Ok(compact)
    } else {
        Err(i18n::said_with("invalid-organisation-vat-id", &[("value", raw.trim().to_string())]))
    }
}

/// A website address; `example.org` becomes `https://example.org`.
pub fn parse_website(raw: &str) -> Result<String, String> {
    crate::validation::web_address(raw, 300)
}

/// An organisation of the cluster: a company, university, centre or public body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Organisation {
    pub id: uuid::Uuid,
    pub fields: OrganisationFields,
    pub size_class: Option<SizeClass>,
    pub archived_at: Option<chrono::DateTime<chrono::Utc>>,
    pub created_at: chrono::DateTime<chrono::Utc>,
    pub updated_at: chrono::DateTime<chrono::Utc>,
    /// The language its invoices, credit notes and reminders are written in; `None`: the
    /// cluster's ([`crate::cluster::Cluster::language`]).
    pub language: Option<crate::language::Language>,
}

/// How a list of organisations is ordered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum OrganisationSort {
    #[default]
    Name,
    Country,
    Kind,
    Employees,
    SizeClass,
    Created,
}

impl OrganisationSort {
    pub const ALL: [OrganisationSort; 6] =
        [Self::Name, Self::Country, Self::Kind, Self::Employees, Self::SizeClass, Self::Created];

    pub fn code(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::Country => "country",
            Self::Kind => "kind",
            Self::Employees => "employees",
            Self::SizeClass => "size_class",
            Self::Created => "created",
        }
    }

    pub fn parse(raw: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == raw)
    }
}

/// Which organisations a list shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OrganisationFilter {
    /// Part of the name, case and accents ignored.
    pub search: Option<String>,
    pub country: Option<crate::country::Country>,
    pub kind: Option<OrganisationKind>,
    pub size_class: Option<SizeClass>,
    /// Only organisations with this tag (by its name, case and accents ignored).
    pub tag: Option<String>,
    /// Show the archived organisations instead of the current ones.
    pub archived: bool,
    pub sort: OrganisationSort,
    pub descending: bool,
}

coded_by_hand!(OrganisationKind, SizeClass);

#[cfg(test)]
mod tests {

    /// Two pairs a member state: the same organisation written with its legal form in two ways
    /// people use, before or after the name, with and without dots, abbreviated and spelled out.
    #[test]
    fn legal_forms_of_every_member_state_leave_one_name() {
        let pairs = [
            ("AT", "Alpen Mobil GmbH", "ALPEN MOBIL Gesellschaft mit beschränkter Haftung"),
            ("BE", "Brugse Haven NV", "Brugse Haven naamloze vennootschap"),
            ("BG", "Sofia Logistik EOOD", "Sofia Logistik E.O.O.D."),
            ("HR", "Jadran Promet d.o.o.", "Jadran Promet DOO"),
            ("CY", "Limassol Ships Ltd", "Limassol Ships Limited"),
            ("CZ", "Brno Strojirny s.r.o.", "Brno Strojírny spol. s r.o."),
            ("DK", "Aarhus Vind ApS", "Aarhus Vind Anpartsselskab"),
            ("EE", "Tallinna Tarkvara OÜ", "OÜ Tallinna Tarkvara"),
            ("FI", "Oulu Robotiikka Oy", "Oulu Robotiikka Osakeyhtiö"),
            ("FR", "Mobilité Ouest SAS", "Mobilite Ouest S.A.S."),
            ("DE", "Rhein Logistik GmbH & Co. KG", "Rhein Logistik GmbH"),
            ("GR", "Attiki Energeia A.E.", "Attiki Energeia AE"),
            ("HU", "Duna Gép Kft.", "Duna Gep KFT"),
            ("IE", "Galway Medtech Limited", "Galway Medtech Ltd."),
            ("IT", "Dora Dati S.r.l.", "Dora Dati Società a responsabilità limitata"),
            ("LV", "SIA Rīgas Auto", "Rigas Auto SIA"),
            ("LT", "UAB Vilniaus Duomenys", "Vilniaus Duomenys, UAB"),
            ("LU", "Kirchberg Fintech S.à r.l.", "Kirchberg Fintech SARL"),
            ("MT", "Valletta Games Ltd", "Valletta Games Limited"),
            ("NL", "Delftse Sensoren B.V.", "Delftse Sensoren BV"),
            ("PL", "Gdańska Energia sp. z o.o.", "Gdanska Energia Spółka z ograniczoną odpowiedzialnością"),
            ("PT", "Porto Moldes, Lda.", "Porto Moldes Lda"),
            ("RO", "SC Apa Verde Someș SRL", "Apa Verde Somes S.R.L."),
            ("SK", "Košice Oceľ s. r. o.", "Kosice Ocel spol. s r.o."),
            ("SI", "Ljubljana Kode d.o.o.", "Ljubljana Kode DOO"),
            ("ES", "Zubi Logística, S.L.", "ZUBI LOGISTICA SOCIEDAD LIMITADA"),
            ("SE", "Göteborg Fordon AB", "Goteborg Fordon Aktiebolag"),
            // A second form of each: the company limited by shares, spelled out or abbreviated.
            ("AT", "Graz Antriebe AG", "Graz Antriebe Aktiengesellschaft"),
            ("BE", "Gentse Chips SA", "Gentse Chips Société Anonyme"),
            ("BG", "Varna Port AD", "Varna Port A.D."),
            ("HR", "Split Brodogradnja d.d.", "Split Brodogradnja dioničko društvo"),
            ("CY", "Nicosia Data PLC", "Nicosia Data Public Limited Company"),
            ("CZ", "Plzeň Pivo a.s.", "Plzen Pivo akciová společnost"),
            ("DK", "Odense Robot A/S", "Odense Robot Aktieselskab"),
            ("EE", "Tartu Biotech AS", "AS Tartu Biotech"),
            ("FI", "Tampere Paperi Oyj", "Tampere Paperi Julkinen osakeyhtiö"),
            ("FR", "Lyon Textile SARL", "Lyon Textile Société à responsabilité limitée"),
            ("DE", "Bremer Häfen AG", "Bremer Hafen Aktiengesellschaft"),
            ("GR", "Thessaloniki Trans I.K.E.", "Thessaloniki Trans IKE"),
            ("HU", "Szeged Chem Zrt.", "Szeged Chem ZRT"),
            ("IE", "Cork Pharma DAC", "Cork Pharma D.A.C."),
            ("IT", "Torino Motori S.p.A.", "Torino Motori Società per azioni"),
            ("LV", "AS Latvijas Kuģi", "Latvijas Kugi akciju sabiedrība"),
            ("LT", "Kauno Mediena AB", "Kauno Mediena akcinė bendrovė"),
            ("LU", "Esch Acier S.A.", "Esch Acier SA"),
            ("MT", "Gozo Tours p.l.c.", "Gozo Tours PLC"),
            ("NL", "Rotterdamse Kranen N.V.", "Rotterdamse Kranen Naamloze Vennootschap"),
            ("PL", "Poznań Maszyny S.A.", "Poznan Maszyny Spółka Akcyjna"),
            ("PT", "Braga Calçado S.A.", "Braga Calcado Sociedade Anónima"),
            ("RO", "Cluj Soft S.A.", "Cluj Soft Societate pe acțiuni"),
            ("SK", "Žilina Auto a.s.", "Zilina Auto akciová spoločnosť"),
            ("SI", "Maribor Les d.d.", "Maribor Les delniška družba"),
            ("ES", "Bilbao Aceros S.A.", "BILBAO ACEROS SOCIEDAD ANONIMA"),
            ("SE", "Malmö Mat HB", "Malmo Mat Handelsbolag"),
        ];
        for (country, a, b) in pairs {
            assert_eq!(name_key(a), name_key(b), "{country}: {a} / {b}");
            assert!(!name_key(a).is_empty(), "{country}: a name remains");
        }
        assert_eq!(name_key("S.C. Apa Verde S.R.L."), "apa verde");
        assert_eq!(name_key("SRL"), "srl", "a name that is only a form stays");
    }

    #[test]
    fn kinds_are_read_in_the_languages_of_the_files() {
        for (word, kind) in [
            ("Empresa", OrganisationKind::Company),
            ("Unternehmen", OrganisationKind::Company),
            ("Società", OrganisationKind::Company),
            ("Università", OrganisationKind::University),
            ("Uczelnia", OrganisationKind::University),
            ("Université", OrganisationKind::University),
            ("Centro tecnológico", OrganisationKind::ResearchCentre),
            ("Öffentliche Verwaltung", OrganisationKind::PublicAdministration),
            ("Asociación", OrganisationKind::Association),
            ("research_centre", OrganisationKind::ResearchCentre),
        ] {
            assert_eq!(OrganisationKind::parse(word), Ok(kind), "{word}");
        }
        assert!(OrganisationKind::parse("Spaceship").unwrap_err().contains("is not a kind"));
    }
    use super::*;
    use proptest::prelude::*;

    fn eur(s: &str) -> Option<Money> {
        Some(Money::parse_decimal(s, Currency::EUR).unwrap())
    }

    #[test]
    fn size_class_follows_the_eu_definition() {
        assert_eq!(SizeClass::derive(Some(9), eur("2000000"), None), Some(SizeClass::Micro));
        assert_eq!(SizeClass::derive(Some(9), eur("2000001"), None), Some(SizeClass::Small));
        assert_eq!(SizeClass::derive(Some(9), eur("3000000"), eur("1500000")), Some(SizeClass::Micro));
        assert_eq!(SizeClass::derive(Some(10), None, None), Some(SizeClass::Small));
        assert_eq!(SizeClass::derive(Some(49), eur("10000000"), None), Some(SizeClass::Small));
        assert_eq!(SizeClass::derive(Some(120), eur("60000000"), eur("40000000")), Some(SizeClass::Medium));
        assert_eq!(SizeClass::derive(Some(120), eur("60000000"), eur("44000000")), Some(SizeClass::Large));
        assert_eq!(SizeClass::derive(Some(250), eur("1"), None), Some(SizeClass::Large));
        assert_eq!(SizeClass::derive(None, eur("1"), None), None);
        let pln = Currency::parse("PLN").unwrap();
        let turnover = Money::parse_decimal("8000000", pln).ok();
        assert_eq!(SizeClass::derive(Some(5), turnover, None), Some(SizeClass::Micro), "8 m PLN is under 2 m EUR");
    }

    proptest! {
        #[test]
        fn more_staff_never_makes_a_smaller_class(staff in 0_i64..2000, extra in 0_i64..500, t in proptest::option::of(0_i64..100_000_000)) {
            let turnover = t.map(|t| Money::new(t * 100, Currency::EUR));
            let a = SizeClass::derive(Some(staff), turnover, None).unwrap();
            let b = SizeClass::derive(Some(staff + extra), turnover, None).unwrap();
            prop_assert!(a <= b);
        }
    }

    #[test]
    fn name_keys_ignore_case_accents_punctuation_and_legal_forms() {
        assert_eq!(name_key("Movilidad Norte, S.L."), "movilidad norte");
        assert_eq!(name_key("MOVILIDAD NORTE SL"), "movilidad norte");
        assert_eq!(name_key("Nowa Energia sp. z o.o."), "nowa energia");
        assert_eq!(name_key("Energía Verde S.p.A."), "energia verde");
        assert_eq!(name_key("Bosch GmbH & Co. KG"), "bosch");
        assert_eq!(name_key("Apă Curată S.R.L."), "apa curata");
        assert_eq!(name_key("SA"), "sa", "a name that is only a legal form stays");
        assert_eq!(name_key("Sala Nord Ltd"), "sala nord");
    }

    #[test]
    fn parse_reports_every_bad_field() {
        let input = OrganisationInput {
            name: Some(" ".into()),
            kind: Some("spaceship".into()),
            employees: Some("many".into()),
            country: Some("Atlantis".into()),
            website: Some("not a site".into()),
            ..Default::default()
        };
        let err = input.parse(Currency::EUR).unwrap_err();
        let fields: Vec<&str> = err.0.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(fields, ["name", "kind", "employees", "country", "website"]);
    }

    #[test]
    fn parse_normalises_and_round_trips() {
        let input = OrganisationInput {
            name: Some(" Movilidad Norte S.L. ".into()),
            kind: Some("Technology centre".into()),
            nace_code: Some("C29.10".into()),
            employees: Some("42".into()),
            turnover: Some("5400000.5".into()),
            country: Some("es".into()),
            vat_id: Some("es b-12.345.678".into()),
            website: Some("movilidad.example".into()),
            ..Default::default()
        };
        let fields = input.parse(Currency::EUR).unwrap();
        assert_eq!(fields.name, "Movilidad Norte S.L.");
        assert_eq!(fields.kind, OrganisationKind::ResearchCentre);
        assert_eq!(fields.vat_id.as_deref(), Some("ESB12345678"));
        assert_eq!(fields.website.as_deref(), Some("https://movilidad.example"));
        assert_eq!(fields.size_class(), Some(SizeClass::Small));
        assert_eq!(fields.to_input().parse(Currency::EUR).unwrap(), fields);
    }

    #[test]
    fn amounts_are_typed_as_the_importer_reads_them() {
        for (typed, minor) in [
            ("1.250.000,00", 125_000_000),
            ("1,250,000.00", 125_000_000),
            ("1250000", 125_000_000),
            ("1 250 000,50", 125_000_050),
            ("5400000.5", 540_000_050),
        ] {
            let input = OrganisationInput {
                name: Some("Errota".into()),
                turnover: Some(typed.into()),
                balance_sheet_total: Some(typed.into()),
                ..Default::default()
            };
            let fields = input.parse(Currency::EUR).unwrap();
            assert_eq!(fields.turnover.map(|m| m.minor), Some(minor), "{typed}");
            assert_eq!(fields.balance_sheet_total.map(|m| m.minor), Some(minor), "{typed}");
        }
        for refused in ["-5", "lots", "1,2,3.4.5"] {
            let input =
                OrganisationInput { name: Some("E".into()), turnover: Some(refused.into()), ..Default::default() };
            assert!(input.parse(Currency::EUR).unwrap_err().message_for("turnover").is_some(), "{refused}");
        }
    }
}
