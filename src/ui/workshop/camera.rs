//! The browser's side of scanning: the camera's stream, its frames as grey
//! images for `crate::qr::read`, and the beep and buzz that confirm a
//! result. No rule of the method lives here, and nothing here is a view.

use crate::qr;
use js_sys::{Object, Reflect};
use leptos::prelude::window;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AudioContext, CanvasRenderingContext2d, ContextAttributes2d, HtmlCanvasElement,
    HtmlVideoElement, MediaDeviceInfo, MediaDeviceKind, MediaDevices, MediaStream,
    MediaStreamConstraints, MediaStreamTrack, MediaTrackConstraints, OscillatorType,
};

/// Why the camera cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CameraError {
    /// The page is not on a secure origin (https or localhost), where
    /// browsers offer no camera.
    Insecure,
    /// The device has no camera (or none that meets the request).
    NoCamera,
    /// The user or a policy refused the camera.
    Denied,
    /// The camera is there but could not start (busy, broken).
    Failed,
}

/// The browser's media devices, if the camera may be asked for here.
pub fn devices() -> Result<MediaDevices, CameraError> {
    let window = window();
    if !window.is_secure_context() {
        return Err(CameraError::Insecure);
    }
    let navigator = window.navigator();
    let present = Reflect::get(&navigator, &JsValue::from_str("mediaDevices"))
        .is_ok_and(|d| !d.is_undefined() && !d.is_null());
    if !present {
        return Err(CameraError::NoCamera);
    }
    navigator.media_devices().map_err(|_| CameraError::NoCamera)
}

/// Opens a camera: `device` if given, otherwise the one facing away from
/// the user where there is a choice (a tablet's rear camera).
pub async fn open(device: Option<&str>) -> Result<MediaStream, CameraError> {
    let devices = devices()?;
    let video = MediaTrackConstraints::new();
    match device {
        Some(id) => video.set_device_id(&one_key("exact", id)),
        None => video.set_facing_mode(&one_key("ideal", "environment")),
    }
    video.set_width(&one_key("ideal", 1280));
    video.set_height(&one_key("ideal", 720));
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio_bool(false);
    let promise = devices
        .get_user_media_with_constraints(&constraints)
        .map_err(|e| classify(&e))?;
    let stream = JsFuture::from(promise).await.map_err(|e| classify(&e))?;
    stream.dyn_into().map_err(|_| CameraError::Failed)
}

/// The ids of the device's cameras (known once one has been opened).
pub async fn cameras() -> Vec<String> {
    let Ok(promise) =
        devices().and_then(|d| d.enumerate_devices().map_err(|_| CameraError::Failed))
    else {
        return Vec::new();
    };
    let Ok(list) = JsFuture::from(promise).await else {
        return Vec::new();
    };
    js_sys::Array::from(&list)
        .iter()
        .filter_map(|d| d.dyn_into::<MediaDeviceInfo>().ok())
        .filter(|d| d.kind() == MediaDeviceKind::Videoinput)
        .map(|d| d.device_id())
        .filter(|id| !id.is_empty())
        .collect()
}

/// The id of the camera `stream` comes from.
pub fn camera_of(stream: &MediaStream) -> Option<String> {
    stream
        .get_video_tracks()
        .iter()
        .filter_map(|t| t.dyn_into::<MediaStreamTrack>().ok())
        .find_map(|t| t.get_settings().get_device_id())
}

/// Releases the camera: every track of `stream` stops.
pub fn stop(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// An object `{ key: value }`, the form of a media constraint.
fn one_key(key: &str, value: impl Into<JsValue>) -> JsValue {
    let object = Object::new();
    let _ = Reflect::set(&object, &JsValue::from_str(key), &value.into());
    object.into()
}

/// The kind of failure a `getUserMedia` error names.
fn classify(error: &JsValue) -> CameraError {
    let name = Reflect::get(error, &JsValue::from_str("name"))
        .ok()
        .and_then(|n| n.as_string())
        .unwrap_or_default();
    match name.as_str() {
        "NotAllowedError" | "SecurityError" | "PermissionDeniedError" => CameraError::Denied,
        "NotFoundError" | "OverconstrainedError" | "DevicesNotFoundError" => CameraError::NoCamera,
        _ => CameraError::Failed,
    }
}

/// A canvas off the page that turns video frames into grey images.
pub struct Frames {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// How many readings so far: which view the next one takes.
    turn: std::cell::Cell<u64>,
}

impl Frames {
    /// A canvas whose pixels are read often (the browser keeps them in
    /// memory rather than on the GPU).
    pub fn new() -> Option<Frames> {
        let canvas: HtmlCanvasElement = window()
            .document()?
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let options = ContextAttributes2d::new();
        options.set_will_read_frequently(true);
        let context = canvas
            .get_context_with_context_options("2d", &options)
            .ok()??
            .dyn_into()
            .ok()?;
        Some(Frames {
            canvas,
            context,
            turn: std::cell::Cell::new(0),
        })
    }

    /// Part of the video's current frame as a grey image `(width, height,
    /// pixels)`: the whole frame and its centre in turn (`qr::read_view`),
    /// at most `qr::READ_WIDTH` pixels wide; `None` before the video has a
    /// frame.
    pub fn grab(&self, video: &HtmlVideoElement) -> Option<(usize, usize, Vec<u8>)> {
        let turn = self.turn.get();
        self.turn.set(turn.wrapping_add(1));
        let view = qr::read_view(video.video_width(), video.video_height(), turn);
        let (width, height) = view.size;
        if width == 0 || height == 0 {
            return None;
        }
        if self.canvas.width() != width || self.canvas.height() != height {
            self.canvas.set_width(width);
            self.canvas.set_height(height);
        }
        let (sx, sy, sw, sh) = view.source;
        let (w, h) = (f64::from(width), f64::from(height));
        self.context
            .draw_image_with_html_video_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
                video,
                f64::from(sx),
                f64::from(sy),
                f64::from(sw),
                f64::from(sh),
                0.0,
                0.0,
                w,
                h,
            )
            .ok()?;
        let data = self.context.get_image_data(0.0, 0.0, w, h).ok()?;
        let grey = qr::grey(&data.data());
        Some((width as usize, height as usize, grey))
    }
}

/// A short, quiet beep (a sine at 880 Hz for a tenth of a second), made by
/// the browser: no sound file.
pub fn beep(audio: &AudioContext) {
    let (Ok(tone), Ok(gain)) = (audio.create_oscillator(), audio.create_gain()) else {
        return;
    };
    tone.set_type(OscillatorType::Sine);
    tone.frequency().set_value(880.0);
    gain.gain().set_value(0.15);
    if tone.connect_with_audio_node(&gain).is_err()
        || gain.connect_with_audio_node(&audio.destination()).is_err()
    {
        return;
    }
    let now = audio.current_time();
    let _ = tone.start_with_when(now);
    let _ = tone.stop_with_when(now + 0.1);
}

/// A short buzz, where the device can (phones; not tablets or desktops).
pub fn buzz() {
    let navigator = window().navigator();
    if Reflect::has(&navigator, &JsValue::from_str("vibrate")).unwrap_or(false) {
        let _ = navigator.vibrate_with_duration(80);
    }
}
