#!/usr/bin/python3
"""Makes the receipt's fonts from Debian's fonts-dejavu-core (apt-get install fonts-dejavu-core python3-fonttools).

DejaVu Sans cut to what a receipt can print (Latin, Vietnamese, the đồng sign, punctuation), with every composite
glyph flattened into a simple one: PDFsharp's own subsetter drops the components of composite glyphs, which are
exactly the Vietnamese letters with two marks (ấ, ế, ồ, ễ, ử). No hinting, no layout tables (PDFsharp does no
shaping). The Bitstream Vera licence (LICENSE-DejaVu.txt) allows this; the family name keeps no "Bitstream"/"Vera".
Run from this folder: /usr/bin/python3 make-receipt-fonts.py
"""
from fontTools import subset
from fontTools.pens.recordingPen import DecomposingRecordingPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/dejavu/"
CHARACTERS = "U+0020-007E,U+00A0-017F,U+01A0-01B0,U+0300-0323,U+1EA0-1EF9,U+2010-2027,U+2030-203A,U+20AB,U+20AC"

for face in ("DejaVuSans", "DejaVuSans-Bold"):
    options = subset.Options()
    options.hinting = False
    options.layout_features = []
    options.notdef_outline = True
    options.name_IDs = ["*"]
    font = TTFont(SOURCE + face + ".ttf")
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(CHARACTERS))
    subsetter.subset(font)
    glyphs = font.getGlyphSet()
    table = font["glyf"]
    flattened = {}
    for name in font.getGlyphOrder():
        if table[name].isComposite():
            outline = DecomposingRecordingPen(glyphs)
            glyphs[name].draw(outline)
            pen = TTGlyphPen(None)
            outline.replay(pen)
            flattened[name] = pen.glyph()
    for name, glyph in flattened.items():
        table[name] = glyph
    font.save(face + ".ttf")
    print(face, len(font.getGlyphOrder()), "glyphs,", len(flattened), "flattened")
