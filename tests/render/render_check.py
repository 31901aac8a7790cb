#!/usr/bin/env python3
"""Renders artconv's EPUB pages in headless Chromium and checks what a reader sees.

Two checks of one article (tests/render/article.txt), each in horizontal and
vertical writing (--vertical):
  layout  the page, with a probe script added, is laid out by Chromium and the
          probe reports: the writing mode; every span.tcy combined upright into
          about one character's square; a Latin word lying sideways in vertical
          text (as long down the column as across a horizontal line, not set
          upright letter by letter); the figure placeholder box centred on the
          page's inline axis.
  pixels  a screenshot of the plain page: vertical text puts its ink in the
          right half and leaves the left third blank; horizontal text starts at
          the top left and leaves the bottom third blank.
Exit 0 when all hold, 1 with the reasons otherwise (a missing Chromium too:
like the validators, the check is never skipped; scripts/test installs it).

usage: render_check.py ARTCONV WORKDIR
"""
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

PROBE = r"""
window.addEventListener('load', function () {
  var out = {};
  var root = document.documentElement;
  out.writingMode = getComputedStyle(root).writingMode;
  out.tcy = Array.prototype.map.call(document.querySelectorAll('span.tcy'), function (s) {
    var r = s.getBoundingClientRect();
    var style = getComputedStyle(s);
    return {text: s.textContent, combine: style.textCombineUpright, em: parseFloat(style.fontSize),
            width: r.width, height: r.height};
  });
  var walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  var node, range = document.createRange();
  while ((node = walker.nextNode())) {
    var i = node.data.indexOf('Shanghai');
    if (i >= 0) {
      range.setStart(node, i);
      range.setEnd(node, i + 'Shanghai'.length);
      var r = range.getBoundingClientRect();
      out.latinWord = {width: r.width, height: r.height};
      break;
    }
  }
  var fig = document.querySelector('figure.placeholder');
  if (fig) {
    var f = fig.getBoundingClientRect(), p = fig.parentElement.getBoundingClientRect();
    out.figure = {start: out.writingMode.indexOf('vertical') === 0 ? f.top - p.top : f.left - p.left,
                  end: out.writingMode.indexOf('vertical') === 0 ? p.bottom - f.bottom : p.right - f.right,
                  size: out.writingMode.indexOf('vertical') === 0 ? f.height : f.width};
  }
  var pre = document.createElementNS('http://www.w3.org/1999/xhtml', 'pre');
  pre.id = 'probe-out';
  pre.textContent = 'PROBE' + JSON.stringify(out) + 'PROBE';
  document.body.appendChild(pre);
});
"""


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def run_chromium(browser, args, work):
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=work, XDG_CACHE_HOME=work)
    cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
           "--no-first-run", "--disable-extensions", "--allow-file-access-from-files",
           "--force-device-scale-factor=1", "--window-size=800,600",
           "--user-data-dir=" + os.path.join(work, "profile")] + args
    return subprocess.run(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120, check=False)


def convert(artconv, work, vertical):
    name = "vertical" if vertical else "horizontal"
    epub = os.path.join(work, name + ".epub")
    cmd = [artconv, "-q", "-t", "epub", "--figures", "placeholder", "-o", epub, os.path.join(HERE, "article.txt")]
    if vertical:
        cmd.insert(1, "--vertical")
    subprocess.run(cmd, check=True)
    folder = os.path.join(work, name)
    with zipfile.ZipFile(epub) as z:
        z.extractall(folder)
    return os.path.join(folder, "EPUB")


def layout(browser, pages, work):
    page = os.path.join(pages, "article-001.xhtml")
    with open(page, encoding="utf-8") as f:
        xhtml = f.read()
    with open(os.path.join(pages, "probe.js"), "w", encoding="utf-8") as f:
        f.write(PROBE)
    probe = os.path.join(pages, "probe.xhtml")
    with open(probe, "w", encoding="utf-8") as f:
        f.write(xhtml.replace("</head>", '<script src="probe.js"></script></head>', 1))
    done = run_chromium(browser, ["--virtual-time-budget=5000", "--dump-dom", "file://" + probe], work)
    found = re.search(r"PROBE(\{.*?\})PROBE", done.stdout.decode("utf-8", "replace"))
    if not found:
        raise RuntimeError("Chromium printed no probe result: " + done.stderr.decode("utf-8", "replace")[-500:])
    return json.loads(found.group(1))


