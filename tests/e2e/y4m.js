// A video for Chromium's fake camera (`--use-file-for-fake-video-capture`)
// that shows a QR code as the app draws it: the module squares are read
// from the page's own SVG, so the test scans exactly what a participant's
// screen shows. Y4M is a one-line header and raw frames: for each frame
// `FRAME\n`, the Y (brightness) plane, then the U and V planes at a quarter
// size, 128 for no colour.
const fs = require('node:fs');

/** The side of the code's square (quiet zone included) and its dark modules. */
function modules(svg) {
  const side = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  if (!side) throw new Error(`no square viewBox in the QR SVG: ${svg.slice(0, 120)}`);
  const dark = [...svg.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
  if (dark.length === 0) throw new Error('no modules in the QR SVG');
  return { side, dark };
}

/**
 * Writes `file`: `frames` frames of `width` × `height` at 10 frames a second
 * showing the code of `svg`, as large as fits 80% of the height, dark grey
 * on light grey as a screen looks to a camera.
 */
function writeQrVideo(svg, file, { width = 640, height = 480, frames = 10 } = {}) {
  const { side, dark } = modules(svg);
  const scale = Math.floor((Math.min(width, height) * 0.8) / side);
  const left = Math.floor((width - side * scale) / 2);
  const top = Math.floor((height - side * scale) / 2);
  const y = Buffer.alloc(width * height, 220);
  for (const [mx, my] of dark) {
    for (let dy = 0; dy < scale; dy++) {
      const row = (top + my * scale + dy) * width + left + mx * scale;
      y.fill(30, row, row + scale);
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, ...Array(frames).fill(frame)]));
}

/** Chromium's flags for a fake camera that plays `file`, with no prompt. */
function fakeCamera(file) {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    `--use-file-for-fake-video-capture=${file}`,
  ];
}

module.exports = { writeQrVideo, fakeCamera };
