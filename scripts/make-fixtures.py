#!/usr/bin/env python3
"""Makes the file fixtures of tests/fixtures/files from the shared notices (../shared/notices),
as an office would have typed them in Word (issue 11): not a test, run by hand when the fixtures
change; the files it writes are committed.

    pip install -r scripts/fixtures-requirements.txt   # python-docx, fpdf2, pinned
    python3 scripts/make-fixtures.py
    node scripts/pdf-items.mjs tests/fixtures/files/*.pdf  # what pdf.js finds in each PDF

Each .docx is named after its notice (`<notice>.docx`, or `<notice>-vntime.docx`), so the tests
check it against that notice's gold reading. The notice's text is laid out as Word holds it:
- the header lines before the title go into a two-column table (the issuer left; the motto, the
  place and date right), as every Vietnamese administrative template has it;
- "I.", "1.", "a)", "-", "+" in front of a paragraph become Word's automatic list numbering
  (numbering.xml: upper Roman, decimal, lower letters, bullets), so the numbers are not in the
  text and the reader must rebuild them; a number Word would not give there stays typed;
- "Nơi nhận" and the signature go into a second two-column table;
- blank lines are dropped (Word separates paragraphs by spacing, not by empty ones);
- the `-vntime` variant types every run in TCVN3 with the .VnTime font set in the Normal style,
  as documents from before Unicode are.

Each .pdf (`<notice>.pdf`) is the notice as Word prints it to PDF (fpdf2, DejaVu Serif embedded
with its Unicode map): A4, the header's two columns side by side, paragraphs wrapped at the
margin (so lines break mid-phrase), a running header on every page after the first and the page
number at the foot of each, "Nơi nhận" and the signature side by side. A `-vntime.pdf` is the
same printed from the notice typed in TCVN3 with a font named .VnTime (DejaVu Serif renamed by
fontTools), as old documents print.

A `-scan.pdf` is the printed PDF drawn by PDFium (pypdfium2) at 200 dpi, tilted, softened and
noised, in a PDF with no text layer; a `-photo.jpg` its first page as a phone sees it.
"""

import copy
import pathlib
import re
import sys

try:
    import fpdf
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
except ImportError:
    sys.exit("python-docx, fpdf2 or pypdfium2 is missing: pip install -r scripts/fixtures-requirements.txt")

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTICES = ROOT.parent / "shared" / "notices"
OUT = ROOT / "tests" / "fixtures" / "files"

# (notice, variants): which shared notices become which fixtures.
FIXTURES = [
    ("made-11-hoabinh-2019-ubnd-huyen-ket-luan", ["unicode", "vntime", "pdf", "doc", "scan"]),
    ("made-01-laocai-2024-giao-ban-thang-10", ["unicode", "pdf"]),
    ("hanoi-2022-giao-ban-thang-9", ["vntime", "pdf", "pdf-vntime", "bench"]),
    ("made-13-haiduong-2022-truong-giao-ban-tuan", ["pdf", "photo"]),
]
BENCH = ROOT / "tests" / "fixtures" / "bench"

FONT_DIR = pathlib.Path("/usr/share/fonts/truetype/dejavu")

# --- TCVN3 (.VnTime), the same table as tests/encodings.rs -----------------------------------
ROWS = ["aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ"]
TCVN3_ROWS = ["aµ¸¶·¹", "¨»¾¼½Æ", "©ÇÊÈÉË", "eÌÐÎÏÑ", "ªÒÕÓÔÖ", "i×ÝØÜÞ",
              "oßãáâä", "«åèæçé", "¬êíëìî", "uïóñòô", "\u00adõøö÷ù", "yúýûüþ"]
TCVN3_CAPS = {"Ă": "¡", "Â": "¢", "Ê": "£", "Ô": "¤", "Ơ": "¥", "Ư": "¦", "Đ": "§"}


def to_tcvn3(text):
    out = []
    for c in text:
        if c in TCVN3_CAPS:
            out.append(TCVN3_CAPS[c])
            continue
        if c == "đ":
            out.append("®")
            continue
        low = c.lower()
        for r, row in enumerate(ROWS):
            t = row.find(low)
            if t >= 0:
                out.append(c if t == 0 and c.isascii() else TCVN3_ROWS[r][t])
                break
        else:
            out.append(c)
    return "".join(out)


