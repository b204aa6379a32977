//! Starts the participant's app, the join link's own build; everything
//! else lives in the library.

fn main() {
    rapport::start_participant();
}
