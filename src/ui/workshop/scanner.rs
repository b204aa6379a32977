//! Scanning results in the room: the camera's live preview, each QR code
//! held up to it read and collected, a flash, a beep and the running
//! count for each new result, and the reason for each refused one.

use super::camera::{self, CameraError, Frames};
use crate::i18n::fill;
use crate::model::workshop::{Refusal, Sightings, Taken};
use crate::ui::chunks;
use crate::ui::clock::today;
use crate::ui::context::{use_ctx, Ctx};
use crate::ui::labels;
use leptos::prelude::*;
use std::time::Duration;
use web_sys::{AudioContext, MediaStream};

/// How many recent outcomes the scanner lists.
const SHOWN: usize = 5;

/// The least pause between two reads, in milliseconds, so a slow device
/// keeps time for the preview and the taps.
const PAUSE_MS: f64 = 80.0;

/// What the camera is doing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Off,
    Starting,
    Looking,
    Refused(CameraError),
}

/// Where the reader of QR codes is: it comes in a chunk of its own
/// (`chunks::read_codes`), asked for when the camera is started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reader {
    /// Not asked for yet, or coming.
    Coming,
    /// Here: frames are read.
    Here,
    /// The fetch failed: the camera keeps running, nothing is read until
    /// "Try again" brings it.
    Failed,
}

/// A code read, and the respondent's number, role and whether it was an
/// update, or why it was refused.
type Outcome = (String, Result<(usize, Option<String>, bool), Refusal>);

/// The scanner's state; every field is a handle, so it is copied freely
/// into the callbacks that drive the camera.
#[derive(Clone, Copy)]
struct Scan {
    ctx: Ctx,
    status: RwSignal<Status>,
    outcomes: RwSignal<Vec<Outcome>>,
    flashes: RwSignal<u32>,
    cameras: RwSignal<Vec<String>>,
    reader: RwSignal<Reader>,
    /// Counts starts and stops: a callback of an older session does nothing.
    session: StoredValue<u32>,
    stream: StoredValue<Option<MediaStream>, LocalStorage>,
    frames: StoredValue<Option<Frames>, LocalStorage>,
    audio: StoredValue<Option<AudioContext>, LocalStorage>,
    sightings: StoredValue<Sightings>,
    video: NodeRef<leptos::html::Video>,
}

impl Scan {
    /// Opens the camera (`device`, or the rear one) and starts reading.
    fn start(self, device: Option<String>) {
        let session = self.session.get_value() + 1;
        self.session.set_value(session);
        self.status.set(Status::Starting);
        self.sightings.set_value(Sightings::default());
        // The reader comes while the browser asks for the camera.
        self.fetch_reader();
        // Sound may start only from a tap, which this is.
        if self.audio.with_value(Option::is_none) {
            self.audio.set_value(AudioContext::new().ok());
        }
        if self.frames.with_value(Option::is_none) {
            self.frames.set_value(Frames::new());
        }
        leptos::task::spawn_local(async move {
            let opened = camera::open(device.as_deref()).await;
            if !self.live(session) {
                if let Ok(stream) = &opened {
                    camera::stop(stream);
                }
                return;
            }
            match opened {
                Err(e) => self.status.set(Status::Refused(e)),
                Ok(stream) => {
                    if let Some(video) = self.video.get_untracked() {
                        video.set_src_object(Some(&stream));
                        if let Ok(playing) = video.play() {
                            // A refusal is handled here, not left to the
                            // console; frames are read once it plays.
                            leptos::task::spawn_local(async move {
                                let _ = wasm_bindgen_futures::JsFuture::from(playing).await;
                            });
                        }
                    }
                    self.stream.set_value(Some(stream));
                    self.status.set(Status::Looking);
                    self.next(session, 0.0);
                    let found = camera::cameras().await;
                    if self.live(session) {
                        self.cameras.set(found);
                    }
                }
            }
        });
    }

    /// Whether `session` is still the scanner's: not stopped, restarted or
    /// left (a callback may run after the page has gone).
    fn live(self, session: u32) -> bool {
        self.session.try_get_value() == Some(session)
    }

    /// Releases the camera and stops reading; also when the page is left.
    fn stop(self) {
        self.session.update_value(|s| *s += 1);
        self.release();
        self.status.set(Status::Off);
    }

    /// Stops the stream's tracks and empties the preview.
    fn release(self) {
        if let Some(stream) = self.stream.try_update_value(Option::take).flatten() {
            camera::stop(&stream);
        }
        if let Some(video) = self.video.try_get_untracked().flatten() {
            video.set_src_object(None);
        }
    }