def png_gray(path):
    """Decodes an 8-bit RGB/RGBA non-interlaced PNG (what Chromium writes) to rows of gray levels."""
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise RuntimeError(path + " is not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or color not in (2, 6) or interlace:
                raise RuntimeError("unexpected PNG format")
            channels = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        ftype = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if ftype == 1:
                line[x] = (line[x] + a) & 255
            elif ftype == 2:
                line[x] = (line[x] + b) & 255
            elif ftype == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([sum(line[i:i + 3]) // 3 for i in range(0, stride, channels)])
        prev = line
    return rows


def ink_box(rows):
    """The bounding box (left, top, right, bottom) of dark pixels, as fractions of the page."""
    height, width = len(rows), len(rows[0])
    xs, ys = [], []
    for y, row in enumerate(rows):
        for x, v in enumerate(row):
            if v < 128:
                xs.append(x)
                ys.append(y)
    if not xs:
        return None
    return (min(xs) / width, min(ys) / height, max(xs) / width, max(ys) / height)


def pixels(browser, pages, work, name):
    shot = os.path.join(work, name + ".png")
    run_chromium(browser, ["--screenshot=" + shot, "file://" + os.path.join(pages, "article-001.xhtml")], work)
    if not os.path.exists(shot):
        raise RuntimeError("Chromium wrote no screenshot")
    return ink_box(png_gray(shot))


def check(artconv, work):
    browser = chromium()
    if not browser:
        print("render_check: no Chromium (chromium, chromium-browser or google-chrome) on PATH;"
              " scripts/test installs it", file=sys.stderr)
        return 1
    problems = []
    latin_length = 0.0
    for vertical in (False, True):  # horizontal first: it measures the Latin word
        name = "vertical" if vertical else "horizontal"
        pages = convert(artconv, work, vertical)
        got = layout(browser, pages, work)
        print(name, "layout:", json.dumps(got, sort_keys=True))
        want_mode = "vertical-rl" if vertical else "horizontal-tb"
        if got["writingMode"] != want_mode:
            problems.append(f"{name}: writing mode {got['writingMode']}, not {want_mode}")
        if vertical:
            if len(got["tcy"]) < 3:
                problems.append(f"vertical: {len(got['tcy'])} upright digit runs, expected the article's 3 or more")
            for t in got["tcy"]:
                if t["combine"] != "all":
                    problems.append(f"vertical: '{t['text']}' has text-combine-upright {t['combine']}")
                if not (0.75 * t["em"] <= t["height"] <= 1.25 * t["em"]):
                    problems.append(f"vertical: '{t['text']}' is {t['height']:.1f} px tall, not one character"
                                    f" ({t['em']} px)")
        elif got["tcy"]:
            problems.append("horizontal: span.tcy in a horizontal page")
        word = got.get("latinWord")
        if not word:
            problems.append(f"{name}: the Latin word was not found on the page")
        elif not vertical:
            latin_length = word["width"]
            if not word["width"] > 2 * word["height"]:
                problems.append(f"horizontal: the Latin word is not on its line ({word})")
        elif abs(word["height"] - latin_length) > 0.1 * latin_length:
            # Sideways, the word is as long down the column as it is across a
            # horizontal line; set upright letter by letter, it is much longer.
            problems.append(f"vertical: the Latin word is not sideways ({word}; {latin_length:.1f} px long"
                            " in horizontal text)")
        fig = got.get("figure")
        if not fig:
            problems.append(f"{name}: no figure placeholder")
        elif abs(fig["start"] - fig["end"]) > 2 or fig["start"] < 10:
            problems.append(f"{name}: the figure box is not centred ({fig})")
        box = pixels(browser, pages, work, name)
        print(name, "ink box (left, top, right, bottom):", box)
        if box is None:
            problems.append(f"{name}: the screenshot is blank")
        elif vertical and not (box[2] > 0.9 and box[0] > 0.33):
            problems.append(f"vertical: ink should start at the right and leave the left third blank ({box})")
        elif not vertical and not (box[1] < 0.1 and box[0] < 0.1 and box[3] < 0.67):
            problems.append(f"horizontal: ink should start top left and leave the bottom third blank ({box})")
    for p in problems:
        print("render_check:", p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    work = os.path.abspath(sys.argv[2])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    sys.exit(check(sys.argv[1], work))
