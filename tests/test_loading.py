"""Loading: folders, encodings, bad files, duplicates and caps."""
import html
import io
import os
import textwrap
import unicodedata
import unittest
import zipfile

from tests.support import TempFolder, compare, run_cli, SEEDS


def rows(report):
    """Return what a report's rows say: label, sources and notes, table by table."""
    return [(r.entity.label, r.sources, [n.text for n in r.notes])
            for table in (report.people, report.dates, report.times, report.events) for r in table]


class LoadCorpusTest(TempFolder):

    def test_seeds_load_in_sorted_order_with_keys(self):
        corpus = compare.load_corpus(SEEDS)
        self.assertEqual([d.key for d in corpus.documents], ["S1", "S2", "S3", "S4", "S5"])
        self.assertEqual([d.id for d in corpus.documents], sorted(d.id for d in corpus.documents))
        self.assertTrue(all(d.language == "de" for d in corpus.documents))
        self.assertEqual(corpus.skipped, ())

    def test_missing_folder_and_file_path_are_errors(self):
        with self.assertRaisesRegex(compare.CompareError, "no such folder"):
            compare.load_corpus(os.path.join(self.dir, "nope"))
        path = self.write("a.txt", "Text")
        with self.assertRaisesRegex(compare.CompareError, "is a file"):
            compare.load_corpus(path)

    def test_every_skipped_file_is_named_with_a_reason(self):
        self.write("good.txt", "Der Minister kam am Montag nach Berlin.")
        self.write("empty.txt", "")
        self.write("binary.bin", bytes(range(256)) * 4)
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([d.id for d in corpus.documents], ["good.txt"])
        reasons = {s.path: s.reason for s in corpus.skipped}
        self.assertIn("binary", reasons["binary.bin"])
        self.assertIn("empty", reasons["empty.txt"])

    def test_text_is_found_whatever_the_extension_and_nested(self):
        self.write("sub dir/Ärger.md", "Ein Artikel über den Besuch.")
        self.write("a/b/c.html", "Another article about the visit.")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([d.id for d in corpus.documents],
                         [os.path.join("a", "b", "c.html"), os.path.join("sub dir", "Ärger.md")])

    def test_folders_nested_deeper_than_python_recurses(self):
        deep = os.path.join(*["d"] * 1100)       # Python's recursion limit is 1,000
        path, made = self.dir, []
        for _ in range(1100):                    # os.makedirs() and shutil.rmtree() recurse too
            path = os.path.join(path, "d")
            os.mkdir(path)
            made.append(path)

        def remove_bottom_up():
            os.remove(os.path.join(made[-1], "b.txt"))
            for p in reversed(made):
                os.rmdir(p)
        self.addCleanup(remove_bottom_up)        # runs before the temporary folder's own cleanup
        self.write("a.txt", "Minister Jan Nowak kam nach Wien.")
        self.write(os.path.join(deep, "b.txt"), "Minister Jan Nowak kam am Montag nach Wien.")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([d.id for d in corpus.documents], ["a.txt", os.path.join(deep, "b.txt")])

    def test_a_near_duplicate_is_kept_and_said(self):
        story = ("Vier Männer fuhren am Montag mit einem Wagen in ein Juweliergeschäft in Paris. "
                 "Sie erbeuteten Schmuck und Uhren im Wert von 1,7 Millionen Euro. "
                 "Danach flohen sie in einem zweiten Fahrzeug, das sie später in Brand setzten. "
                 "Die Polizei sucht nach Zeugen des Überfalls in der Innenstadt.")
        self.write("a.txt", "Juwelenraub in Paris\n" + story)
        # an agency's text under another headline, wrapped otherwise, signed
        self.write("b.txt", "Überfall auf Juwelier\n\n" + story.replace(". ", ".\n").replace("Euro", "\nEuro")
                   + "\n(dpa)")
        self.write("c.txt", "Ein anderer Bericht. Die Polizei sucht nach Zeugen des Überfalls in der Innenstadt. "
                            "Der Minister Jan Nowak kam am Dienstag nach Wien und sprach dort lange mit Journalisten.")
        a, b, c = compare.load_corpus(self.dir).documents          # all kept: nothing is dropped
        self.assertEqual(a.warnings, ())
        self.assertEqual(b.warnings, ("near-duplicate of a.txt: 100% of its sentences are there too, so what "
                                      "the two share may be one report told twice",))
        self.assertEqual(c.warnings, ())      # one sentence in common is a quote, not a copy

    def test_encodings(self):
        self.write("cp1252.txt", "Grüße aus Köln, sagte der Bürgermeister.".encode("cp1252"))
        self.write("bom8.txt", b"\xef\xbb\xbf" + "Über den Besuch".encode("utf-8"))
        self.write("utf16.txt", "Über das Treffen in Pjöngjang".encode("utf-16"))
        corpus = compare.load_corpus(self.dir)
        by_id = {d.id: d for d in corpus.documents}
        self.assertTrue(by_id["cp1252.txt"].text.startswith("Grüße aus Köln"))
        self.assertIn("cp1252", by_id["cp1252.txt"].warnings[0])
        self.assertEqual(by_id["bom8.txt"].text, "Über den Besuch")
        self.assertEqual(by_id["utf16.txt"].text, "Über das Treffen in Pjöngjang")

    def test_utf8_with_stray_cp1252_bytes_is_read_as_each_part_was_written(self):
        # a scrape joins pages: one cp1252 line in UTF-8 text would make all of it "PrÃ¤sident"
        utf8 = "Präsident Jan Nowak traf in Pjöngjang Außenminister Eva Lind. Beide äußerten sich. "
        self.write("mixed.txt", utf8.encode("utf-8") + "Grüße aus Köln.".encode("cp1252"))
        # and a cp1252 file stays cp1252, though "ß“" happens to be two valid UTF-8 bytes
        cp1252 = "Er sagte: „Ein Gruß“ – und ging. Später kamen Müller und Köhler nach Düsseldorf."
        self.write("win.txt", cp1252.encode("cp1252"))
        mixed, win = compare.load_corpus(self.dir).documents
        self.assertEqual(mixed.text, utf8 + "Grüße aus Köln.")
        self.assertEqual(mixed.warnings, ("not UTF-8 throughout: 3 bytes read as cp1252",))
        self.assertEqual(win.text, cp1252)
        self.assertEqual(win.warnings, ("not UTF-8: read as cp1252",))

    def test_utf8_once_read_as_cp1252_is_read_again_and_said(self):
        story = ("Präsident Jan Nowak traf in Pjöngjang Außenminister Eva Lind – „ein gutes Gespräch“. "
                 "Núñez sprach mit Wójcik über den Vertrag.")
        misread = lambda text: text.encode("utf-8").decode("cp1252")
        self.write("once.txt", misread(story))
        self.write("twice.txt", misread(misread(story + " Ende.")))
        # "Á" is C3 81 and cp1252 has no 81: a browser shows it as U+0081, a control character
        self.write("latin1.txt", "Álvaro Núñez und Łukasz Wójcik".encode("utf-8").decode("latin-1"))
        latin1, once, twice = compare.load_corpus(self.dir).documents
        self.assertEqual(once.text, story)
        self.assertEqual(once.warnings, ('UTF-8 that was read as cp1252 ("Ã¤" for "ä") read again: '
                                         '11 characters',))
        self.assertEqual(twice.text, story + " Ende.")
        self.assertEqual(latin1.text, "Álvaro Núñez und Łukasz Wójcik")
        self.assertEqual(latin1.warnings, ('UTF-8 that was read as cp1252 ("Ã¤" for "ä") read again: '
                                           '5 characters',))

    def test_text_that_only_looks_like_misread_utf8_is_left_alone(self):
        texts = ["Er rief „Gruß“ und „Fuß“, dann: „ÄÄ“. Später kam Müller.",    # ß“ is not a character misread
                 "Rue de l'Église – Ç…",                                        # one pair alone is not enough
                 "Crème brûlée, façade, naïve, Øresund, Ærø, São Paulo."]
        for i, text in enumerate(texts):
            self.write(f"{i}.txt", text)
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([d.text for d in corpus.documents], texts)
        self.assertEqual([d.warnings for d in corpus.documents], [(), (), ()])

    PAGE = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>J&uuml;rgen H&auml;berle in Wien</title>