# --- Word's list numbering -------------------------------------------------------------------
# (level, pattern, numFmt, lvlText): the markers a notice types, as list levels.
LEVELS = [
    (0, re.compile(r"^([IVX]+)\.\s+"), "upperRoman", "%1."),
    (1, re.compile(r"^(\d+)\.\s+"), "decimal", "%2."),
    (2, re.compile(r"^([a-zđ])\)\s+"), "lowerLetter", "%3)"),
    (3, re.compile(r"^-\s+"), "bullet", "-"),
    (4, re.compile(r"^\+\s+"), "bullet", "+"),
]


def roman(n):
    out = ""
    for v, d in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]:
        while n >= v:
            out += d
            n -= v
    return out


def numbering_xml(document):
    """Adds one list definition (abstractNum 90, num 90) to the document's numbering part."""
    numbering = document.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    for level, _, fmt, text in LEVELS:
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        for tag, val in [("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text)]:
            e = OxmlElement(tag)
            e.set(qn("w:val"), val)
            lvl.append(e)
        abstract.append(lvl)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    # abstractNum elements come before num elements.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)


class Counters:
    """Word's counting of list 90, to know whether Word would write the typed number."""

    def __init__(self):
        self.n = [0] * 5

    def would_give(self, level, typed):
        n = self.n[level] + 1
        if level == 0:
            want = roman(n)
        elif level == 1:
            want = str(n)
        elif level == 2:
            want = chr(ord("a") + n - 1)
        else:
            return True
        return typed == want

    def count(self, level):
        self.n[level] += 1
        for deeper in range(level + 1, 5):
            self.n[deeper] = 0


def set_numbered(paragraph, level):
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    numid = OxmlElement("w:numId")
    numid.set(qn("w:val"), "90")
    numpr.append(ilvl)
    numpr.append(numid)
    ppr.append(numpr)


# --- layout ----------------------------------------------------------------------------------
RIGHT_HEADER = re.compile(r"CỘNG HÒA|CỘNG HOÀ|Độc lập|, ngày|^-{3,}|^_{3,}", re.I)
TITLE = re.compile(r"^(THÔNG BÁO|KẾT LUẬN|CÔNG VĂN)", re.I)


def split_notice(lines):
    """(header left, header right, body, recipients, signature) of a notice's lines."""
    title = next((i for i, l in enumerate(lines) if TITLE.match(l.strip())), None)
    header, body_start = [], 0
    if title is not None and title > 0 and any(l.strip() for l in lines[:title]):
        header, body_start = lines[:title], title
    left, right = [], []
    for line in header:
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("\t") if p.strip()]
        if len(parts) >= 2:
            left.append(parts[0])
            right.append(" ".join(parts[1:]))
        elif RIGHT_HEADER.search(parts[0]):
            right.append(parts[0])
        else:
            left.append(parts[0])
    rest = lines[body_start:]
    at = next((i for i, l in enumerate(rest) if l.strip().startswith("Nơi nhận")), None)
    if at is None:
        return left, right, rest, [], []
    body, tail = rest[:at], rest[at:]
    recipients, signature = [], []
    for line in tail:
        parts = [p.strip() for p in line.split("\t") if p.strip()]
        if not parts:
            continue
        if len(parts) >= 2:
            recipients.append(parts[0])
            signature.append(" ".join(parts[1:]))
        elif parts[0].startswith(("Nơi nhận", "-", "+", "•")):
            recipients.append(parts[0])
        else:
            signature.append(parts[0])
    return left, right, body, recipients, signature


def add_run(paragraph, text, legacy):
    paragraph.add_run(to_tcvn3(text) if legacy else text)


def two_columns(document, left, right, legacy):
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right)):
        first = cell.paragraphs[0]
        for i, line in enumerate(lines):
            p = first if i == 0 else cell.add_paragraph()
            add_run(p, line, legacy)


