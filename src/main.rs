//! Starts the app; everything else lives in the library.

fn main() {
    rapport::start();
}
