//! The tools' content texts (in `src/i18n/locales/`) match the model: the
//! assessment's question bank, and the cultural-fit scales, prompts and OCAI
//! names. The build script checks keys, placeholders and list lengths
//! across languages; these tests check the counts the model needs.

use rapport::model::assessment::ITEMS_PER_COMPONENT;
use rapport::model::components::Component;

/// The translations in one language.
fn texts(lang: &str) -> serde_json::Map<String, serde_json::Value> {
    let path = format!(
        "{}/src/i18n/locales/{lang}.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let value: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    value.as_object().unwrap().clone()
}

#[test]
fn each_component_has_its_statements_ends_and_recommendations() {
    for lang in ["en", "ru", "pl"] {
        let texts = texts(lang);
        for c in Component::ALL {
            for (suffix, count) in [
                ("", ITEMS_PER_COMPONENT),
                ("_low", ITEMS_PER_COMPONENT),
                ("_high", ITEMS_PER_COMPONENT),
            ] {
                let key = format!("q_{}{suffix}", c.key());
                let list = texts[&key].as_array().unwrap();
                assert_eq!(list.len(), count, "{lang} {key}");
                assert!(list.iter().all(|s| !s.as_str().unwrap().trim().is_empty()));
            }
            let recs = texts[&format!("rec_{}", c.key())].as_array().unwrap();
            assert_eq!(
                recs.len(),
                3,
                "{lang}: a recommendation per tier for {}",
                c.key()
            );
        }
    }
}

#[test]
fn every_fit_dimension_has_its_poles_middle_and_prompt_in_every_language() {
    use rapport::model::fit::{CultureType, Dimension, OCAI_ASPECTS};
    for lang in ["en", "ru", "pl"] {
        let texts = texts(lang);
        for d in Dimension::ALL {
            // Name, left pole, middle, right pole.
            let scale = texts[&format!("dim_{}", d.key())].as_array().unwrap();
            assert_eq!(scale.len(), 4, "{lang} {}", d.key());
            let prompt = texts[&format!("dim_{}_prompt", d.key())].as_str().unwrap();
            assert!(
                prompt.len() > 40,
                "{lang}: the prompt for {} is too thin",
                d.key()
            );
        }
        assert_eq!(
            texts["ocai_types"].as_array().unwrap().len(),
            CultureType::ALL.len()
        );
        assert_eq!(
            texts["ocai_aspects"].as_array().unwrap().len(),
            OCAI_ASPECTS
        );
    }
}
