"""Dates: expressions in German and English, their values, and rows across sources."""
import unittest

from tests.support import analyse_texts, compare, row_of


def values(text, language="de"):
    """Return [(words, value, mod)] for the dates found in text."""
    doc = compare.Document("S1", "a.txt", "a.txt", language, text, "", len(text))
    return [(m.text, m.key, m.detail) for m in compare.find_dates(doc, compare.split_sentences(text))]


def told(text, language):
    """Return [(words, value)] for the dates found in text after its dateline's."""
    return [(words, value) for words, value, _ in values(text, language)][1:]


class ExpressionTest(unittest.TestCase):

    CASES = [  # (language, text, words, value)
        ("de", "Er kam am 29. November 2024 an.", "29. November 2024", "2024-11-29"),
        ("de", "Er kam am 29.11.2024 an.", "29.11.2024", "2024-11-29"),
        ("de", "Er kam am 13.09. an.", "13.09", "XXXX-09-13"),
        ("de", "Er kam am 29.11.2024. Dann ging er.", "29.11.2024", "2024-11-29"),    # the sentence's full stop
        ("en", "He arrived on 2024-11-29.", "2024-11-29", "2024-11-29"),
        ("en", "2024-11-29T18:14:00+01:00 He arrived.", "2024-11-29", "2024-11-29"),    # a page's timestamp
        ("en", "He arrived on November 29, 2024.", "November 29, 2024", "2024-11-29"),
        ("en", "He arrived on Nov. 29 and left.", "Nov. 29", "XXXX-11-29"),
        ("en", "He arrived on 13 September.", "13 September", "XXXX-09-13"),
        ("de", "Das Treffen war im Juni.", "im Juni", "XXXX-06"),
        ("en", "The summit was in June 2023.", "June 2023", "2023-06"),
        ("de", "Das war seit 2000 nicht mehr so.", "seit 2000", "2000"),
        ("de", "Sie kamen am Freitag.", "am Freitag", "XXXX-WXX-5"),
        ("de", "Sie kamen Freitagabend.", "Freitagabend", "XXXX-WXX-5TEV"),
        ("en", "The fire broke out early Friday morning.", "Friday morning", "XXXX-WXX-5TMO"),
        ("en", "It will close by the end of 2028.", "the end of 2028", "2028"),
        ("en", "It will close by end-2028.", "end-2028", "2028"),
        ("en", "Prices rose at the beginning of 2024.", "the beginning of 2024", "2024"),
        ("en", "It burnt down on Thursday night.", "Thursday night", "XXXX-WXX-4TNI"),
        ("en", "They came on Saturday.", "on Saturday", "XXXX-WXX-6"),
        ("en", "It happened in the 1950s.", "1950s", "195X"),
        ("de", "Das Werk schloss im Herbst 2023.", "im Herbst 2023", "2023-FA"),      # that year's, not this
        ("en", "The plant closed in the fall of 2023.", "fall of 2023", "2023-FA"),
    ]

    def test_expressions_and_values(self):
        for lang, text, words, value in self.CASES:
            with self.subTest(text=text):
                found = values(text, lang)
                self.assertTrue(any(words in w and v == value for w, v, _ in found), found)

    def test_common_start_words_still_begin_their_dates(self):
        # "the", "a", "in", "on", "by", "from" are tried only before a word that can follow them
        for lang, text, words in (("en", "It ended by last June.", "by last June"),
                                  ("en", "It ran from June 2010 on.", "from June 2010"),
                                  ("en", "It came in June-July.", "in June"),
                                  ("en", "It rose in 2010.", "in 2010"),
                                  ("en", "It fell on Friday.", "on Friday"),
                                  ("en", "It grew at the end of June.", "the end of June"),
                                  ("en", "It was a week ago.", "a week ago"),
                                  ("de", "Es war in diesem Jahr.", "in diesem Jahr")):
            with self.subTest(text=text):
                self.assertIn(words, [w for w, _, _ in values(text, lang)])

    def test_parts_of_the_day_are_times_anchored_like_days(self):
        found = values("Am 13. September 2024 kam er. Heute Abend spricht er, gestern Nacht kam er an.")
        self.assertEqual([v for _, v, _ in found], ["2024-09-13", "2024-09-13TEV", "2024-09-12TNI"])
        found = values("On September 13, 2024 he spoke. Tonight he leaves; last night he slept; "
                       "this morning he ate; yesterday afternoon he flew.", "en")
        self.assertEqual([v for _, v, _ in found],
                         ["2024-09-13", "2024-09-13TNI", "2024-09-12TNI", "2024-09-13TMO", "2024-09-12TAF"])
        # "overnight" is last night; "an overnight stay" tells no night
        found = values("KYIV, March 5, 2026. Drones struck the city overnight. An overnight curfew holds; "
                       "the overnight rate fell.", "en")
        self.assertEqual([(w, v) for w, v, _ in found], [("March 5, 2026", "2026-03-05"), ("overnight", "2026-03-04TNI")])

    def test_the_start_and_middle_of_this_week_in_one_german_word(self):
        found = values("Berlin, 10. März 2026. Zu Wochenbeginn gab es Streit, zur Wochenmitte regnet es. Am "
                       "Wochenende protestierten sie.")
        self.assertEqual([(w, v, d) for w, v, d in found][1:], [("Wochenbeginn", "2026-W11", "START"),
                                                                ("Wochenmitte", "2026-W11", "MID"),
                                                                ("Am Wochenende", "2026-W10-WE", "")])

    def test_french_and_spanish_parts_of_a_weekday(self):
        found = values("Lyon, le 7 mars 2026. Il a frappé vendredi soir ; le ministre est venu samedi matin.", "fr")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("vendredi soir", "2026-03-06TEV"),
                                                             ("samedi matin", "2026-03-07TMO")])
        found = values("Guadalajara, 3 de marzo de 2026. Fue liberado el domingo por la noche.", "es")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("domingo por la noche", "2026-03-01TNI")])

    def test_a_season_of_last_year_and_holidays_of_a_fixed_day(self):
        found = values("Berlin, 14. Januar 2027. Im Herbst vergangenen Jahres kam er, an Heiligabend ging er, "
                       "in der Silvesternacht brannte es. Vor Weihnachten regnete es.")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("Im Herbst vergangenen Jahres", "2026-FA"),
                                                             ("Heiligabend", "2026-12-24"), ("Silvesternacht", "2026-12-31")])
        found = values("LONDON, Jan 14, 2027. In the summer of last year he came; at Christmas he spoke. "
                       "A Christmas celebration ended, and at Christmas parties they sang.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("the summer of last year", "2026-SU"),
                                                             ("Christmas", "2026-12-25")])

    def test_an_english_season_after_in_is_the_articles_years(self):
        found = values("LUCERNE, July 7, 2027. A follow-up is planned in the autumn; another in spring. In the winter "
                       "of discontent, in winter sports and in Spring Training nothing is dated.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("the autumn", "2027-FA"), ("in spring", "2027-SP")])

    def test_feasts_that_move_with_easter_are_the_articles_years(self):
        # Easter Sunday 2027 is 28 March
        found = values("Berlin, 14. Juni 2027. Zu Ostern kam er, an Karfreitag ging er, am Pfingstmontag "
                       "sprach er. Nach Ostern regnete es.")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("Ostern", "2027-03-28"), ("Karfreitag", "2027-03-26"),
                                                             ("Pfingstmontag", "2027-05-17")])
        found = values("LONDON, June 14, 2027. Over Easter he came; on Good Friday he left. Easter Island and "
                       "the Easter Rising are no days, nor a good Friday.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][1:3], [("Easter", "2027-03-28"), ("Good Friday", "2027-03-26")])
        self.assertEqual(len(found), 4)       # and "Friday" of "a good Friday", the Friday before
        self.assertEqual(compare.easter_sunday(2024).isoformat(), "2024-03-31")

    def test_a_count_of_weeks_ahead_only_where_the_clause_looks_ahead(self):
        found = values("Berlin, 14. Oktober 2026. In zwei Wochen wird er kommen. In zwei Wochen wurden 500 Häuser "
                       "verkauft. Die Wahl soll in drei Monaten stattfinden.")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("In zwei Wochen", "2026-W44"), ("in drei Monaten", "2027-01")])
        found = values("LONDON, Oct 14, 2026. They sold a million in two weeks; he will return in a week.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("in a week", "2026-W43")])

    def test_german_present_tense_looks_ahead_unless_an_auxiliary_tells_the_past(self):
        found = values("Berlin, 14. Oktober 2026. Die Wahl findet in drei Wochen statt. Er hatte in drei Wochen "
                       "500 Häuser verkauft.")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [("in drei Wochen", "2026-W45")])

    def test_halves_of_a_year_half_a_year_back_and_a_fortnight(self):
        found = values("Berlin, 14. Oktober 2026. Der Abschluss wird für die zweite Jahreshälfte 2027 erwartet, im "
                       "ersten Halbjahr stieg der Umsatz. Er kam vor einem halben Jahr, sie vor anderthalb Jahren, "
                       "zu Beginn des Jahres.")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [
            ("zweite Jahreshälfte 2027", "2027-H2"), ("ersten Halbjahr", "2026-H1"),
            ("vor einem halben Jahr", "2026-04"), ("vor anderthalb Jahren", "2025-04"), ("Beginn des Jahres", "2026")])
        found = values("LONDON, Oct 14, 2026 - It should close in the first half of 2027. He left a year and a half "
                       "ago, she half a year ago and they a fortnight ago; he ate half a pie.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [
            ("the first half of 2027", "2027-H1"), ("a year and a half ago", "2025-04"),
            ("half a year ago", "2026-04"), ("a fortnight ago", "2026-W40")])
        # a half is its months, and another half none of them
        self.assertTrue(compare.compatible_values("2027-H1", "2027-03"))
        self.assertFalse(compare.compatible_values("2027-H1", "2027-H2"))
        self.assertEqual(compare.date_label("2027-H2"), "the second half of 2027")

    def test_a_part_of_a_day_or_the_night_into_it_told_before_its_date(self):
        found = values("Berlin, 5. Mai 2027. Er kam in der Nacht zum 1. Mai, ging am Abend des 3. Mai und rief am "
                       "4. Mai an.")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [
            ("in der Nacht zum 1. Mai", "2027-04-30TNI"), ("am Abend des 3. Mai", "2027-05-03TEV"),
            ("4. Mai", "2027-05-04")])
        found = values("LONDON, May 5, 2027 - He came on the night of May 1 and left on the morning of May 3.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][1:], [
            ("the night of May 1", "2027-05-01TNI"), ("the morning of May 3", "2027-05-03TMO")])

    def test_the_next_and_the_last_season_round_the_day_of_writing(self):
        for dateline, text, language, value in (
                ("Riga, 16. April 2026.", "Er kommt im kommenden Herbst.", "de", "2026-FA"),
                ("RIGA, April 16, 2026 -", "He will come next spring.", "en", "2027-SP"),
                ("RIGA, Oct 16, 2026 -", "He came last summer.", "en", "2026-SU"),
                ("Riga, 16. April 2026.", "Er kam im vergangenen Sommer.", "de", "2025-SU"),
                ("Riga, 16. Januar 2026.", "Er kam im vergangenen Winter.", "de", "2024-WI"),
                # a season's early or late part is the season
                ("Riga, 16. April 2026.", "Er kommt im Frühsommer.", "de", "2026-SU"),
                ("Riga, 16. April 2026.", "Er kommt im Spätherbst 2027.", "de", "2027-FA"),
                ("RIGA, April 16, 2026 -", "He will come in late summer.", "en", "2026-SU")):
            with self.subTest(text=text, dateline=dateline):
                self.assertEqual(values(f"{dateline} {text}", language)[-1][1], value)

    def test_a_night_told_by_its_two_days_and_a_part_of_a_day_in_french_and_spanish(self):
        found = values("Riga, 10. September 2023. Das Beben kam in der Nacht vom 8. auf den 9. September.")
        self.assertEqual(found[1][:2], ("in der Nacht vom 8. auf den 9. September", "2023-09-08TNI"))
        found = values("Riga, 10 septembre 2023. Le séisme a frappé dans la nuit du 8 au 9 septembre 2023.", "fr")
        self.assertEqual(found[1][:2], ("dans la nuit du 8 au 9 septembre 2023", "2023-09-08TNI"))
        found = values("Riga, 10 de septiembre de 2023. El sismo llegó la noche del 8 de septiembre de 2023.", "es")
        self.assertEqual(found[1][:2], ("la noche del 8 de septiembre de 2023", "2023-09-08TNI"))
        # (two days not one after the other are no night's)
        found = values("Riga, 10. September 2023. Die Messe lief in der Nacht vom 2. auf den 9. September.")
        self.assertEqual(found[-1][1], "2023-09-09")

    def test_mid_start_end(self):
        found = values("Mitte Juli kam er, Anfang August ging er, Ende Mai war es vorbei.")
        self.assertEqual([(v, mod) for _, v, mod in found],
                         [("XXXX-07", "MID"), ("XXXX-08", "START"), ("XXXX-05", "END")])

    def test_relative_dates_anchor_to_the_articles_own_date(self):
        found = values("Am 13. September 2024 kam er. Vor drei Monaten war Putin hier. "
                       "Gestern sprach er. Im vergangenen Juni unterschrieben sie.")
        self.assertEqual([v for _, v, _ in found], ["2024-09-13", "2024-06", "2024-09-12", "2024-06"])

    def test_a_span_after_a_day_told_counts_from_it(self):
        found = values("BERLIN, June 17, 2026 - Lutz resigned on Wednesday in Berlin, three weeks after a fire. "
                       "Kern was born in 1964, two years before the war. It began on June 3, a day before the vote. "
                       "Two days after the vote, protests began.", "en")
        self.assertEqual([(w, v) for w, v, _ in found][2:],
                         [("three weeks after", "2026-05-27"), ("in 1964", "1964"), ("two years before", "1966"),
                          ("June 3", "2026-06-03"), ("a day before", "2026-06-04")])
        found = values("Berlin, 18. Juni 2026. Lutz trat am Mittwoch zurück, drei Wochen nach dem Brand in Hamm.")
        self.assertEqual(found[-1][:2], ("drei Wochen nach", "2026-05-27"))

    def test_a_weekday_in_a_clause_about_what_is_to_come_is_the_next_one(self):
        found = values("Am Dienstag, 12. August 2025, traf er sie. Am Donnerstag will er nach Rom reisen, "
                       "am Montag war er in Wien.")
        self.assertEqual([v for _, v, _ in found], ["2025-08-12", "2025-08-12", "2025-08-14", "2025-08-11"])
        found = values("On Tuesday, August 12, 2025, he met her on Tuesday and will fly to Rome on Thursday. "
                       "The plant closed on Friday.", "en")
        self.assertEqual([v for _, v, _ in found],
                         ["2025-08-12", "2025-08-12", "2025-08-12", "2025-08-14", "2025-08-08"])

    def test_a_day_and_month_without_a_year_take_the_year_nearest_the_articles_date(self):
        found = values("CUPERTINO, Sept 9, 2025 - The phones go on sale on Sept. 19. Sales rose on Dec. 30 in Lima. "
                       "She will host the show on March 2.", "en")
        self.assertEqual([v for _, v, _ in found[1:]], ["2025-09-19", "2024-12-30", "2026-03-02"])   # ahead: to come
        self.assertEqual([v for _, v, _ in values("The phones go on sale on Sept. 19.", "en")], ["XXXX-09-19"])

    def test_what_is_due_or_to_come_and_what_was_said_of_it(self):
        # 16 January 2025 is a Thursday: "soll ... treten" and "is due to" look ahead, "soll ... haben" back;
        # the colon of "8:30" ends no clause, and a weekday after a word of saying is the saying's
        found = values("Jerusalem, 16. Januar 2025. Die Waffenruhe soll am Sonntag um 8.30 Uhr in Kraft "
                       "treten. Er soll am Dienstag geschossen haben. Er sagte am Montag, er werde gehen.")
        self.assertEqual([v for _, v, _ in found], ["2025-01-16", "2025-01-19", "2025-01-14", "2025-01-13"])
        found = values("Velden, 4. Juni 2027. Die Strecke bleibt voraussichtlich bis Mittwoch gesperrt.")
        self.assertEqual([v for _, v, _ in found], ["2027-06-04", "2027-06-09"])     # expected: still to come
        found = values("JERUSALEM, Jan 16, 2025 - The truce is due to take effect at 8:30 a.m. on Sunday. "
                       "He said on Monday he will resign. They announced on Tuesday that talks will begin on "
                       "Saturday. Talks will resume on Thursday. It would begin on Friday.", "en")
        self.assertEqual([v for _, v, _ in found], ["2025-01-16", "2025-01-19", "2025-01-13", "2025-01-14",
                                                    "2025-01-18", "2025-01-16", "2025-01-17"])

    def test_only_the_articles_own_date_anchors_its_weekdays(self):
        # a date told in the story is when something else happened
        found = values("A court on Thursday sentenced Ana Verel to six years. Her trial opened on 3 March 2025 "
                       "and she spoke on Friday.", "en")
        self.assertEqual([v for _, v, _ in found], ["XXXX-WXX-4", "2025-03-03", "XXXX-WXX-5"])
        # a date at the top, but after the weekday of the sentence: the crime's, not the sentence's
        found = values("Tom Arlen was sentenced Saturday for what he did on March 11, 2005. He wept.", "en")
        self.assertEqual([v for _, v, _ in found], ["XXXX-WXX-6", "2005-03-11"])
        # a publication line anchors the weekday of the line before it, in the middle of the text too
        found = values("Lina Ode checked into a clinic late Thursday, her lawyer said in a statement to "
                       "reporters outside the court house where the hearing had taken place earlier.\n"
                       "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\nShe left on Friday.", "en")
        self.assertEqual([v for _, v, _ in found], ["2013-05-02", "2013-05-02", "2013-04-26"])
        # a wire story's dateline, after a title that names the weekday
        found = values("Eva Lind arrives in Tallinn on Tuesday for talks\nTALLINN, March 5, 2025 (Reuters) - "
                       "Eva Lind arrived on Tuesday.", "en")
        self.assertEqual([v for _, v, _ in found], ["2025-03-04", "2025-03-05", "2025-03-04"])

    def test_a_weekday_after_the_day_a_story_tells_of_is_the_next_when_it_would_be_days_back(self):
        # the first sentence dates the quake, not the article: "samedi" is the day after it;
        # a dateline is the article's own day, after which nothing told in the past can be
        found = values("Un séisme a frappé le Maroc le vendredi 8 septembre 2023. Les secours sont arrivés samedi.",
                       "fr")
        self.assertEqual([v for _, v, _ in found], ["2023-09-08", "2023-09-09"])
        found = values("Am Freitag, dem 8. September 2023, bebte die Erde. Am Samstag kamen die Helfer, "
                       "am Montag davor hatte es geregnet.")
        self.assertEqual([v for _, v, _ in found], ["2023-09-08", "2023-09-08", "2023-09-09", "2023-09-04"])
        # a weekday before its own date is that date's; one that does not fall on it is left unanchored
        # (26 March 2025 was a Wednesday), not taken for the Tuesday before
        found = values("Am Mittwoch, dem 26. März 2025, stürzte sie ein; am Dienstag, dem 26. März 2025, nicht.")
        self.assertEqual([v for _, v, _ in found], ["2025-03-26", "2025-03-26", "XXXX-WXX-2", "2025-03-26"])
        found = values("RABAT, Sept. 8, 2023 (Reuters) - Rescuers arrived on Saturday.", "en")
        self.assertEqual([v for _, v, _ in found], ["2023-09-08", "2023-09-02"])
        found = values("http://news.example.com/2023-09-08-quake.htm\nRescuers arrived on Saturday.", "en")
        self.assertEqual([v for _, v, _ in found][-1], "2023-09-02")

    def test_the_start_middle_or_end_of_last_or_next_year_or_month(self):
        found = values("Berlin, 14. März 2025. Ende letzten Jahres war sie in Tokio, Mitte nächsten Monats kommt sie.")
        self.assertEqual([(v, mod) for _, v, mod in found], [("2025-03-14", ""), ("2024", "END"), ("2025-04", "MID")])
        found = values("LONDON, March 17, 2025 - Late last year she spoke; early next month she travels, and "
                       "at the start of this year she rested.", "en")
        self.assertEqual([(w, v, mod) for w, v, mod in found][1:],
                         [("Late last year", "2024", "END"), ("early next month", "2025-04", "START"),
                          ("the start of this year", "2025", "START")])
        self.assertEqual(values("In mid-2024 it rained, as in the mid-1980s.", "en"),
                         [("mid-2024", "2024", "MID"), ("mid-1980s", "198X", "MID")])

    def test_the_first_day_of_a_pair_or_span_takes_the_month_told_after_it(self):
        found = values("Am 1. und 2. April tagen sie, vom 5. bis 7. Mai 2025 reisen sie, am 1.-2. Juni ruhen sie. "
                       "Sie gewannen 3-1. Mai kam.")
        self.assertEqual([(w, v) for w, v, _ in found],
                         [("1. und 2. April", "XXXX-04-01"), ("2. April", "XXXX-04-02"),
                          ("5. bis 7. Mai 2025", "2025-05-05"), ("7. Mai 2025", "2025-05-07"),
                          ("1.-2. Juni", "XXXX-06-01"), ("2. Juni", "XXXX-06-02"), ("1. Mai", "XXXX-05-01")])
        # a score before an abbreviated month and its day is no span: "30-7 Oct. 19 loss" is 19 October
        found = values("Talks on 5-7 May. He was hurt in the 30-7 Oct. 19 loss.", "en")
        self.assertEqual([(w, v) for w, v, _ in found],
                         [("5-7 May", "XXXX-05-05"), ("7 May", "XXXX-05-07"), ("Oct. 19", "XXXX-10-19")])

    def test_a_slash_date_whose_first_number_is_over_twelve_is_day_first_in_english_too(self):
        self.assertEqual([v for _, v, _ in values("Arrived 29/11/2024, left 11/29/2024, back 11/09/2024.", "en")],
                         ["2024-11-29", "2024-11-29", "2024-11-09"])
        self.assertEqual([v for _, v, _ in values("Il est arrivé le 29/11/2024 et le 11/09/2024.", "fr")],
                         ["2024-11-29", "2024-09-11"])

    def test_italian_portuguese_and_dutch_month_names(self):
        for lang, text in (("it", "Il ministro è arrivato il 29 novembre 2024."),
                           ("pt", "O ministro chegou em 29 de novembro de 2024."),
                           ("nl", "De minister kwam op 29 november 2024 aan.")):
            with self.subTest(lang=lang):
                self.assertEqual([v for _, v, _ in values(text, lang)], ["2024-11-29"])

    def test_a_weekend_is_named_by_its_saturday(self):
        # the last one before the article's day, or the coming one; unanchored, it links nothing
        found = values("Berlin, 14. März 2025. Am vergangenen Wochenende sprach sie, dieses Wochenende ruht sie.")
        self.assertEqual([v for _, v, _ in found], ["2025-03-14", "2025-W10-WE", "2025-W11-WE"])
        found = values("LONDON, March 17, 2025 - Last weekend she spoke; next weekend she travels. ", "en")
        self.assertEqual([v for _, v, _ in found], ["2025-03-17", "2025-W11-WE", "2025-W12-WE"])
        self.assertEqual(compare.date_label("2025-W11-WE"), "the weekend of 15 March 2025")
        self.assertEqual(values("Last weekend she spoke.", "en")[0][1], "REF-1WE")
        # a bare weekend is the last one, or the coming one where the clause tells what is to come
        found = values("Berlin, 14. März 2025. Am Wochenende trafen sie sich. Am Wochenende wird gewählt.")
        self.assertEqual([v for _, v, _ in found], ["2025-03-14", "2025-W10-WE", "2025-W11-WE"])
        # "at the weekend" is left out: ECB+ annotates one (a Friday death "at the weekend") as no date,
        # and its dates' precision fell below 0.90 with it; "over the weekend" left ECB+'s figures as they were
        found = values("LONDON, March 17, 2025 - This past weekend they met; over the weekend too; at the "
                       "weekend, not.", "en")
        self.assertEqual([v for _, v, _ in found], ["2025-03-17", "2025-W11-WE", "2025-W11-WE"])

    def test_a_deadline_by_the_end_of_a_year_is_the_happenings_date(self):
        report = analyse_texts({
            "a.txt": "Velden, 19. März 2026. Der Zulieferer Arvik will bis Ende 2027 weltweit 4.800 Stellen abbauen.",
            "b.txt": "VELDEN, March 19 - Car parts supplier Arvik will cut 4,800 jobs by the end of 2028."})
        self.assertEqual([d.text for r in report.events for ev in r.entity.extra if ev.doc == "S2" for d in ev.dates],
                         ["the end of 2028"])

    def test_a_german_journey_or_meeting_told_in_the_present_is_on_the_coming_weekday(self):
        # 4 June 2026 is a Thursday: "reist am Freitag" is the 5th, "reiste am Freitag" the 29 May
        found = values("Berlin, 4. Juni 2026. Von Berlin aus reist er am Freitag nach Rom. Er reiste am Freitag "
                       "nach Paris um Macron zu treffen. Er ist am Dienstag nach Wien gereist. Am Montag trifft sie "
                       "den Kanzler.")
        self.assertEqual([v for _, v, _ in found], ["2026-06-04", "2026-06-05", "2026-05-29", "2026-06-02",
                                                    "2026-06-08"])

    def test_an_english_journey_told_in_the_present_is_on_the_coming_weekday(self):
        # 10 April 2024 is a Wednesday: "travels … on Saturday" is the 13th, "met … on Saturday" the 6th
        found = values("BERLIN, April 10, 2024 - Chancellor Ilze Marnis travels to Riga on Saturday. She met Kalle "
                       "Tamm on Saturday and visits Tartu on Monday.", "en")
        self.assertEqual([v for _, v, _ in found], ["2024-04-10", "2024-04-13", "2024-04-06", "2024-04-15"])
        found = values("RIGA, Jan 5, 2011 - FK Riga plays at Tartu on Saturday. It lost on Saturday.", "en")
        self.assertEqual([v for _, v, _ in found], ["2011-01-05", "2011-01-08", "2011-01-01"])

    def test_setting_out_on_a_journey_told_in_the_present_is_on_the_coming_weekday(self):
        # 23 October 2024 is a Wednesday: "bricht am Donnerstag … auf" is the 24th, "brach … auf" the 17th
        found = values("Berlin, 23. Oktober 2024. Die Ministerin bricht am Donnerstag zu einer Reise nach Kenia auf. "
                       "Ihr Vorgänger brach am Donnerstag nach Ghana auf.")
        self.assertEqual([v for _, v, _ in found], ["2024-10-23", "2024-10-24", "2024-10-17"])

    def test_a_weekday_something_is_set_for_is_the_coming_one(self):
        # 15 January 2027 is a Friday: "für Donnerstag" is the 21st, "am Donnerstag" the 14th
        found = values("Esslingen, 15. Januar 2027. Der Betriebsrat hat für Donnerstag zu einer Kundgebung "
                       "aufgerufen. Die Firma hatte am Donnerstag informiert.")
        self.assertEqual([v for _, v, _ in found], ["2027-01-15", "2027-01-21", "2027-01-14"])
        found = values("LONDON, Jan 15, 2027 - A funeral is planned for Tuesday. Police blamed arson for "
                       "Friday's fire.", "en")
        self.assertEqual([v for _, v, _ in found], ["2027-01-15", "2027-01-19", "2027-01-15"])
        found = values("LONDON, Jan 15, 2027 - He declared Tuesday a day of mourning. He declared Tuesday that "
                       "he would stay.", "en")
        self.assertEqual([v for _, v, _ in found], ["2027-01-15", "2027-01-19", "2027-01-12"])

    def test_the_second_day_of_a_span_told_month_first_is_a_day_too(self):
        found = values("The summit on June 18-19, 2025 ended. Talks ran between May 6 and 8. On June 18 and 20 "
                       "people died.", "en")
        self.assertEqual([(w, v) for w, v, _ in found], [("June 18", "2025-06-18"), ("19, 2025", "2025-06-19"),
                                                         ("May 6", "2025-05-06"), ("8", "2025-05-08"),
                                                         ("June 18", "2025-06-18")])
        report = analyse_texts({"a.txt": "Mayor Eva Lind hosted the summit in Velden on June 18-19, 2025.",
                                "b.txt": "Mayor Eva Lind hosted the summit in Velden on June 19, 2025."})
        self.assertIn("date:2025-06-19", {r.entity.key for r in report.dates})
        self.assertEqual([n.text for r in report.events for n in r.notes], [])

    def test_a_month_of_last_or_next_year_is_that_years_whichever_month_it_is_now(self):
        found = values("Velden, 3. Dezember 2026. Im Mai vergangenen Jahres kam er, im Mai nächsten Jahres geht er; "
                       "im Mai dieses Jahres war er hier.")
        self.assertEqual([v for _, v, _ in found], ["2026-12-03", "2025-05", "2027-05", "2026-05"])
        found = values("VELDEN, Feb 3, 2026 - He came in December last year and goes in June next year.", "en")
        self.assertEqual([v for _, v, _ in found], ["2026-02-03", "2025-12", "2027-06"])

    def test_the_two_days_of_a_span_and_a_day_from_which_on_are_told_one_way(self):
        # 9 January 2024 is a Tuesday: "ab Donnerstag" is to come; "soll bis Freitagabend" is, and so its span's
        # Wednesday; a span gone by ends on the last Friday, and begins before it
        found = values("Velden, 9. Januar 2024. Die Sperrung gilt ab Donnerstag. Der Ausstand beginnt am Mittwoch "
                       "um 2 Uhr und soll bis Freitagabend 18 Uhr dauern. Seit Montag ist die Brücke zu.")
        self.assertEqual([v for _, v, _ in found], ["2024-01-09", "2024-01-11", "2024-01-10", "2024-01-12TEV",
                                                    "2024-01-08"])
        found = values("Velden, 11. Januar 2024. Der Streik dauerte von Mittwoch bis Freitag. Am Mittwoch kam er.")
        self.assertEqual([v for _, v, _ in found], ["2024-01-11", "2024-01-03", "2024-01-05", "2024-01-10"])
        # a verb after "and" with no subject of its own shares the "will" before it
        found = values("VELDEN, Jan 8, 2024 - The strike will start at 2 a.m. on Wednesday and end at 6 p.m. on "
                       "Friday. Lind met Orr on Tuesday and flew home on Friday. He will go on Monday and the "
                       "union said on Friday it agreed.", "en")
        self.assertEqual([v for _, v, _ in found], ["2024-01-08", "2024-01-10", "2024-01-12", "2024-01-02",
                                                    "2024-01-05", "2024-01-08", "2024-01-05"])

    def test_two_days_back_or_ahead(self):
        found = values("Berlin, 14. März 2025. Übermorgen kommt er, vorgestern rief er an.")
        self.assertEqual([v for _, v, _ in found], ["2025-03-14", "2025-03-16", "2025-03-12"])
        found = values("BERLIN, March 14, 2025 - The day before yesterday he called; the day after tomorrow "
                       "he comes. The day was long.", "en")
        self.assertEqual([(w, v) for w, v, _ in found], [("March 14, 2025", "2025-03-14"),
                                                         ("The day before yesterday", "2025-03-12"),
                                                         ("the day after tomorrow", "2025-03-16")])
        # French and Spanish ("avant-hier" is no "hier", "pasado mañana" no "mañana")
        self.assertEqual(told("Riga, 14 mars 2025. Il est arrivé avant-hier et repart après-demain.", "fr"),
                         [("avant-hier", "2025-03-12"), ("après-demain", "2025-03-16")])
        self.assertEqual(told("Riga, 14 de marzo de 2025. Llegó anteayer y se irá pasado mañana.", "es"),
                         [("anteayer", "2025-03-12"), ("pasado mañana", "2025-03-16")])

    def test_the_night_before_a_weekday_and_a_rough_count_back(self):
        found = values("Berlin, 12. März 2025. In der Nacht zu Sonntag brannte es, in der Nacht auf den "
                       "Dienstag wieder. Die Nacht war kalt.")
        self.assertEqual([(w, v) for w, v, _ in found], [("12. März 2025", "2025-03-12"),
                                                         ("Nacht zu Sonntag", "2025-03-08TNI"),
                                                         ("Nacht auf den Dienstag", "2025-03-10TNI")])
        found = values("Berlin, 12. März 2025. Vor etwa drei Monaten kam er, vor knapp zwei Wochen ging er.")
        self.assertEqual([v for _, v, _ in found], ["2025-03-12", "2024-12", "2025-W09"])
        self.assertEqual(compare.rough_values([("vor knapp zwei Wochen", "2025-W09")]), frozenset({"2025-W09"}))
        found = values("Berlin, 12. März 2025. Vor genau einem Jahr kam er.")
        self.assertEqual([v for _, v, _ in found], ["2025-03-12", "2024"])
        self.assertEqual(values("Carmont will cut 3,500 jobs by 2027, and by 12 percent.", "en"),
                         [("by 2027", "2027", "")])

    def test_the_edge_of_this_year_or_month_in_one_german_word_or_with_the_in_english(self):
        found = values("Berlin, 4. Dezember 2025. Er geht zum Jahresende, sie kam zu Jahresbeginn, bis Monatsende.")
        self.assertEqual([(w, v, mod) for w, v, mod in found[1:]], [("Jahresende", "2025", "END"),
                                                                   ("Jahresbeginn", "2025", "START"),
                                                                   ("Monatsende", "2025-12", "END")])
        found = values("LONDON, Dec 4, 2025 - He leaves at the end of the year.", "en")
        self.assertEqual([(v, mod) for _, v, mod in found[1:]], [("2025", "END")])

    def test_a_weekday_of_last_or_next_week_and_the_start_or_end_of_a_week(self):
        found = values("Berlin, 12. März 2025. Am Dienstagabend vergangener Woche kam er, am Montag nächster "
                       "Woche geht er. Anfang der Woche sprach er, Ende der vergangenen Woche schwieg er.")
        self.assertEqual([(v, mod) for _, v, mod in found[1:]], [("2025-03-04TEV", ""), ("2025-03-17", ""),
                                                                 ("2025-W11", "START"), ("2025-W10", "END")])
        found = values("LONDON, March 12, 2025 - He came on Tuesday last week and left late last week.", "en")
        self.assertEqual([(w, v) for w, v, _ in found[1:]], [("on Tuesday last week", "2025-03-04"),
                                                             ("late last week", "2025-W10")])

    def test_the_day_before_or_after_counts_from_the_last_day_told_not_the_dateline(self):
        # each from the last day named, not from another counted day ("the previous day … the previous day's")
        found = values("LONDON, March 17, 2025 - Police arrested him on March 3. The next day he was freed. "
                       "Two days earlier, officers had searched the flat; the day before, he had fled.", "en")
        self.assertEqual([(w, v) for w, v, _ in found[1:]], [("March 3", "2025-03-03"), ("The next day", "2025-03-04"),
                                                             ("Two days earlier", "2025-03-01"),
                                                             ("the day before", "2025-03-02")])
        self.assertIn("relative to 4 March 2025, the day told before it", compare.find_dates(
            compare.Document("S1", "a", "a", "en", "On March 4, 2025 he came. A day later he left.", "", 0),
            compare.split_sentences("On March 4, 2025 he came. A day later he left."))[1].context)
        found = values("Berlin, 12. März 2025. Am 3. März wurde er festgenommen, am Tag darauf kam er frei. "
                       "Tags zuvor hatte die Polizei ermittelt. Zwei Tage später reiste er ab.")
        self.assertEqual([v for _, v, _ in found[1:]], ["2025-03-03", "2025-03-04", "2025-03-02", "2025-03-05"])
        # with no day told before it but the dateline's, nothing to count from; nor before a noun
        self.assertEqual(values("Berlin, 12. März 2025. Am Tag darauf kam er. Ende vergangener Woche, Mitte "
                                "nächster Woche.")[1:], [("Ende vergangener Woche", "2025-W10", "END"),
                                                          ("Mitte nächster Woche", "2025-W12", "MID")])
        self.assertEqual(values("On March 3, 2025 he voted; he came the day before the vote.", "en")[1:], [])
        found = values("LONDON, March 17, 2025 - He was freed on March 3. A week earlier, police had searched it; "
                       "zwei Wochen danach not.", "en")
        self.assertEqual([v for _, v, _ in found[2:]], ["2025-02-24", "2025-03-17"])
        # a part of the day told before or after it: a time of that day
        found = values("LONDON, March 17, 2025 - Police shot him on March 8. The next night, crowds gathered; "
                       "the night before, it had rained.", "en")
        self.assertEqual([v for _, v, _ in found[2:]], ["2025-03-09TNI", "2025-03-07TNI"])

    def test_last_night_in_german(self):
        found = values("Berlin, 14. Oktober 2026. In der vergangenen Nacht brannte es, vergangene Nacht auch.")
        self.assertEqual([v for _, v, _ in found[1:]], ["2026-10-13TNI", "2026-10-13TNI"])

    def test_a_day_planned_far_ahead_is_this_years(self):
        found = values("Paris, 3. Februar 2026. Der nächste Ministerrat ist für den 14. Mai geplant, der letzte "
                       "war am 20. Mai.")
        self.assertEqual([v for _, v, _ in found[1:]], ["2026-05-14", "2025-05-20"])

    def test_a_day_an_appointment_takes_effect_is_ahead(self):
        found = values("FRANKFURT, Feb 3, 2027 (Reuters) - Kessler named Dana Ruiz chief executive, effective May 1, "
                       "after Tom Berg left on Dec. 20.", "en")
        self.assertEqual([v for _, v, _ in found[1:]], ["2027-05-01", "2026-12-20"])
        found = values("Frankfurt, 3. Februar 2027. Sie wird mit Wirkung zum 1. Mai Chefin; er ging am 20. Dezember.")
        self.assertEqual([v for _, v, _ in found[1:]], ["2027-05-01", "2026-12-20"])

    def test_a_quarter_of_a_year_and_not_of_a_game(self):
        found = values("Berlin, 14. Oktober 2026. Im dritten Quartal stieg der Umsatz, im 4. Quartal 2025 fiel er.")
        self.assertEqual([(w, v) for w, v, _ in found[1:]], [("Im dritten Quartal", "2026-Q3"),
                                                             ("im 4. Quartal 2025", "2025-Q4")])
        found = values("LONDON, Oct 14, 2026 - Profit rose in the fourth quarter of 2025 and in Q2 2026. He "
                       "scored in the second quarter.", "en")
        self.assertEqual([v for _, v, _ in found[1:]], ["2025-Q4", "2026-Q2"])
        self.assertEqual(compare.date_label("2025-Q4"), "the fourth quarter of 2025")
        self.assertTrue(compare.compatible_values("2026-Q3", "2026-08"))      # a month of it, no rival date
        found = values("Berlin, 14. Oktober 2026. Im Vorjahr stieg er, im Vormonat fiel er, gegenüber dem Vorjahr nicht.")
        self.assertEqual([v for _, v, _ in found[1:]], ["2025", "2026-09"])
        found = values("Berlin, 14. Oktober 2026. In der Vorwoche stieg er, gegenüber der Vorwoche nicht.")
        self.assertEqual([(w, v) for w, v, _ in found[1:]], [("Vorwoche", "2026-W41")])

    def test_a_sentence_of_a_place_and_the_date_is_a_dateline_in_any_language(self):
        # so its weekdays are the last ones before it, as after a dateline on a line of its own
        for lang, text in (("fr", "Ankara, le 8 février 2026. Un séisme a frappé mardi l'est du pays."),
                           ("es", "Ankara, 8 de febrero de 2026. Un terremoto sacudió el martes el este del país."),
                           ("de", "Ankara, 8. Februar 2026. Ein Erdbeben erschütterte am Dienstag den Osten."),
                           ("en", "ANKARA, February 8, 2026\nAn earthquake struck the east on Tuesday.")):
            with self.subTest(lang=lang):
                self.assertEqual([v for _, v, _ in values(text, lang)], ["2026-02-08", "2026-02-03"])
        # after a headline that names a weekday too (a weekday before a date at the top is mostly a sentence's
        # own, "sentenced Saturday for what he did on March 11, 2005", but not before a dateline)
        found = values("Lokführer streiken ab Mittwoch\nKarlsbrück, 10. Februar 2027. Die Gewerkschaft ruft ab "
                       "Mittwoch zum Streik auf. Vor zwei Wochen streikte sie schon.")
        self.assertEqual([v for _, v, _ in found], ["2027-02-10", "2027-02-10", "2027-02-10", "2027-W04"])
        # a place and a date that end a sentence of a story are none
        found = values("Lokführer streiken ab Mittwoch\nDie Lokführer streikten zuletzt in Karlsbrück, 10. Februar "
                       "2027. Am Mittwoch geht es weiter.")
        self.assertEqual([v for _, v, _ in found], ["XXXX-WXX-3", "2027-02-10", "XXXX-WXX-3"])

    def test_relative_dates_without_an_anchor_stay_underspecified(self):
        found = values("Vor drei Monaten war er hier. Gestern sprach er. Im vergangenen Juni kam er.")
        self.assertEqual([v for _, v, _ in found], ["REF-3M", "REF-1D", "XXXX-06"])

    def test_a_source_address_decides_day_and_month_order(self):
        text = "{}\nPlant shooting\n11/09/2010\nThe plant closed on Friday."
        self.assertEqual([v for _, v, _ in values(text.format("http://news.example/2010/09/story.html"), "en")],
                         ["2010-09-11", "2010-09-10"])
        self.assertEqual([v for _, v, _ in values(text.format("Plant news"), "en")], ["2010-11-09", "2010-11-05"])

    def test_a_source_address_anchors_an_article_that_names_no_day(self):
        text = "http://news.example/film/2013/aug/02/host.html\nThis year the show moved; last year it did not."
        self.assertEqual([v for _, v, _ in values(text, "en")], ["2013", "2012"])
        # an address later in the text is a link, not the article's own
        self.assertEqual([v for _, v, _ in values("Moved this year. See http://x.example/2013/08/02/a.html", "en")],
                         ["XXXX"])

    def test_spanish_and_french_weeks_months_and_years_before_their_noun(self):
        self.assertEqual(told("Madrid, 3 de marzo de 2025. Se reunirán esta semana y la próxima semana; el pasado "
                              "mes y el próximo año.", "es"),
                         [("esta semana", "2025-W10"), ("la próxima semana", "2025-W11"), ("el pasado mes", "2025-02"),
                          ("el próximo año", "2026")])
        self.assertEqual(told("Quito, 5 de enero de 2025. Votarán el próximo mes; llegó el pasado 15 de enero.",
                              "es"), [("el próximo mes", "2025-02"), ("15 de enero", "2025-01-15")])
        self.assertEqual(told("Paris, 5 mars 2025. Cette semaine, ce mois-ci, cette année.", "fr"),
                         [("Cette semaine", "2025-W10"), ("ce mois-ci", "2025-03"), ("cette année", "2025")])

    def test_a_day_set_or_moved_to_is_ahead(self):
        self.assertEqual(told("NEW YORK, March 12, 2025 - A judge set the trial of Kalle Tamm for May 27.", "en"),
                         [("May 27", "2025-05-27")])
        self.assertEqual(told("Paris, 12 mars 2025. Le procès a été reporté au 27 mai.", "fr"),
                         [("27 mai", "2025-05-27")])
        self.assertEqual(told("NEW YORK, March 12, 2025 - He was born on May 27.", "en"), [("May 27", "2024-05-27")])

    def test_a_year_is_never_invented(self):
        found = values("Am 29. November kam er. Im Juni war er hier.")
        self.assertEqual([v for _, v, _ in found], ["XXXX-11-29", "XXXX-06"])

    def test_words_that_only_look_like_dates(self):
        self.assertEqual(values("Die Frau mit dem Hut sagte, es gebe 12.000 Soldaten und 3,5 Millionen."), [])
        self.assertEqual(values("You may go. Kate May said so.", "en"), [])
        self.assertEqual(values("Sie heißt Mai Nguyen.", "de"), [])


