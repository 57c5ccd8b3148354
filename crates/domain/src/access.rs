//! Who may do what in a cluster.

/// A user's role in one cluster. A network administrator acts as cluster manager everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Board,
    Staff,
    ClusterManager,
}

/// What an action needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Permission {
    /// See the cluster's records.
    Read,
    /// Create, change, archive and import records.
    Edit,
    /// Settings, users and everything else in the cluster.
    Manage,
}

impl Role {
    pub fn code(self) -> &'static str {
        match self {
            Self::Board => "board",
            Self::Staff => "staff",
            Self::ClusterManager => "cluster-manager",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::Board => "Board",
            Self::Staff => "Staff",
            Self::ClusterManager => "Cluster manager",
        }
    }

    pub fn parse(raw: &str) -> Result<Self, String> {
        match raw.trim() {
            "board" => Ok(Self::Board),
            "staff" => Ok(Self::Staff),
            "cluster-manager" => Ok(Self::ClusterManager),
            other => Err(i18n::said_with("invalid-access-role", &[("value", other.to_string())])),
        }
    }

    pub fn allows(self, permission: Permission) -> bool {
        match permission {
            Permission::Read => true,
            Permission::Edit => self >= Self::Staff,
            Permission::Manage => self == Self::ClusterManager,
        }
    }
}

/// A person who holds a role in a cluster: who can be a staff member of an interaction or the
/// assignee of a task.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: uuid::Uuid,
    pub display_name: String,
    pub email: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_grant_in_order() {
        assert!(Role::Board.allows(Permission::Read));
        assert!(!Role::Board.allows(Permission::Edit));
        assert!(Role::Staff.allows(Permission::Edit));
        assert!(!Role::Staff.allows(Permission::Manage));
        assert!(Role::ClusterManager.allows(Permission::Manage));
        assert_eq!(Role::parse("cluster-manager").unwrap(), Role::ClusterManager);
        assert!(Role::parse("network-admin").is_err());
    }
}