    /// Moves to the device's next camera.
    fn switch(self) {
        let current = self
            .stream
            .with_value(|s| s.as_ref().and_then(camera::camera_of));
        let list = self.cameras.get_untracked();
        let at = current
            .and_then(|c| list.iter().position(|id| *id == c))
            .unwrap_or(0);
        let Some(next) = list.get((at + 1) % list.len().max(1)).cloned() else {
            return;
        };
        self.release();
        self.start(Some(next));
    }

    /// Reads the next frame after a pause: at most one read at a time, and
    /// none once the session has ended.
    fn next(self, session: u32, pause: f64) {
        set_timeout(
            move || self.step(session),
            Duration::from_millis(pause as u64),
        );
    }

    /// Fetches the reader unless it is here (wasm-split's loader shares a
    /// download already under way, so a second start waits for the first).
    fn fetch_reader(self) {
        if self.reader.get_untracked() == Reader::Here {
            return;
        }
        self.reader.set(Reader::Coming);
        leptos::task::spawn_local(async move {
            let arrived = chunks::load_reader().await;
            self.reader.try_set(if arrived.is_ok() {
                Reader::Here
            } else {
                Reader::Failed
            });
        });
    }

    /// Reads the current frame, takes each new code in it, and schedules
    /// the next read. Until the reader is here, frames are only waited for.
    /// The work is measured (User Timing `rapport-qr-decode`) for
    /// `make bench`.
    fn step(self, session: u32) {
        if !self.live(session) {
            return;
        }
        let Some(performance) = window().performance() else {
            return;
        };
        if self.reader.get_untracked() != Reader::Here {
            self.next(session, PAUSE_MS);
            return;
        }
        let started = performance.now();
        let _ = performance.mark("rapport-qr-start");
        let Some((width, height, grey)) = self.grab() else {
            self.next(session, PAUSE_MS);
            return;
        };
        leptos::task::spawn_local(async move {
            // Here already, so this does not wait for the network.
            let read = chunks::read_codes(width, height, grey).await;
            measure(&performance);
            if !self.live(session) {
                return;
            }
            match read {
                Ok(texts) => {
                    for text in texts {
                        if self
                            .sightings
                            .try_update_value(|s| s.is_new(&text, started))
                            .unwrap_or(false)
                        {
                            self.take(&text);
                        }
                    }
                }
                Err(_) => {
                    self.reader.try_set(Reader::Failed);
                }
            }
            let spent = performance.now() - started;
            self.next(session, spent.max(PAUSE_MS));
        });
    }

    /// The video's current frame in grey, ready to read; `None` before the
    /// video has a frame.
    fn grab(self) -> Option<(usize, usize, Vec<u8>)> {
        let video = self.video.get_untracked()?;
        // HAVE_CURRENT_DATA: a frame to draw.
        if video.ready_state() < 2 {
            return None;
        }
        self.frames
            .with_value(|f| f.as_ref().and_then(|f| f.grab(&video)))
    }

    /// Collects the scanned `text` and confirms or explains.
    fn take(self, text: &str) {
        let outcome = self
            .ctx
            .work
            .try_update(|w| {
                let workshop = w.current_mut().workshop_mut()?;
                let (code, outcome) = workshop.collect_one(text, &today());
                let outcome = outcome.map(|accepted| {
                    let role = workshop
                        .role_name(accepted.submission.role)
                        .map(str::to_owned);
                    match accepted.taken {
                        Taken::Added => (workshop.entries.len(), role, false),
                        Taken::Updated { number } => (number, role, true),
                    }
                });
                Some((code, outcome))
            })
            .flatten();
        let Some(outcome) = outcome else {
            return;
        };
        if outcome.1.is_ok() {
            self.flashes.update(|n| *n += 1);
            self.audio.with_value(|a| {
                if let Some(audio) = a {
                    camera::beep(audio);
                }
            });
            camera::buzz();
        }
        self.outcomes.update(|list| {
            list.insert(0, outcome);
            list.truncate(SHOWN);
        });
    }
}

/// Ends the measure of one read begun at the mark `rapport-qr-start`.
fn measure(performance: &web_sys::Performance) {
    let _ = performance.mark("rapport-qr-end");
    let _ = performance.measure_with_start_mark_and_end_mark(
        "rapport-qr-decode",
        "rapport-qr-start",
        "rapport-qr-end",
    );
    performance.clear_marks_with_mark_name("rapport-qr-start");
    performance.clear_marks_with_mark_name("rapport-qr-end");
    // A long session keeps the last few hundred measures only.
    if performance
        .get_entries_by_name("rapport-qr-decode")
        .length()
        > 500
    {
        performance.clear_measures_with_measure_name("rapport-qr-decode");
    }
}

