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