<style>.Nav { Color: red }</style>
<script>var Minister = "Karl Schmitt"; if (a < b) Track("Ole Brun");</script></head>
<body><nav><a href="/">Startseite</a> <a href="/p">Politik Wirtschaft Sport</a></nav>
<article><h1>J&uuml;rgen H&auml;berle in Wien</h1>
<p>Minister J&uuml;rgen H&auml;berle kam am Montag
   nach Wien.<br>Er traf dort Kanzlerin Eva&nbsp;Lind &amp; ihre Berater.</p>
<p>Beide sprachen &#252;ber den Vertrag.</p></article>
<footer>Zeitung GmbH &middot; Impressum</footer></body></html>"""

    def test_an_html_page_is_read_as_its_text(self):
        self.write("seite.html", self.PAGE)
        self.write("bericht.txt", "Der Minister Jürgen Häberle besuchte am Montag Wien und traf Kanzlerin Eva Lind.")
        corpus = compare.load_corpus(self.dir)
        page = corpus.documents[1]
        self.assertEqual(page.title, "Jürgen Häberle in Wien")
        # a line a paragraph, as a reader sees it: a line end in the markup is a space
        self.assertIn("\nMinister Jürgen Häberle kam am Montag nach Wien.\n", page.text)
        self.assertIn("Kanzlerin Eva Lind & ihre Berater.", page.text)      # a no-break space is a space
        self.assertIn("Beide sprachen über den Vertrag.", page.text)
        for left_out in ("<", "Karl Schmitt", "Ole Brun", "Color", "Politik", "Impressum"):
            self.assertNotIn(left_out, page.text)
        self.assertEqual(page.warnings, ("HTML: the text of the page read; markup, scripts, menus and footers "
                                         "left out",))
        people = compare.build_report(corpus).people
        self.assertEqual([(r.entity.label, r.sources) for r in people],
                         [("Eva Lind", ("S1", "S2")), ("Jürgen Häberle", ("S1", "S2"))])     # "Eva&nbsp;Lind" too

    @staticmethod
    def as_page(head, body):
        paragraphs = "\n".join(f"<p>{html.escape(line)}</p>" for line in body)
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{html.escape(head)} | Die Zeitung</title>
<script>var page = {{"Autor": "Max Mustermann", "Ressort": "Politik"}};</script></head>
<body><nav><ul><li><a href="/">Startseite</a></li><li>Politik</li><li>Wirtschaft</li></ul></nav>
<article><h1>{html.escape(head)}</h1>\n{paragraphs}</article>
<aside>Mehr zum Thema: Klaus Becker trifft Anna Roth</aside>
<footer>&copy; Die Zeitung GmbH &middot; Impressum</footer></body></html>"""

    @staticmethod
    def as_word(head, body):
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(line)}</w:t></w:r></w:p>'
                             for line in [head, *body])
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:document {w}><w:body>'
                                            f'{paragraphs}</w:body></w:document>')
        return buffer.getvalue()

    @staticmethod
    def as_rtf(head, body):
        escape = lambda line: "".join(c if c.isascii() and c not in "\\{}" else
                                      (f"\\{c}" if c.isascii() else f"\\u{ord(c)}?") for c in line)
        return ("{\\rtf1\\ansi\\ansicpg1252{\\fonttbl\\f0\\fswiss Helvetica;}{\\*\\generator Riched20;}\n"
                + "".join(f"\\pard\\f0\\fs24 {escape(line)}\\par\n" for line in [head, *body]) + "}")

    def test_the_seeds_as_pages_word_and_rtf_files_give_the_seeds_report(self):
        seeds = compare.load_corpus(SEEDS)
        for kind, write in (("html", self.as_page), ("docx", self.as_word), ("rtf", self.as_rtf)):
            with self.subTest(kind=kind):
                for doc in seeds.documents:
                    head, *body = [line for line in doc.text.split("\n") if line.strip()]
                    self.write(os.path.join(kind, doc.id.replace(".txt", "." + kind)), write(head, body))
                copies = compare.load_corpus(os.path.join(self.dir, kind))
                self.assertEqual([d.title for d in copies.documents], [d.title for d in seeds.documents])
                self.assertEqual(rows(compare.build_report(copies)), rows(compare.build_report(seeds)))

    def test_menus_and_teasers_marked_by_their_class_or_role_are_left_out(self):
        self.write("seite.html", """<!DOCTYPE html><html><body>
<div class="site-menu"><a href="/">Startseite</a> <div><a href="/p">Politik</a></div></div>
<div id="main" class="article-body">
<p>Minister Jan Nowak kam am Montag nach Wien. Er traf dort Kanzlerin Eva Lind.</p>
<section class="related-articles"><div class="card"><h3>Klaus Becker trifft Anna Roth</h3></div>
<div class="card"><h3>Olaf Brandt tritt zurück</h3></div></section>
<ul class="social_share"><li>Teilen</li></ul><div role="navigation">Weiter</div>
<p>Beide sprachen über den Vertrag.<img class="share-icon" src="x.png"></p>
</div></body></html>""")
        self.assertEqual(compare.load_corpus(self.dir).documents[0].text,
                         "Minister Jan Nowak kam am Montag nach Wien. Er traf dort Kanzlerin Eva Lind.\n"
                         "Beide sprachen über den Vertrag.")

    def test_the_seeds_hard_wrapped_give_the_seeds_report(self):
        # wire copy and text saved from mail break lines at a width: a line end is no sentence end there
        seeds = compare.load_corpus(SEEDS)
        for doc in seeds.documents:
            paragraphs = [textwrap.fill(line, 72) for line in doc.text.split("\n") if line.strip()]
            self.write(doc.id, "\n\n".join(paragraphs) + "\n")
        wrapped = compare.load_corpus(self.dir)
        self.assertEqual([d.title for d in wrapped.documents], [d.title for d in seeds.documents])
        self.assertTrue(all(d.warnings[0].startswith("lines broken at a width joined: ") for d in wrapped.documents))
        self.assertEqual(rows(compare.build_report(wrapped)), rows(compare.build_report(seeds)))

    def test_short_lines_that_end_their_sentences_are_not_joined(self):
        text = ("http://example.org/2025/06/14/wien-besuch-des-ministers-jan-nowak-bei-der-kanzlerin\n"
                "Besuch in Wien\nMinister Jan Nowak kam am Montag nach Wien.\nEr traf Kanzlerin Eva Lind.\n"
                "Beide sprachen über den Vertrag.\nDanach reiste er weiter nach Prag.\n")
        self.write("a.txt", text)
        doc = compare.load_corpus(self.dir).documents[0]
        self.assertEqual((doc.text, doc.warnings), (text, ()))

    def test_a_short_text_broken_after_a_day_or_an_article_is_joined(self):
        self.write("a.txt", "Zugunglück\n\nBei dem Unglück am 14.\nJuni starben vier Menschen, teilte die\n"
                            "Polizei mit. Der Zug kam aus\nMünchen.\n")
        doc = compare.load_corpus(self.dir).documents[0]
        self.assertEqual(doc.text, "Zugunglück\n\nBei dem Unglück am 14. Juni starben vier Menschen, teilte die "
                                   "Polizei mit. Der Zug kam aus München.\n")
        self.assertEqual(doc.warnings, ("lines broken at a width joined: 3 line ends read as spaces",))

    def test_a_page_whose_menu_is_not_closed_keeps_its_text(self):
        self.write("kaputt.html", "<html><body><nav>Startseite\n<p>Minister Jan Nowak kam am Montag nach Wien. "
                                  "Er traf dort Kanzlerin Eva Lind und sprach lange mit ihr.</p></body></html>")
        self.assertIn("Minister Jan Nowak kam am Montag nach Wien.", compare.load_corpus(self.dir).documents[0].text)

    def test_text_that_only_mentions_markup_is_not_read_as_html(self):
        text = "Der Entwickler schrieb <p> und </p> in die Datei <html>. Minister Jan Nowak lachte."
        self.write("a.txt", text)
        doc = compare.load_corpus(self.dir).documents[0]
        self.assertEqual((doc.text, doc.warnings), (text, ()))

    def test_html_entities_in_plain_text_are_read_as_characters(self):
        self.write("a.txt", "Minister J&uuml;rgen H&auml;berle kam nach Pj&#246;ngjang &ndash; &#x201E;gut&#x201C;.")
        self.write("b.txt", "AT&T und R&D; Q&A: &copy 2024")       # no entity or one alone: as written
        a, b = compare.load_corpus(self.dir).documents
        self.assertEqual(a.text, "Minister Jürgen Häberle kam nach Pjöngjang – „gut“.")
        self.assertEqual(a.warnings, ("HTML character references read as characters: 6",))
        self.assertEqual((b.text, b.warnings), ("AT&T und R&D; Q&A: &copy 2024", ()))

    def test_soft_hyphens_and_zero_width_characters_inside_words_are_removed(self):
        # a site's hyphenation hints ("&shy;") and zero-width spaces cut words in two for the tokenizer
        self.write("a.txt", "Der russische Verteidigungs\u00administer Andrej Beloussow besuchte am Freitag "
                            "Pjöng\u200bjang.\ufeff")
        self.write("b.txt", "Verteidigungsminister Andrej Beloussow ist am Freitag in Pjöngjang eingetroffen.")
        corpus = compare.load_corpus(self.dir)
        a = corpus.documents[0]
        self.assertEqual(a.text, "Der russische Verteidigungsminister Andrej Beloussow besuchte am Freitag Pjöngjang.")
        self.assertEqual(a.warnings, ("soft hyphens and zero-width characters removed: 3",))
        person, = compare.build_report(corpus).people
        self.assertIn('russische Verteidigungsminister Andrej Beloussow"', dict(person.says)["S1"])

    def test_decomposed_letters_are_composed(self):
        # macOS and some PDF tools write "ü" as "u" and a combining diaeresis, which the tokenizer cuts at
        text = "Präsident Kim Jong Un empfing Außenminister Sergej Lawrow in Pjöngjang."
        self.write("a.txt", unicodedata.normalize("NFD", text))
        doc = compare.load_corpus(self.dir).documents[0]
        self.assertEqual((doc.text, doc.warnings), (text, ("letters written decomposed composed (NFC): 2",)))

    def test_line_ends_and_control_characters_are_cleaned(self):
        self.write("a.txt", "Eins\r\nZwei\rDrei \x1b[31mrot\x1b[0m\x07 Ende")
        self.write("b.txt", "Eins\r\nZwei\tDrei")
        a, b = compare.load_corpus(self.dir).documents
        self.assertNotIn("\r", a.text)
        self.assertNotIn("\x1b", a.text)
        self.assertNotIn("\x07", a.text)
        self.assertTrue(a.text.startswith("Eins\nZwei\nDrei"))
        # the text was altered, and the report says so: two escape sequences and a bell
        self.assertEqual(a.warnings, ("control characters or escape sequences replaced by spaces: 3",))
        self.assertEqual(b.warnings, ())       # line ends and tabs are no alteration

    def test_a_text_with_stray_or_trailing_nul_bytes_is_read_and_said(self):
        story = "Minister Jan Nowak kam am Montag nach Wien. Er traf dort Kanzlerin Eva Lind. " * 3
        self.write("stray.txt", story[:40].encode() + b"\x00" + story[40:].encode())    # a scrape's glitch
        self.write("padded.txt", story.encode() + b"\x00" * 5000)      # written in whole blocks, or cut short
        padded, stray = compare.load_corpus(self.dir).documents         # in the order of their names
        self.assertEqual(stray.text, story[:40] + " " + story[40:])          # offsets stay the file's
        self.assertEqual(stray.warnings, ("control characters or escape sequences replaced by spaces: 1",))
        self.assertEqual(padded.text, story)
        self.assertEqual(padded.warnings, ("5,000 NUL bytes after the text not read",))

    def test_nul_bytes_all_through_a_file_make_it_binary(self):
        text = "Minister Jan Nowak kam am Montag nach Wien. " * 40
        self.write("spread.dat", "\x00".join(text[i:i + 50] for i in range(0, len(text), 50)).encode())
        self.write("zeros.dat", b"\x00" * 4096)
        self.write("utf16.dat", text.encode("utf-16-le"))    # no byte-order mark: not told from binary
        # not UTF-8: as cp1252 any bytes are text, so a NUL byte is what tells a binary file
        self.write("nul-latin1.dat", ("Grüße aus Köln, sagte er. " * 20 + "\x00 Ende.").encode("cp1252"))
        corpus = compare.load_corpus(self.dir)
        self.assertEqual(corpus.documents, ())
        self.assertEqual({s.path: s.reason for s in corpus.skipped},
                         dict.fromkeys(["nul-latin1.dat", "spread.dat", "utf16.dat", "zeros.dat"],
                                       "binary file (NUL bytes)"))

    def test_a_known_binary_format_is_named_in_the_reason(self):
        self.write("report.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nBT (Minister Jan Nowak) Tj ET\n%%EOF\n")
        self.write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100))
        self.write("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100))
        self.write("a.txt", "Minister Jan Nowak kam nach Wien.")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([d.id for d in corpus.documents], ["a.txt"])
        self.assertEqual({s.path: s.reason for s in corpus.skipped}, {
            "old.doc": "binary file (Word 97-2003 or other Office file): save it as text to compare it",
            "photo.jpg": "binary file (JPEG image)",
            "report.pdf": "binary file (PDF document): save it as text to compare it"})

    def write_zip(self, name, parts):
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
            for part, content in parts.items():
                z.writestr(part, content)
        self.write(name, buffer.getvalue())

    def test_word_and_opendocument_files_are_read_as_their_text(self):
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        self.write_zip("bericht.docx", {"word/document.xml": f"""<?xml version="1.0" encoding="UTF-8"?>
<w:document {w}><w:body>
<w:p><w:r><w:t>Besuch in Wien</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Minister Jürgen </w:t></w:r><w:r><w:t>Häberle kam am Montag</w:t></w:r>
<w:r><w:delText>Dienstag</w:delText></w:r><w:r><w:instrText>HYPERLINK "x"</w:instrText></w:r>
<w:r><w:t xml:space="preserve"> nach Wien.</w:t><w:br/><w:t>Er traf Eva&#160;Lind.</w:t></w:r></w:p>
</w:body></w:document>""", "word/media/image1.png": b"\x89PNG" + bytes(2000)})
        t = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
        self.write_zip("notiz.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": f"""<?xml version="1.0"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" {t}><office:body><office:text>
<text:h>Besuch in Wien</text:h><text:p>Minister <text:span>Jürgen Häberle</text:span> kam am Montag nach Wien.</text:p>
</office:text></office:body></office:document-content>"""})
        self.write_zip("fotos.zip", {"a.txt": "Minister Jan Nowak"})
        self.write("kaputt.docx", b"PK\x03\x04" + bytes(200))
        self.write_zip("falsch.docx", {"word/document.xml": "<w:document><w:p>Text</w:x></w:document>"})
        corpus = compare.load_corpus(self.dir)
        word, odt = corpus.documents
        self.assertEqual(word.text, "Besuch in Wien\nMinister Jürgen Häberle kam am Montag nach Wien.\n"
                                    "Er traf Eva Lind.")
        self.assertEqual((word.title, word.warnings), ("Besuch in Wien", ("Word document: its text read",)))
        self.assertEqual(odt.text, "Besuch in Wien\nMinister Jürgen Häberle kam am Montag nach Wien.")
        self.assertEqual(odt.warnings, ("OpenDocument text: its text read",))
        self.assertEqual({s.path: s.reason for s in corpus.skipped},
                         {"fotos.zip": "binary file (ZIP archive)", "kaputt.docx": "binary file (ZIP archive)",
                          "falsch.docx": "Word document that cannot be read (unbound prefix: line 1, column 0)"})

    def test_a_long_word_document_is_cut_and_said(self):
        w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        body = "<w:p><w:r><w:t>Minister Jan Nowak kam nach Wien.</w:t></w:r></w:p>" * 2000
        self.write_zip("lang.docx", {"word/document.xml": f"<w:document {w}><w:body>{body}</w:body></w:document>",
                                     "word/media/foto.jpg": os.urandom(5000)})     # the file is larger than the cap
        doc = compare.load_corpus(self.dir, max_bytes=1000).documents[0]
        self.assertEqual(doc.size, os.path.getsize(os.path.join(self.dir, "lang.docx")))    # read whole, not cut
        self.assertLessEqual(len(doc.text), 1000)
        self.assertTrue(doc.text.startswith("Minister Jan Nowak kam nach Wien.\nMinister"))
        self.assertEqual(doc.warnings, ("Word document: its text read", "only the first 1,000 characters of its "
                                        "text were read"))

    def test_an_rtf_file_is_read_as_its_text(self):
        # as TextEdit or WordPad save it: tables of fonts and colours, escaped umlauts, Unicode quotes, a link
        self.write("notiz.rtf", r"""{\rtf1\ansi\ansicpg1252\cocoartf2761
{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\froman Times New Roman;}
{\colortbl;\red255\green255\blue255;}
{\*\expandedcolortbl;;}
{\info{\author Max Mustermann}}
\pard\tx560\pardirnatural\partightenfactor0
\f0\fs24 \cf0 Besuch in Wien\par
Minister J\'fcrgen H\'e4berle kam am Montag nach Wien.\line Er sagte: \uc1\u8222?gut\u8220?\'85 und ging \u8211\'96 schnell.\par
{\field{\*\fldinst{HYPERLINK "https://example.org"}}{\fldrslt Mehr lesen}}\par
50\~km \{sic\} \\ Ende}""")
        doc = compare.load_corpus(self.dir).documents[0]
        self.assertEqual(doc.text, "Besuch in Wien\nMinister Jürgen Häberle kam am Montag nach Wien.\n"
                                   "Er sagte: „gut“… und ging – schnell.\nMehr lesen\n50 km {sic} \\ Ende")
        self.assertEqual((doc.title, doc.warnings), ("Besuch in Wien", ("RTF document: its text read",)))

    def test_rtf_characters_beyond_sixteen_bits_are_joined_and_a_lone_half_replaced(self):
        # \u takes a signed 16-bit number: an emoji is two of them, a surrogate pair
        self.assertEqual(compare.rtf_text(r"{\rtf1 Kim \u-10179?\u-8704? und \u-10179? Ende}"), "Kim 😀 und \ufffd Ende")

    def test_duplicate_is_counted_once_and_named(self):
        self.write("a.txt", "Der Minister kam am Montag.")
        self.write("b.txt", "Der Minister kam am Montag.\n")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual(len(corpus.documents), 1)
        self.assertIn("duplicate of a.txt", corpus.skipped[0].reason)

    def test_duplicate_is_the_same_words_however_spaced_and_nothing_else(self):
        self.write("a.txt", "Der Minister kam\nam Montag.")
        self.write("b.txt", "Der  Minister kam am   Montag.")
        self.write("c.txt", "Der Minister kam am Dienstag.")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([d.id for d in corpus.documents], ["a.txt", "c.txt"])
        self.assertEqual([(s.path, s.reason) for s in corpus.skipped],
                         [("b.txt", "duplicate of a.txt, counted once")])

    def test_texts_whose_hashes_meet_are_compared_not_merged(self):
        self.write("a.txt", "Der Minister kam am Montag.")
        self.write("b.txt", "Der Minister kam am Dienstag.")
        compare.hash = lambda s: 0          # every text hashes alike: only the comparison tells them apart
        try:
            corpus = compare.load_corpus(self.dir)
        finally:
            del compare.hash
        self.assertEqual(len(corpus.documents), 2)
        self.assertEqual(corpus.skipped, ())

    def test_large_file_is_cut_and_said(self):
        self.write("big.txt", "Wort " * 1000)
        doc = compare.load_corpus(self.dir, max_bytes=100).documents[0]
        self.assertEqual(doc.size, 100)
        self.assertIn("first 100 bytes", doc.warnings[0])

    def test_symlink_loop_is_skipped_not_followed_forever(self):
        self.write("sub/a.txt", "Ein Text über den Gipfel.")
        os.symlink(self.dir, os.path.join(self.dir, "sub", "loop"))
        corpus = compare.load_corpus(self.dir)
        self.assertEqual(len(corpus.documents), 1)
        self.assertTrue(any("loop" in s.reason for s in corpus.skipped))

    def test_hidden_files_are_named_not_dropped(self):
        self.write("a.txt", "Ein Text.")
        self.write(".DS_Store", "Finder-Daten")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([(s.path, s.reason) for s in corpus.skipped], [(".DS_Store", "hidden file or folder, not read")])

    def test_broken_link_is_named(self):
        os.symlink(os.path.join(self.dir, "missing.txt"), os.path.join(self.dir, "dangling.txt"))
        self.write("a.txt", "Ein Text.")
        corpus = compare.load_corpus(self.dir)
        self.assertEqual([s.path for s in corpus.skipped], ["dangling.txt"])

    @unittest.skipIf(hasattr(os, "geteuid") and os.geteuid() == 0, "root reads every file")
    def test_unreadable_file_is_named(self):
        path = self.write("secret.txt", "Geheim")
        os.chmod(path, 0)
        self.write("a.txt", "Ein Text.")
        corpus = compare.load_corpus(self.dir)
        self.assertIn("cannot be read", corpus.skipped[0].reason)


