use domain::Invalid;

/// One problem with one row of an imported file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RowError {
    /// The line of the file, counting the header as line 1.
    pub line: u64,
    /// The column, when the problem is in one.
    pub field: Option<String>,
    pub message: String,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.field {
            Some(field) => write!(f, "line {}: {}: {}", self.line, field, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

/// Why a use case did not happen. Each variant says what the user can do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("your role in this cluster does not allow this: {0}")]
    Forbidden(&'static str),
    #[error("the email or password is wrong")]
    BadCredentials,
    #[error("{0}")]
    Unauthenticated(&'static str),
    #[error("too many failed logins; try again in {retry_after_minutes} minutes")]
    TooManyAttempts { retry_after_minutes: i64 },
    /// A public form sent too often from one address, or for one event.
    #[error("too many requests from your address or for this event; try again in {} minutes", retry_after_seconds.div_ceil(60))]
    RateLimited { retry_after_seconds: u64 },
    #[error("{0}")]
    Invalid(#[from] Invalid),
    #[error("{0}")]
    BadRequest(String),
    /// A value that must be unique is taken already (often by a request made at the same
    /// moment), or the records changed under the request: the field concerned and what to do.
    /// A form shows it on the field, as it shows [`Error::Invalid`].
    #[error("{}", .0.0.iter().map(|e| e.message.as_str()).collect::<Vec<_>>().join("; "))]
    Conflict(Invalid),
    #[error(transparent)]
    Store(store::StoreError),
    #[error("internal error: {0}")]
    Internal(String),
}

impl Error {
    /// A [`Error::Conflict`] on one field.
    pub fn conflict(field: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Conflict(Invalid::one(field, message))
    }
}

impl From<store::StoreError> for Error {
    /// A unique violation is a conflict on the field it concerns; anything else is the store's
    /// fault.
    fn from(e: store::StoreError) -> Self {
        match e.unique_columns() {
            Some(columns) => {
                let field = columns.last().cloned().unwrap_or_else(|| "id".into());
                let field = field.strip_suffix("_key").unwrap_or(&field).to_string();
                let message = format!(
                    "another record holds the same {} already; choose another or open the existing one",
                    field.replace('_', " ")
                );
                Error::conflict(field, message)
            }
            None => Error::Store(e),
        }
    }
}
