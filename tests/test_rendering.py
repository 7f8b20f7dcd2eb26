"""Rendering: display width, wrapping, the ASCII table, JSON, CSV and Markdown."""
import csv
import io
import json
import unittest

from tests.support import SEEDS, analyse_texts, compare

WIDE_TEXTS = {
    "a.txt": "Präsident Kim Jong Un (김정은) empfing Außenminister Sergej Lawrow in Pjöngjang. "
             "Lawrow sagte, die Gespräche über Zusammenarbeit seien gut verlaufen.",
    "b.txt": "Der Vorsitzende Kim Jong-un (김정은) traf den russischen Außenminister Sergei Lavrov "
             "in Pjöngjang zu Gesprächen über Zusammenarbeit.",
}


class WidthTest(unittest.TestCase):

    def test_display_width(self):
        self.assertEqual(compare.display_width("Ärger"), 5)
        self.assertEqual(compare.display_width("김정은"), 6)
        self.assertEqual(compare.display_width("e\u0301"), 1)

    def test_wrap_never_exceeds_the_width(self):
        text = "Verteidigungsministerium 김정은김정은김정은 Übereinkunft a b c " * 5
        for width in (3, 7, 12, 30):
            with self.subTest(width=width):
                lines = compare.wrap(text, width)
                self.assertTrue(all(compare.display_width(x) <= width for x in lines))
                self.assertEqual("".join("".join(lines).split()), "".join(text.split()))

    def test_a_character_wider_than_the_column_still_moves_on(self):
        self.assertEqual(compare.wrap("김정은", 1)[:3], ["김", "정", "은"])

    def test_column_widths_fill_every_allowed_width(self):
        # the two tables' shares; --width takes 40 or more
        for shares in (compare.SOURCE_SHARES, compare.ROW_SHARES):
            for total in range(40, 201):
                with self.subTest(shares=shares, total=total):
                    widths = compare.column_widths(total, shares)
                    self.assertTrue(all(w >= 4 for w in widths), widths)
                    self.assertEqual(sum(widths) + 3 * len(shares) + 1, total)


class TextTableTest(unittest.TestCase):

    def check_table_lines(self, text, width):
        for block in text.split("\n\n"):
            lines = [x for x in block.split("\n") if x.startswith(("+", "|"))]
            if not lines:
                continue
            widths = {compare.display_width(x) for x in lines}
            self.assertEqual(len(widths), 1, block)
            self.assertLessEqual(widths.pop(), width)

    def test_every_table_line_has_the_same_display_width(self):
        report = analyse_texts(WIDE_TEXTS)
        for width in (40, 53, 60, 120, 200):
            with self.subTest(width=width):
                text = compare.render_text(report, width)
                self.check_table_lines(text, width)
                self.assertTrue(all(c in text for c in "김정은"))   # a narrow column may break the name
                self.assertTrue(all(line == line.rstrip() for line in text.split("\n")))

    def test_seeds_tables_fit_the_width_and_are_ascii_framed(self):
        text = compare.render_text(compare.build_report(compare.load_corpus(SEEDS)), 120)
        self.check_table_lines(text, 120)
        for title in ("PEOPLE", "DATES", "EVENTS"):
            self.assertIn(title, text)

    def test_source_language_and_size_fit_their_columns_at_the_default_width(self):
        doc = compare.Document("S1", "scan 7.txt", "scan 7.txt", "und", "12 34", "12 34", 123_456_789)
        corpus = compare.Corpus("scans", (doc,), ())
        text = compare.render_text(compare.Report(corpus, 2, (), (), (), ()))
        line = next(x for x in text.split("\n") if x.startswith("| S1 "))
        self.assertIn(" undetermined ", line)        # a word cut across two lines reads as two
        self.assertIn(" 123,456,789 bytes ", line)

    def test_empty_tables_say_so_in_words(self):
        report = analyse_texts({"a.txt": "Heute regnet es in Berlin.", "b.txt": "Morgen scheint die Sonne."})
        text = compare.render_text(report)
        self.assertIn("No people appear in 2 or more sources.", text)
        self.assertIn("No events appear in 2 or more sources.", text)


class MachineFormatsTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.report = analyse_texts(WIDE_TEXTS)

    def test_json_has_the_scorer_fields_and_offsets_point_at_the_words(self):
        data = json.loads(compare.render_json(self.report))
        texts = {d["id"]: compare.clean_text(WIDE_TEXTS[d["id"]]) for d in data["sources"]}
        self.assertTrue(data["people"] and data["events"])
        for kind in ("people", "dates", "events"):
            for item in data[kind]:
                self.assertTrue({"label", "sources", "mentions", "notes"} <= set(item))
                for m in item["mentions"]:
                    self.assertEqual(texts[m["source"]][m["start"]:m["end"]], m["text"])
        for item in data["events"]:
            self.assertTrue({"participants", "date", "place"} <= set(item))

    def test_json_offsets_point_at_the_words_of_spans_and_separable_verbs_too(self):
        texts = {"a.txt": "Am 1. und 2. April 2025 griff die Armee die Stadt Narva an, sagte Jan Oster.",
                 "b.txt": "Die Armee griff die Stadt Narva am 1. April 2025 an, sagte Jan Oster."}
        data = json.loads(compare.render_json(analyse_texts(texts)))
        self.assertTrue(data["dates"] and data["events"])
        for kind in ("people", "dates", "events"):
            for item in data[kind]:
                for m in item["mentions"]:
                    self.assertEqual(compare.clean_text(texts[m["source"]])[m["start"]:m["end"]], m["text"])

    def test_json_written_in_pieces_is_what_one_dump_writes(self):
        empty = analyse_texts({"a.txt": "Heute regnet es in Berlin.", "b.txt": "Morgen scheint die Sonne."})
        for report in (self.report, empty):
            pieces = list(compare.iter_json(report))
            text = "".join(pieces)
            self.assertEqual(text, json.dumps(json.loads(text), ensure_ascii=False, separators=(",", ":")) + "\n")
        self.assertGreater(len(list(compare.iter_json(self.report))), 8)    # an item at a time
        self.assertGreater(len(list(compare.iter_text(self.report))), 8)    # a row at a time

    def test_csv_and_markdown_hold_the_same_rows(self):
        rows = list(csv.reader(io.StringIO(compare.render_csv(self.report))))
        n = len(self.report.people) + len(self.report.dates) + len(self.report.events)
        self.assertEqual(rows[0], ["kind", "item", "sources", "says", "note"])
        self.assertEqual(len(rows) - 1, n + 2)
        md = compare.render_markdown(self.report)
        body = [x for x in md.split("\n") if x.startswith("| ") and not x.startswith(("| ---", "| Item", "| Key"))]
        self.assertEqual(len(body), n + len(self.report.corpus.documents))

    def test_csv_and_markdown_say_what_each_source_key_is_and_what_was_skipped(self):
        corpus = self.report.corpus
        skipped = compare.Skipped("c.bin", "binary file (NUL bytes)")
        report = compare.replace(self.report, corpus=compare.replace(corpus, skipped=(skipped,)))
        rows = list(csv.reader(io.StringIO(compare.render_csv(report))))
        self.assertEqual(rows[1][:3], ["source", "a.txt", "S1"])
        self.assertEqual(rows[2][:3], ["source", "b.txt", "S2"])
        self.assertEqual(rows[3], ["skipped", "c.bin", "-", "-", "binary file (NUL bytes)"])
        md = compare.render_markdown(report)
        self.assertIn("| S1 | a.txt | German |", md)
        self.assertIn("| - | c.bin | - | - | skipped: binary file (NUL bytes) |", md)

    def test_markdown_shows_an_articles_markup_as_text(self):
        report = analyse_texts({"a.txt": "Präsident Kim Jong Un <b>traf</b> AT&T in Pjöngjang | Seoul.",
                                "b.txt": "Präsident Kim Jong Un traf AT&T."})
        md = compare.render_markdown(report)
        self.assertIn("&lt;b>traf&lt;/b> AT&amp;T in Pjöngjang \\| Seoul.", md)
        self.assertNotIn("<b>", md)


if __name__ == "__main__":
    unittest.main()