class ReadCappedTest(unittest.TestCase):

    def test_reads_one_byte_past_the_cap_and_no_more(self):
        data = bytes(range(256)) * 10000            # 2.56 MB: more than one piece of 1 MiB
        for limit in (0, 5, (1 << 20) - 1, 1 << 20, 2_000_000, len(data) - 1, len(data), 10 ** 20):
            with self.subTest(limit=limit):
                self.assertEqual(compare.read_capped(io.BytesIO(data), limit), data[:limit + 1])

    def test_a_huge_cap_on_the_command_line_reads_the_files(self):
        p = run_cli("--max-bytes", str(10 ** 30))
        self.assertEqual((p.returncode, p.stderr), (0, ""))


class DecodeTest(unittest.TestCase):

    def test_cut_in_the_middle_of_a_character_is_not_cp1252(self):
        data = "Grüße".encode("utf-8")[:3]       # 'G', 'r' and half of 'ü'
        self.assertEqual(compare.decode_bytes(data), ("Gr", ""))

    def test_utf16_cut_in_the_middle_of_a_character_keeps_the_rest(self):
        data = "Grüße 😀".encode("utf-16")          # the emoji is two 16-bit units
        for cut, text in ((len(data) - 1, "Grüße 😀"[:-1]), (len(data) - 2, "Grüße "), (len(data) - 3, "Grüße ")):
            with self.subTest(cut=cut):
                self.assertEqual(compare.decode_bytes(data[:cut]), (text, "UTF-16: decoded"))

    def test_utf16_with_a_broken_character_inside_is_not_text(self):
        data = b"\xff\xfe" + "\ud800A".encode("utf-16-le", "surrogatepass")   # a lone high surrogate
        self.assertIsNone(compare.decode_bytes(data)[0])


if __name__ == "__main__":
    unittest.main()
