//! The file a user chose in a file input, shared by the import panels.

use wasm_bindgen::JsCast;

/// The first file chosen in the input that raised `ev`, if any. The input
/// is cleared, so the same file can be chosen again after a fix.
pub(crate) fn chosen_file(ev: &web_sys::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    input.set_value("");
    Some(file)
}
