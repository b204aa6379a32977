//! The app's views and their URLs.
//!
//! Routes live in the URL fragment (`#/method`), not the path. A static host
//! then always serves the same `index.html`, so every view can be reloaded
//! or bookmarked at the domain root or under any sub-path, on any plain file
//! server, with no rewrite rules and no 404 fallback. Parsing is pure so it
//! is tested on the host; the UI only reads `location.hash`.

use crate::model::components::Component;

/// The page a join link opens, beside the app's main page (index.html): the
/// participant's questionnaire, prerendered so it can be answered before
/// the app has arrived (see src/prerender.mjs).
pub const JOIN_PAGE: &str = "join.html";

/// The address of the site's page `page` (`""` for the main page, the
/// directory itself) from `href`, the address of any page of the site:
/// its fragment and query dropped, and its last segment too when that is a
/// file (it has a dot, or it is the join page without `.html`); a
/// directory given without its closing slash keeps its name.
pub fn page_address(href: &str, page: &str) -> String {
    let address = href.split('#').next().unwrap_or_default();
    let address = address.split('?').next().unwrap_or_default();
    // The part after the scheme and host: only a slash there starts a path.
    let path_from = address.find("://").map_or(0, |at| at + 3);
    let directory = match address[path_from..].rfind('/') {
        Some(slash) => {
            let (dir, last) = address.split_at(path_from + slash + 1);
            // Hosts that drop ".html" from addresses serve join.html as `join`.
            let join = JOIN_PAGE.strip_suffix(".html") == Some(last);
            if last.is_empty() || last.contains('.') || join {
                dir.to_owned()
            } else {
                format!("{address}/")
            }
        }
        None => format!("{address}/"),
    };
    format!("{directory}{page}")
}

/// A view of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// The home page: what the app is for, links to each tool.
    Home,
    /// The method behind the tools, with its sources.
    Method,
    /// The readiness questionnaire, one component at a time.
    Assessment(Component),
    /// The readiness results: index, charts, priorities, snapshots.
    AssessmentResults,
    /// The cultural-fit check between a supplier and its client.
    Fit,
    /// The economics of loyalty: a client's figures in charts.
    Loyalty,
    /// The key-account strategy: the client's customers, who makes money,
    /// key customers, levels, bonds and the programme.
    Accounts,
    /// The client engagements, with export and import.
    Engagements,
    /// The open engagement's report for the client: cover, executive
    /// summary and the ticked sections, printable and exportable.
    Report,
    /// The open engagement's workshop: join link, collected results and
    /// the team's view.
    Workshop,
    /// The workshop's team view for a projector: large type, one slide at a
    /// time.
    Present,
    /// A participant's questionnaire; holds the join link's fragment
    /// (without `#`), which carries the workshop.
    Join(String),
    /// A participant's result opened from its link (`#/result/<code>`);
    /// holds the code as written in the link.
    Result(String),
    /// A fragment that names no view; holds the path that was asked for.
    NotFound(String),
}

impl Route {
    /// The route a `location.hash` value names (`""`, `"#/"`, `"#/method"` …).
    /// Trailing slashes, a query and letter case are forgiven, as a person
    /// typing a link would expect.
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        // A join link keeps its query: it carries the workshop's name and
        // roles, in their case.
        if path.to_ascii_lowercase().starts_with("/join/") {
            return Route::Join(path.to_owned());
        }
        let path = path.split('?').next().unwrap_or("");
        // A result link keeps its code as written; the code's reader
        // forgives case.
        if path.to_ascii_lowercase().starts_with("/result/") {
            let code = path["/result/".len()..].trim_matches('/');
            if !code.is_empty() && !code.contains('/') {
                return Route::Result(code.to_owned());
            }
        }
        let segments: Vec<String> = path
            .split('/')
            .filter(|s| !s.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        match segments
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [] => Route::Home,
            ["method"] => Route::Method,
            ["fit"] => Route::Fit,
            ["loyalty"] => Route::Loyalty,
            ["accounts"] => Route::Accounts,
            ["engagements"] => Route::Engagements,
            ["report"] => Route::Report,
            ["workshop"] => Route::Workshop,
            ["workshop", "present"] => Route::Present,
            ["assessment"] => Route::Assessment(Component::ALL[0]),
            ["assessment", "results"] => Route::AssessmentResults,
            ["assessment", key] => match Component::from_key(key) {
                Some(component) => Route::Assessment(component),
                None => Route::NotFound(path.to_owned()),
            },
            _ => Route::NotFound(path.to_owned()),
        }
    }

    /// Whether `other` belongs to the same part of the app as this route
    /// (every assessment page is one section), for marking navigation.
    pub fn same_section(&self, other: &Route) -> bool {
        let assessment = |r: &Route| matches!(r, Route::Assessment(_) | Route::AssessmentResults);
        let workshop = |r: &Route| matches!(r, Route::Workshop | Route::Present | Route::Result(_));
        self == other
            || (assessment(self) && assessment(other))
            || (workshop(self) && workshop(other))
    }

    /// The name of the chunk that brings this route's view (`ui/chunks.rs`),
    /// which also names its texts (`Locale::view_text_file`) and its pack
    /// (`src/wasm.mjs`); none for the views the shell holds itself, the
    /// home and an unknown address.
    pub fn chunk(&self) -> Option<&'static str> {
        Some(match self {
            Route::Home | Route::NotFound(_) => return None,
            Route::Method => "method",
            Route::Assessment(_) => "assessment",
            Route::AssessmentResults => "assessment_results",
            Route::Fit => "fit",
            Route::Loyalty => "loyalty",
            Route::Accounts => "accounts",
            Route::Engagements => "engagements",
            Route::Report => "report",
            Route::Workshop => "workshop",
            Route::Present => "present",
            Route::Join(_) => "join",
            Route::Result(_) => "result",
        })
    }

    /// The `href` of this view, relative to the page, so it works under any
    /// sub-path.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_owned(),
            Route::Method => "#/method".to_owned(),
            Route::Fit => "#/fit".to_owned(),
            Route::Loyalty => "#/loyalty".to_owned(),
            Route::Accounts => "#/accounts".to_owned(),
            Route::Engagements => "#/engagements".to_owned(),
            Route::Report => "#/report".to_owned(),
            Route::Workshop => "#/workshop".to_owned(),
            Route::Present => "#/workshop/present".to_owned(),
            Route::Join(fragment) => format!("#{fragment}"),
            Route::Result(code) => format!("#/result/{code}"),
            Route::Assessment(component) => format!("#/assessment/{}", component.key()),
            Route::AssessmentResults => "#/assessment/results".to_owned(),
            Route::NotFound(path) => format!("#{path}"),
        }
    }
}
