"""Language and sentences: which language a text is in, and where its sentences end."""
import unittest

from tests.support import analyse_texts, compare


class LanguageTest(unittest.TestCase):

    def test_a_short_line_is_told_by_its_days_and_months(self):
        for text, lang in (("VIENNA, March 14, 2025 - President Eva Lind received Minister Jan Kowalczyk on Friday.", "en"),
                           ("WIEN, 14. März 2025 - Präsidentin Eva Lind empfing Minister Jan Kowalczyk am Freitag.", "de"),
                           ("VIENNE, 14 mars 2025 - La présidente Eva Lind a reçu Jan Kowalczyk vendredi.", "fr"),
                           ("President Eva Lind received Minister Jan Kowalczyk.", "und")):
            with self.subTest(lang=lang):
                self.assertEqual(compare.detect_language(text), lang)

    def test_languages(self):
        cases = {
            "de": "Der Minister ist am Montag mit dem Präsidenten nach Berlin gereist, wie die Agentur meldet.",
            "en": "The minister travelled to Berlin with the president on Monday, the agency said.",
            "fr": "Le ministre est arrivé à Paris avec le président pour une visite dans la capitale.",
            "es": "El ministro llegó a Madrid con el presidente para una visita de dos días en la capital.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(compare.detect_language(text), lang)

    def test_other_latin_script_languages_are_named_not_taken_for_french_or_spanish(self):
        cases = {
            "it": "Il ministro della Difesa è arrivato a Roma e il presidente lo ha ricevuto nella capitale.",
            "pt": "O ministro da Defesa chegou a Lisboa e o presidente recebeu-o na capital, não em Porto.",
            "nl": "De minister van Defensie kwam aan in Den Haag en de president heeft hem niet ontvangen.",
        }
        for lang, text in cases.items():
            with self.subTest(lang=lang):
                self.assertEqual(compare.detect_language(text), lang)
        # read without rules, an Italian article before a title is no part of it
        report = analyse_texts({"it.txt": "Il ministro è arrivato il 29/11/2024. Il presidente Kim Jong Un lo ha ricevuto.",
                                "pt.txt": "O ministro chegou em 29/11/2024. O presidente Kim Jong Un recebeu-o.",
                                "nl.txt": "De minister kwam op 29/11/2024 aan. President Kim Jong Un ontving hem."})
        kim = next(r for r in report.people if r.entity.label == "Kim Jong Un")
        self.assertEqual((kim.sources, kim.notes), (("S1", "S2", "S3"), ()))
        self.assertEqual([r.entity.key for r in report.dates], ["date:2024-11-29"])
        # a web address and an Irish name are no Portuguese
        self.assertEqual(compare.detect_language("http://www.nytimes.com/a.html\nFired Jim O'Brien, coach."), "und")

    def test_short_german_text_with_umlauts(self):
        self.assertEqual(compare.detect_language("Außenminister Jan Nowak traf Präsidentin Eva Lind."), "de")

    def test_a_one_line_english_text_is_english(self):
        self.assertEqual(compare.detect_language("Police arrested a man on Tuesday."), "en")

    def test_no_words_is_undetermined(self):
        self.assertEqual(compare.detect_language("12345 67890 !!!"), "und")


class SentenceTest(unittest.TestCase):

    def split(self, text):
        return [text[s:e] for s, e in compare.split_sentences(text)]

    def test_dates_abbreviations_and_initials_do_not_end_a_sentence(self):
        self.assertEqual(self.split("Am 13. September kam Dr. Kim an. George W. Bush sprach z. B. mit ihm."),
                         ["Am 13. September kam Dr. Kim an.", "George W. Bush sprach z. B. mit ihm."])

    def test_lines_and_quotes(self):
        self.assertEqual(self.split("Titel ohne Punkt\n„Wir kommen.“ Er sagte das.\n\nEnde"),
                         ["Titel ohne Punkt", "„Wir kommen.“", "Er sagte das.", "Ende"])

    def test_spans_point_into_the_text(self):
        text = "  Erster Satz.   Zweiter Satz!  "
        for s, e in compare.split_sentences(text):
            self.assertEqual(text[s:e], text[s:e].strip())

    def test_each_character_is_copied_a_bounded_number_of_times(self):
        # copying the rest of the text at each sentence made a file of short lines quadratic;
        # counting what is sliced measures that work without timing anything
        class Counted(str):
            copied = 0

            def __getitem__(self, key):
                piece = str.__getitem__(self, key)
                Counted.copied += len(piece)
                return piece

        for unit in ("Ja.\n", "Ja. ", "\"\n", "Er kam. Dr. Kim sprach.\n\n"):
            with self.subTest(unit=unit):
                text = Counted(unit * 5000)
                Counted.copied = 0
                spans = compare.split_sentences(text)
                self.assertGreaterEqual(len(spans), 5000)
                self.assertLessEqual(Counted.copied, 4 * len(text))


class OtherLanguagesTest(unittest.TestCase):
    """French and Spanish degrade gracefully: names, roles and numeric dates are still found."""

    TEXTS = {
        "fr.txt": "Le président Luc Morel a reçu la ministre Anne-Claire Dubois à Lyon le 4/10/2023. "
                  "Les discussions ont duré trois heures, selon le porte-parole.",
        "fr2.txt": "Le 4 octobre 2023, Luc Morel et Anne-Claire Dubois se sont rencontrés dans la ville.",
        "es.txt": "El presidente Luc Morel se reunió con la ministra Anne-Claire Dubois en Lyon el 4.10.2023. "
                  "Según la prensa, la reunión fue un éxito.",
    }

    def test_names_roles_and_numeric_dates_are_found(self):
        report = analyse_texts(self.TEXTS)
        people = {row.entity.label: row for row in report.people}
        self.assertEqual(set(people), {"Luc Morel", "Anne-Claire Dubois"})     # a hyphenated given name
        self.assertEqual(people["Anne-Claire Dubois"].sources, ("S1", "S2", "S3"))
        roles = {m.detail for row in people.values() for m in row.entity.mentions if m.detail}
        self.assertEqual(roles, {"Président", "President", "Ministre", "Ministra"})
        dates = {row.entity.key: {m.text for m in row.entity.mentions} for row in report.dates}
        # the Spanish date ends its sentence: its full stop is not part of a longer chain of numbers
        self.assertEqual(dates, {"date:2023-10-04": {"4/10/2023", "4 octobre 2023", "4.10.2023"}})

    def test_an_arrival_and_a_reception_in_french_spanish_and_german_are_one_event_with_one_host(self):
        report = analyse_texts({
            "fr.txt": "Le ministre Andreï Belooussov est arrivé le 29 novembre 2024 à Pyongyang, où il a été reçu "
                      "par Kim Jong-un.",
            "es.txt": "El ministro Andréi Belousov llegó el 29 de noviembre de 2024 a Pyongyang, donde fue recibido "
                      "por Kim Jong-un.",
            "de.txt": "Minister Andrej Beloussow ist am 29. November 2024 in Pjöngjang eingetroffen und von Kim "
                      "Jong Un empfangen worden.",
        })
        people = {r.entity.label: r.sources for r in report.people}
        self.assertEqual(people["Andrej Beloussow"], ("S1", "S2", "S3"))      # French "oou" is o + u
        visit = next(r for r in report.events if r.entity.extra[0].family == "meeting")
        self.assertEqual(visit.sources, ("S1", "S2", "S3"))
        self.assertFalse([n for n in visit.notes if n.attribute == "received by"], visit.notes)

    def test_the_commonest_events_link_and_their_dates_are_compared_and_an_age_is_no_count(self):
        report = analyse_texts({
            "fr.txt": "Le ministre Jacques Morvan s'est rendu à Madrid le 12 mars 2025. Il a rencontré son "
                      "homologue Ana Ruiz, 52 ans, pour discuter de la sécurité.",
            "es.txt": "El ministro Jacques Morvan viajó a Madrid el 13 de marzo de 2025. Se reunió con la "
                      "ministra Ana Ruiz, de 53 años, para hablar de seguridad.",
        })
        meeting = next(r for r in report.events if r.entity.extra[0].family == "meeting")
        self.assertEqual(meeting.sources, ("S1", "S2"))
        self.assertEqual([n.attribute for n in meeting.notes], ["date"])
        self.assertEqual([q for ev in meeting.entity.extra for q in ev.quantities], [])   # "52 ans" counts nothing

    def test_a_short_italian_portuguese_or_dutch_text_is_told_by_its_calendar(self):
        self.assertEqual(compare.detect_language("Il ministro Janis Ozols è arrivato lunedì a Riga, dove ha "
                                                 "incontrato la presidente del Consiglio."), "it")
        self.assertEqual(compare.detect_language("Ilze Marnis chegou a Riga no sábado, 10 de maio."), "pt")
        self.assertEqual(compare.detect_language("Ilze Marnis kwam op zaterdag 10 mei in Riga aan."), "nl")


if __name__ == "__main__":
    unittest.main()
