//! The method page: the ideas behind the tools, each with its source.

use super::chart_figure::ChartFigure;
use super::context::use_ctx;
use super::labels;
use crate::chart::{self, bars};
use crate::i18n::{fill, Strings};
use crate::model::components::Component;
use crate::model::levels::{self, CustomerCount, Level, Margin};
use crate::model::loyalty::SERVICE_COST_SHARE_FROM_YEAR_TWO;
use crate::route::Route;
use leptos::prelude::*;

/// Gordon's components, Kotler's levels, Berry's bonds and the loyalty
/// economics, as a consultant would brief a client.
#[component]
pub fn MethodPage() -> impl IntoView {
    let ctx = use_ctx();
    let cost_year_two = 100.0 * SERVICE_COST_SHARE_FROM_YEAR_TWO;
    let svg = Signal::derive(move || {
        let t = ctx.t();
        let data = bars::BarChart {
            title: t.loyalty_chart_title().to_owned(),
            value_label: t.loyalty_chart_axis().to_owned(),
            bars: vec![
                (t.loyalty_year_one().to_owned(), 100.0),
                (t.loyalty_year_two().to_owned(), cost_year_two),
            ],
            locale: ctx.locale.get(),
            decimals: 1,
        };
        chart::to_svg(560, 320, |area| bars::draw(area, &data))
    });
    let level_cell = move |t: &'static Strings, customers: CustomerCount, margin: Margin| {
        match levels::recommended(customers, margin) {
            (low, high) if low == high => labels::level(t, low).1.to_owned(),
            (low, high) => fill(
                t.level_range(),
                &[
                    ("low", labels::level(t, low).1),
                    ("high", labels::level(t, high).1),
                ],
            ),
        }
    };

    // The page is built from one closure over the language: switching
    // language is rare, and one closure keeps the code small.
    move || {
        let t = ctx.t();
        let locale = ctx.locale.get();
        view! {
        <div class="page method">
            <h1>{t.method_title()}</h1>
            <p class="lead">{t.method_intro()}</p>

            <section aria-labelledby="components-heading">
                <h2 id="components-heading">{t.components_heading()}</h2>
                <p>{t.components_intro()}</p>
                <ol class="components">
                    {Component::ALL
                        .map(|c| {
                            view! {
                                <li>
                                    <strong>{labels::component(t, c).0}</strong>
                                    " "
                                    <span>{labels::component(t, c).1}</span>
                                </li>
                            }
                        })}
                </ol>
            </section>

            <section aria-labelledby="levels-heading">
                <h2 id="levels-heading">{t.levels_heading()}</h2>
                <ol class="levels">
                    {Level::ALL.map(|l| view! { <li>{labels::level(t, l).0}</li> })}
                </ol>
                <p>{t.levels_intro()}</p>
                <div class="table-scroll">
                    <table>
                        <caption>{t.levels_table_caption()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.levels_corner()}</th>
                                {Margin::ALL
                                    .map(|m| {
                                        view! { <th scope="col">{labels::margin(t, m)}</th> }
                                    })}
                            </tr>
                        </thead>
                        <tbody>
                            {CustomerCount::ALL
                                .map(|c| {
                                    view! {
                                        <tr>
                                            <th scope="row">{labels::customers(t, c)}</th>
                                            {Margin::ALL
                                                .map(|m| view! { <td>{level_cell(t, c, m)}</td> })}
                                        </tr>
                                    }
                                })}
                        </tbody>
                    </table>
                </div>
            </section>

            <section aria-labelledby="bonds-heading">
                <h2 id="bonds-heading">{t.bonds_heading()}</h2>
                <p>{t.bonds_intro()}</p>
                <ol>
                    <li>{t.bond_financial()}</li>
                    <li>{t.bond_social()}</li>
                    <li>{t.bond_structural()}</li>
                </ol>
                <p>
                    <a href=Route::Accounts.href()>{t.method_accounts_link()}</a>
                </p>
            </section>

            <section aria-labelledby="method-ocai-heading">
                <h2 id="method-ocai-heading">{t.method_ocai_heading()}</h2>
                <p>{t.method_ocai()}</p>
            </section>

            <section aria-labelledby="loyalty-heading">
                <h2 id="loyalty-heading">{t.loyalty_heading()}</h2>
                <p>{t.loyalty_intro()}</p>
                <ChartFigure svg=svg label=t.loyalty_chart_title().to_owned()>
                    <table>
                        <caption>{t.loyalty_table_caption()}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t.loyalty_col_tenure()}</th>
                                <th scope="col">{t.loyalty_col_cost()}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <tr>
                                <th scope="row">{t.loyalty_year_one()}</th>
                                <td>{locale.format_number(100.0, 0)}</td>
                            </tr>
                            <tr>
                                <th scope="row">{t.loyalty_year_two()}</th>
                                <td>{locale.format_number(cost_year_two, 1)}</td>
                            </tr>
                        </tbody>
                    </table>
                </ChartFigure>
            </section>
        </div>
        }
    }
}
