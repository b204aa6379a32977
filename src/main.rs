//! Mounts the app into the page; everything else lives in the library.

fn main() {
    leptos::mount::mount_to_body(rapport::ui::App);
}