class DateRowsTest(unittest.TestCase):

    def test_the_same_date_written_differently_is_one_row(self):
        report = analyse_texts({
            "a.txt": "Der Minister kam am 13. September nach Pjöngjang.",
            "b.txt": "The minister arrived in Pyongyang on Sept. 13.",
            "c.txt": "Der Minister kam am 13.09. an.",
        })
        rows = [r for r in report.dates if r.entity.key == "date:XXXX-09-13"]
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0].sources, ("S1", "S2", "S3"))

    def test_a_date_with_a_year_absorbs_the_same_date_without_one(self):
        report = analyse_texts({"a.txt": "Das Treffen war im Juni 2024 in Berlin.",
                                "b.txt": "Das Treffen war im Juni in Berlin."})
        self.assertEqual([r.entity.key for r in report.dates], ["date:2024-06"])

    def test_unanchored_relative_dates_are_not_linked_across_sources(self):
        report = analyse_texts({"a.txt": "Gestern kam der Minister nach Wien.",
                                "b.txt": "Gestern kam der Minister nach Wien."}, 1)
        self.assertEqual([r.sources for r in report.dates], [("S1",), ("S2",)])

    def test_a_bare_weekday_joins_the_one_full_date_on_that_weekday(self):
        report = analyse_texts({"a.txt": "The minister arrived on Saturday, December 13, 2008.",
                                "b.txt": "The minister arrived on Saturday."})
        self.assertEqual([(r.entity.key, r.sources) for r in report.dates], [("date:2008-12-13", ("S1", "S2"))])

    def test_a_dateline_without_a_year_takes_the_year_other_sources_give(self):
        texts = {"a.txt": "Wien, 13. August 2025. Ministerin Eva Lind hat am Dienstag Jan Brodecki getroffen.",
                 "b.txt": "VIENNA, Aug 13 (Reuters) - Minister Eva Lind met Jan Brodecki on Tuesday. "
                          "Brodecki had met Lind in May.\nMore text follows here."}
        rows = {r.entity.key: r for r in analyse_texts(texts).dates}
        self.assertEqual(rows["date:2025-08-12"].sources, ("S1", "S2"))
        says = dict(rows["date:2025-08-12"].says)["S2"]
        self.assertIn('"on Tuesday" (relative to 13 August 2025, the year as other sources give it)', says)
        meeting = next(r for r in analyse_texts(texts).events if r.entity.extra[0].family == "meeting")
        self.assertNotIn("in May", [m.text for ev in meeting.entity.extra for m in ev.dates])
        # another story's year, or a date further down than a dateline, lends nothing
        texts["a.txt"] = "Wien, 13. August 2019. Ministerin Eva Lind hat am Dienstag Jan Brodecki getroffen."
        self.assertNotIn("date:2025-08-12", {r.entity.key for r in analyse_texts(texts, 1).dates})
        texts["a.txt"] = "Wien, 13. August 2025. Ministerin Eva Lind hat am Dienstag Jan Brodecki getroffen."
        texts["b.txt"] = "x " * 120 + texts["b.txt"]
        self.assertNotIn("as other sources give it", str(analyse_texts(texts).dates))

    def test_with_no_dated_dateline_a_yearless_one_takes_the_year_of_a_day_told_further_down(self):
        texts = {"a.txt": "Lind in Graz\n\nGraz (dpa) - Ministerin Eva Lind hat Jan Brodecki in Graz getroffen. "
                          "Das Treffen fand am Freitag statt. Brodecki war am 11.7.2025 eingetroffen.",
                 "b.txt": "GRAZ, July 13 (AP) - Minister Eva Lind met Jan Brodecki on Saturday, officials said on "
                          "Sunday. Brodecki arrived on Friday."}
        rows = {r.entity.key: r for r in analyse_texts(texts, 1).dates}
        self.assertEqual(rows["date:2025-07-12"].sources, ("S2",))
        says = dict(rows["date:2025-07-13"].says)["S2"]
        self.assertEqual(says.count("the year as other sources give it"), 1, says)
        self.assertEqual(rows["date:2025-07-11"].sources, ("S1", "S2"))
        # a day of another year, well away from the dateline, lends nothing
        texts["a.txt"] = texts["a.txt"].replace("11.7.2025", "11.3.2025")
        self.assertNotIn("date:2025-07-12", {r.entity.key for r in analyse_texts(texts, 1).dates})

    def test_a_date_row_tells_what_happened_then_in_each_sources_words_in_text_order(self):
        report = analyse_texts({"a.txt": "On March 3, 2021, the ship sank and a storm hit the coast.\n",
                                "b.txt": "A storm hit the coast on March 3, 2021, and a bridge collapsed.\n"})
        row = next(r for r in report.dates if r.entity.key == "date:2021-03-03")
        says = dict(row.says)
        # "sank" and "collapsed" are told by one source each: no event row, but still what happened then
        self.assertTrue(says["S1"].endswith('then: "sank", "storm", "hit"'), says["S1"])
        self.assertTrue(says["S2"].endswith('then: "storm", "hit", "collapsed"'), says["S2"])
        told = {m.text for r in report.events for m in r.entity.mentions}
        self.assertTrue({"storm", "hit"} <= told and not {"sank", "collapsed"} & told, told)
        # what another date of its sentence dates did not happen then
        report = analyse_texts({"a.txt": "Polizisten nahmen den Mann am 4. April 2027 fest, wie das Amt am "
                                         "5. April 2027 bekanntgab.\n",
                                "b.txt": "The man was arrested on April 4, 2027, police said on April 5, "
                                         "2027.\n"})
        says = {r.entity.key: dict(r.says) for r in report.dates}
        self.assertIn('then: "nahmen … fest"', says["date:2027-04-04"]["S1"])
        self.assertNotIn("nahmen", says["date:2027-04-05"]["S1"])
        self.assertIn('then: "said"', says["date:2027-04-05"]["S2"])
        self.assertNotIn("arrested", says["date:2027-04-05"]["S2"])

    def test_times_of_day_are_rows_of_their_own(self):
        report = analyse_texts({"a.txt": "The church burnt on Friday night. On Friday the pastor spoke.",
                                "b.txt": "The church burnt Friday night, police said on Friday.",
                                "c.txt": "The fire began late on Friday evening."})
        # a time of day one source alone tells ("Friday evening") is still its telling of the day
        self.assertEqual([(r.entity.key, r.sources) for r in report.dates],
                         [("date:XXXX-WXX-5", ("S1", "S2", "S3"))])
        self.assertEqual([(r.entity.key, r.entity.label, r.sources) for r in report.times],
                         [("time:XXXX-WXX-5TNI", "a Friday night", ("S1", "S2"))])
        report = analyse_texts({"a.txt": "Kelburg, 18. Oktober 2025. Die Explosion ereignete sich am Freitagvormittag.",
                                "b.txt": "KELBURG, Oct 17, 2025 - The blast occurred on Friday."})
        self.assertEqual([(r.entity.key, r.sources) for r in report.dates], [("date:2025-10-17", ("S1", "S2"))])

    def test_a_time_of_day_on_a_weekday_joins_the_one_full_date_on_it(self):
        report = analyse_texts({"a.txt": "The minister arrived on Saturday, December 13, 2008. He left that night.",
                                "b.txt": "The minister arrived on Saturday night.",
                                "c.txt": "On December 13, 2008, the minister came. It was Saturday night."})
        self.assertEqual([(r.entity.key, r.sources) for r in report.times],
                         [("time:2008-12-13TNI", ("S2", "S3"))])

    def test_a_time_and_its_day_are_no_disagreement(self):
        self.assertTrue(compare.compatible_values("2010-09-09TEV", "2010-09-09"))
        self.assertTrue(compare.compatible_values("XXXX-WXX-4TNI", "2010-09-09"))
        self.assertFalse(compare.compatible_values("XXXX-WXX-5TNI", "2010-09-09"))

    def test_a_weekday_told_with_a_date_it_does_not_fall_on_is_noted_on_that_date(self):
        report = analyse_texts({
            "a.txt": "Berlin, 27. März 2025. Am Dienstag, dem 26. März 2025, traf Minister Jan Kowalczyk in Wien ein.",
            "b.txt": "VIENNA, March 27, 2025 - Minister Jan Kowalczyk arrived in Vienna on Wednesday, March 26, 2025.",
        }, 2)
        day = next(r for r in report.dates if r.entity.label == "26 March 2025")
        self.assertEqual([(n.attribute, n.text) for n in day.notes],
                         [("weekday", '26 March 2025 is a Wednesday, not "Am Dienstag" (S1)')])
        report = analyse_texts({       # the year lent by another source's dateline is said, not quoted
            "a.txt": "Berlin, 7. November 2025. Minister Jan Kowalczyk traf am Donnerstag in Wien ein.",
            "b.txt": "Berlin, 7. November (dpa). Am Mittwoch, dem 6. November, traf Minister Jan Kowalczyk ein.",
        }, 2)
        day = next(r for r in report.dates if r.entity.label == "6 November 2025")
        self.assertEqual([n.text for n in day.notes], ['6 November 2025 is a Thursday, not "Am Mittwoch" (S2)'])
        # a weekday that its own date falls on is that date, whatever the article's day
        self.assertEqual(values("Berlin, 12. März 2025. Am Mittwoch, dem 26. März 2025, kam er.")[1][1], "2025-03-26")

    def test_weekday_against_date_names_the_years_they_agree(self):
        self.assertEqual(compare.weekday_years(5, 9, 13, 2015, 2025), [2019, 2024])

    def test_a_week_of_a_month_is_that_month_early_mid_or_late_and_no_week_of_the_article(self):
        told = "Velden, 5. Mai 2027. Er kam in der letzten Juniwoche und in der ersten Woche im Mai."
        self.assertEqual(values(told)[1:],
                         [("letzten Juniwoche", "2026-06", "END"), ("ersten Woche im Mai", "2027-05", "START")])
        self.assertEqual(values("VELDEN, May 5, 2027 - She came in the last week of June, he in the second week "
                                "of March.", "en")[1:],
                         [("the last week of June", "2026-06", "END"), ("the second week of March", "2027-03", "MID")])
        self.assertEqual(values("VELDEN, May 5, 2027 - He came last week.", "en")[1][1], "2027-W17")

    def test_a_part_of_a_month_told_with_its_year(self):
        self.assertEqual(values("Er war zuletzt Mitte September 2023 dort.")[0][:2],
                         ("Mitte September 2023", "2023-09"))
        self.assertEqual(values("He was last there in late September 2023.", "en")[0][0], "late September 2023")
        report = analyse_texts({
            "a.txt": "Hanoi, 3. Mai 2025. Der Präsident Ivo Marek ist am Montag in Vietnam eingetroffen. Zuletzt "
                     "hatte Marek Vietnam Mitte September 2023 besucht.",
            "b.txt": "May 3, 2025 - HANOI (Reuters) - President Ivo Marek arrived in Vietnam on Monday. Marek last "
                     "visited Vietnam in late September 2023."})
        notes = [n.text for r in report.events for n in r.notes]
        self.assertTrue(any("Mitte September 2023" in t and "late September 2023" in t for t in notes), notes)

    def test_french_and_spanish_parts_of_a_month(self):
        self.assertEqual(told("Riga, 1 de abril de 2025. Llegó a principios de marzo, se fue a finales de marzo y "
                              "volvió a mediados de mayo.", "es"),
                         [("principios de marzo", "2025-03"), ("finales de marzo", "2025-03"),
                          ("mediados de mayo", "2024-05")])
        self.assertEqual(told("Riga, 10 mars 2025. Il est venu à la fin du mois de janvier et au début de "
                              "février.", "fr"),
                         [("à la fin du mois de janvier", "2025-01"), ("au début de février", "2025-02")])
        report = analyse_texts({
            "a.txt": "Visita a Riga\n\nRiga, 1 de abril de 2025. La presidenta Ilze Marnis visitó Riga a principios "
                     "de marzo.",
            "b.txt": "Marnis in Riga\n\nRIGA, April 1, 2025 - President Ilze Marnis visited Riga in late March."})
        note = [n for r in report.events for n in r.notes if n.attribute == "date"][0]
        self.assertTrue(note.soft)
        self.assertEqual(note.text, 'parts of the month differ: "principios de marzo" (S1) / "late March" (S2)')

    def test_french_and_spanish_parts_of_yesterday_and_today(self):
        self.assertEqual(told("Riga, 5 août 2025. Un incendie s'est déclaré hier soir. Ce matin il pleut. Hier "
                              "matin aussi.", "fr"),
                         [("hier soir", "2025-08-04TEV"), ("Ce matin", "2025-08-05TMO"),
                          ("Hier matin", "2025-08-04TMO")])
        self.assertEqual(told("Riga, 5 de agosto de 2025. Un incendio ayer por la noche. Esta mañana llovió. Anoche "
                              "nevó. Mañana llueve.", "es"),
                         [("ayer por la noche", "2025-08-04TNI"), ("Esta mañana", "2025-08-05TMO"),
                          ("Anoche", "2025-08-04TNI"), ("Mañana", "2025-08-06")])

    def test_french_and_spanish_counts_back_and_ahead(self):
        self.assertEqual(told("RIGA, 15 octobre 2025 - Ilze Marnis est arrivée il y a deux semaines.", "fr"),
                         [("il y a deux semaines", "2025-W40")])
        self.assertEqual(told("RIGA, 15 de octubre de 2025 - Ilze Marnis llegó hace 10 días.", "es"),
                         [("hace 10 días", "2025-10-05")])
        self.assertEqual(told("RIGA, 15 octobre 2025 - Le sommet aura lieu dans deux semaines.", "fr"),
                         [("dans deux semaines", "2025-W44")])
        self.assertEqual(told("RIGA, 15 de octubre de 2025 - Está en el cargo desde hace tres años.", "es"), [])
        self.assertEqual(compare.detect_language("RIGA, 15 de octubre de 2025 - Ilze Marnis llegó hace dos "
                                                 "semanas a Riga."), "es")

    def test_a_spanish_datelines_month_abbreviations(self):
        self.assertEqual(values("RIGA, 20 ago (EFE).- El incendio forestal ha arrasado 500 hectáreas.", "es")[:1],
                         [("20 ago", "XXXX-08-20", "")])
        self.assertEqual(values("RIGA, 5 dic 2025 (EFE).- Ilze Marnis llegó el jueves.", "es")[0][:2],
                         ("5 dic 2025", "2025-12-05"))
        self.assertEqual([v for _, v, _ in values("Some 20 ago, he said. He left 20 years ago.", "en")], ["REF-20Y"])


    def test_french_and_spanish_weeks_months_and_years_named_back_and_ahead(self):
        self.assertEqual(told("Tallinn, 12 septembre 2025. Il a démissionné la semaine dernière. Le mois dernier. "
                              "L'année prochaine.", "fr"),
                         [("la semaine dernière", "2025-W36"), ("Le mois dernier", "2025-08"),
                          ("L'année prochaine", "2026")])
        self.assertEqual(told("Madrid, 30 de septiembre de 2025. Subió el mes pasado y la semana pasada; el año "
                              "pasado; el mes que viene.", "es"),
                         [("el mes pasado", "2025-08"), ("la semana pasada", "2025-W39"), ("el año pasado", "2024"),
                          ("el mes que viene", "2025-10")])
        self.assertEqual(told("Madrid, 30 de septiembre de 2025. La semana de la moda y el mes de mayo.", "es"), [])
        report = analyse_texts({
            "a.txt": "Inflación\n\nMadrid, 30 de septiembre de 2025. La inflación en España subió al 2,9 por "
                     "ciento el mes pasado.",
            "b.txt": "Inflation\n\nMadrid, 30. September 2025. Die Inflation in Spanien ist im September auf 2,9 "
                     "Prozent gestiegen."})
        notes = {n.attribute: n for r in report.events for n in r.notes}
        self.assertEqual([v for v, _, _ in notes["date"].values], ["2025-08", "2025-09"])
        rates = [q[:2] for r in report.events for ev in r.entity.extra if ev.doc == "S1" for q in ev.quantities]
        self.assertEqual(rates, [("inflation rate", 2.9)])      # "al 2,9 por ciento": the rate, not 2.9 of a "por"

    def test_a_participle_counted_back_after_its_noun(self):
        # "Aid workers kidnapped three weeks ago were released on Tuesday": the weeks are the kidnapping's
        report = analyse_texts({
            "a.txt": "Entführte frei\n\nBamako, 20. August 2025. Die vor zwei Wochen entführten Helfer sind wieder "
                     "frei. Sie wurden am Dienstag freigelassen.",
            "b.txt": "Aid workers freed\n\nBAMAKO, Aug 20, 2025 - Aid workers kidnapped three weeks ago were "
                     "released on Tuesday."})
        dates = {ev.family: [d.text for d in ev.dates] for r in report.events for ev in r.entity.extra
                 if ev.doc == "S2"}
        self.assertEqual(dates["hostage"], ["three weeks ago"])
        self.assertEqual(dates["release"], ["on Tuesday"])
        self.assertEqual(compare.detect_language("Aid workers freed\n\nAid workers were kidnapped three weeks ago."),
                         "en")

    def test_a_night_told_from_one_weekday_to_the_next(self):
        for text, language in (("Brest, 2 novembre 2025. La tempête est passée dans la nuit de mercredi à jeudi.",
                                "fr"),
                               ("Brest, 2. November 2025. Der Sturm zog in der Nacht von Mittwoch auf Donnerstag "
                                "durch.", "de"),
                               ("Brest, 2 de noviembre de 2025. La tormenta azotó en la noche del miércoles al "
                                "jueves.", "es"),
                               ("BREST, Nov 2, 2025 - The storm swept Brittany overnight Wednesday into Thursday.",
                                "en")):
            with self.subTest(language=language):
                self.assertEqual([value for _, value in told(text, language)], ["2025-10-29TNI"])
        report = analyse_texts({
            "a.txt": "Tempête\n\nBrest, 2 novembre 2025. La tempête a balayé la Bretagne dans la nuit de mercredi "
                     "à jeudi.",
            "b.txt": "Sturm\n\nBrest, 2. November 2025. Der Sturm ist in der Nacht zum Donnerstag über die Bretagne "
                     "gezogen."})
        storm = next(r for r in report.events if r.entity.extra[0].family == "storm")
        self.assertEqual(storm.sources, ("S1", "S2"))
        self.assertEqual([d.text for ev in storm.entity.extra if ev.doc == "S1" for d in ev.dates],
                         ["la nuit de mercredi à jeudi"])
        self.assertEqual([n for n in storm.notes if n.attribute == "date"], [])

    def test_a_day_listed_after_a_day_ahead_is_ahead_too(self):
        # 1 July 2025 is a Tuesday: "jeudi et vendredi" of a strike to come are the 3rd and the 4th
        self.assertEqual(told("Riga, le 1er juillet 2025. Les contrôleurs feront grève jeudi et vendredi, a prévenu "
                              "le syndicat.", "fr"), [("jeudi", "2025-07-03"), ("vendredi", "2025-07-04")])
        self.assertEqual(told("RIGA, July 1, 2025 - They met on Monday and will meet on Thursday and Friday.", "en"),
                         [("on Monday", "2025-06-30"), ("on Thursday", "2025-07-03"), ("Friday", "2025-07-04")])
        # a list told in the past stays there
        self.assertEqual(told("RIGA, July 1, 2025 - They met on Friday and Saturday.", "en"),
                         [("on Friday", "2025-06-27"), ("Saturday", "2025-06-28")])

    def test_this_weeks_weekday_in_spanish_french_and_german(self):
        # 2 April 2025 is a Wednesday: "este jueves" is the next day, "este lunes" two days before
        self.assertEqual(told("Riga, 2 de abril de 2025. Ozols recibe este jueves al primer ministro.", "es"),
                         [("este jueves", "2025-04-03")])
        self.assertEqual(told("Riga, 2 de abril de 2025. Ozols viajó este lunes a Tartu.", "es"),
                         [("este lunes", "2025-03-31")])
        self.assertEqual(told("Riga, le 2 avril 2025. Ozols reçoit ce jeudi le chancelier.", "fr"),
                         [("ce jeudi", "2025-04-03")])
        self.assertEqual(told("Riga, 2. April 2025. Ozols kommt diesen Donnerstag.", "de"),
                         [("diesen Donnerstag", "2025-04-03")])
        self.assertEqual(told("Riga, le 2 avril 2025. Ce jeudi-là, il pleuvait.", "fr"), [])

    def test_a_words_shared_end_does_not_break_its_clause(self):
        # "empfängt … am Sonntag": a present that tells what is to come, across "die Staats- und Regierungschefs"
        self.assertEqual(told("Riga, 12. Juni 2025. Premierminister Janis Ozols empfängt die Staats- und "
                              "Regierungschefs am Sonntag in Tartu.", "de"), [("am Sonntag", "2025-06-15")])

    def test_a_day_something_is_to_start_on_is_ahead(self):
        # 3 March 2025 is a Monday: the strike called "starting on Wednesday" starts on the 5th
        self.assertEqual(told("RIGA, March 3, 2025 - The union called a three-day strike starting on Wednesday.",
                              "en"), [("on Wednesday", "2025-03-05")])
        self.assertEqual(told("Riga, le 3 mars 2025. Le syndicat a appelé à une grève à partir de mercredi.", "fr"),
                         [("mercredi", "2025-03-05")])
        self.assertEqual(told("Riga, 3 de marzo de 2025. El sindicato convocó una huelga a partir del miércoles.",
                              "es"), [("miércoles", "2025-03-05")])
        # a day a thing began on, told in the past, stays there
        self.assertEqual(told("RIGA, March 3, 2025 - The strike began on Wednesday.", "en"),
                         [("on Wednesday", "2025-02-26")])

    def test_voters_who_go_to_the_polls_on_a_day_go_ahead(self):
        # 16 May 2025 is a Friday: "go to the polls on Saturday" is the next day
        self.assertEqual(told("TARTU, May 16, 2025 - Estonian voters go to the polls on Saturday to elect a new "
                              "parliament.", "en"), [("on Saturday", "2025-05-17")])
        report = analyse_texts({
            "a.txt": "Protestas en Tartu\n\nTartu, 20 de octubre de 2025. Las protestas comenzaron hace dos "
                     "semanas.",
            "b.txt": "Proteste in Tartu\n\nTartu, 20. Oktober 2025. Die Proteste hatten vor drei Wochen "
                     "begonnen."})
        protest = row_of(report, "protest")
        self.assertEqual([(n.attribute, n.soft) for n in protest.notes], [("date", True)])

    def test_a_titles_weekday_is_the_coming_one_where_the_story_tells_that_day(self):
        # 16 May 2025 is a Friday: "Übermorgen" is Sunday the 18th, which the title's "am Sonntag" is
        self.assertEqual([v[:2] for v in values("Wahl am Sonntag\n\nRiga, 16. Mai 2025. Übermorgen wählen die "
                                                "Letten ein neues Parlament.", "de")],
                         [("am Sonntag", "2025-05-18"), ("16. Mai 2025", "2025-05-16"), ("Übermorgen", "2025-05-18")])
        # a title's weekday the story tells as gone by stays there
        self.assertEqual(values("Anschlag am Sonntag\n\nRiga, 16. Mai 2025. Am Sonntag wurden zwei Menschen "
                                "verletzt.", "de")[0][:2], ("am Sonntag", "2025-05-11"))

    def test_french_and_spanish_lists_and_ranges_of_days(self):
        self.assertEqual(told("Riga, le 10 avril 2025. Le sommet aura lieu du 22 au 24 avril à Tartu.", "fr"),
                         [("22 au 24 avril", "2025-04-22"), ("24 avril", "2025-04-24")])
        self.assertEqual(told("Riga, 10 de abril de 2025. La cumbre será los días 22 y 23 de abril.", "es"),
                         [("22 y 23 de abril", "2025-04-22"), ("23 de abril", "2025-04-23")])
        # (a night from one day to the next stays a night: "dans la nuit du 8 au 9 septembre")
        self.assertEqual(told("Riga, le 10 septembre 2023. Le séisme a frappé dans la nuit du 8 au 9 septembre.",
                              "fr"), [("dans la nuit du 8 au 9 septembre", "2023-09-08TNI")])
        report = analyse_texts({
            "a.txt": "Sommet à Tartu\n\nRiga, le 10 avril 2025. Le sommet aura lieu du 22 au 24 avril à Tartu.",
            "b.txt": "Cumbre en Tartu\n\nRiga, 10 de abril de 2025. La cumbre se celebrará del 23 al 25 de abril en "
                     "Tartu."})
        meeting = row_of(report, "meeting")
        first = next(n for n in meeting.notes if n.attribute == "date")
        self.assertEqual([w for _, _, words in first.values for w in words][:1], ["22 au 24 avril"])

    def test_a_weekend_and_the_friday_before_it_are_noted_soft(self):
        report = analyse_texts({
            "a.txt": "Proteste in Riga\n\nRiga, 10. März 2025. Am Wochenende haben in Riga Tausende gegen die "
                     "Regierung demonstriert.",
            "b.txt": "Protest in Riga\n\nRIGA, March 10, 2025 - Thousands protested against the government in "
                     "Riga on Friday."})
        protest = row_of(report, "protest")
        self.assertEqual([(n.attribute, n.soft) for n in protest.notes], [("date", True)])
        report = analyse_texts({
            "a.txt": "Proteste in Riga\n\nRiga, 10. März 2025. Am Wochenende haben in Riga Tausende gegen die "
                     "Regierung demonstriert.",
            "b.txt": "Protest in Riga\n\nRIGA, March 10, 2025 - Thousands protested against the government in "
                     "Riga on Saturday."})
        protest = row_of(report, "protest")
        self.assertEqual(protest.notes, ())

    def test_a_week_and_days_counted_back_to_a_day_outside_it_are_noted_soft(self):
        # 12 February 2025 is a Wednesday: "vor einer Woche" is the week of the 3rd, "ten days ago" the 2nd
        texts = {
            "a.txt": "Lawine in Tartu\n\nTartu, 12. Februar 2025. Bei einem Lawinenabgang sind vor einer Woche drei "
                     "Skifahrer ums Leben gekommen, teilte die Polizei mit.",
            "b.txt": "Avalanche near Tartu\n\nTARTU, Feb 12, 2025 - An avalanche killed three skiers ten days ago, "
                     "police said."}
        death = row_of(analyse_texts(texts), "death")
        self.assertEqual([(n.attribute, n.soft) for n in death.notes], [("date", True)])
        self.assertIn("ten days ago", death.notes[0].text)
        # six days back is inside that week
        texts["b.txt"] = texts["b.txt"].replace("ten days ago", "six days ago")
        self.assertEqual(row_of(analyse_texts(texts), "death").notes, ())
    def test_a_day_a_strike_lasts_until_is_its_last_day_not_another_strike(self):
        # 1 October 2025 is a Wednesday
        self.assertEqual(told("PARIS, Oct 1, 2025 - The road stays closed until Oct. 12.", "en"),
                         [("Oct. 12", "2025-10-12")])
        self.assertEqual(told("Paris, le 1 octobre 2025. La grève doit durer jusqu'à vendredi.", "fr"),
                         [("jusqu'à vendredi", "2025-10-03")])
        report = analyse_texts({
            "a.txt": "Streik in Riga\n\nRiga, 1. Oktober 2025. Die Fluglotsen in Riga streiken seit Mittwoch. Der "
                     "Ausstand soll bis Donnerstag dauern.",
            "b.txt": "Strike in Riga\n\nRIGA, Oct 1, 2025 - Air traffic controllers in Riga have been on strike since "
                     "Wednesday. The strike is due to last until Friday."})
        protest = row_of(report, "protest")
        self.assertEqual([(n.attribute, [v for v, _, _ in n.values]) for n in protest.notes],
                         [("last day", ["2025-10-02", "2025-10-03"])])


if __name__ == "__main__":
    unittest.main()
