//! URLs of the views.

use rapport::model::components::Component;
use rapport::route::Route;

#[test]
fn fragments_name_views() {
    let cases = [
        ("", Route::Home),
        ("#", Route::Home),
        ("#/", Route::Home),
        ("#//", Route::Home),
        ("#/method", Route::Method),
        ("#/method/", Route::Method),
        ("#/Method", Route::Method),
        ("#/method?lang=ru", Route::Method),
        ("#/fit", Route::Fit),
        ("#/FIT/", Route::Fit),
        ("#/loyalty", Route::Loyalty),
        ("#/accounts", Route::Accounts),
        ("#/Accounts/", Route::Accounts),
        ("#/engagements", Route::Engagements),
        ("#/report", Route::Report),
        ("#/Report/", Route::Report),
        ("#/workshop", Route::Workshop),
        ("#/workshop/present", Route::Present),
        (
            "#/join/42?n=Kick-off&r=Sales",
            Route::Join("/join/42?n=Kick-off&r=Sales".to_owned()),
        ),
        (
            "#/result/04ABCDEFGH",
            Route::Result("04ABCDEFGH".to_owned()),
        ),
        (
            "#/Result/04abcdefgh/",
            Route::Result("04abcdefgh".to_owned()),
        ),
        ("#/result/04AB?x=1", Route::Result("04AB".to_owned())),
        ("#/result/", Route::NotFound("/result/".to_owned())),
        ("#/result/a/b", Route::NotFound("/result/a/b".to_owned())),
        ("#/nowhere", Route::NotFound("/nowhere".to_owned())),
        ("#main", Route::NotFound("main".to_owned())),
        ("#/assessment", Route::Assessment(Component::Values)),
        (
            "#/assessment/strategy",
            Route::Assessment(Component::Strategy),
        ),
        (
            "#/assessment/Knowledge/",
            Route::Assessment(Component::Knowledge),
        ),
        ("#/assessment/results", Route::AssessmentResults),
        (
            "#/assessment/nothing",
            Route::NotFound("/assessment/nothing".to_owned()),
        ),
    ];
    for (hash, expected) in cases {
        assert_eq!(Route::parse(hash), expected, "{hash:?}");
    }
}

#[test]
fn each_view_href_leads_back_to_it() {
    for route in [
        Route::Home,
        Route::Method,
        Route::Fit,
        Route::Loyalty,
        Route::Accounts,
        Route::Engagements,
        Route::Report,
        Route::Workshop,
        Route::Present,
        Route::Join("/join/7?n=A%20B&r=x".to_owned()),
        Route::Result("04ABCDEFGHJKMNPQRSTV".to_owned()),
        Route::AssessmentResults,
        Route::Assessment(Component::People),
        Route::NotFound("/x/y".to_owned()),
    ] {
        assert_eq!(Route::parse(&route.href()), route);
        assert!(
            route.href().starts_with('#'),
            "hrefs stay relative to the page"
        );
    }
}

#[test]
fn pages_are_addressed_beside_the_page_the_app_runs_on() {
    use rapport::route::{page_address, JOIN_PAGE};
    // (the page's address, the main page's, the join page's)
    let cases = [
        (
            "https://a.example/",
            "https://a.example/",
            "https://a.example/join.html",
        ),
        (
            "https://a.example",
            "https://a.example/",
            "https://a.example/join.html",
        ),
        (
            "https://a.example/#/workshop",
            "https://a.example/",
            "https://a.example/join.html",
        ),
        (
            "https://a.example/index.html#/workshop",
            "https://a.example/",
            "https://a.example/join.html",
        ),
        (
            "https://a.example/rapport/",
            "https://a.example/rapport/",
            "https://a.example/rapport/join.html",
        ),
        // A directory without its closing slash is still the directory.
        (
            "https://a.example/rapport",
            "https://a.example/rapport/",
            "https://a.example/rapport/join.html",
        ),
        (
            "https://a.example/rapport/index.html?x=1#/",
            "https://a.example/rapport/",
            "https://a.example/rapport/join.html",
        ),
        // The participant's page: a result link goes to the main page.
        (
            "https://a.example/rapport/join.html#/join/1?n=A",
            "https://a.example/rapport/",
            "https://a.example/rapport/join.html",
        ),
        // Hosts that drop ".html" from addresses.
        (
            "https://a.example/rapport/join#/join/1",
            "https://a.example/rapport/",
            "https://a.example/rapport/join.html",
        ),
        (
            "http://127.0.0.1:8080/#/join/7/",
            "http://127.0.0.1:8080/",
            "http://127.0.0.1:8080/join.html",
        ),
        // A short host: the path starts right after the scheme's `//` and the host.
        ("http://a/b", "http://a/b/", "http://a/b/join.html"),
        ("http://a/b.html", "http://a/", "http://a/join.html"),
        // A slash in the fragment or the query is not a directory.
        (
            "https://a.example/x/?a=b/c#/d/e",
            "https://a.example/x/",
            "https://a.example/x/join.html",
        ),
    ];
    for (href, main, join) in cases {
        assert_eq!(page_address(href, ""), main, "{href}");
        assert_eq!(page_address(href, JOIN_PAGE), join, "{href}");
    }
}