class Printed(fpdf.FPDF):
    """A4 pages as Word prints them: the running header from page 2, the page number at the foot."""

    running = ""

    def header(self):
        if self.page_no() > 1 and self.running:
            self.set_font("Serif", size=9)
            self.cell(0, 6, self.running, align="C")
            self.ln(10)

    def footer(self):
        self.set_y(-15)
        self.set_font("Serif", size=10)
        self.cell(0, 8, str(self.page_no()), align="C")


def vntime_fonts(folder):
    """DejaVu Serif renamed .VnTime (PostScript names "VnTime", "VnTime-Bold"), as a PDF printed
    from a document in the old font names it: its glyphs draw the TCVN3 codes' Latin-1 letters,
    and the PDF's text layer gives those letters, as real .VnTime PDFs do."""
    from fontTools.ttLib import TTFont

    paths = []
    for source, style, ps in [("DejaVuSerif.ttf", "Regular", "VnTime"), ("DejaVuSerif-Bold.ttf", "Bold", "VnTime-Bold")]:
        font = TTFont(str(FONT_DIR / source))
        names = font["name"]
        for record in list(names.names):
            if record.nameID in (1, 16):
                record.string = ".VnTime"
            elif record.nameID in (4,):
                record.string = f".VnTime {style}"
            elif record.nameID in (3, 6):
                record.string = ps
        path = pathlib.Path(folder) / f"{ps}.ttf"
        font.save(str(path))
        paths.append(path)
    return paths


def make_pdf(notice, out=None, repeat=1, quiet=False, legacy=False):
    import tempfile

    text = (NOTICES / f"{notice}.txt").read_text(encoding="utf-8")
    lines = text.replace("\r\n", "\n").split("\n")
    left, right, body, recipients, signature = split_notice(lines)
    body = body * repeat
    # The text as typed: in TCVN3 with the .VnTime font, or in Unicode.
    typed = to_tcvn3 if legacy else (lambda t: t)
    pdf = Printed(format="A4")
    if legacy:
        fonts = tempfile.TemporaryDirectory()
        regular, bold = vntime_fonts(fonts.name)
        pdf.add_font("Serif", "", str(regular))
        pdf.add_font("Serif", "B", str(bold))
    else:
        pdf.add_font("Serif", "", str(FONT_DIR / "DejaVuSerif.ttf"))
        pdf.add_font("Serif", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.set_margins(25, 20, 20)
    pdf.set_auto_page_break(True, margin=22)
    pdf.running = typed(left[0]) if left else ""
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def columns(a, b, size):
        top = pdf.get_y()
        pdf.set_font("Serif", size=size)
        pdf.multi_cell(width * 0.42, 6, typed("\n".join(a)), align="C")
        low = pdf.get_y()
        pdf.set_xy(pdf.l_margin + width * 0.42, top)
        pdf.multi_cell(width * 0.58, 6, typed("\n".join(b)), align="C")
        pdf.set_y(max(low, pdf.get_y()) + 4)

    if left or right:
        columns(left, right, 11)
    for line in body:
        stripped = line.strip()
        if not stripped:
            continue
        if "\t" in stripped:
            # A table row: its cells side by side.
            cells = [c.strip() for c in stripped.split("\t")]
            pdf.set_font("Serif", "", 10)
            top, low = pdf.get_y(), pdf.get_y()
            for i, cell in enumerate(cells):
                pdf.set_xy(pdf.l_margin + width * i / len(cells), top)
                # Word's cell margins: 1.9 mm each side.
                pdf.multi_cell(width / len(cells) - 3.8, 5.5, typed(cell), align="L")
                low = max(low, pdf.get_y())
            pdf.set_y(low + 1.5)
            continue
        title = TITLE.match(stripped) is not None
        pdf.set_font("Serif", "B" if title else "", 12)
        pdf.multi_cell(width, 6.5, typed(stripped), align="C" if title else "J")
        pdf.ln(1.5)
    if recipients or signature:
        pdf.ln(4)
        columns(recipients, signature, 10)
    out = out or OUT / f"{notice}{'-vntime' if legacy else ''}.pdf"
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
    pdf.output(str(out))
    if not quiet:
        print(f"wrote {out.relative_to(ROOT)}")


def rendered_pages(notice, dpi):
    """The notice's PDF (as `make_pdf` prints it) rendered to grey page images by PDFium
    (pypdfium2), as a scanner or a camera sees the paper."""
    import tempfile

    import pypdfium2

    with tempfile.TemporaryDirectory() as tmp:
        printed = pathlib.Path(tmp) / f"{notice}.pdf"
        make_pdf(notice, printed, quiet=True)
        document = pypdfium2.PdfDocument(str(printed))
        pages = [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
        document.close()
    return pages


def noise(size, spread, seed):
    """Grey noise around 128, the same on every run (Python's own generator, seeded)."""
    import random

    from PIL import Image

    rng = random.Random(seed)
    table = bytes(max(0, min(255, 128 + round((b - 128) * spread / 128))) for b in range(256))
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]).translate(table))


