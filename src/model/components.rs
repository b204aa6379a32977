//! Gordon's eight components of relationship marketing (`shared/domain.md`
//! §2, after Ian H. Gordon, *Relationship Marketing*, 1998).

/// One of the eight components a firm aligns for relationship marketing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Component {
    /// Values and culture.
    Values,
    /// Leadership.
    Leadership,
    /// Strategy.
    Strategy,
    /// Structure.
    Structure,
    /// People.
    People,
    /// Technology.
    Technology,
    /// Knowledge and insight.
    Knowledge,
    /// Process.
    Process,
}

impl Component {
    /// The eight components, in Gordon's order.
    pub const ALL: [Component; 8] = [
        Component::Values,
        Component::Leadership,
        Component::Strategy,
        Component::Structure,
        Component::People,
        Component::Technology,
        Component::Knowledge,
        Component::Process,
    ];

    /// Its position in [`Component::ALL`], which lists the components in
    /// the order they are declared.
    pub fn position(self) -> usize {
        self as usize
    }

    /// A stable key for storage and URLs, the same in every language.
    pub fn key(self) -> &'static str {
        match self {
            Component::Values => "values",
            Component::Leadership => "leadership",
            Component::Strategy => "strategy",
            Component::Structure => "structure",
            Component::People => "people",
            Component::Technology => "technology",
            Component::Knowledge => "knowledge",
            Component::Process => "process",
        }
    }

    /// The component a key names.
    pub fn from_key(key: &str) -> Option<Component> {
        Component::ALL.into_iter().find(|c| c.key() == key)
    }
}
