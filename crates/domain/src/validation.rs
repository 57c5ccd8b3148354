//! What went wrong with an input, field by field, in words a user can act on.

use std::fmt;

/// One field that could not be accepted, and why.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field's name as it appears in forms, CSV headers and the API.
    pub field: String,
    /// What to fix, in plain words.
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self { field: field.into(), message: message.into() }
    }
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// All the field errors of one input. Never empty.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Invalid(pub Vec<FieldError>);

impl Invalid {
    pub fn one(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self(vec![FieldError::new(field, message)])
    }

    /// The message for a field, if that field has one.
    pub fn message_for(&self, field: &str) -> Option<&str> {
        self.0.iter().find(|e| e.field == field).map(|e| e.message.as_str())
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&parts.join("; "))
    }
}

/// Collects field errors while an input is parsed field by field, so that a user sees every
/// problem at once rather than one per attempt.
#[derive(Debug, Default)]
pub struct Collector(Vec<FieldError>);

impl Collector {
    pub fn new() -> Self {
        Self::default()
    }

    /// Keeps the value if it parsed, or records the error under `field`.
    pub fn take<T>(&mut self, field: &str, parsed: Result<T, String>) -> Option<T> {
        match parsed {
            Ok(value) => Some(value),
            Err(message) => {
                self.0.push(FieldError::new(field, message));
                None
            }
        }
    }

    pub fn push(&mut self, field: &str, message: impl Into<String>) {
        self.0.push(FieldError::new(field, message));
    }

    /// Whether something was recorded under `field`.
    pub fn has(&self, field: &str) -> bool {
        self.0.iter().any(|e| e.field == field)
    }

    /// Whether nothing has been recorded so far.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The result: `Ok(value)` if nothing was recorded.
    pub fn finish<T>(self, value: impl FnOnce() -> T) -> Result<T, Invalid> {
        if self.0.is_empty() { Ok(value()) } else { Err(Invalid(self.0)) }
    }
}

/// Trims a text field; an empty one is absent.
pub fn optional(raw: Option<&str>) -> Option<&str> {
    raw.map(str::trim).filter(|s| !s.is_empty())
}

/// A trimmed text of at most `max` characters, absent when empty.
pub fn optional_text(raw: Option<&str>, max: usize) -> Result<Option<String>, String> {
    match optional(raw) {
        None => Ok(None),
        Some(s) if s.chars().count() > max => {
            Err(i18n::said_with("invalid-validation-too-long", &[("max", max.to_string())]))
        }
        Some(s) => Ok(Some(s.to_string())),
    }
}

/// A web address people may be sent to: `http` or `https` (`https://` is assumed when none is
/// written) with a host that has a dot or is an IP address, at most `max` characters, without
/// spaces or control characters (a line break in a link could add a header to a mail or a
/// property to a calendar). Any other scheme (`javascript:`, `data:`, `file:`) is refused. Parsed
/// by the WHATWG URL Standard (the `url` crate), and kept as written.
pub fn web_address(raw: &str, max: usize) -> Result<String, String> {
    let s = raw.trim();
    let refused = || i18n::said_with("invalid-validation-web-address", &[("value", s.to_string())]);
    if s.chars().count() > max || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(refused());
    }
    let lower = s.to_ascii_lowercase();
    let written = if lower.starts_with("http://") || lower.starts_with("https://") {
        s.to_string()
    } else if lower
        .split(['/', '?', '#'])
        .next()
        .and_then(|head| head.split_once(':'))
        .is_some_and(|(_, after)| !after.chars().all(|c| c.is_ascii_digit()))
    {
        // A scheme of its own (`javascript:alert(1)`, `mailto:x`), not a host with a port.
        return Err(refused());
    } else {
        format!("https://{s}")
    };
    let url = url::Url::parse(&written).map_err(|_| refused())?;
    let host_ok = match url.host() {
        Some(url::Host::Domain(domain)) => domain.contains('.') && !domain.ends_with('.'),
        Some(url::Host::Ipv4(_) | url::Host::Ipv6(_)) => true,
        None => false,
    };
    // A name and password before the host (`https://bank.example@else.example`) only disguise it.
    let disguised = !url.username().is_empty() || url.password().is_some();
    if matches!(url.scheme(), "http" | "https") && host_ok && !disguised { Ok(written) } else { Err(refused()) }
}

/// A trimmed, required text of at most `max` characters.
pub fn required_text(raw: Option<&str>, max: usize) -> Result<String, String> {
    optional_text(raw, max)?.ok_or_else(|| i18n::said("invalid-validation-required"))
}

/// A whole number, at least zero, absent when empty.
pub fn optional_count(raw: Option<&str>) -> Result<Option<i64>, String> {
    match optional(raw) {
        None => Ok(None),
        Some(s) => {
            let n: i64 = s
                .parse()
                .map_err(|_| i18n::said_with("invalid-validation-whole-number", &[("value", s.to_string())]))?;
            if n < 0 {
                return Err(i18n::said("invalid-validation-negative"));
            }
            Ok(Some(n))
        }
    }
}

/// A yes-or-no field as forms and files write it (`yes`, `true`, `on`, `1`, `x` or `no`,
/// `false`, `off`, `0`, and yes and no in the five languages of the headers); `default` when
/// empty.
pub fn yes_no(raw: &Option<String>, default: bool) -> Result<bool, String> {
    match raw.as_deref().map(|s| s.trim().to_lowercase()).as_deref() {
        None | Some("") => Ok(default),
        Some("yes" | "true" | "on" | "1" | "x" | "y" | "sí" | "si" | "ja" | "oui" | "tak" | "da" | "vero") => Ok(true),
        Some("no" | "false" | "off" | "0" | "n" | "nein" | "non" | "nie" | "nu" | "falso") => Ok(false),
        Some(other) => Err(i18n::said_with("invalid-validation-yes-no", &[("value", other.to_string())])),
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn web_addresses_are_http_or_https_with_a_host_and_nothing_hidden() {
        for good in
            ["https://meet.example/opening", "meet.example/x?y=1", "HTTP://Meet.Example", "http://10.0.0.1:8080/"]
        {
            assert!(web_address(good, 500).is_ok(), "{good}");
        }
        assert_eq!(web_address("meet.example/x", 500).unwrap(), "https://meet.example/x");
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>",
            "file:///etc/passwd",
            "mailto:a@b.example",
            "https://bank.example@else.example/",
            "https://meet.example/\r\nBEGIN:VEVENT",
            "https://meet.example/a b",
            "https://meet.example/\0",
            "https://localhost/",
            "",
        ] {
            assert!(web_address(bad, 500).is_err(), "{bad:?}");
        }
        assert!(web_address(&format!("https://a.example/{}", "x".repeat(500)), 500).is_err(), "too long");
    }
    use super::*;

    #[test]
    fn collector_reports_every_field() {
        let mut c = Collector::new();
        let a = c.take("name", required_text(Some("  "), 10));
        let b = c.take("employees", optional_count(Some("-3")));
        assert!(a.is_none() && b.is_none());
        let err = c.finish(|| ()).unwrap_err();
        assert_eq!(err.message_for("name"), Some("is required"));
        assert_eq!(err.message_for("employees"), Some("cannot be negative"));
    }

    #[test]
    fn texts_are_trimmed_and_bounded() {
        assert_eq!(optional_text(Some(" a "), 5).unwrap(), Some("a".into()));
        assert!(optional_text(Some("abcdef"), 5).is_err());
        assert_eq!(optional_count(Some("12")).unwrap(), Some(12));
        assert!(optional_count(Some("1.5")).is_err());
    }
}