def make_scan(notice):
    """A scanned notice (what a department's portal often publishes): every page of the printed
    notice at 200 dpi, greyish paper, a slight tilt, speckle and the scanner's softness, each page
    a JPEG in a PDF with no text layer. OCR must find the notice's whole text in it."""
    from PIL import Image, ImageChops, ImageFilter

    pages = []
    for n, page in enumerate(rendered_pages(notice, 200)):
        page = ImageChops.multiply(page, Image.new("L", page.size, 238))
        page = page.rotate(0.35 if n % 2 == 0 else -0.25, resample=Image.BICUBIC, fillcolor=238)
        page = page.filter(ImageFilter.GaussianBlur(0.6))
        page = Image.blend(page, noise(page.size, 60, n), 0.12)
        pages.append(page)
    import io

    pdf = fpdf.FPDF(format="A4")
    for page in pages:
        jpeg = io.BytesIO()
        page.save(jpeg, "JPEG", quality=70)
        pdf.add_page()
        pdf.image(jpeg, x=0, y=0, w=pdf.w, h=pdf.h)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
    out = OUT / f"{notice}-scan.pdf"
    pdf.output(str(out))
    print(f"wrote {out.relative_to(ROOT)}")


def make_photo(notice):
    """A phone photo of the notice's first page: the paper lying on a desk, seen a little from
    the side (perspective), lit unevenly from one corner, slightly out of focus, with the
    camera's noise, saved as a JPEG at a phone's quality."""
    from PIL import Image, ImageChops, ImageFilter

    page = rendered_pages(notice, 220)[0]
    w, h = page.size
    # The desk around the paper.
    margin = 140
    desk = Image.new("L", (w + 2 * margin, h + 2 * margin), 95)
    desk.paste(ImageChops.multiply(page, Image.new("L", page.size, 242)), (margin, margin))
    # Seen from the lower left: the paper's far edge looks narrower (a perspective transform
    # mapping the photo's corners back onto the desk's: upper left, lower left, lower right,
    # upper right).
    W, H = desk.size
    corners = [(60, 40), (0, H - 30), (W, H), (W - 20, 0)]
    photo = desk.transform((W, H), Image.QUAD, [c for xy in corners for c in xy], Image.BICUBIC)
    photo = photo.rotate(1.2, resample=Image.BICUBIC, fillcolor=95)
    # Light from the upper left: a quarter darker at the far corner.
    down = Image.linear_gradient("L")
    light = ImageChops.add(down, down.rotate(90), scale=2).resize(photo.size)
    light = light.point(lambda v: 255 - v // 4)
    photo = ImageChops.multiply(photo, light)
    photo = photo.filter(ImageFilter.GaussianBlur(0.9))
    photo = Image.blend(photo, noise(photo.size, 70, 7), 0.10)
    # A phone's photo is colour: a warm cast of indoor light.
    rgb = Image.merge("RGB", (photo, photo.point(lambda v: v * 96 // 100), photo.point(lambda v: v * 86 // 100)))
    out = OUT / f"{notice}-photo.jpg"
    rgb.save(out, "JPEG", quality=82)
    print(f"wrote {out.relative_to(ROOT)}")
    # As a phone stores a portrait photo: the pixels sideways, and the EXIF orientation 6 ("turn
    # a quarter clockwise to show") telling viewers how to turn it upright.
    exif = Image.Exif()
    exif[0x0112] = 6
    out = OUT / f"{notice}-photo-sideways.jpg"
    rgb.rotate(90, expand=True).save(out, "JPEG", quality=82, exif=exif.tobytes())
    print(f"wrote {out.relative_to(ROOT)}")


def make_doc(notice):
    """A Word 97–2003 file: the notice as Word holds it (header and signature tables), its
    numbers typed (a .doc keeps Word's automatic numbers outside the text), saved as .doc by
    LibreOffice (`soffice --headless --convert-to doc`)."""
    import shutil
    import subprocess
    import tempfile

    soffice = shutil.which("soffice")
    if not soffice:
        print(f"skipped {notice}.doc: LibreOffice (soffice) is not installed")
        return
    with tempfile.TemporaryDirectory() as tmp:
        source = pathlib.Path(tmp) / f"{notice}.docx"
        make(notice, "typed", source)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "doc", "--outdir", str(OUT), str(source)],
            check=True,
            capture_output=True,
        )
    print(f"wrote {(OUT / f'{notice}.doc').relative_to(ROOT)}")


def make(notice, variant, out=None):
    if variant == "pdf":
        make_pdf(notice)
        return
    if variant == "pdf-vntime":
        make_pdf(notice, legacy=True)
        return
    if variant == "doc":
        make_doc(notice)
        return
    if variant == "scan":
        make_scan(notice)
        return
    if variant == "photo":
        make_photo(notice)
        return
    if variant == "bench":
        # The browser benchmark's PDF (tests/e2e/bench.mjs): the notice's body twice, 10 pages.
        BENCH.mkdir(parents=True, exist_ok=True)
        make_pdf(notice, BENCH / "ten-pages.pdf", repeat=2)
        return
    text = (NOTICES / f"{notice}.txt").read_text(encoding="utf-8")
    lines = text.replace("\r\n", "\n").split("\n")
    legacy = variant == "vntime"
    # "typed": the list numbers stay in the text, as a .doc needs them.
    automatic = variant != "typed"
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(14)
    fonts = ".VnTime" if legacy else "Times New Roman"
    normal.font.name = fonts
    rpr = normal.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:hAnsi"), fonts)
    numbering_xml(document)
    left, right, body, recipients, signature = split_notice(lines)
    # python-docx's template starts with no paragraph; the header table comes first.
    if left or right:
        two_columns(document, left, right, legacy)
    counters = Counters()
    for line in body:
        if not line.strip():
            continue
        p = document.add_paragraph()
        stripped = line.strip()
        for level, pattern, _, _ in LEVELS:
            m = pattern.match(stripped)
            if automatic and m and counters.would_give(level, m.group(1) if m.groups() else None):
                counters.count(level)
                set_numbered(p, level)
                stripped = stripped[m.end():]
                break
        add_run(p, stripped, legacy)
    if recipients or signature:
        two_columns(document, recipients, signature, legacy)
    suffix = "" if variant == "unicode" else f"-{variant}"
    out = out or OUT / f"{notice}{suffix}.docx"
    document.core_properties.author = "ketluan fixtures"
    stamp = __import__("datetime").datetime(2024, 1, 1)
    document.core_properties.created = stamp
    document.core_properties.modified = stamp
    document.save(out)
    same_bytes_every_time(out)
    if out.is_relative_to(ROOT):
        print(f"wrote {out.relative_to(ROOT)}")


def same_bytes_every_time(path):
    """python-docx stamps each zip entry with the time of writing: rewritten with a fixed one, so
    running this again changes a .docx only when its content changes."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = [(info.filename, z.read(info)) for info in z.infolist()]
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    if not NOTICES.is_dir():
        sys.exit(f"{NOTICES} is missing: clone the project with shared/ beside it")
    OUT.mkdir(parents=True, exist_ok=True)
    for notice, variants in FIXTURES:
        for variant in variants:
            make(notice, variant)


if __name__ == "__main__":
    main()
