#!/usr/bin/env python3
"""Makes the file fixtures of tests/fixtures/files from the shared notices (../shared/notices),
as an office would have typed them in Word (issue 11): not a test, run by hand when the fixtures
change; the files it writes are committed.

    pip install -r scripts/fixtures-requirements.txt   # python-docx, pinned
    python3 scripts/make-fixtures.py

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
"""

import copy
import pathlib
import re
import sys

try:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
except ImportError:
    sys.exit("python-docx is missing: pip install -r scripts/fixtures-requirements.txt")

ROOT = pathlib.Path(__file__).resolve().parent.parent
NOTICES = ROOT.parent / "shared" / "notices"
OUT = ROOT / "tests" / "fixtures" / "files"

# (notice, variants): which shared notices become which fixtures.
FIXTURES = [
    ("made-11-hoabinh-2019-ubnd-huyen-ket-luan", ["unicode", "vntime"]),
    ("made-01-laocai-2024-giao-ban-thang-10", ["unicode"]),
    ("hanoi-2022-giao-ban-thang-9", ["vntime"]),
]

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


def make(notice, variant):
    text = (NOTICES / f"{notice}.txt").read_text(encoding="utf-8")
    lines = text.replace("\r\n", "\n").split("\n")
    legacy = variant == "vntime"
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
            if m and counters.would_give(level, m.group(1) if m.groups() else None):
                counters.count(level)
                set_numbered(p, level)
                stripped = stripped[m.end():]
                break
        add_run(p, stripped, legacy)
    if recipients or signature:
        two_columns(document, recipients, signature, legacy)
    suffix = "" if variant == "unicode" else f"-{variant}"
    out = OUT / f"{notice}{suffix}.docx"
    document.core_properties.author = "ketluan fixtures"
    document.save(out)
    print(f"wrote {out.relative_to(ROOT)}")


def main():
    if not NOTICES.is_dir():
        sys.exit(f"{NOTICES} is missing: clone the project with shared/ beside it")
    OUT.mkdir(parents=True, exist_ok=True)
    for notice, variants in FIXTURES:
        for variant in variants:
            make(notice, variant)


if __name__ == "__main__":
    main()