/// The scanner: a Scan button, then the live preview with what each code
/// held up to it became; a message instead where there is no camera.
#[component]
pub fn Scanner() -> impl IntoView {
    let ctx = use_ctx();
    let scan = Scan {
        ctx,
        status: RwSignal::new(Status::Off),
        outcomes: RwSignal::new(Vec::new()),
        flashes: RwSignal::new(0),
        cameras: RwSignal::new(Vec::new()),
        reader: RwSignal::new(Reader::Coming),
        session: StoredValue::new(0),
        stream: StoredValue::new_local(None),
        frames: StoredValue::new_local(None),
        audio: StoredValue::new_local(None),
        sightings: StoredValue::new(Sightings::default()),
        video: NodeRef::new(),
    };
    // Leaving the page releases the camera.
    on_cleanup(move || scan.stop());
    // Where no camera can be asked for, the scanner says why at once.
    let unavailable = camera::devices().err();
    let active = move || matches!(scan.status.get(), Status::Starting | Status::Looking);
    let count = Memo::new(move |_| {
        ctx.work
            .with(|w| w.current().workshop().map_or(0, |ws| ws.entries.len()))
    });
    // Only while the camera runs (stopped, a new start tries again); a
    // memo, so the alert and its button are not drawn again when the
    // camera goes from starting to looking.
    let reader_failed = Memo::new(move |_| scan.reader.get() == Reader::Failed && active());
    let refusal = move || {
        let t = ctx.t();
        let why = match scan.status.get() {
            Status::Refused(e) => Some(e),
            _ => unavailable,
        }?;
        let text = match why {
            CameraError::Insecure => t.scan_insecure(),
            CameraError::NoCamera => t.scan_no_camera(),
            CameraError::Denied => t.scan_denied(),
            CameraError::Failed => t.scan_failed(),
        };
        Some(view! { <p class="notice" role="alert">{text}</p> })
    };
    let outcomes = move || {
        let t = ctx.t();
        scan.outcomes
            .get()
            .into_iter()
            .map(|(code, outcome)| {
                let short: String = code.chars().take(12).collect();
                let text = match &outcome {
                    Ok((number, role, updated)) => fill(
                        if *updated {
                            t.scan_updated()
                        } else {
                            t.scan_added()
                        },
                        &[
                            ("number", &number.to_string()),
                            ("role", role.as_deref().unwrap_or(t.ws_no_role())),
                        ],
                    ),
                    Err(refusal) => labels::refusal(t, *refusal, &short),
                };
                view! { <li class:refused=outcome.is_err()>{text}</li> }
            })
            .collect_view()
    };
    view! {
        <section class="scanner" aria-labelledby="scan-heading">
            <h2 id="scan-heading">{move || ctx.t().scan_heading()}</h2>
            <p>{move || ctx.t().scan_intro()}</p>
            {refusal}
            <div
                class="scan-view"
                class:flash-a=move || scan.flashes.get() % 2 == 1
                class:flash-b=move || { let n = scan.flashes.get(); n != 0 && n % 2 == 0 }
                prop:hidden=move || !active()
            >
                <video
                    node_ref=scan.video
                    autoplay
                    muted
                    playsinline
                    aria-label=move || ctx.t().scan_video_label()
                ></video>
            </div>
            <p class="scan-status" role="status">
                {move || {
                    let t = ctx.t();
                    match scan.status.get() {
                        Status::Starting => t.scan_starting().to_owned(),
                        Status::Looking if scan.reader.get() == Reader::Coming => {
                            t.scan_preparing().to_owned()
                        }
                        Status::Looking => {
                            format!(
                                "{} {}",
                                t.scan_looking(),
                                t.scan_count().format(ctx.locale.get(), count.get() as u64),
                            )
                        }
                        _ => String::new(),
                    }
                }}
            </p>
            {move || {
                reader_failed
                    .get()
                    .then(|| {
                        let t = ctx.t();
                        view! {
                            <div class="chunk-state" role="alert">
                                <p>{t.scan_reader_failed()}</p>
                                <button type="button" on:click=move |_| scan.fetch_reader()>
                                    {t.chunk_retry()}
                                </button>
                            </div>
                        }
                    })
            }}
            <div class="actions">
                {move || {
                    let t = ctx.t();
                    if active() {
                        let switch = (scan.cameras.with(Vec::len) > 1)
                            .then(|| {
                                view! {
                                    <button type="button" on:click=move |_| scan.switch()>
                                        {t.scan_switch()}
                                    </button>
                                }
                            });
                        view! {
                            {switch}
                            <button type="button" on:click=move |_| scan.stop()>
                                {t.scan_stop()}
                            </button>
                        }
                            .into_any()
                    } else if unavailable.is_none() {
                        view! {
                            <button type="button" class="primary" on:click=move |_| scan.start(None)>
                                {t.scan_start()}
                            </button>
                        }
                            .into_any()
                    } else {
                        ().into_any()
                    }
                }}
            </div>
            <ul class="outcomes scan-outcomes" aria-live="polite">{outcomes}</ul>
        </section>
    }
}
