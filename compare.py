#!/usr/bin/env python3
"""compare.py - who, when and what several news articles share, and where they disagree.

Reads every text file in a folder of articles about one story (German or
English; names and numeric dates also in other Latin-script languages), finds
the people, dates and events that appear in more than one article, and prints
a plain-text table with a note wherever two sources disagree.

    python3 compare.py > report.txt        # reads ./seeds
    python3 compare.py FOLDER --format json

Pipeline (one section of this file each, in this order):
    load_corpus        folder         -> Corpus of Documents (detect_language); each
                                         file's text by text_of_file (or office_text)
    read_document      Document       -> sentence spans (split_sentences) and
                                         mentions: find_name_candidates,
                                         find_dates, find_event_words
    find_people,       mentions       -> Entities linked across sources
      link_people,                       (events first grouped per source:
      lend_years, link_dates,             build_doc_events; a dateline with
                                          no year takes the story's: lend_years)
      build_doc_events, link_events
    collect_facts      Entities       -> Facts (what each source says)
    find_disagreements Facts          -> Disagreements (the Note column)
    build_report       all of it      -> Report (rows), rendered as text,
                                         JSON, CSV or Markdown by main()
    (map_documents runs the per-document stages on --jobs processes)

Glossary:
    source / doc   one article file; its key is S1, S2, ... in sorted order
    mention        a span of one source's text (offsets into the text as read)
    entity         one person, date or event, with its mentions in all sources
    key            a spelling-independent form of a name (see name_keys)
    value          a date normalised TIMEX3-style: 2024-09-13, XXXX-06, XXXX-WXX-5;
                   a time of day adds its part: XXXX-WXX-5TNI (a Friday night)
    family         the coarse type of an event: visit, agreement, attack, ...
"""

import argparse
import csv
import gc
import io
import json
import multiprocessing
import os
import re
import signal
import sys
import time
import unicodedata
import heapq
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from functools import lru_cache, partial
from itertools import accumulate, chain, islice
from math import inf
from operator import attrgetter, itemgetter, methodcaller
from dataclasses import dataclass, field, fields, replace
from datetime import MAXYEAR, MINYEAR, date, timedelta

__version__ = "0.1.0"

if __name__ == "__main__":
    # Ctrl-C while the tables below are built ends as it does later: one line, 130
    signal.signal(signal.SIGINT, lambda *_: (sys.stderr.write("compare.py: interrupted\n"), os._exit(130)))

# ---- Constants and data tables ----

class LazyRegex:
    """A regular expression compiled when it is first used (see lazy_regex)."""

    def __init__(self, pattern, flags=0):
        self.pattern, self.flags = pattern, flags    # its source builds others without a compile

    def __getattr__(self, name):
        if name.startswith("__"):        # what copy and pickle look for: not a pattern's
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self.flags)
        for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "groupindex"):
            setattr(self, method, getattr(compiled, method))    # found here from now on: no second compile
        return getattr(compiled, name)


def lazy_regex(pattern, flags=0):
    """Return a pattern compiled on its first use: compiling the 430 here took 0.6 s, most of the start of a
    run on a few articles, and such a run uses about half of them (the articles' languages, the kinds told).

    >>> p = lazy_regex(r"\\d+")
    >>> "search" in vars(p), p.search("ab 12").group(), "search" in vars(p)
    (False, '12', True)
    """
    return LazyRegex(pattern, flags)


MAX_BYTES = 1_000_000        # what is read of one file; the rest is cut, and said
# Two processes (this one and a worker) run 535 articles in 0.94-0.95 of the time one takes (2 cores):
# linking stays serial, and each process asks its own lexicon caches; so more than four rarely pays.
DEFAULT_JOBS = min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
MIN_DOCS_PER_JOB = 50       # fewer documents than this per process: starting processes costs more
CACHE_SIZE = 200_000         # words whose lexicon answers are remembered (a bound on memory)
MAX_WORD = 60                # a longer "word" is no name, role or event word (and would be slow to test)
MAX_DIGITS = 9               # a longer number is no count of days or years ago; counts may add 6 for grouping
DEFAULT_WIDTH = 120
DEFAULT_FOLDER = "seeds"

# Words that tell the language; a document is the language with most hits.
STOPWORDS = {
    "de": set("der die das und ist nicht mit von den dem des sich auch ein eine einen zu im am auf "
              "für wird wurde sind hat haben bei nach aus über dass wie oder als sie er".split()),
    "en": set("the and of to in is was that for on with as by at from has have were said "
              "it its be are this which who a an or but not after been had ago into".split()),
    "fr": set("le la les et des du un une est dans pour qui que sur au aux par pas avec "
              "ce cette sont été il elle de".split()),
    "es": set("el la los las y del en un una es por que con para se su al lo como más "
              "fue ha sido este esta de".split()),
}
# Languages only told apart, read with no rules of their own (names and numeric dates still are):
# without them Italian was taken for French ("il", "la")
OTHER_STOPWORDS = {
    "it": set("il lo gli della delle degli dello nel nella che è non per con sono stato stata dal alla del una "
              "anche dei ai agli sul sulla nei hanno dove dopo ieri oggi questo questa".split()),
    # not "o" (O'Brien) nor "com" (a web address)
    "pt": set("os as do da dos das em no na um uma não é para que por foi pelo pela ao ainda de".split()),
    "nl": set("de het een van en is niet zijn werd heeft met voor op ook naar maar dat die bij om".split()),
}
# Weekdays and months tell a language too, in a line too short for its little words:
# "VIENNA, March 14, 2025 - President X received Minister Y on Friday." (April, August ... are both)
CALENDAR_WORDS = {
    "de": set("montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai "
              "juni juli august september oktober november dezember".split()),
    "en": set("monday tuesday wednesday thursday friday saturday sunday january february march april may "
              "june july august september october november december".split()),
    "fr": set("lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin "
              "juillet août septembre octobre novembre décembre".split()),
    "es": set("lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio "
              "julio agosto septiembre octubre noviembre diciembre".split()),
    # and the languages read without rules, so that a short one is not taken for one of those above
    "it": set("lunedì martedì mercoledì giovedì venerdì sabato domenica gennaio febbraio marzo aprile maggio "
              "giugno luglio agosto settembre ottobre novembre dicembre".split()),
    "pt": set("segunda terça quarta quinta sexta sábado domingo janeiro fevereiro março abril maio junho julho "
              "agosto setembro outubro novembro dezembro".split()),
    "nl": set("maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni "
              "juli augustus september oktober november december".split()),
}
LANGUAGE_NAMES = {"de": "German", "en": "English", "fr": "French", "es": "Spanish",
                  "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "und": "undetermined"}

MONTHS = {  # every spelling -> month number; abbreviations need care (see DATE_RE)
    **{m: i for i, m in enumerate("januar februar märz april mai juni juli august september "
                                  "oktober november dezember".split(), 1)},
    **{m: i for i, m in enumerate("january february march april may june july august "
                                  "september october november december".split(), 1)},
    **{m: i for i, m in enumerate("janvier février mars avril mai juin juillet août septembre "
                                  "octobre novembre décembre".split(), 1)},
    **{m: i for i, m in enumerate("enero febrero marzo abril mayo junio julio agosto septiembre "
                                  "octubre noviembre diciembre".split(), 1)},
    # Italian, Portuguese and Dutch: read without rules of their own, their dates are still found
    **{m: i for i, m in enumerate("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre "
                                  "ottobre novembre dicembre".split(), 1)},
    **{m: i for i, m in enumerate("janeiro fevereiro março abril maio junho julho agosto setembro "
                                  "outubro novembro dezembro".split(), 1)},
    **{m: i for i, m in enumerate("januari februari maart april mei juni juli augustus september "
                                  "oktober november december".split(), 1)},
    "jänner": 1, "maerz": 3, "sept": 9,
    **{m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)},
    "okt": 10, "dez": 12,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,     # a Spanish dateline's: "MADRID, 20 ago (EFE)"
}
WEEKDAYS = {
    **{d: i for i, d in enumerate("montag dienstag mittwoch donnerstag freitag samstag sonntag".split(), 1)},
    "sonnabend": 6,
    **{d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split(), 1)},
    **{d: i for i, d in enumerate("lundi mardi mercredi jeudi vendredi samedi dimanche".split(), 1)},
    **{d: i for i, d in enumerate("lunes martes miércoles jueves viernes sábado domingo".split(), 1)},
}
WEEKDAY_LABEL = {1: "Monday", 2: "Tuesday", 3: "Wednesday", 4: "Thursday", 5: "Friday",
                 6: "Saturday", 7: "Sunday"}
# Parts of the day, as TIMEX3 codes: "Friday night" is a time (XXXX-WXX-5TNI), not
# the bare day "Friday" (ECB+ annotates them apart too: TIME_OF_THE_DAY, TIME_DATE).
DAY_PARTS = {"morning": "MO", "morgen": "MO", "vormittag": "MO", "früh": "MO", "mittag": "MI", "noon": "MI",
             "afternoon": "AF", "nachmittag": "AF", "evening": "EV", "abend": "EV", "night": "NI",
             "nacht": "NI", "matin": "MO", "après-midi": "AF", "soir": "EV", "nuit": "NI",    # "vendredi soir"
             "mañana": "MO", "tarde": "AF", "noche": "NI"}                                   # "el domingo por la noche"
DAY_PART_WORDS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
SEASONS = {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
           "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA"}
NUMBER_WORDS = {
    **{w: i for i, w in enumerate("ein zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
                                  "fünfzehn sechzehn siebzehn achtzehn neunzehn".split(), 1)},
    "einem": 1, "einer": 1, "eine": 1, "einen": 1,
    **{w: i for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                                  "fifteen sixteen seventeen eighteen nineteen".split(), 1)},
    "a": 1, "an": 1,
    # tens, and English compounds, which news writes out at the start of a sentence ("Sixty-one people died")
    **{w: 10 * i for i, w in enumerate("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split(), 2)},
    **{f"{t}{u}": 10 * i + j for i, t in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)
       for j, u in enumerate(["", *("-" + w for w in "one two three four five six seven eight nine".split())])},
    # German puts the unit first: einundzwanzig, fünfundsechzig
    **{f"{u}und{t}": 10 * i + j for i, t in enumerate("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig "
                                                       "neunzig".split(), 2)
       for j, u in enumerate("ein zwei drei vier fünf sechs sieben acht neun".split(), 1)},
    "a dozen": 12,
}

# Titles and roles. A token is a role when it ends in one of these stems (so
# German compounds such as Verteidigungsminister or Sicherheitsratssekretär
# count) followed by an inflection ending; the value is how the role is shown.
ROLE_STEMS = {
    "präsident": "Präsident", "president": "President", "minister": "Minister",
    "kanzler": "Kanzler", "chancellor": "Chancellor", "sekretär": "Sekretär",
    "secretary": "Secretary", "vorsitzend": "Vorsitzender", "chairman": "Chairman",
    "chairwoman": "Chairwoman", "sprecher": "Sprecher", "sprecherin": "Sprecherin",
    "spokesman": "Spokesman", "spokeswoman": "Spokeswoman", "spokesperson": "Spokesperson",
    "general": "General", "führer": "Führer", "leader": "Leader", "chef": "Chef",
    "machthaber": "Machthaber", "herrscher": "Herrscher", "ruler": "Ruler",
    "chief": "Chief", "head": "Head", "botschafter": "Botschafter", "ambassador": "Ambassador",
    "direktor": "Direktor", "director": "Director", "leiter": "Leiter", "könig": "König",
    "king": "King", "königin": "Königin", "queen": "Queen", "prinz": "Prinz", "prince": "Prince",
    "premier": "Premier", "premierminister": "Premierminister", "bürgermeister": "Bürgermeister",
    "mayor": "Mayor", "gouverneur": "Gouverneur", "governor": "Governor", "senator": "Senator",
    "abgeordnet": "Abgeordneter", "richter": "Richter", "judge": "Judge", "anwalt": "Anwalt",
    "lawyer": "Lawyer", "attorney": "Attorney", "staatsanwalt": "Staatsanwalt",
    "prosecutor": "Prosecutor", "schauspieler": "Schauspieler", "schauspielerin": "Schauspielerin",
    "actor": "Actor", "actress": "Actress", "sänger": "Sänger", "sängerin": "Sängerin",
    "singer": "Singer", "trainer": "Trainer", "coach": "Coach", "spieler": "Spieler",
    "player": "Player", "kommandeur": "Kommandeur", "commander": "Commander", "oberst": "Oberst",
    "colonel": "Colonel", "admiral": "Admiral", "marschall": "Marschall", "marshal": "Marshal",
    "kapitän": "Kapitän", "captain": "Captain", "offizier": "Offizier", "officer": "Officer",
    "sheriff": "Sheriff", "detective": "Detective", "inspector": "Inspector",
    "publicist": "Publicist", "rep": "Rep", "representative": "Representative",
    "manager": "Manager", "agent": "Agent", "ceo": "CEO", "gründer": "Gründer",
    "founder": "Founder", "bischof": "Bischof", "bishop": "Bishop", "papst": "Papst",
    "pope": "Pope", "pastor": "Pastor", "rabbi": "Rabbi", "imam": "Imam", "professor": "Professor",
    "staatschef": "Staatschef", "regierungschef": "Regierungschef", "vize": "Vize",
    "vice": "Vice", "deputy": "Deputy", "envoy": "Envoy", "gesandt": "Gesandter",
    "journalist": "Journalist", "reporter": "Reporter", "autor": "Autor", "author": "Author",
    "witwe": "Witwe", "widow": "Widow", "sohn": "Sohn", "son": "Son", "tochter": "Tochter",
    "daughter": "Daughter", "ehefrau": "Ehefrau", "wife": "Wife", "husband": "Husband",
    "model": "Model", "star": "Star", "rapper": "Rapper", "boxer": "Boxer", "champion": "Champion",
    "pitcher": "Pitcher", "quarterback": "Quarterback", "forward": "Forward", "guard": "Guard",
    "host": "Host", "moderator": "Moderator", "comedian": "Comedian", "director": "Director",
    "suspect": "Suspect", "verdächtig": "Verdächtiger", "victim": "Victim", "opfer": "Opfer",
    # French and Spanish, the commonest offices, so a role still shows in those languages
    "président": "Président", "ministre": "Ministre", "ministro": "Ministro", "ministra": "Ministra",
    "chancelier": "Chancelier", "canciller": "Canciller", "secrétaire": "Secrétaire",
    "secretario": "Secretario", "secretaria": "Secretaria", "directeur": "Directeur", "portavoz": "Portavoz",
    "alcalde": "Alcalde", "maire": "Maire", "général": "Général",
    "ambassadeur": "Ambassadeur", "embajador": "Embajador", "gobernador": "Gobernador",
    "avocat": "Avocat", "abogado": "Abogado", "abogada": "Abogada", "juge": "Juge", "juez": "Juez",
    "procureur": "Procureur", "porte-parole": "Porte-parole", "pape": "Pape", "papa": "Papa", "roi": "Roi",
    "rey": "Rey", "reine": "Reine", "reina": "Reina",
    "vorstand": "Vorstand", "vorständin": "Vorstand",        # a company's board member: "Personalvorstand X"
    # a woman's title whose stem takes an umlaut: Staatsanwältin is a Staatsanwalt
    "anwältin": "Anwalt", "staatsanwältin": "Staatsanwalt", "landrat": "Landrat", "landrätin": "Landrat",
    # a city's councillor ("Stadträtin Monika Stein"); "Der Stadtrat hat beschlossen" names no one after it
    "stadtrat": "Stadtrat", "stadträtin": "Stadtrat", "gemeinderätin": "Gemeinderat", "ratsherr": "Ratsherr",
    "councillor": "Councillor", "councilman": "Councilman", "councilwoman": "Councilwoman",
    "beauftragt": "Beauftragter",                           # "die EU-Außenbeauftragte X", "Datenschutzbeauftragter"
    "kommissar": "Kommissar", "fürst": "Fürst", "fürstin": "Fürstin", "commissioner": "Commissioner",
    # ranks and offices that otherwise stay part of the name after them ("Lieutenant Gerry X", "Clerk Janette X")
    "lieutenant": "Lieutenant", "commodore": "Commodore", "clerk": "Clerk", "sergeant": "Sergeant",
    "speaker": "Speaker",                                   # of a parliament: "Assembly Speaker Carl X"
    "corporal": "Corporal", "constable": "Constable", "superintendent": "Superintendent", "reverend": "Reverend",
    "leutnant": "Leutnant", "hauptmann": "Hauptmann", "pfarrer": "Pfarrer", "pfarrerin": "Pfarrerin",
    "commissaire": "Commissaire",
}
# What someone does rather than an office: evidence of a person, but no title to compare
# ("Analystin" and "CEO" can be said of one person; see roles_compatible)
DESCRIPTION_STEMS = """analyst economist ökonom expert experte scientist wissenschaftler researcher forscher surgeon
chirurg correspondent korrespondent editor redakteur teacher lehrer student politiker politician aktivist activist
journalist reporter reporterin journaliste periodista fotograf photographer blogger militant militante
menschenrechtler menschenrechtlerin bürgerrechtler bürgerrechtlerin arzt ärztin polizist novelist writer
schriftsteller dichter poet volkswirt
kandidat candidate unternehmer businessman businesswoman musiker musician künstler artist executive rookie
astronaut kosmonaut cosmonaut astronaute astronauta compatriot landsmann
linebacker receiver striker stürmer goalkeeper torwart torhüter midfielder defender verteidiger champion
sprinter athlete athlet läufer runner swimmer schwimmer cyclist radprofi golfer skier skifahrer rennfahrer
challenger herausforderer
dirigent conductor komponist composer pianist architekt architect maler painter regisseur filmemacher filmmaker
bergsteiger mountaineer geiger violinist entrepreneur geschäftsmann geschäftsfrau
demokrat democrat republikaner republican""".split()      # a party's member: "den Sozialdemokraten Rein X"
ROLE_STEMS.update((w, w.capitalize()) for w in DESCRIPTION_STEMS)
# Role words that are other words in a language: French "son" is his, Spanish "son" they are, Spanish
# "mayor" greater ("el mayor alijo")
NOT_ROLES = {"fr": {"son"}, "es": {"son", "mayor"}}
# Words that make an English role more precise: "Defense Minister", "prime minister".
ROLE_MODIFIERS = set("defense defence foreign prime interior finance justice health security state "
                     "home trade economy education energy vice deputy chief attorney financial operating".split())
DEPUTY_WORDS = frozenset(("deputy", "vice"))                 # "Deputy Foreign Minister", "Vice Foreign Minister"
DEPUTY_DE = frozenset("stellvertretender stellvertretende stellvertretenden stellvertretendem".split())
# English adjectives that can follow "to" before a role ("a letter to former President X"); any
# other word there is a verb ("voted to dismiss Energy Minister X")
ROLE_ADJECTIVES = set("former new acting interim outgoing incoming then late embattled veteran top senior first "
                      "current longtime ousted exiled".split())
# Abbreviated ranks and offices before a name: "Sgt. Ray Peavy", "Gov. Sarah Palin" (no sentence ends at them)
RANK_ABBREVIATIONS = tuple("sgt lt col gen maj capt cpl adm det insp supt gov sen rep rev fr const cst cmdr".split())
# Forms of address: a strong cue, but not a role to compare across sources.
HONORIFICS = set(("herr herrn frau dr mr mrs ms miss sir dame lord lady prof monsieur madame mme mlle "
                 "señor señora don doña kollege kollegen amtskollege amtskollegen counterpart "
                 ).split()) | set(RANK_ABBREVIATIONS)
# Abbreviated offices and ranks that say which ("Gen." is a General); the others are honorifics only
ABBREVIATED_ROLES = {"gen": "General", "sen": "Senator", "gov": "Governor", "rep": "Representative",
                     "col": "Colonel", "capt": "Captain", "adm": "Admiral", "det": "Detective", "insp": "Inspector",
                     "sgt": "Sergeant", "lt": "Lieutenant", "maj": "Major", "cmdr": "Commander",
                     "supt": "Superintendent", "cpl": "Corporal"}
# US states as news datelines abbreviate them ("Atlanta, Ga."): places, never names
STATE_ABBREVIATIONS = set("ala ariz ark calif colo conn fla ga ill ind kan ky md mass mich minn "
                          "miss mont neb nev okla ore pa tenn vt wash wis wyo va tex mo".split())
ROLE_ENDINGS = ("innen", "in", "en", "ern", "er", "es", "e", "s", "n", "")

# Words around a name that say a person speaks or acts.
SPEECH_VERBS = set("sagte sagt erklärte erklärt betonte betont meinte sprach schrieb kommentierte "
                   "warnte forderte kündigte teilte berichtete bestätigte dementierte "
                   "said says told added stated explained warned wrote announced claimed "
                   "insisted noted confirmed denied argued asked replied tweeted "
                   "dijo afirmó declaró explicó señaló añadió aseguró informó indicó anunció precisó "
                   "annoncé déclaré indiqué précisé affirmé expliqué ajouté".split())     # "X dijo que", "a annoncé X"
# A verb's helper after a name and its comma begins a clause: "X, a annoncé le président" is no apposition
AUXILIARIES = {"fr": frozenset("a ont est sont".split()), "es": frozenset("ha han es fue".split()),
               "de": frozenset("hat haben ist sind war wurde".split()),
               "en": frozenset("has have had was were is are will".split())}
SPEECH_BEFORE = set("so laut sagte said says erklärte betonte selon según".split())   # and "according to"

# Given names: German, English, Russian and Ukrainian (one spelling each: name_key
# folds the others), Arabic, Hebrew, Turkish, Korean and Chinese. A compact lexicon
# of first names, not of anybody in particular.
GIVEN_NAMES = """
aaron adam adrian agnes alan albert alex alexander alexandra alfred alice alicia alina alison
amanda amber amelia amy andrea andreas andrew angela angelika anita ann anna annalena anne
annette anthony anton antonio armin arnold arthur axel barack barbara barry ben benjamin bernd
bernhard bernie bert bettie betty bill billy birgit bob bonnie boris brad bradley brandon brenda
brian britney bruce bruno caitlin calvin cameron carl carla carlos carmen carol caroline carolyn
carson catherine cathy cecilia charles charlie charlotte chelsea cheryl chris christa christian
christina christine christoph christopher chuck cindy claire clara claudia colin connie craig
cynthia dale dan daniel daniela danny dave david dean debbie deborah denise dennis derek diana
diane dick dieter dirk don donald donna doris dorothy doug douglas duncan dustin earl ed eddie
edgar edith edward eileen elaine eleanor elena elisabeth elizabeth ella ellen elon emily emma
emmanuel eric erik erika ernst esther ethan eugene eva evelyn frank franz fred frederick
friedrich gabriel gabriele gary gavin gene georg george gerald gerhard gina gisela gloria gordon
grace greg gregor gregory gretchen gunther günter hannah hans harald harold harry hartmut heidi
heike heiko heinrich heinz helen helena helga helmut henry herbert hilary hillary holger horst
howard hubert hugh hugo ian ingrid irene isabel jack jacob jake james jan jane janet janine
jared jason jean jeff jeffrey jennifer jens jeremy jerry jesse jessica jill jim jimmy joachim
joan joanna joe joel johann johannes john johnny jon jonathan jordan jörg josef joseph josh
joshua joyce judith judy julia julian julie jürgen justin karen karin karl kate katharina
katherine kathleen kathryn kathy katie keith kelly ken kenneth kerstin kevin kim kimberly kirk
klaus kurt kyle lance larry lars laura lauren lee lena leon leonard lewis linda lindsay lisa
lloyd lori lothar louis louise lucas lucy ludwig luis luke lukas lutz lydia lynn malcolm
manfred manuel manuela marc marco margaret margarete maria marie marilyn mario marion mark
markus martha martin mary matt matthew matthias maurice max maximilian megan melanie melissa
mia michael michaela michelle mike mitch mitchell monika morgan nancy natalie nathan neil nick
nicholas nicola nicole nina noah norbert norman olaf oliver oscar otto pamela patricia patrick
paul paula pauline peggy penny peter petra phil philip philipp phyllis rachel ralf ralph randy
ray raymond rebecca regina reinhard renate rene richard rick ricky rita rob robert roberta
robin roger roland ron ronald rosa rose rudolf rudy russell ruth ryan sabine sahra sally sam
samantha samuel sandra sarah saskia scott sean sebastian sharon shawn sheila shirley simon
sonja sophie stacy stan stanley stefan stefanie steffen stephanie stephen steve steven stuart
susan susanne sven sylvia tammy tanja tara ted teresa terry theresa thomas thorsten tim timothy
tina tobias todd tom tommy tony torsten tracy travis troy udo ulrich ulrike ursula uta uwe
valerie vanessa vera veronica victor victoria vincent virginia volker walter wayne wendy werner
wilhelm will william willy winfried wolfgang yvonne zachary
alexei anatoli andrei arkadi arseni bogdan daria denis dmitri fjodor fedor gennadi georgi
grigori igor ilja ivan iwan jewgeni juri jaroslaw kirill konstantin leonid maxim michail
mikhail nadeschda natalja nikita nikolai oksana oleg olena olga oleksandr oleksij pawel pavel
petro pjotr ramsan roman ruslan sergei stanislaw swjatoslaw swetlana taras tatjana timofei
valentin valentina valeri vitali vladimir wadim wassili viktor walentina witali wolodymyr
volodymyr jekaterina jelena irina ljudmila ludmila marija galina larissa xenia anastasia
jewgenija walerij wjatscheslaw

mohammed muhammad mohamed mahmoud ahmed ahmad ali omar hassan hussein hussain abdullah abdel
abdul khalid khaled ibrahim yusuf youssef mustafa hamid hamad bashar hafez recep tayyip ismail
yahya saddam osama ayman hamza karim nasser salman faisal fahd tamim zayed mahmud ayatollah
hassan rashid said samir sami tariq walid yasser yassin fatima aisha leila layla nour
benjamin yair naftali isaac yitzhak yoav benny gideon ehud ariel shimon moshe avi david
recep ekrem kemal mehmet ahmet emine erdogan

martina jutta silke anke bärbel ines jochen detlef detlev rainer reiner dietmar erich alois christiane
cornelia dagmar elke gabi gudrun hannelore ilse jana karsten carsten katja lea marlene nadine nils
rüdiger sigmar simone svenja wiebke florian fabian moritz niklas jonas leonie marcel benedikt konrad
annegret hubertus franziska ricarda katrin steffi kristina anja antje britta dorothee edmund egon emil
ferdinand frieda gerda gert gottfried greta hanna hauke helge henning joschka magdalena mareike margit
marianne marlies marta meike mirko rolf ronja siegfried sigrid timo ulf verena waltraud wilfried annika
jannik lennart elias emilia johanna amelie bodo eckart ekkehard guido hendrik ingo jörn marius malte
nele philippa sascha sönke tilo
olivier laurent stéphane thierry sébastien julien mathieu antoine isabelle nathalie sandrine céline
camille dominique gérard bernard alain yves hervé fabien benoît ségolène édouard luc rafael sergio
andrés alberto pilar dolores lucía cristina beatriz gonzalo ignacio giorgia silvio paolo roberto
stefano enrico giulia chiara federica andrzej krzysztof tomasz marek wojciech beata agnieszka
katarzyna małgorzata zbigniew tadeusz zoltán lászló jiří petr miloš václav ivana

shinzo fumio yoshihide junichiro naoto taro hiroshi kenji akira yuki haruki yoko
joão joao paulo gonçalo rui duarte nuno afonso sebastião raimundo vitor vítor joaquim geraldo flávio renan marcos
caio otávio fábio rogério márcio leandro luciano luciana mariana júlio augusto eduardo alessandra antonella
francesca carlo giorgio ignazio massimo salvatore vittorio valeria esteban guillermo rodolfo agustín álvaro
iñigo íñigo jordi oriol núria mercè
liam madeline madeleine reggie luann leann joanne dwayne darnell darius deshawn tyrone jamal
malik andre marcus maurice terrence terrance reginald cedric lamar kareem shaquille kobe lebron
ashley brittany courtney heather amber crystal tiffany jasmine destiny brianna kayla chloe
zoe lily isabella sophia olivia ava abigail madison ella avery harper evelyn addison aubrey
brooke kaitlyn kristen kristin lindsey leslie melinda meredith molly nora paige piper rosie
sadie savannah shannon sierra skyler taylor trisha whitney wanda yolanda autumn dana erin
jenna kara kendra kerry lacey mandy marcia misty robyn shelby stacey tonya traci vicki
aaron alec andy archie austin barney benny blake brady brent brett bryan byron chad chase
clay clint cody cole conor connor corey curtis dalton damon dane darren derrick devin dominic
drew dylan eli elijah elliot emmett evan felix floyd forrest garrett glenn grant griffin
hank harvey hayden hector herman homer hunter isaac ivan jace jackson jared jay jeremiah jerome
jessie joey jonah julius kai keegan kent kurtis landon lawrence leo leroy lester levi lincoln
logan lonnie lyle mack marvin mason miles mitchell myron nate neal nelson noel owen percy
preston quentin quincy ramon randall reed rex rhett rodney ross roy ruben rufus rusty sammy
seth shane sherman sidney spencer sterling terrell theo tristan tucker tyler vernon vince
wade warren wesley wyatt zach zane alexandros giorgos georgios konstantinos nikos dimitris
yannis panagiotis heydar mahmud reza ali-reza hossein mehdi javad mojtaba akbar abbas
vitali wladimir witalij luigi giuseppe giovanni francesco marco matteo alessandro lorenzo
pierre jacques michel jean-pierre jean-claude francois françois philippe nicolas emmanuel
javier jose josé juan miguel pedro pablo diego alejandro fernando ricardo jorge
narendra rahul sonia indira manmohan imran nawaz shehbaz benazir
muammar moammar hosni anwar ashraf marwan ghassan khalil najib saad rafik nabih ramzi raed qassem qasem
masoud massoud ruhollah esmail abdollah saeed kazem hakan mevlüt hulusi devlet binali süleyman bülent selahattin
meral rishi amit rajnath arvind mamata bilawal hasina khaleda ranil gotabaya mahinda jokowi prabowo mahathir
bongbong prayut srettha paetongtarn thaksin jinping keqiang jintao zemin inácio dilma xiomara nayib lenín
aleksandar rumen nikol serzh ilham kassym-jomart shavkat sadyr emomali gurbanguly serdar salome irakli bidzina
zoran milorad ivica nicușor gitanas krišjānis evika alar sauli erna micheál keir nigel kemi yvette priti suella
sadiq humza kamala nikki xavier tulsi kyrylo rustem uhuru olusegun abiy emmerson yoweri hakainde muhammadu
goodluck thabo macky alassane idriss mahamat abdelaziz kais moncef béji
luca luka finn ole aiden mats henrik hannes pascal pia mathilda luisa raul camila thiago jules gabin mael
enzo lola manon
billie pete alvin clarence lionel leonardo serena selena angelina aileen letitia jude armand meryl kristi
merrick gustavo hakeem megyn sanna mette brigitte willie bobby
ernesto rodrigo joaquin emilio alfonso enrique felipe hernan marcelo mauricio octavio vicente adriana
alejandra catalina gabriela marisol paola rocio ximena tarek rami nabil fadi bilal emre burak murat selin
zeynep chidi kwame kofi tunde chinedu emeka ngozi oluwaseun yemi milo butch kelvin eliud
andris mārtiņš kārlis edgars artūrs valdis māris aivars raimonds juris egils inese baiba līga kristīne
vytautas algirdas andrius saulius mindaugas rimantas dalia ingrida rasa jurgita
zbyněk ladislav vít jakub lukáš ondřej zuzana lucie kateřina mateusz radosław władysław witold
bronisław paweł marcin michał magdalena jános gergely katalin istván zsolt tibor balázs nicolae mihai
ionuț florin vasile andreea ioana magnus mikko antti jussi petteri kaja kersti ulla ingrid bjarni
ólafur gunnar bart pieter wout koen joris ruud lieven sander wim
arvo mart tiit indrek kadri kristjan urmas andrus raivo rein toomas jaak margus kalle laima guntis artis dace
ināra valdas gabrielius arvydas
"""
# Korean and Chinese surnames: with a romanised given name after them they make a
# name (Kim Jong Un, No Kwang-chol, Xi Jinping); alone they need other evidence.
EAST_ASIAN_SURNAMES = set("""
kim lee yi ri rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im
han oh seo shin sin kwon hwang ahn an song ryu yoo yu hong jeon jun ko moon mun yang son bae
baek paek heo nam sim no noh roh ri hyon hyun ju
xi wang zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang
xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang du ye cheng wei su lu ding
ren shen yao cui zhong tan fan jin shi qin bo hua mao
""".split())
# One romanised Korean or Chinese syllable (Jong, un, Kwang, chol, Jin, ping; and North Korea's aspirates
# with an h: Thae, Phyo, Khang).
SYLLABLE_RE = lazy_regex(
    r"(?:ch|kk|tt|pp|ss|jj|zh|sh|ng|th|ph|kh|[bcdfghjklmnpqrstwxyz])?"
    r"(?:yae|yeo|wae|ae|ai|ao|ei|eo|eu|oe|ou|ui|ia|ie|io|iu|ua|uo|ya|ye|yo|yu|wa|wo|we|wi|a|e|i|o|u)"
    r"(?:ng|n|l|k|m|p|t|r)?", re.I)

# Surname shapes: Slavic, Romanian, Spanish, Irish and Scottish endings and prefixes.
# The commonest English surnames that are no common words nor places' ("Hill", "Cook", "Green" are): after an
# unknown capitalised word in English, a name ("Suni Williams")
COMMON_SURNAMES_EN = frozenset("""
smith johnson williams jones miller davis wilson anderson taylor thomas moore martin jackson thompson harris
clark lewis robinson walker allen wright scott adams nelson campbell mitchell roberts carter phillips evans
turner parker collins edwards stewart morris murphy rogers morgan cooper peterson bailey kelly howard
richardson watson bennett hughes sanders myers ross foster powell jenkins perry russell sullivan fisher
henderson coleman simmons patterson
""".split())
SURNAME_ENDINGS = ("ow", "ov", "ova", "owa", "ew", "ev", "eva", "in", "ina", "ski", "sky",
                   "skij", "skyj", "skiy", "ska", "enko", "uk", "yuk", "chuk", "ich", "itsch",
                   "vich", "witsch", "escu", "ez", "oglu", "yan", "shvili", "dze", "ko", "poulos",
                   "akis", "idis", "elli", "etti", "ucci", "ovic", "ović", "vandi")
# Languages whose -s after a name is a plural, not a genitive ("the Oscars", "los Kennedy")
PLURAL_S_LANGUAGES = ("en", "fr", "es")
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le",
                  "bin", "ibn", "al", "el", "ben", "zu", "ter", "dos", "das"}

# Places and organisations: never a person, however named-shaped.
PLACES = set("""
afghanistan ägypten egypt albanien albania algerien algeria amerika america argentinien argentina
armenien armenia aserbaidschan azerbaijan australien australia belarus belgien belgium bolivien
bolivia bosnien bosnia brasilien brazil bulgarien bulgaria chile china dänemark denmark
deutschland germany dvrk estland estonia finnland finland frankreich france georgien georgia
griechenland greece großbritannien britain indien india indonesien indonesia irak iraq iran
irland ireland island iceland israel italien italy japan jemen yemen jordanien jordan kanada
canada kasachstan kazakhstan katar qatar kenia kenya kolumbien colombia korea kosovo kroatien
croatia kuba cuba kuwait lettland latvia libanon lebanon libyen libya litauen lithuania
luxemburg luxembourg mali marokko morocco mexiko mexico moldau moldova mongolei mongolia
montenegro myanmar nepal neuseeland niederlande netherlands nigeria nordkorea nordmazedonien
norwegen norway österreich austria pakistan palästina palestine peru philippinen philippines
polen poland portugal rumänien romania russland russia saudi-arabien schweden sweden schweiz
switzerland serbien serbia singapur singapore slowakei slovakia slowenien slovenia somalia
spanien spain sudan südafrika südkorea syrien syria taiwan thailand tschechien tunesien
tunisia türkei turkey turkmenistan ukraine ungarn hungary usa uruguay usbekistan uzbekistan
venezuela vietnam weißrussland belarus zypern cyprus england schottland scotland wales europa
europe asien asia afrika africa
pjöngjang pyongyang moskau moscow kiew kyiv kiev washington berlin london paris peking beijing
tokio tokyo seoul teheran tehran bagdad baghdad damaskus damascus ankara istanbul rom rome
madrid wien vienna brüssel brussels warschau warsaw prag prague budapest minsk tiflis tbilisi
jerusalem kairo cairo riad riyadh dubai delhi mumbai shanghai hongkong sydney toronto ottawa
mexiko-stadt chicago boston houston dallas miami atlanta seattle denver detroit philadelphia
phoenix angeles francisco vegas orleans diego york jersey california kalifornien texas florida
alaska arizona ohio michigan virginia carolina georgia hawaii malibu hollywood manhattan
brooklyn queens bronx mumbai karachi lagos nairobi kursk charkiw kharkiv odessa odesa donezk
donetsk luhansk krim crimea cherson kherson saporischschja zaporizhzhia mariupol bachmut
bakhmut sewastopol sevastopol wladiwostok vladivostok sankt petersburg hamburg münchen munich
köln cologne frankfurt stuttgart düsseldorf dresden leipzig hannover bremen gaza
westjordanland kaschmir kashmir tibet xinjiang sibirien siberia kaukasus donbass donbas
vancouver montreal quebec calgary portland oakland sacramento austin nashville memphis baltimore
pittsburgh cleveland cincinnati milwaukee minneapolis kansas oklahoma utah nevada oregon tennessee
kentucky louisiana alabama mississippi missouri iowa illinois indiana wisconsin minnesota colorado
massachusetts connecticut pennsylvania maryland athen athens thessaloniki bangkok manila jakarta
johannesburg melbourne perth auckland wellington dublin edinburgh glasgow manchester liverpool
birmingham leeds lyon marseille mailand milan neapel naples barcelona lissabon lisbon oslo stockholm
helsinki kopenhagen copenhagen amsterdam rotterdam zürich zurich genf geneva bern salzburg graz
vilnius wilna riga tallinn bukarest bucharest belgrad belgrade zagreb ljubljana bratislava chisinau
kischinau jerewan eriwan yerevan baku astana taschkent tashkent hanoi islamabad kabul amman beirut doha
canberra brasilia bogota caracas havanna havana reykjavik valletta nikosia nicosia podgorica skopje
sarajevo tirana pristina antwerpen antwerp danzig gdansk krakau krakow lemberg lwiw lviv dnipro sevilla
""".split())
ORGANISATIONS = set("""
kcna ria tass reuters afp dpa ap apa ansa efe bbc cnn nbc abc cbs fox msnbc npr pbs nhk yonhap
xinhua interfax kyodo nato uno un eu osze osce who imf iwf opec g7 g20 brics asean fbi cia nsa
kgb fsb gru bnd pentagon kreml kremlin bundestag bundesrat bundeswehr kongress congress senat
senate parlament parliament regierung government duma rada
reuters bloomberg spiegel zeit welt bild faz taz ard zdf rtl ntv n-tv google apple
microsoft amazon facebook meta twitter youtube tiktok instagram telegram
""".split())
# Companies named as people are, two names each: in the news the company is meant, not its founder
NAMED_COMPANIES = frozenset(("morgan stanley", "goldman sachs", "merrill lynch", "wells fargo", "dow jones",
                             "lehman brothers", "rolls royce", "rolls-royce", "harley davidson", "harley-davidson",
                             "mercedes benz", "mercedes-benz", "louis vuitton", "hugo boss", "tommy hilfiger",
                             "calvin klein", "christian dior", "estee lauder", "charles schwab", "walt disney",
                             "dolce gabbana", "johnnie walker", "jack daniels", "warner bros", "kraft heinz",
                             "axel springer", "carl zeiss", "robert bosch"))
# Peoples and their adjectives: capitalised in English, never a person's name.
DEMONYMS = set("""
american americans asian asians european europeans african africans russian russians german germans
british french english spanish italian chinese japanese korean koreans iranian iranians iraqi iraqis
syrian syrians israeli israelis palestinian palestinians turkish greek greeks ukrainian ukrainians
polish dutch swedish norwegian danish finnish irish scottish welsh canadian canadians mexican
mexicans brazilian australian australians indian indians pakistani afghan somali somalis
egyptian saudi arab arabs muslim muslims jewish catholic protestant
western eastern northern southern central democrat democrats republican republicans
""".split())
# Words that end a name run in organisation names (Promises Treatment Center).
ORG_WORDS = set("""
center centre university universität college school schule hospital klinik clinic church
kirche party partei council rat ministry ministerium agency agentur company firma inc corp
corporation ltd gmbh ag group gruppe bank club verein association verband union times news
post journal zeitung magazine magazin tv radio airport flughafen street straße road avenue
station hotel museum theater theatre stadium stadion institute institut foundation stiftung
department office court gericht police polizei army armee navy force forces airlines airways
store stores supermarket shop shops restaurant brand label studios records productions house haus
survey service commission authority bureau behörde kommission assembly
township county heights awards guild crescent academy state society gesellschaft committee komitee
sciences arts unit division squad award prize trophy patrol chiefs league liga cup pokal
river mountains creek canyon glacier peninsula
federation organization organisation coalition alliance
securities capital partners holdings holding investments advisors advisers associates consulting research
analytics systems technologies software motors energy pharmaceuticals media networks communications
industries laboratories labs insurance versicherung ventures enterprises exchange markets werke
polymers chemicals chemie pharma electronics elektronik logistics logistik solutions foods steel stahl mining
petroleum oil gas therapeutics biotech automotive aerospace shipping reederei brewery brauerei
""".split())
# Words of organisations' names that are surnames too: after a given name, a person's ("Uwe Stahl", "Maria Haus")
SURNAME_ORG_WORDS = frozenset(("stahl", "haus", "post", "bank"))
# Words right before a name that is an organisation's or a storm's: "the shipping group
# Nordwind", "die Reederei X", "Hurricane Katrina" ("rival" and "Konkurrent" are left out:
# people have rivals too)
ORG_BEFORE = set("""
group company firm carrier airline bank insurer retailer maker operator broadcaster newspaper
agency club band conglomerate lender chain startup hurricane typhoon cyclone storm
supplier manufacturer utility giant carmaker automaker chipmaker drugmaker planemaker steelmaker
konzern firma unternehmen reederei hersteller verein partei gruppe sender zeitung fluggesellschaft fraktion
hurrikan taifun zyklon versorger zulieferer versicherer händler
unit subsidiary division tochterfirma tochtergesellschaft
""".split())
# German compounds of a company's kind: "der Autobauer X", "Energiekonzern X" (English "-maker" is
# no such ending: a filmmaker or a lawmaker is a person; a producer or publisher may be too)
ORG_BEFORE_ENDINGS = ("konzern", "hersteller", "bauer", "versorger", "zulieferer", "versicherer",
                      "händler", "riese", "unternehmen", "gruppe", "firma", "bank", "tochter")
# Words of kin before a name ("ihr Bruder X", "his wife X", "son frère X", "su hermano X"; not French "mari" nor
# "père": "Mari Tamm", "Pere Aragonès" are given names)
KIN_WORDS = frozenset("""bruder schwester sohn tochter vater mutter ehefrau ehemann witwe witwer cousin cousine
neffe nichte onkel tante enkel enkelin brother sister son daughter father mother wife husband widow widower
nephew niece uncle aunt grandson granddaughter frere soeur fils fille mere epouse veuve hermano hermana
hijo hija padre madre esposa esposo marido viuda""".split())
FAMILY_DAUGHTERS = ("stief", "schwieger", "adoptiv", "pflege", "enkel", "patent")     # "Stieftochter Anna": hers


def company_kind(word):
    """True when a word is a kind of company, so that the capitalised name after it is the company's.

    >>> company_kind("carmaker"), company_kind("Autobauer"), company_kind("Bauer"), company_kind("filmmaker")
    (True, True, False, False)
    >>> company_kind("Windkrafttochter"), company_kind("Tochter"), company_kind("Stieftochter")
    (True, False, False)
    """
    f = fold(word)
    return f in ORG_BEFORE or f.endswith(ORG_BEFORE_ENDINGS) and any(
        f.endswith(e) and len(f) >= len(e) + 3 for e in ORG_BEFORE_ENDINGS) and not (     # most words end otherwise
        f.startswith(FAMILY_DAUGHTERS))   # "die Windkrafttochter Siemens Gamesa" is a company; a stepdaughter not


# Words that may start a sentence or a capitalised run but are never a name.
NOT_NAMES = set("""
oh ah wow hey
der die das den dem des ein eine einer eines einem einen und oder aber doch auch nur noch schon
im in am an auf aus bei mit nach seit von vor zu zum zur über unter um für gegen ohne durch
laut wie als wenn weil dass ob so es er sie wir ihr ich du man sich sein seine ihre ihr dieser
diese dieses jener jene alle beide beiden viele einige andere anderen weitere weiteres nach
zudem jedoch dabei damit daher deshalb dort hier heute gestern morgen dann danach später
darüber hinaus trotz obwohl während wegen bis kein keine nicht mehr
the a an and or but if in on at by for with from to of as is was are were be been this that
these those it its he she they we you i his her their our my your who whom whose which what
when where why how there here then than so no not yes all any some many most more other
another each every both either neither after before during since until while although though
because however meanwhile yet still also just only even later earlier today yesterday tomorrow
mr mrs ms dr st le la les un une des du de el los las un una del y en con por para
hurricane typhoon cyclone hurrikan taifun zyklon
i'm i’m i've i’ve i'll i’ll i'd i’d it's it’s
""".split())     # a storm's kind ends a run of names: the name after it is the storm's (ORG_BEFORE)
# German common nouns by their endings; with the lexicons above they keep
# capitalised nouns (Zusammenarbeit, Partnerschaft) out of the people table.
NOUN_SUFFIXES = ("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion",
                 "tionen", "ität", "itäten", "ismus", "ment", "ments", "nis", "nisse", "tum",
                 "ling", "chen", "lein", "anz", "enz", "ien", "ssion", "sion", "länder", "staat",
                 "staaten", "ness", "ship",
                 "ity", "ism", "ance", "ence")

# Events: German stems (matched as the end of a word or compound, before an
# inflection ending) and English forms, each with its family.
EVENT_STEMS_DE = {
    "visit": "besuch bereis reise reist gereist aufenthalt delegation",
    "arrive": "ankunft eintreff eintraf eingetroffen ankomm ankam angekommen landung gelandet landete",
    "depart": "abreise abgereist abreist abreiste abreisten ausgereist weiterreis weitergereist weiterflieg "
              "weitergeflogen",      # (not "gereist": a visit; "reist nach Paris weiter": on to the next)
    "meet": "treffen traf trifft getroffen begegnung zusammentreffen zusammengekommen zusammenkomm zusammenkunft "
            "sitzung",        # Sondersitzung, Dringlichkeitssitzung: a body meets
    "receive": "empfang empfing empfangen empfängt begrüß",
    "talks": "gespräch verhandlung verhandel unterredung beratung beriet berieten konsultation dialog",
    "summit": "gipfel gipfeltreffen",
    "exercise": "manöver militärübung marineübung seeübung truppenübung gefechtsübung luftwaffenübung",
    "sign": "unterzeichn unterschrieb unterschrift",
    "agreement": "vertrag verträg abkommen vereinbarung vereinbart pakt einigung geeinigt verständig",
    "transfer": "transfer wechselt wechselte wechselten gewechselt",     # a player to another club ("Wechsel": any)
    "attack": "angriff angreif angegriffen anschlag anschläg beschuss beschoss bombardier attacke attackier amoklauf "
              "brandsatz brandsätz eingestochen niedergestochen messerstecherei "
              "amokfahrt",          # a car driven into a crowd
    "invade": "einmarsch einmarschier invasion offensive",
    "arrest": "festnahme festnahm festnehm festgenommen verhaftet verhaftung gefasst",     # a suspect only: see below
    "charge": "anklage angeklagt",
    "die": "tot tod tote todesopfer starb stirbt gestorben sterben verstorben umgekommen ertrank ertranken ertrunken",
    "kill": "tötet getötet ermordet mord umgebracht erstochen erstach erschlagen erschlug totschlag",
    "elect": "wahl gewählt wählte wählten stichwahl wahlbeteiligung wahlsieg wahlniederlage landtagswahl "
             "bundestagswahl präsidentenwahl parlamentswahl kommunalwahl europawahl",          # a compound's end of four letters is not tried
    "poll": "umfrage umfragen",
    "parade": "parade militärparade",
    "warn": "gewarnt warnt warnte warnten warnung",
    "join": "beigetreten beitritt beitreten",     # a union, an alliance
    "pardon": "begnadigt begnadigte begnadigten begnadigung begnadigen",
    "renovate": "renovierung renoviert sanierung saniert restaurierung restauriert",
    "curfew": "ausgangssperre ausgangssperren",
    "summon": "einbestellt einbestellung einbestellen einbestellte",     # an ambassador, by a foreign ministry
    "resign": "rücktritt zurücktret zurücktrat zurückgetreten niedergelegt niederleg abtritt",   # (the work: a strike)
    "announce": "ankündig angekündigt",
    "decide": "entscheidung entschied beschluss beschloss beschließ genehmigung genehmigt verabschiedet "
              "verabschiedete verabschiedeten verabschied",
    "accuse": "beschuldig vorwurf vorwürf vorgeworfen vorwerf vorwirf vorzuwerf behauptung behauptet",
    "quake": "erdbeben beben bebte epizentrum",
    "veto": "veto vetos",                   # "legte sein Veto ein"
    "fire": "brand feuer brannte brannten gebrannt brennt abgebrannt flammen",
    "crash": "absturz abstürz abgestürzt unfall unglück entgleis kollision zusammenstoß zusammengestoßen kollidiert "
             "kollidierte kollidierten havarie havariert havarierte",
    "sink": "sank sanken sinkt gesunken untergegangen untergang kenterte kenterten gekentert schiffbruch",
    # oil or a chemical let out ("liefen 3.000 Tonnen Rohöl aus"; "ausgelaufen", "ausgetreten": only where one is
    # told, see LET_OUT_WORDS)
    "spill": "ölpest ölteppich ausgelaufen ausgetreten",
    "missing": "vermisst verschwunden verschwand",
    # shots abgefeuert, a medicine getestet: see MISSILE_CUES
    "launch": "startete raketenstart abschuss raketentest abgefeuert abfeuer getestet testete",
    "unveil": "vorgestellt präsentier enthüll",
    "release": "freilassung freilass freiließ freigelassen freigekommen freikam freikamen freikommen",
    "exchange": "austausch getausch tausch",            # Gefangenenaustausch, ausgetauscht, tauschten
    "aid": "soforthilfe nothilfe finanzhilfe militärhilfe katastrophenhilfe wiederaufbauhilfe hilfspaket hilfsgeld "
           "hilfszahlung zugesagt zusage",      # "Hilfen über 1,8 Milliarden Euro zugesagt", "Hilfszusage"
    # Stellenabbau, 2.000 Stellen fallen weg; only with jobs in the sentence
    "layoff": "abbau abbauen abzubauen abgebaut streich gestrichen wegfallen weggefallen wegfall",
    "shoot": "schüsse schoss erschoss erschossen schießerei",
    "injure": "verletzt verletzung verwundet",
    "send": "geschickt schickt schicken entsandt entsend",    # "kündigte an, 2.000 Soldaten zu schicken"
    # Einbruch: see SLUMP_AFTER_RE ("eingebrochen" is as often a price's fall)
    "rob": "überfall raub diebstahl gestohlen stahl stahlen stiehlt erbeutet erbeuteten erbeutete einbruch "
           "plünder geplündert ausgeraubt ausraubten raubten raubte beraubt bankraub aufgebrochen",
    "sentence": "verurteilt urteil haftstrafe freiheitsstrafe geldstrafe freispruch freigesprochen geldbuße bußgeld "
                "verhängt verhängte verhängten sozialstunden",
    # a court that sets aside what was decided (only where a court is told: "die Stimmung kippte")
    "annul": "aufgehoben kippt kippte kippten gekippt nichtig annulliert verfassungswidrig",
    "escape": "flucht geflohen floh flüchtete gefängnisausbruch entkommen entkamen entflohen",
    "protest": "protest protestier demonstration demonstrier demonstrant unruhen krawall kundgebung streik "
               "bestreik gestreikt ausstand arbeitsniederlegung",
    "fight": "kampf kämpfe gefecht schlägerei prügelei rauferei handgemenge",
    "trial": "prozess verhandlungstag anhörung klage",
    "raid": "razzia durchsuchung durchsucht",
    # and goods the police seize: "Kokain beschlagnahmt", "sichergestellt" (not "sichergestellt, dass")
    "capture": "erober eingenommen beschlagnahm sichergestellt sicherstellung",
    "hijack": "gekapert kaperten kaperte kaperung",     # a ship's or a plane's taking: not a navy's capture of pirates
    "swear_in": "vereidig amtseinführung amtseid",
    "withdraw": "abzug rückzug zurückgezogen abgezogen",
    "hostage": "geiselnahme geiseln entführ verschlepp",
    "ceasefire": "waffenruhe waffenstillstand feuerpause kampfpause",
    "hire": "ernennung ernannt nachfolger nachfolgerin nachfolge",
    "choose": "ausgewählt auserkoren",
    "vote": "abstimmung abstimmen abgestimmt referendum vertrauensfrage misstrauensvotum vertrauensvotum votierten "
            "votierte votiert",
    "speech": "rede pressekonferenz ansprache",
    "blast": "explosion explodier detonation",
    "flood": "überschwemmung hochwasser flut",
    "heat": "hitzewelle hitze hitzerekord wärmerekord temperaturrekord temperatur",   # and the degrees it reached
    "collapse": "einsturz eingestürzt einstürz dammbruch deichbruch",
    "storm": "sturm orkan unwetter tornado hurrikan taifun wirbelsturm zyklon sturmtief orkantief",
    "landslide": "erdrutsch lawine murgang lawinenabgang schneebrett",
    "stampede": "massenpanik",
    "defuse": "entschärft entschärfte entschärften entschärfung",
    "outage": "stromausfall netzausfall störung",       # a service's or the power's, down for hours
    "eruption": "vulkanausbruch eruption",
    "rescue": "rettung rettungskräft evakuierung evakuier gerettet ausgeflogen",      # ("aus dem Sudan ausgeflogen")
    "ceremony": "feier zeremonie beerdigung trauerfeier hochzeit",
    "mourn": "trauer trauert trauerten staatstrauer",
    # "mit 1:3 verloren" is the other side's win; lost without a score, no game (see find_event_words)
    "win": "sieg gewann gewonnen gewinnt niederlage besiegt bezwang bezwungen verloren verlor verlier",
    "loss": "verlust verluste verlusten",      # a company's (or a game's: English "loss" is both)
    # a company's results: their figures and how much they changed
    "profit": "gewinn gewinne gewinns nettogewinn überschuss jahresüberschuss quartalsgewinn betriebsgewinn",
    "revenue": "umsatz umsätze umsatzes erlös erlöse einnahmen",
    "auction": "auktion versteigert versteigerung versteigerte versteigerten",     # and the sum it fetched
    # a country's trade, told as a monthly figure: "Die Ausfuhren gingen um 3,4 Prozent zurück"
    "exports": "export exporte exporten ausfuhr ausfuhren", "imports": "import importe importen einfuhr einfuhren",
    "cost": "kosten kostet kostete kosteten mehrkosten gesamtkosten",     # what something costs: its sum compared
    "damage": "schaden schäden geschädigt schädigte",   # what a happening destroyed (Sachschaden): its sum
    "cancel": "abgesagt absage absagen abzusagen",       # a visit called off is no visit held
    # a bridge, a station, a shop opened ("eröffnete das Feuer" is the fire's: see "shoot")
    "open": "eröffnet eröffnete eröffneten eröffnen eröffnung eingeweiht einweihung",
    "expel": "ausgewiesen ausweisung ausweisen",
    "fraud": "betrug betrogen betrog veruntreuung veruntreut veruntreute untreue unterschlagung unterschlug",
    "emergency": "notstand ausnahmezustand",
    "reward": "belohnung",               # what the police offer for a tip: its sum compared
    "record": "rekord weltrekord bestmarke bestzeit",       # and its time, of a race
    "recall": "rückruf rückrufaktion zurückgerufen",        # of a product: its count compared
    "landing": "notlandung notgelandet notlanden notlandete notlandeten",    # an aircraft's, in trouble
    "ransom": "lösegeld lösegelds",
    # an athlete's ban and its length ("für vier Jahre gesperrt"; a road "gesperrt" has no length to compare)
    "ban": "gesperrt dopingsperre spielsperre wettkampfsperre",      # not Ausgangssperre, a curfew
    "outbreak": "ausbruch epidemie pandemie seuche",      # Cholera-Ausbruch (a Vulkanausbruch is above)
    # what a central bank decides and statistics office counts: figures sources often give differently
    "rates": "leitzins zinserhöhung zinssenkung zinsanhebung zinsschritt zinsentscheid",
    "inflation": "inflation inflationsrate teuerung teuerungsrate verbraucherpreis",
    "unemployment": "arbeitslosenquote arbeitslosigkeit",
    # "kauf" is no compound's end ("verkauft", "ausverkauft"): those are tried from five letters
    "purchase": "übernahme fusion kauf gekauft erwerb erwirbt erwarb erworben übernimmt übernahm übernommen "
                "übernehmen transaktion",         # (a takeover's only: see TAKEOVER_CUES)
    "bankrupt": "insolvenz pleite",
    "fire_job": "entlassung entlassen entließ kündigung gekündigt",
    "sanction": "sanktion embargo sanktionspaket",
    # duties on imports: "Zölle von 25 Prozent" ("der Zoll", the customs office, and "Zoll", an inch: none)
    "tariff": "zölle zöllen strafzölle strafzöllen einfuhrzölle importzölle zollerhöhung",
    "countertariff": "gegenzölle gegenzöllen vergeltungszölle vergeltungszöllen",     # the other side's answer
    "investigate": "ermittlung ermittelt untersuchung",
    "destroy": "zerstör",
    "discover": "entdeck",           # "der Angriff wurde am Montag entdeckt", "die Entdeckung"
    "deny": "dementi dementier bestritt bestreit zurückgewiesen zurückweis",
    "concede": "eingeräumt eingestanden",      # and "räumte … ein" (a defeat, a mistake)
    # the deed told before, by another word: "Die Tat ereignete sich gegen 22 Uhr" (see ANAPHOR_FAMILIES)
    "anaphor": "tat bluttat gewalttat vorfall vorfalls zwischenfall zwischenfalls",
    "deliver": "liefer geliefert",
    "founding": "gegründet gegründete gegründeten gegründetes gegründeter gründung",     # a firm's, a town's
    "birth": "geboren",                  # and its year: "wurde 1956 in Piacenza geboren"
    "call": "telefoniert telefonierte telefonierten telefonat telefonats telefonate telefongespräch telefongesprächs "
            "telefongespräche",
    # a union's pay claim
    "demand": "fordert forderte forderten fordern forderung forderungen gefordert verlangt verlangte verlangten",
}
EVENT_FORMS_EN = {
    "visit": "visit visits visited visiting trip delegation travel travels traveled travelled traveling travelling",
    "arrive": "arrive arrives arrived arriving arrival",
    "depart": "depart departs departing",     # ("left", "departed": with a place after, see DEPART_WORDS; "The
    #                                           Departed" is a film)
    "meet": "meet meets met meeting meetings",
    "receive": "receive received welcomed hosted greeted",
    "talks": "talks negotiations negotiated negotiating negotiate dialogue consultations",
    "summit": "summit summits",
    "exercise": "drill drills wargames manoeuvres maneuvers",    # military ones, in news ("exercise": see below)
    "sign": "sign signs signed signing",
    "agreement": "treaty agreement agreements pact accord deal contract agreed",
    "attack": "attack attacks attacked strike strikes struck bombing bombed raid raids rampage firebomb firebombs "
              "firebombed firebombing stabbed stabbing stabbings cyberattack cyberattacks cyber-attack cyber-attacks",
    "invade": "invasion invaded invade incursion offensive",
    "arrest": "arrest arrests arrested detained detention",
    "charge": "charge charges charged indicted indictment",
    "die": "die dies died death deaths dead dying drowned",
    "kill": "kill kills killed killing killings murder murders murdered murdering slain",
    "elect": "election elections elect elects elected vote votes voted voting turnout runoff run-off runoffs",
    "poll": "poll",          # an opinion poll's shares ("went to the polls" is the election: see find_event_words)
    "parade": "parade parades", "summon": "summoned summon summons summoning",
    "join": "joined join joins joining accession",
    "warn": "warn warns warned warning warnings", "pardon": "pardon pardons pardoned pardoning",
    "renovate": "renovation renovations renovated refurbishment refurbished",     # ("restored": power; see below)
    "curfew": "curfew curfews",
    "resign": "resign resigned resignation quit quits quitting",
    "announce": "announce announced announcement",
    "decide": "decide decided decision approved approval authorized adopted adopts",
    "accuse": "accuse accused accusation accusations alleged allegations claims",
    "quake": "earthquake earthquakes quake tremor aftershock epicentre epicenter",
    "veto": "veto vetoed vetoes vetoing",
    "fire": "fire fires blaze blazes burned burning flames wildfire wildfires bushfire bushfires burn burns burnt "
            "ablaze arson",
    "crash": "crash crashed collision accident derailed derailment collided collide collides colliding aground",
    "sink": "sank sink sinks sinking sunk capsized capsizes capsizing shipwreck shipwrecks",
    "spill": "spill spills spilled spilling spilt slick slicks leak leaks leaked leaking",
    "missing": "missing disappeared disappearance",
    "launch": "launch launched launches test-fired test-fires test-firing",
    "unveil": "unveil unveils unveiled unveiling introduce introduces introduced introducing showcased",
    "release": "release released freed",
    "shoot": "shooting shootings shot shoot gunfire opened",
    "injure": "injured injuries wounded hurt injuring injure injures wounding",
    "send": "sent send deployed deployment",
    "rob": "robbery robbed heist stole stolen theft burglary burglaries break-in loot looted looting",
    "sentence": "sentenced convicted sentence verdict jailed jails imprisoned acquitted acquittal fined",
    "annul": "annul annulled annuls annulment overturned overturns overturn quashed quashes quash unconstitutional",
    "escape": "escape escaped fled",
    "protest": "protest protests protested protesting protester protesters demonstrators demonstrated "
               "demonstrating riots rioting demonstrations clashes walkout walkouts rally rallies rallied rallying "
               "marched marchers",
    "enter": "entered checked admitted rehab",
    "fire_job": "fired sacked dismissed ousted dismiss dismisses dismissal",
    "hire": "hired appointed appoint appoints appointing named replace replaces replaced replacing replacement "
            "succeed succeeds succeeded successor rehired rehires",
    "choose": "pick picks picked chose chosen choosing selected selects selecting selection tapped",
    "win": "won win wins victory defeated defeat defeats beat beats edged routed",
    "loss": "loss losses",
    "profit": "profit profits earnings",
    "revenue": "revenue revenues turnover",
    "exports": "exports", "imports": "imports",
    "auction": "auction auctioned auctions",
    "cost": "cost costs costing",
    "damage": "damage damages",
    "cancel": "cancel cancels cancelled canceled cancelling canceling cancellation",
    "open": "opening openings opens reopen reopened reopening reopens",      # "opened": see "shoot"
    "expel": "expel expels expelled expelling expulsion expulsions",
    "fraud": "fraud frauds embezzlement embezzled embezzling defraud defrauds defrauded defrauding swindle swindled "
             "swindling scam scams scammed",
    "purchase": "takeover takeovers acquire acquires acquired acquiring acquisition acquisitions merger mergers "
                "buy buys bought buying purchase purchases purchased purchasing "
                "transaction transactions",       # a takeover's only (see TAKEOVER_CUES)
    "bankrupt": "bankruptcy insolvency",
    "deny": "deny denies denied denial denials",
    "concede": "concede concedes conceded conceding",
    "anaphor": "incident incidents",
    "deliver": "deliver delivers delivered delivering delivery deliveries",
    "demand": "demand demands demanded demanding",
    "condemn": "condemn condemns condemned condemning condemnation",     # and German "verurteilt" with no court
    "founding": "founded",               # a firm's year ("found", "finds": see english_event_key)
    "birth": "born",
    "call": "phoned telephoned",          # and "a phone call", "the call" (see find_event_words)
    "exchange": "exchange exchanges exchanged exchanging swap swaps swapped swapping",
    "aid": "aid pledged pledge pledges",
    "layoff": "layoff layoffs redundancies cut cuts cutting slash slashes slashed slashing shed sheds shedding "
              "eliminate eliminates eliminated eliminating "
              "axe axes axed",
    "say": "said says say saying told tells tell stated reported reporting explained added",
    # the German families' English words, so that a German and an English telling can link
    # (every form: a form left out would be a family of its own word, apart from the rest)
    "blast": "explosion explosions blast blasts blasted explode explodes exploded exploding detonate detonated "
             "detonation detonations",
    "ceasefire": "ceasefire ceasefires cease-fire truce truces",
    "ceremony": "ceremony ceremonies funeral funerals wedding weddings memorial memorials",
    "mourn": "mourning mourned mourn mourns mourners",
    "fight": "fight fights fighting fought battle battles battled battling combat brawl brawls brawled scuffle "
             "scuffles scuffled altercation altercations fistfight punched punching",
    "flood": "flood floods flooding flooded floodwaters",
    "collapse": "collapse collapses collapsed collapsing",
    "hostage": "hostage hostages kidnap kidnaps kidnapped kidnapping kidnappings abduct abducts abducted "
               "abduction abductions",
    "discover": "discover discovers discovered discovering discovery detected",    # "detected the intrusion"
    "destroy": "destroy destroys destroyed destroying destruction",
    "investigate": "investigate investigates investigated investigating investigation investigations probe "
                   "probes probed probing inquiry inquiries",
    "rescue": "rescue rescues rescued rescuing rescuers evacuate evacuates evacuated evacuating evacuation "
              "evacuations displaced",     # (people driven from their homes: "88,000 have been displaced")
    "sanction": "sanction sanctions sanctioned embargo embargoes",
    "tariff": "tariff tariffs",
    "countertariff": "counter-tariffs countertariffs",
    "speech": "speech speeches",
    "storm": "storm storms tornado tornadoes hurricane hurricanes typhoon typhoons cyclone cyclones",
    "heat": "heatwave heatwaves temperature temperatures",     # and "heat wave", in two words
    "landslide": "landslide landslides mudslide mudslides avalanche avalanches",
    "stampede": "stampede stampedes",
    "defuse": "defuse defused defusing",
    "outage": "outage outages blackout blackouts",
    "eruption": "eruption eruptions",                # "violence erupted" is no volcano
    "trial": "trial trials lawsuit lawsuits sued sue sues suing",      # a court case, as German "Klage"
    "vote": "referendum referendums referenda",
    "capture": "capture captures captured capturing seize seizes seized seizing recaptured",
    "hijack": "hijack hijacked hijacking hijacks",
    "swear_in": "sworn swearing-in inauguration inaugurated inaugural",
    "withdraw": "withdraw withdraws withdrew withdrawn withdrawing withdrawal",
    "outbreak": "outbreak outbreaks epidemic epidemics pandemic pandemics",
    "inflation": "inflation",             # "interest rates" and "a rate cut" are told in two words
    "reward": "reward rewards",
    "record": "",                        # "a world record", "the previous record" (see find_event_words)
    "recall": "recall recalls recalled recalling",     # only where a product is told ("he recalled": none)
    "ransom": "ransom ransoms",          # and German "Lösegeld", Spanish "rescate" with a sum (see below)
    "landing": "crash-landed crash-landing",     # and "an emergency landing" (see find_event_words)
    "ban": "ban bans banned",
    "unemployment": "unemployment joblessness",
}
# French and Spanish: the commonest forms of the commonest families, so that a telling in
# those languages still links with others by its family, day and people (one table: the
# two languages share few spellings, and none of these with another meaning)
EVENT_FORMS_FR_ES = {
    "hire": "successeur successeure sucesor sucesora nommé nommée nombrado nombrada",
    "discover": "découvert découverte découverts descubierto descubierta descubrió descubrieron",
    "destroy": "détruit détruite détruits détruites destruction destruido destruida destruidos destruidas destruyó "
               "destruyeron destrucción",
    "visit": "visite visites visité visitait rendu rendue visita visitó visitas visitado viajó viajaron viaje "
             "rendra rendront rend rendait viajará viajarán",      # ("se rendra": see find_event_words)
    "arrive": "arrivé arrivée arrivés arrivées arrivait llegó llegaron llegada llegado",
    "depart": "zarpó zarparon zarpado",       # a ship's ("quitté", "salió": with a place after, see DEPART_WORDS)
    "receive": "reçu reçue reçus accueilli accueillie recibido recibida recibió recibieron",
    "meet": "rencontre rencontré rencontrés rencontrer rencontrera rencontreront reunió reunieron reunión encuentro "
            "reunirá reunirán reunirse reunido réunis réunies réunion",     # "se sont réunis à Riga"
    "summit": "sommet sommets cumbre cumbres",
    "talks": "négociations négociation pourparlers negociaciones negociación conversaciones",
    "sign": "signé signée signés signer signature firmó firmaron firmado firma",
    "agreement": "accord accords traité acuerdo acuerdos tratado",
    "transfer": "transfert fichado fichó fichaje",      # a player to another club
    "attack": "attaque attaques attentat attentats ataque ataques atentado atentados fusillade tiroteo tiroteos "
              "balacera",
    "die": "mort morts morte mortes décès mourir décédé décédée décédés murió murieron muerte muerto muertos muerta "
           "muertas fallecido fallecida fallecidos fallecidas falleció fallecieron noyé noyés noyées ahogaron "
           "ahogó ahogados",
    "exercise": "exercice exercices manœuvres manoeuvres ejercicio ejercicios maniobras",
    "kill": "tué tués tuée tuées assassiné asesinado asesinada asesinados asesinadas asesinato mató mataron matado",
    "injure": "blessé blessés blessée blessées herido heridos herida heridas hirió hirieron",
    "capture": "saisi saisie saisies incautado incautada incautados incautó incautación decomisado decomisó decomiso",
    "hostage": "otage otages enlèvement séquestré séquestrés secuestro secuestros secuestrado secuestrada "
               "secuestrados secuestradas secuestró secuestraron rehén rehenes",
    "escape": "évadé évadés évadée évadées évasion évasions fugado fugados fugada fugadas fugaron fugó fuga "
              "evadieron evasión",
    "arrest": "arrêté arrêtés arrêtée arrêtées arrestation interpellé interpellés interpellée interpellées "
              "detenido detenidos detenida detenidas detención detuvo detuvieron arrestó arrestaron "
              "arresto",
    "quake": "séisme tremblement secousse secousses terremoto sismo temblor épicentre epicentro",
    "poll": "sondage sondages encuesta encuestas",
    "parade": "défilé défilés desfile desfiles", "summon": "convoqué convoquée convocó convocado convocada",
    "join": "adhéré adhésion adhesión ingresó",
    "renovate": "rénovation rénové rénovée renovación renovado renovada",
    "warn": "averti advirtió advierte", "pardon": "gracié graciée graciés indultó indultado indultados indulto",
    "decide": "adopté adoptée adoptés adoptées approuvé approuvée approuvés approuvées "
              "aprobó aprobaron aprobado aprobada aprobados aprobadas adoptó adoptaron",     # a law passed
    "elect": "élection élections élu élue élire élira éliront scrutin elección elecciones elegido elegida elegirá "
             "elegirán comicios votación participation participación",
    "fire": "incendie incendies incendio incendios feu feux fuego fuegos",     # (but see feu_family)
    "heat": "canicule température températures temperatura temperaturas calor chaleur termómetro termómetros "
            "thermomètre thermomètres",
    "flood": "inondation inondations inundación inundaciones",
    "stampede": "bousculade bousculades estampida estampidas",
    "defuse": "désamorcé désamorcée désamorçage",
    "sentence": "condamné condamnée condamnés condamnées condamnation condenado condenada condenados condenadas "
                "condena condenó condenaron acquitté acquittée acquittés absuelto absuelta absueltos absolución",
    "annul": "annulé annulée annulation anuló anulado anulada anulación",
    "open": "inauguré inaugurée inaugurés inaugurées ouverture inauguró inaugurado inaugurada inauguración "
            "apertura",
    "trial": "procès juicio",
    "mourn": "deuil luto",
    "protest": "manifestation manifestations manifestants manifesté manifestaient "
               "manifestación manifestaciones manifestantes protesta "
               "grève grèves huelga huelgas",
    "win": "victoire gagné remporté victoria ganó défaite derrota",
    "fire_job": "limogé limogée limogés limoge limogeage destitué destituée destitution destituye destituyó "
                "destitución destituido destituida despedido despedida despidió",
    "loss": "perte pertes pérdida pérdidas",
    "fraud": "fraude fraudes escroquerie escroqueries escroqué escroquée escroqués estafa estafas estafó estafado",
    "purchase": "rachat racheté adquisición adquirió achat acheté compra compró",
    "crash": "accident accidente chocó chocaron choque "
             "collision colisión écrasé écrasée écrasement estrelló estrellado estrellada "
             "échoué échouée échoue encalló encallado déraillé déraille déraillement descarriló descarrilamiento "
             "descarrilado",
    "blast": "explosion explosions explosión explosiones",
    "rob": "braquage cambriolage cambriolé dérobé dérobés dérobée dérobées volé volés volée volées robo robó robaron "
           "robado robados robada robadas atraco hurto",
    "resign": "démission démissionné démissionne dimisión dimitió renuncia renunció",
    "rescue": "sauvetage sauvés sauveteurs secouru secourus secouristes "
              "rescate rescatados rescatistas socorristas évacué évacuée évacués évacuées évacuation évacuations "
              "evacuado evacuada evacuados evacuadas evacuación evacuaron evacuó déplacés desplazados",
    "eruption": "éruption éruptions erupción erupciones",
    "veto": "veto vetó vetado vetos",
    "sink": "coulé naufrage sombré chaviré hundió naufragio naufragó zozobró volcó",
    "outage": "panne pannes apagón apagones",
    "ban": "inéligibilité inéligible inhabilitación inhabilitado inhabilitada",     # from office
    "cancel": "canceló cancelado cancelada cancelaron",     # ("annulé": see "annul")
    "storm": "ouragan ouragans cyclone cyclones tempête tempêtes typhon tornade huracán huracanes ciclón ciclones "
             "tormenta tormentas tifón tornado",
    "spill": "déversé déversée déversés déversées déversement derrame derramado vertido",
    "missing": "disparu disparus disparue disparues desaparecido desaparecidos desaparecida desaparecidas",
    "announce": "annoncé annonce anunció anuncio",
    "exchange": "échange échanges échangé échangés canje canjes canjeado intercambio intercambiaron",
    "layoff": "suppression suppressions supprimer supprimera supprimé supprimés despidos recortará recorte recortes",
    "outbreak": "épidémie épidémies pandémie brote brotes epidemia epidemias pandemia",
    "inflation": "inflación",             # French "inflation" is English's
    "reward": "récompense recompensa",
    "ransom": "rançon",
    "ceasefire": "trêve trêves cessez-le-feu tregua treguas",
    "collapse": "effondrement effondré effondrée effondrés effondrées derrumbe derrumbó derrumbado derrumbada "
                "colapso colapsó",
    "launch": "lancement décollé décollage despegó despegue lanzamiento",      # a rocket's ("lanzó": any campaign)
    "expel": "expulsion expulsions expulsé expulsés expulsée expulsées expulsa expulsó expulsados expulsadas",
    "release": "libéré libérée libérés libérées libération liberado liberada liberados liberadas liberó liberación",
    "unemployment": "chômage desempleo",
    "exports": "exportations exportaciones", "imports": "importations importaciones",
    "auction": "enchères subasta subastado subastada subastó",
    "ceremony": "funérailles obsèques funeral funerales exequias sepelio",      # a state funeral's
    "speech": "discours allocution discurso discursos",
    "founding": "fondé fondée fondés fondées fundado fundada fundados fundadas fundó",
    "birth": "né née nés nació nacido nacida",
}
# News event nouns (and base-form verbs) that name a happening by themselves.
EVENT_NOUNS_EN = set("""
arson vigil vigils riot riots march marches rally rallies funeral trial hearing verdict appeal ban
siege blast explosion explosions tsunami flood floods storm hurricane outbreak epidemic collapse rescue
evacuation ceremony wedding divorce birth concert tour match game race loss defeat merger takeover
bid offer offers bankruptcy layoffs recall interview speech statement comment warning threat
demand request conference poll referendum campaign coup war battle fight fights clash assault
stabbing injury escape custody piracy hijacking kidnapping burglary fraud scandal investigation
probe inquiry search help treatment surgery operation party celebration protest ceremony award
awards nomination nominations performance show premiere debut anger outrage violence unrest
bout round rounds knockout knockouts punch blow goal touchdown collision derailment landslide
eruption drought famine walkout boycott sanctions embargo lawsuit plea conviction acquittal parole
manhunt raid shootout gunfight standoff hostage ransom ambush occupation ceasefire truce trip address
debate primary runoff inauguration dismissal appointment testimony audit festival memorial
crackdown quarantine acquisition sale purchase layoff closure championship final playoff playoffs
trade transfer crash accident fire blaze death deaths murder homicide manslaughter theft heist
""".split())
# Families shown by another name: a post is left or taken (dismissed, appointed)
FAMILY_LABELS = {"fire_job": "post", "swear_in": "sworn in", "rates": "interest rate",
                 "countertariff": "counter-tariffs"}
# Families that can stand for one happening (a visit is received, has talks ...).
SUPER_FAMILY = {"visit": "meeting", "arrive": "meeting", "meet": "meeting", "receive": "meeting",
                "talks": "meeting", "summit": "meeting", "sign": "agreement", "transfer": "agreement",
                "agreement": "agreement", "attack": "attack", "invade": "attack",
                "die": "death", "kill": "death", "shoot": "attack", "fire_job": "fire_job",
                "annul": "ruling", "ruling": "ruling",       # a court's ruling, striking down a law or not
                "hire": "fire_job"}
DE_INFLECTIONS = ("eten", "ten", "ete", "te", "en", "es", "e", "n", "s", "t", "et", "er", "ern",
                  "ungen", "ung")   # the noun of a verb: Unterzeichnung, Ankündigung
NOUN_INFLECTIONS = tuple(e for e in DE_INFLECTIONS if not e.endswith(("t", "te", "ten")))

# Stances toward a claim, for the response notes (bestätigt / dementiert ...).
STANCE_RE = lazy_regex(                   # the lookahead holds every first letter below: a fast miss
    r"\b(?=[abcdlnrwzä])(?:(?P<neither>weder\s+bestätigt\s+noch\s+(?:dementiert|bestritten)|"
    r"neither\s+confirmed\s+nor\s+denied|(?:declined|refused)\s+to\s+comment|"
    r"nicht\s+kommentiert|no\s+comment|wollten?\s+sich\s+(?:\w+\s+){0,4}?nicht\s+äußern|"
    r"äußerten?\s+sich\s+(?:\w+\s+){0,2}?nicht\b|lehnten?\s+(?:eine|jede)\s+Stellungnahme\s+ab)"
    r"|(?P<deny>dementiert\w*|dementi\w*|zurückgewiesen|zurückweis\w*|wies\w*\s+(?:\w+\s+){1,3}zurück|"
    r"bestritten|bestreit\w*|denied|denies|deny|rejected|rejects|dismissed)"
    r"|(?P<confirm>bestätigt\w*|confirmed|confirms|acknowledged|admitted))", re.I)
STANCE_LABEL = {"neither": "neither confirmed nor denied", "deny": "denied",
                "confirm": "confirmed"}

# Quantities: a number (German or English format, or a number word) and the noun after it.
QUANTITY_MODIFIERS = ("etwa", "rund", "ungefähr", "circa", "ca.", "mehr als", "über", "mindestens", "fast", "knapp",
                      "gut", "gute",            # "um gut drei Prozent", "gut 200 Menschen": a little more
                      "bis zu", "about", "around", "approximately", "nearly", "almost", "more than", "over",
                      "at least", "up to", "some",
                      # French and Spanish
                      "environ", "près de", "plus de", "au moins", "unos", "unas", "cerca de", "más de", "al menos")
MOD_LETTERS = max(map(len, QUANTITY_MODIFIERS))
# the same words as a pattern, longest first, for the patterns of a figure that has a modifier before it
MODIFIER_ALT = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in sorted(QUANTITY_MODIFIERS, key=len, reverse=True))


def trie_pattern(words):
    """Return a regular expression for words, as a tree of their shared beginnings, longest match first.

    One alternation of 750 names is tried name by name at every capital letter;
    the tree tries a letter once.

    >>> trie_pattern(["Nord", "Nordkorea", "Niger"])
    'N(?:iger|ord(?:korea)?)'
    """
    tree = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}                     # a word may end here

    def build(node):
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:                    # greedy: the longer word first, then the end here
            body = (body if len(branches) > 1 else "(?:" + body + ")") + "?"
        return body

    return build(tree)


# French and Spanish round numbers, told roughly and with "de" before what they count: "une vingtaine d'accords",
# "une trentaine de personnes", "una decena de muertos" (not "cuarentena": a quarantine)
ROUND_NUMBER_WORDS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                      "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
                      "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
                      "half a dozen": 6}     # (not "a dozen" from its second word)
# ("des dizaines de morts", "decenas": tens of them, no number)
# Numbers written as words count too, from two ("one", "ein" are mostly articles): "killing three people".
# French and Spanish ones too (not "cent" and "once", which are English words; "sept" only in French: see
# find_quantities), and German hundreds.
ROMANCE_NUMBER_WORDS = {**{w: i for i, w in enumerate("deux trois quatre cinq six sept huit neuf dix onze douze "
                                                      "treize quatorze quinze seize".split(), 2)},
                        **{w: i for i, w in enumerate("dos tres cuatro cinco seis siete ocho nueve diez _ doce trece "
                                                      "catorce quince".split(), 2) if w != "_"},
                        **{w: 10 * i for i, w in enumerate("vingt trente quarante cinquante soixante".split(), 2)},
                        **{w: 10 * i for i, w in enumerate("veinte treinta cuarenta cincuenta sesenta".split(), 2)}}
COUNT_WORDS = {**{w: n for w, n in NUMBER_WORDS.items() if n >= 2},
               **ROMANCE_NUMBER_WORDS,
               **{f"{u}hundert": 100 * i
                  for i, u in enumerate("zwei drei vier fünf sechs sieben acht neun".split(), 2)},
               **ROUND_NUMBER_WORDS}
# One of a scale, or half ("eine halbe Million", "half a million"): counted only before "Million", "million"
ONE_SCALED = {"half a": 0.5, "half an": 0.5, "eine halbe": 0.5, "eine": 1.0, "one": 1.0, "a": 1.0, "an": 1.0}
# (each first letter in both cases: NUMBER_START_RE, which holds it too, is not re.I)
ONE_SCALED_RE = r"(?:[Hh]alf\s+an?|[Ee]ine\s+halbe|[Ee]ine|[Oo]ne|[Aa]n?)(?=\s+(?:[Mm]illion|Milliarde|billion)\b)"
_COUNT_ALT = trie_pattern(COUNT_WORDS)       # "sixty-one" before "sixty", each letter tried once
# After any number these are no counted things ("14 Uhr", "5 Prozent", "3 years"); after a number
# written out, spans of time are not either ("vor drei Monaten", "two years ago")
NOT_UNITS = frozenset("uhr prozent percent jahre jahren years tagen days ans años twenties thirties forties fifties "
                      "sixties seventies eighties nineties".split()     # "the nineteen sixties": a decade
                      # "0300 GMT" is a clock time, "the 12200 block of Main Street" an address, "ten blocks" a way
                      + "gmt utc block blocks".split()
                      + "por pour".split()      # "2,9 por ciento", "3 pour cent": a percentage
                      # days and weeks: a length after its happening's word (LENGTH_AFTER_RE), or a date ("il y a
                      # deux jours")
                      + "jour jours día días dia dias semaine semaines semana semanas".split()
                      # a rate's step (see find_rates): "0,5 Prozentpunkte", "25 basis points"
                      + "prozentpunkt prozentpunkte prozentpunkten percentage basispunkte basispunkten basis".split()
                      # a temperature (see find_temperatures)
                      + "grad degree degrees degrés grados".split()
                      # a clock time ("las 13.20 hora local"); a relative pronoun after a model's number ("un ATR 72
                      # que cubría la ruta")
                      + "hora que qui".split())
TIME_UNITS = NOT_UNITS | frozenset("monat monate monaten months wochen weeks tage mal times".split())


def initials(words):
    """Return the first letters of words in both cases, escaped for a character class.

    A pattern tried at many places that opens with a lookahead of these fails at
    once where none of its words can start (a word list alone is tried word by word).

    >>> initials(["März", "mai", "Juni"])
    'JMjm'
    """
    return "".join(map(re.escape, sorted({c for w in words for c in (w[:1].lower(), w[:1].upper())})))


# The number first: a modifier before it is looked for only where a number stands
MODIFIER_BEFORE_RE = lazy_regex(r"\b(?:" + "|".join(re.escape(m) for m in QUANTITY_MODIFIERS) + r")\s+$", re.I)
SCALE_WORDS = (r"Millionen|Million|Milliarden|Milliarde|Mio\.|Mrd\.|million|billion|thousand|Tausend|hundred|Hundert"
               r"|milliards?|millions|millones|millón"       # French and Spanish: "2,1 milliards de dollars"
               r"|Dutzend|dozen"
               r"|bln|mln")        # a wire headline's: "in $1.2 bln deal", "5 mln euros"
# Units a measure is hyphened to as an adjective: "a 90-metre section", "ein 80-Meter-Abschnitt"
# (not feet or yards: "a 6-foot man", "a 2-yard touchdown" describe, they tell no measure of the story);
# and a length of time: "a 30-minute audience", "a 24-hour strike", as "45 Minuten", "24 heures"
MEASURE_HYPHENED = r"(?:metre|meter|kilomet|km\b|mile|tonne|kilogram|kg\b|hectare|hektar|minute\b|hour\b|" \
                   r"köpfig|member\b|strong\b)"      # and a party's size: "eine 45-köpfige Delegation", "45-member"
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")     # of a German attributive adjective
_ADJECTIVE_END = "(?:%s)" % "|".join(ADJECTIVE_ENDINGS)
QUANTITY_RE = lazy_regex(
    # a number is read from its first digit only, never again from a digit or group inside it;
    # it starts with a digit or a number word's first letter (initials): elsewhere a fast miss
    r"(?=[\d%s])" % initials(COUNT_WORDS) +
    # French and Spanish group thousands with a space ("3 500 personnes"): no space starts a number
    r"(?P<num>(?<![^\W_])(?<!\d[.,:\u00a0\u202f])(?:\d{1,3}(?:(?:[.,\u00a0\u202f]| (?=\d{3}(?!\d)))\d{3})+"
    r"|\d+(?:[.,]\d+)?)"
    r"|\b(?:" + _COUNT_ALT + r")\b"
    r"|\b" + ONE_SCALED_RE + ")"
    r"(?:\s+(?P<scale>" + SCALE_WORDS + r")(?:\s+de(?=\s)|\s+d['’](?=[^\W\d_]))?)?"     # "millions d'euros"
    r"(?:(?<=aine)(?:\s+de(?=\s)|\s+d['’](?=[^\W\d_]))|(?<=en[ae]|nar)\s+de(?=\s))?"     # "vingtaine d'accords"
    r"(?:(?:\s+|(?<=d['’])|-(?=" + MEASURE_HYPHENED + r"))(?P<unit>[^\W\d_]{2}-[^\W\d_]+|[^\W\d_]{3,}(?:-[^\W\d_]+)?"     # "US-Dollar" too
    r"|(?:km|kg)(?![^\W\d_]))"          # the two units of two letters a count is told in
    # or none: "injuring more than 230, officials said"; not "26, 000": a thousands group split
    # or a crowd's at a sentence's end: "estimated the crowd at 25,000."
    # and "four of them seriously", "five of the injured were in serious condition"
    r"|(?=[,;:](?!\s?\d{3}\b)|\.(?!\d)|\s+of\s+(?:them|the\s+injured|the\s+wounded)\b"
    r"|\s+(?:de\s+ell[oa]s|d['’]entre\s+(?:eux|elles))\b))", re.I)     # "dos de ellos", "deux d'entre eux"

# In German an adjective stands between a count and what it counts ("12.000 nordkoreanische
# Soldaten", "3,5 Millionen neue professionelle Geräte"): the noun is the next capitalised word
GERMAN_NOUN_AFTER_RE = lazy_regex(r"(?P<adjective>\s+[a-zäöüß][^\W\d_]*" + _ADJECTIVE_END + r")?"
                                  r"\s+(?P<unit>[A-ZÄÖÜ][^\W\d_]{2,}(?:-[^\W\d_]+)?)")
# In English a people's or a party's adjective stands there ("12,000 North Korean troops",
# "40 Republican senators"): the noun is the lower-case word after it
ENGLISH_NOUN_AFTER_RE = lazy_regex(r"(?:\s+[A-Z][a-z]+)?\s+(?P<unit>[a-z]{3,}(?:-[a-z]+)?)")
# ... and a name's: "28 Starlink internet satellites", "12 Boeing jets" (the plural after it, one word between)
BRANDED_PLURAL_RE = lazy_regex(r"(?:\s+[a-z]{3,}(?<!s))?\s+(?P<unit>[a-z]{3,}s)\b")
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ch")
# A German adjective of a people or a kind, without its ending: "russische" is "russisch"
PEOPLES_ADJECTIVE_RE = lazy_regex(r"\b([a-zäöüß]*(?:isch|deutsch))" + _ADJECTIVE_END + r"?\b")
# Adjectives in "-isch" of no people: "23 politische Gefangene" are prisoners as "23 political prisoners" are
NOT_PEOPLES_DE = frozenset("politisch ballistisch militärisch technisch medizinisch elektrisch strategisch taktisch "
                           "hypersonisch kritisch diplomatisch ökonomisch historisch automatisch chemisch biologisch "
                           "touristisch klinisch juristisch psychisch physisch logistisch praktisch typisch".split())
COMPASS_WORDS = frozenset("north south east west northern southern eastern western".split())
# A German people's adjective as English says it, so that "12.000 nordkoreanische Soldaten"
# and "12,000 North Korean troops" count one thing
GERMAN_DEMONYMS = dict(pair.replace("_", " ").split(":") for pair in """
russisch:russian ukrainisch:ukrainian nordkoreanisch:north_korean sudkoreanisch:south_korean
koreanisch:korean chinesisch:chinese amerikanisch:american franzosisch:french britisch:british
deutsch:german israelisch:israeli palastinensisch:palestinian iranisch:iranian irakisch:iraqi
syrisch:syrian turkisch:turkish polnisch:polish japanisch:japanese indisch:indian
pakistanisch:pakistani afghanisch:afghan somalisch:somali jemenitisch:yemeni agyptisch:egyptian
saudisch:saudi italienisch:italian spanisch:spanish griechisch:greek niederlandisch:dutch
osterreichisch:austrian schweizerisch:swiss kanadisch:canadian mexikanisch:mexican
brasilianisch:brazilian australisch:australian libanesisch:lebanese afrikanisch:african
europaisch:european arabisch:arab kurdisch:kurdish belarussisch:belarusian georgisch:georgian
nigerianisch:nigerian sudanesisch:sudanese thailandisch:thai vietnamesisch:vietnamese philippinisch:filipino
indonesisch:indonesian norwegisch:norwegian schwedisch:swedish danisch:danish finnisch:finnish ungarisch:hungarian
tschechisch:czech rumanisch:romanian bulgarisch:bulgarian serbisch:serbian kroatisch:croatian lettisch:latvian
litauisch:lithuanian estnisch:estonian belgisch:belgian portugiesisch:portuguese irisch:irish
argentinisch:argentine kolumbianisch:colombian venezolanisch:venezuelan chilenisch:chilean peruanisch:peruvian
kubanisch:cuban marokkanisch:moroccan algerisch:algerian tunesisch:tunisian libysch:libyan athiopisch:ethiopian
kenianisch:kenyan katarisch:qatari jordanisch:jordanian armenisch:armenian kasachisch:kazakh usbekisch:uzbek
mongolisch:mongolian taiwanisch:taiwanese malaysisch:malaysian nepalesisch:nepalese
""".split())
# French and Spanish peoples' adjectives, folded and without their endings (romance_demonym), as English says them
ROMANCE_DEMONYMS = dict(pair.replace("_", " ").split(":") for pair in """
russ:russian rus:russian ukrainien:ukrainian ucranian:ukrainian nord-coreen:north_korean norcorean:north_korean
sud-coreen:south_korean surcorean:south_korean coreen:korean corean:korean americain:american
estadounidens:american chinois:chinese chin:chinese allemand:german aleman:german francais:french
frances:french britanniqu:british britanic:british israelien:israeli israeli:israeli palestinien:palestinian
palestin:palestinian iranien:iranian irani:iranian turc:turkish turqu:turkish syrien:syrian siri:syrian
japonais:japanese japones:japanese italien:italian italian:italian espagnol:spanish polonais:polish
polac:polish mexicain:mexican mexican:mexican indien:indian afghan:afghan libanais:lebanese liban:lebanese
""".split())
ROMANCE_ENDINGS = ("nes", "ne", "es", "s", "as", "os", "a", "o", "e")
MEDALS_AFTER_RE = lazy_regex(r"\s+medals?\b")
CREW_AFTER_RE = lazy_regex(r"\s+(?:d['’](?:é|e)quipage|de\s+(?:l['’]équipage|la\s+tripulación|tripulación))\b")
HYPHENED_WORD_AFTER_RE = lazy_regex(r"\s+([^\W\d_]{3,}(?:-[^\W\d_]{3,})?)")


ENGLISH_DEMONYMS = frozenset(GERMAN_DEMONYMS.values())


def nationalities(words):
    """Return the peoples a person's description names, as English says them: "den estnischen Geschäftsmann X",
    "Finnish businessman X", "le président russe".

    >>> nationalities("den estnischen Geschäftsmann Kalle Tamm"), nationalities("der nordkoreanische Machthaber")
    ({'estonian'}, {'korean'})
    >>> nationalities("le président russe Vladimir Poutine"), nationalities("Mayor Jan Ries")
    ({'russian'}, set())
    """
    out = set()
    for w in words.split():
        w = w.strip(",.;:()\"'")
        f = fold(w)
        if w[:1].isupper() and f in ENGLISH_DEMONYMS:
            out.add(f)
        elif w[:1].islower() and (m := PEOPLES_ADJECTIVE_RE.fullmatch(w)) and fold(m.group(1)) in GERMAN_DEMONYMS:
            out.add(GERMAN_DEMONYMS[fold(m.group(1))])
        elif w[:1].islower() and len(w) > 3 and (people := romance_demonym(w)):
            out.add(people)
    # (a people's last word: "nordkoreanischen" is "North Korean", and "the Korean leader" may be told of him)
    return {p.split()[-1] for p in out}


def romance_demonym(word):
    """Return a French or Spanish people's adjective as English says it, else "".

    >>> romance_demonym("russes"), romance_demonym("ucranianos"), romance_demonym("nord-coréennes")
    ('russian', 'ukrainian', 'north korean')
    >>> romance_demonym("estadounidenses"), romance_demonym("grandes"), romance_demonym("heures")
    ('american', '', '')
    """
    f = fold(word)
    for stem in (f,) + tuple(f[:-len(e)] for e in ROMANCE_ENDINGS if f.endswith(e)):
        if stem in ROMANCE_DEMONYMS:
            return ROMANCE_DEMONYMS[stem]
    return ""


SPLIT_GROUP_RE = lazy_regex(r"\d, \d{3}\b")
# A sum of money with its currency's sign before it: "$4.5 billion", "€300 Mio.", "£2m"
# A range ("$140-150 million", "between $140 and $150 million") is one approximate sum, its middle.
MONEY_RE = lazy_regex(r"(?P<sign>US\$|\$|€|£)\s?(?P<num>\d{1,3}(?:[.,\u00a0\u202f]\d{3})+|\d+(?:[.,]\d+)?)"
                      r"(?:\s?(?:-|–|to|\s(?:and|und|bis)\s)\s?(?:\$|€|£)?(?P<num2>\d+(?:[.,]\d+)?)(?=[\s-]*[MBbmT]))?"
                      r"(?:(?:-|\s*)(?P<scale>" + SCALE_WORDS + r"|bn|mn|MM|m)\b|(?P<scale_letter>[MB])\b)?")
# ("$5-million", "$21MM" too; and a headline's "$215M", "$12.4B", the letter right after the number)
CURRENCY_SIGNS = {"$": "dollars", "US$": "dollars", "€": "euros", "£": "pounds"}

TOKEN_RE = lazy_regex(r"(?:[^\W\d_]+(?:[-'’](?![sS]\b)[^\W\d_]+)*)|\d+")   # Palin's -> Palin
CONTROL_RE = lazy_regex(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029]")
ESCAPE_RE = lazy_regex(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-_]?")


# ---- Data types ----

def sent_as_values(cls):
    """Return a frozen dataclass pickled as its values: what workers send back (--jobs) travels faster.

    Dataclasses' own __getstate__ and __setstate__ ask fields() again for every
    object. What 535 articles' reading returns: pickled in 0.025 s, not 0.062;
    unpickled in 0.042 s, not 0.075 (--jobs 2 on them: 4% less time).
    """
    values = attrgetter(*(f.name for f in fields(cls)))
    cls.__reduce__ = lambda self: (cls, values(self))
    return cls


class CompareError(Exception):
    """An input problem the user can fix; main() prints it and exits 1."""


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its key (S1...), file id, language and decoded text."""
    key: str
    id: str
    path: str
    language: str
    text: str
    title: str
    size: int
    warnings: tuple = ()


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that was not read, and why."""
    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Corpus:
    """The documents of one folder, in sorted order, and the files skipped."""
    folder: str
    documents: tuple
    skipped: tuple


@sent_as_values
@dataclass(frozen=True, slots=True)
class Mention:
    """A span of one document; key is the name key, date value or event family."""
    doc: str
    kind: str
    text: str
    start: int
    end: int
    sentence: int
    key: str
    detail: str = ""
    context: str = ""
    speaker: bool = False      # a person named as the one who speaks: "sagte Putin"
    age: tuple = ()            # a person's age as the text gives it: (years, words)
    tenure: tuple = ()         # a person's time in office as told: ("since 2019" or "12 years", words)
    born: tuple = ()           # where a person was born, as told: (place, words)


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, date or event with its mentions across sources."""
    kind: str
    key: str
    label: str
    mentions: tuple
    extra: tuple = ()          # (name, value) pairs: an event's date, place, participants


@dataclass(frozen=True, slots=True)
class Fact:
    """What one source says of an entity: attribute, value, and its words."""
    entity: str
    attribute: str
    value: str
    doc: str
    words: str
    by: str = ""             # who counted: "police" or "organisers" (a crowd's count)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Sources giving different values of one attribute of one entity."""
    entity: str
    attribute: str
    values: tuple              # ((value, (doc keys), (words, ...)), ...)
    text: str
    soft: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a table: an entity, what each source says, and the notes."""
    kind: str
    entity: Entity
    sources: tuple
    says: tuple                # ((doc key, text), ...)
    notes: tuple               # Disagreements
    summary: tuple = ()        # events: (participants, date value, place)


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the renderers need."""
    corpus: Corpus
    min_sources: int
    people: tuple
    dates: tuple
    times: tuple               # times of day: "Friday night", "this morning"
    events: tuple


# The lexicon answers for words, and a few for values, are remembered. Unbounded
# caches keep no least-recently-used list, so they take about half the memory of
# bounded ones and answer faster; trim_caches, called between documents and
# before each kind of event that is linked, keeps each under CACHE_SIZE entries
# and what one more document or kind can add (a file is cut at MAX_BYTES).
CACHES = []


def remembered(func):
    """Return func with its answers remembered (func must be pure); trim_caches bounds them."""
    cached = lru_cache(maxsize=None)(func)
    CACHES.append(cached)
    return cached


def trim_caches(limit=None):
    """Empty each cache of remembered that holds more than limit (CACHE_SIZE) answers; a later call just asks again."""
    limit = CACHE_SIZE if limit is None else limit
    for cached in CACHES:
        if cached.cache_info().currsize > limit:
            cached.cache_clear()


# ---- Loading ----

def load_corpus(folder, max_bytes=MAX_BYTES):
    """Return the Corpus of every text file below folder, in sorted order."""
    if not os.path.exists(folder):
        raise CompareError(f"{folder}: no such folder")
    if not os.path.isdir(folder):
        raise CompareError(f"{folder}: is a file, not a folder of articles")
    paths, skipped = list_files(folder)
    documents, seen = [], {}
    for path in paths:
        rel = os.path.relpath(path, folder)
        try:
            with open(path, "rb") as f:
                whole = os.fstat(f.fileno()).st_size
                data = read_capped(f, max_bytes)
        except OSError as e:
            skipped.append(Skipped(printable(rel), f"cannot be read ({e.strerror or e})"))
            continue
        warnings = []
        office = office_text(path, max_bytes) if data.startswith(ZIP_MAGIC) else None
        if office:                        # read whole (its text is inside): the cut is its own
            text, said = office
            size = whole
        else:
            if len(data) > max_bytes:
                data = data[:max_bytes]
                warnings.append(f"only the first {max_bytes:,} bytes were read")
            text, said = text_of_file(data)
            size = len(data)
        if text is None:
            skipped.append(Skipped(printable(rel), said[0]))
            continue
        warnings += said
        if not text.strip():
            skipped.append(Skipped(printable(rel), "empty file"))
            continue
        # the same words however spaced; a hash, not a digest library (OpenSSL costs 3.5 MB to load),
        # with the texts compared when two hashes meet
        words = " ".join(text.split())
        twin = next((r for r, t in seen.get(hash(words), ()) if " ".join(t.split()) == words), None)
        if twin is not None:
            skipped.append(Skipped(printable(rel), f"duplicate of {printable(twin)}, counted once"))
            continue
        seen.setdefault(hash(words), []).append((rel, text))
        key = f"S{len(documents) + 1}"
        documents.append(Document(key, printable(rel), path, detect_language(text), text, title_of(text),
                                  size, tuple(warnings)))
    copies = near_duplicates(documents)
    for i, d in enumerate(documents):
        if d.key in copies:
            other, share = copies[d.key]
            documents[i] = replace(d, warnings=d.warnings + (
                f"near-duplicate of {other.id}: {share:.0%} of its sentences are there too, "
                "so what the two share may be one report told twice",))
    return Corpus(folder, tuple(documents), tuple(sorted(skipped, key=lambda s: s.path)))


RTF_MAGIC = b"{\\rtf"                   # text, but its markup would be read as words
ZIP_MAGIC = b"PK\x03\x04"                # a .docx or .odt file too: office_text reads those first
# Files a folder of articles often holds that are not text, known by their first bytes:
# (bytes, what the file is, whether it is a document, whose text can be saved as text)
BINARY_KINDS = ((b"%PDF-", "PDF document", True),
                (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Word 97-2003 or other Office file", True),
                (ZIP_MAGIC, "ZIP archive", False), (b"\x1f\x8b", "gzip archive", False),
                (b"\x89PNG", "PNG image", False), (b"\xff\xd8\xff", "JPEG image", False), (b"GIF8", "GIF image", False))


def text_of_file(data):
    """Return (text, warnings) of a file's bytes, each change made to them said; (None, (reason,)) if not text."""
    for magic, kind, document in BINARY_KINDS:
        if data.startswith(magic):        # a PDF's first lines are text: its bytes would be read as an article
            return None, (f"binary file ({kind})" + (": save it as text to compare it" if document else ""),)
    if data.startswith(RTF_MAGIC):        # 7-bit text: what is beyond ASCII is in its escapes
        return text_cleaned(rtf_text(data.decode("latin-1")), ["RTF document: its text read"])
    text, how = decode_bytes(data)
    if text is None:
        return None, (how,)
    return text_cleaned(text, [how] if how else [])


# an RTF token: a control word and its number, a byte in hex, an escaped symbol, a brace, line ends, text
RTF_TOKEN_RE = lazy_regex(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z'])|([{}])|[\r\n]+"
                          r"|([^\\{}\r\n]+)")
# groups that hold no text of the document: tables of fonts and colours, metadata, pictures, a field's code
RTF_HIDDEN = {"fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr",
              "footer", "footerl", "footerr", "listtable", "listoverridetable", "rsidtbl", "generator",
              "xmlnstbl", "themedata", "colorschememapping", "latentstyles", "datastore", "fldinst",
              "revtbl", "filetbl", "pgdsctbl", "footnote"}
RTF_WORDS = {"par": "\n", "line": "\n", "sect": "\n", "page": "\n", "row": "\n", "tab": "\t", "cell": "\t",
             "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
             "bullet": "•", "enspace": " ", "emspace": " "}
RTF_SYMBOLS = {"~": "\xa0", "_": "-", "{": "{", "}": "}", "\\": "\\"}


def rtf_text(rtf):
    """Return the text of an RTF document (as TextEdit, WordPad or Word save it): a line a paragraph.

    >>> rtf_text(r"{\\rtf1\\ansi{\\fonttbl\\f0 Arial;}\\f0 Gr\\'fc\\'dfe\\par \\u8222?Kim\\u8220?}")
    'Grüße\\n„Kim“'
    """
    out, groups = [], []                  # groups: (hidden, characters a \u's fallback takes) of those open
    hidden, uc, fallback, first, codec = False, 1, 0, False, "cp1252"
    for m in RTF_TOKEN_RE.finditer(rtf):
        word, number, byte, symbol, brace, text = m.groups()
        if first and (symbol == "*" or word in RTF_HIDDEN):     # "{\*\..." or "{\fonttbl ...": not the text
            hidden = True
        first = brace == "{"
        if brace:
            if brace == "{":
                groups.append((hidden, uc))
            elif groups:
                hidden, uc = groups.pop()
            continue
        if word == "uc" and number:
            uc = int(number)
        elif word == "ansicpg" and number:
            codec = f"cp{number}"
        if hidden:
            continue
        piece = ""
        if word == "u" and number:
            piece, fallback = chr(int(number) % 65536), uc        # then a character for readers without Unicode
        elif word:
            piece = RTF_WORDS.get(word, "")
        elif byte and fallback:
            fallback -= 1
        elif byte:
            try:
                piece = bytes([int(byte, 16)]).decode(codec)
            except (UnicodeDecodeError, LookupError):     # a code page Python does not know
                piece = bytes([int(byte, 16)]).decode("cp1252", errors="replace")
        elif text:
            skipped = min(fallback, len(text))
            fallback -= skipped
            piece = text[skipped:]
        elif symbol:
            piece = RTF_SYMBOLS.get(symbol, "")
        out.append(piece)
    # \u is a signed 16-bit number: a character beyond (an emoji) comes as a UTF-16 pair, joined here; a half alone
    # could not be written out
    text = "".join(out).encode("utf-16", "surrogatepass").decode("utf-16", errors="replace")
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


SPACE_SPLIT_RE = lazy_regex(r"(\s+)")
MAX_COMPOSED = 200        # characters of a word that is composed (NFC): a longer one is crafted
# soft hyphens (a site's "&shy;"), zero-width spaces and joiners, a byte-order mark inside the
# text: nothing to a reader, but a word cut in two to the tokenizer ("Verteidigungs-minister")
INVISIBLE_RE = lazy_regex("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def text_cleaned(text, warnings):
    """Return (text, warnings) for decoded text: misread UTF-8, a page's markup and control characters dealt with."""
    warnings = list(warnings)
    text, misread = reread_utf8(text)     # before control characters go: Latin-1 shows some bytes as those
    if misread:
        warnings.append(f'UTF-8 that was read as cp1252 ("Ã¤" for "ä") read again: {misread:,} characters')
    if is_html(text):
        text = html_text(text)
        warnings.append("HTML: the text of the page read; markup, scripts, menus and footers left out")
    else:
        text, references = read_entities(text)
        if references:
            warnings.append(f"HTML character references read as characters: {references:,}")
    if not unicodedata.is_normalized("NFC", text):     # "u" and a combining diaeresis: the tokenizer cuts there
        # word by word: NFC sorts a run of combining marks in time that grows with its square
        # (80,000 marks in a row took 3 s); a "word" that long is no word and stays as it is
        composed = "".join(w if len(w) > MAX_COMPOSED else unicodedata.normalize("NFC", w)
                           for w in SPACE_SPLIT_RE.split(text))
        n = len(text) - len(composed)
        if composed != text:
            warnings.append(f"letters written decomposed composed (NFC): {n:,}" if n else "characters normalised (NFC)")
        text = composed
    text, invisible = INVISIBLE_RE.subn("", text)
    if invisible:
        warnings.append(f"soft hyphens and zero-width characters removed: {invisible:,}")
    if CONTROL_RE.search(text):           # an escape sequence starts with one (ESC)
        removed = len(ESCAPE_RE.findall(text)) + len(CONTROL_RE.findall(ESCAPE_RE.sub("", text)))
        warnings.append(f"control characters or escape sequences replaced by spaces: {removed:,}")
    text, joined = join_wrapped(clean_text(text))
    if joined:
        warnings.append(f"lines broken at a width joined: {joined:,} line ends read as spaces")
    return text, tuple(warnings)


OFFICE_PARTS = (("word/document.xml", "Word document"), ("content.xml", "OpenDocument text"))
# a Word paragraph's text is in w:t (w:delText is deleted text, w:instrText a field's code)
WORD_PIECES = {"t": "", "br": "\n", "cr": "\n", "tab": "\t"}
XML_PER_CHARACTER = 20    # bytes of a document's XML read for each character of text it may give, at most


def office_text(path, max_bytes):
    """Return (text, warnings) of a Word (.docx) or OpenDocument (.odt) file, (None, (reason,)) if it cannot be
    read, or None for another ZIP archive.

    The XML is read in pieces and paragraphs are let go as they end, so a large
    or crafted document costs no more than max_bytes of text and twenty times that of XML.
    """
    import zipfile                        # loaded only for such a file
    from xml.etree.ElementTree import ParseError, XMLPullParser
    paragraphs, size, cut, kind = [], 0, False, None
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            part, kind = next(((p, k) for p, k in OFFICE_PARTS if p in names), (None, None))
            if part is None:
                return None
            parser, pieces, read = XMLPullParser(("end",)), [], 0
            word = kind == "Word document"
            with z.open(part) as f:
                while not cut and (chunk := f.read(1 << 16)):
                    read += len(chunk)
                    parser.feed(chunk)
                    for _, el in parser.read_events():
                        tag = el.tag.rsplit("}", 1)[-1]
                        if word and tag in WORD_PIECES:
                            pieces.append((el.text or "") if tag == "t" else WORD_PIECES[tag])
                        elif tag == "p" or (tag == "h" and not word):
                            paragraphs.append("".join(pieces) if word else "".join(el.itertext()))
                            size += len(paragraphs[-1]) + 1
                            pieces = []
                            el.clear()    # what is read is let go
                    cut = size > max_bytes or read > max_bytes * XML_PER_CHARACTER
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ParseError, OSError, EOFError, RuntimeError,
            NotImplementedError, ValueError) as e:    # damaged, encrypted, compressed in a way zipfile cannot read
        return (None, (f"{kind} that cannot be read ({e})",)) if kind else None
    text = "\n".join(p for p in paragraphs if p.strip())
    warnings = [f"{kind}: its text read"]
    if cut:
        text = text[:max_bytes]
        warnings.append(f"only the first {max_bytes:,} characters of its text were read")
    return text_cleaned(text, warnings)


NEAR_DUPLICATE = 0.8         # share of an article's sentences that another holds: a copy of it (agency text)
SENTENCE_SPLIT_RE = lazy_regex(r"(?<=[.!?]) ")
TAIL_WORDS = 8               # a sentence is known by its last words: a headline run into it changes only its start
MIN_SHARED = 3               # sentences two documents must share to be copies (one may be a quote)


def near_duplicates(documents):
    """Return {key: (earlier Document, share)} for each document whose sentences are mostly an earlier one's.

    Sentences are compared by their last eight words, case and line breaks aside,
    through one index (no pair of documents is compared); a shorter sentence tells
    nothing, and fewer than three in common may be quotes.

    >>> story = ("Four men drove a large car into the jewellery store on Monday. They took watches and rings "
    ...          "worth two million euros. Then they set fire to a second car near the river.")
    >>> a = Document("S1", "a", "a", "en", story, "", 0)
    >>> b = replace(a, key="S2", text="Paris heist\\n" + story.replace(" euros", "\\neuros") + " (AFP)")
    >>> near_duplicates([a, b])["S2"][1]
    1.0
    """
    first_with = {}                       # a sentence's last words -> the first document that has them (its index)
    out = {}
    for i, doc in enumerate(documents):
        tails = {}                        # last words -> the sentence's length in words
        for s in SENTENCE_SPLIT_RE.split(" ".join(doc.text.casefold().split())):
            words = s.split(" ")
            if len(words) >= TAIL_WORDS:
                tails[" ".join(words[-TAIL_WORDS:])] = len(words)
        shared = defaultdict(int)         # earlier document -> the words of its sentences this one has
        count = Counter()                 # earlier document -> how many of its sentences this one has
        for tail, n in tails.items():
            other = first_with.setdefault(tail, i)
            if other != i:
                shared[other] += n
                count[other] += 1
        if shared:
            other, n = max(shared.items(), key=lambda kv: (kv[1], -kv[0]))    # the first of equals
            share = n / sum(tails.values())
            if share >= NEAR_DUPLICATE and count[other] >= MIN_SHARED:
                out[doc.key] = (documents[other], share)
    return out


def read_capped(f, limit):
    """Return the first limit + 1 bytes of a file at most (one more tells it was cut).

    Read in pieces: a huge limit ('--max-bytes 10**20') allocates nothing up front.
    """
    chunks, size = [], 0
    while size <= limit:
        chunk = f.read(min(limit + 1 - size, 1 << 20))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def printable(name):
    """Return a file name fit to print: undecodable bytes and control characters shown as '?'.

    >>> printable("a\x1b[31mb.txt")
    'a?[31mb.txt'
    """
    name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return re.sub(r"[\x00-\x1f\x7f-\x9f]", "?", name)


def list_files(folder):
    """Return (sorted file paths, skipped) below folder, following links once each."""
    found, skipped, visited = [], [], set()
    folders = [folder]                    # a stack, not recursion: folders may nest deeper than Python recurses
    while folders:
        path = folders.pop()
        try:
            st = os.stat(path)            # the folder itself, whatever links lead to it
            if (st.st_dev, st.st_ino) in visited:
                skipped.append(Skipped(printable(os.path.relpath(path, folder)), "link loop or folder seen before"))
                continue
            visited.add((st.st_dev, st.st_ino))
            entries = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as e:
            skipped.append(Skipped(printable(os.path.relpath(path, folder)),
                                   f"folder cannot be read ({e.strerror or e})"))
            continue
        inside = []
        for entry in entries:
            if entry.name.startswith("."):
                skipped.append(Skipped(printable(os.path.relpath(entry.path, folder)),
                                       "hidden file or folder, not read"))
                continue
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError:
                is_dir = is_file = False
            if is_dir:
                inside.append(entry.path)
            elif is_file:
                found.append(entry.path)
            else:
                skipped.append(Skipped(printable(os.path.relpath(entry.path, folder)),
                                       "broken link or not a regular file"))
        folders += reversed(inside)       # the first on top: folders are seen in sorted order, depth first
    found.sort(key=lambda p: os.path.relpath(p, folder))
    return found, skipped


# Control characters that text files do not hold: all below 32 but tab, line feed,
# form feed, carriage return and escape (escape sequences are text's colours).
BINARY_CONTROL_RE = lazy_regex(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")
STRAY_NULS = 0.01         # NUL bytes in a text file (a scrape's glitch); binary formats have more, from their header on


def decode_bytes(data):
    """Return (text, warning) for file bytes, or (None, reason) when they are not text.

    >>> decode_bytes("Grüße".encode("utf-8"))
    ('Grüße', '')
    >>> decode_bytes("Grüße".encode("cp1252"))
    ('Grüße', 'not UTF-8: read as cp1252')
    >>> decode_bytes(b"\\x00\\x01\\x02binary")[0] is None
    True
    >>> decode_bytes(b"Text\\x00\\x00")
    ('Text', '2 NUL bytes after the text not read')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with a byte-order mark"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "UTF-16: decoded"
        except UnicodeDecodeError as e:
            if e.end == len(data) and e.start >= len(data) - 3:     # the byte cap cut a character in two
                return data[:e.start].decode("utf-16"), "UTF-16: decoded"
            return None, "UTF-16 byte-order mark but not UTF-16 text"
    if not data:
        return "", ""
    how = ""
    if b"\x00" in data:
        body = data.rstrip(b"\x00")       # zeros after the text: a file written in whole blocks, or cut short
        if not body or body.count(b"\x00") > max(2, len(body) * STRAY_NULS):
            return None, "binary file (NUL bytes)"
        if len(body) < len(data):
            how = f"{len(data) - len(body):,} NUL bytes after the text not read"
        data = body                       # a stray NUL left is a control character: clean_text replaces it
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start >= len(data) - 3 and e.reason == "unexpected end of data":
            # the byte cap cut a character in two
            return data[:e.start].decode("utf-8"), how
        if how or b"\x00" in data:       # as cp1252 any bytes are text: NUL bytes say these are not
            return None, "binary file (NUL bytes)"
        mixed = decode_mixed(data)
        if mixed:
            text, odd = mixed
            how = f"not UTF-8 throughout: {odd:,} bytes read as cp1252"
        else:
            text = data.decode("cp1252", errors="replace")
            how = "not UTF-8: read as cp1252"
    controls = len(BINARY_CONTROL_RE.findall(text, 0, 4096))
    if controls > len(text[:4096]) * 0.1:
        return None, "binary file (control bytes)"
    return text, how


# runs of UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF); each
# alternative starts with other bytes than the rest, so a run is matched without backtracking
UTF8_RUN_RE = lazy_regex(rb"(?:[\x00-\x7f]|[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]"
                         rb"|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
                         rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2})+")


def decode_mixed(data):
    """Return (text, bytes read as cp1252) for bytes that are UTF-8 but where they are cp1252, or None.

    Pages joined in a scrape mix the two: one cp1252 byte would otherwise turn every
    UTF-8 "ä" into "Ã¤". None unless more characters are UTF-8 than bytes are not:
    a cp1252 file, where a pair such as "ß“" only happens to be valid UTF-8.

    >>> decode_mixed("Grüße ".encode() + "aus Köln".encode("cp1252"))
    ('Grüße aus Köln', 1)
    >>> decode_mixed("Gruß“ aus Köln".encode("cp1252")) is None
    True
    """
    parts, odd, utf8, at = [], 0, 0, 0
    for m in UTF8_RUN_RE.finditer(data):
        if m.start() > at:
            parts.append(data[at:m.start()].decode("cp1252", errors="replace"))
            odd += m.start() - at
        run = m.group().decode("utf-8")
        utf8 += len(run) - len(run.encode("ascii", errors="ignore"))
        parts.append(run)
        at = m.end()
    if at < len(data):
        parts.append(data[at:].decode("cp1252", errors="replace"))
        odd += len(data) - at
    return ("".join(parts), odd) if utf8 > odd else None


def _misread_bytes():
    """Return {character: byte} for bytes 80-FF as cp1252 shows them, and as Latin-1 does (C1 controls)."""
    out = {}
    for b in range(0x80, 0x100):
        out[chr(b)] = b                   # Latin-1; cp1252 has no 81, 8D, 8F, 90, 9D: browsers show these so
        try:
            out[bytes([b]).decode("cp1252")] = b
        except UnicodeDecodeError:
            pass
    return out


MISREAD_BYTE = _misread_bytes()
_TRAIL = "".join(re.escape(c) for c, b in MISREAD_BYTE.items() if b < 0xC0)   # what a UTF-8 byte 80-BF shows as
# a character of two, three or four UTF-8 bytes shown as that many cp1252 characters: "Ã¤" for "ä", "â€œ" for "“"
MISREAD_RE = lazy_regex(f"[\u00c2-\u00df][{_TRAIL}]|[\u00e0-\u00ef][{_TRAIL}]{{2}}|[\u00f0-\u00f4][{_TRAIL}]{{3}}")
# what a misread character may stand for: letters of Latin, Greek and Cyrillic script, punctuation,
# currency, Hangul and CJK; "ß“" in German text reads as an NKo letter and is left alone
MISREAD_RANGES = ((0xA0, 0x24F), (0x370, 0x4FF), (0x1E00, 0x1EFF), (0x2010, 0x205F), (0x20A0, 0x20CF),
                  (0x2100, 0x214F), (0x3000, 0x9FFF), (0xAC00, 0xD7A3))
MIN_MISREAD = 2           # one such pair alone may be what the text says ("Ä“" ends a quoted "ÄÄ")


@remembered
def reread_char(shown):
    """Return the character that the cp1252 characters shown stand for as UTF-8, or ''.

    >>> reread_char("Ã¤"), reread_char("â€œ"), reread_char("ß“")
    ('ä', '“', '')
    """
    try:
        c = bytes(MISREAD_BYTE[x] for x in shown).decode("utf-8")
    except UnicodeDecodeError:
        return ""
    return c if any(lo <= ord(c) <= hi for lo, hi in MISREAD_RANGES) else ""


def reread_utf8(text):
    """Return (text, characters read again): UTF-8 that a scrape read as cp1252 ("PrÃ¤sident") read as UTF-8.

    >>> reread_utf8("PrÃ¤sident in PjÃ¶ngjang â€“ â€žGruÃŸâ€œ")
    ('Präsident in Pjöngjang – „Gruß“', 6)
    >>> reread_utf8("„Ein Gruß“ und „Fuß“")           # no pair here is a misread character
    ('„Ein Gruß“ und „Fuß“', 0)
    """
    if text.isascii():                    # most English texts: nothing can have been misread
        return text, 0
    total = 0
    for _ in range(2):                    # read wrong twice: "PrÃƒÂ¤sident"
        found = sum(1 for m in MISREAD_RE.finditer(text) if reread_char(m.group()))
        if found < MIN_MISREAD:
            break
        text = MISREAD_RE.sub(lambda m: reread_char(m.group()) or m.group(), text)
        total = total or found            # the characters of the text misread, not the passes
    return text, total


# A page starts with its markup: a document's tags, or a fragment's (a scraped article body)
HTML_START_RE = lazy_regex(r"\s*(?:<\?xml[^<>]*>\s*)?<(?:!doctype\s+html|html|head|body|p|div|article|section"
                           r"|main|span|h[1-6]|br|meta|title)\b", re.I)
HTML_TAG_RE = lazy_regex(r"</?(?:html|head|body|p|div|article|section|main|span|h[1-6]|br|meta|title)\b", re.I)
# a tag, or a declaration; the lookahead ends the name where the attributes start, so
# that "<xxxx..." without a ">" is given up in one pass, not tried at every split
HTML_TAG_AT_RE = lazy_regex(r"<(/?)([a-zA-Z][\w:.-]*)(?![\w:.-])[^<>]*>|<[!?][^<>]*>")
# text up to their end tag is code, or the browser tab's title
HTML_CODE = {tag: lazy_regex(rf"</{tag}\s*>", re.I) for tag in ("script", "style", "title")}
HTML_SKIP = {"noscript", "template", "svg", "iframe", "object", "select", "button"}
HTML_AROUND = {"nav", "aside", "footer", "form"}       # menus and the site's small print, not the article
# containers a site marks as menus, teasers of other stories, sharing buttons or small
# print by their role, class or id ("site-menu", "related_articles", role="navigation")
HTML_MARKABLE = {"div", "section", "ul", "ol", "table"}
AROUND_MARK_RE = lazy_regex(r"""\brole\s*=\s*["']?(?:navigation|banner|contentinfo|complementary|search)\b"""
                            r"""|\b(?:class|id)\s*=\s*["'][^"'<>]*?(?<![a-zA-Z0-9])(?:nav|navigation|navbar|menu"""
                            r"""|footer|cookies?|consent|share|sharing|social|related|breadcrumbs?|newsletter"""
                            r"""|teasers?|sidebar|comments|promo|subscribe)(?![a-zA-Z0-9])""", re.I)
HTML_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
               "tr", "table", "article", "section", "header", "main", "blockquote", "pre", "hr",
               "figure", "figcaption", "address", "caption"}


def is_html(text):
    """True for a web page or the markup of one: it starts with a tag and holds two at least.

    >>> is_html("<!DOCTYPE html><html><body>"), is_html("Er schrieb <p> in die Datei </p>.")
    (True, False)
    """
    return bool(HTML_START_RE.match(text)) and len(HTML_TAG_RE.findall(text, 0, 2000)) >= 2


def html_text(page):
    """Return the text of a web page as a reader sees it: a line a paragraph, no markup, scripts or menus.

    One pass, each character looked at a bounded number of times, whatever the
    markup (html.parser takes minutes on 100,000 unclosed "<!--", and raises on
    some). Menus and footers are left out only when the rest holds more words:
    a page whose <nav> is never closed keeps everything after it.

    >>> html_text("<html><title>A &amp; B</title><script>x('<p>')</script><p>Eins\\nzwei.<br>Drei</p></html>")
    'A & B\\nEins zwei.\\nDrei'
    """
    from html import unescape             # loaded only for a page
    pieces = []                           # (text, in a menu or footer)
    skip = around = pos = 0
    open_count = Counter()                # tag -> how many are open: which end tag closes a marked container
    marked = []                           # (tag, its count when opened) of the marked containers open
    title, headline = "", False
    while pos < len(page):
        lt = page.find("<", pos)
        lt = len(page) if lt < 0 else lt
        if lt > pos and not skip:         # a line end in the markup is a space on the screen
            pieces.append((WHITESPACE_RUN_RE.sub(" ", unescape(page[pos:lt])), around > 0 or bool(marked)))
        if lt == len(page):
            break
        if page.startswith("<!--", lt):   # a comment never closed runs to the end, as in a browser
            end = page.find("-->", lt + 4)
            pos = len(page) if end < 0 else end + 3
            continue
        m = HTML_TAG_AT_RE.match(page, lt)
        if not m:                         # a "<" that opens no tag is text
            pieces.append(("<" if not skip else "", around > 0 or bool(marked)))
            pos = lt + 1
            continue
        pos = m.end()
        closing, tag = m.group(1), (m.group(2) or "").lower()
        if tag in HTML_CODE:
            if not closing:
                end = HTML_CODE[tag].search(page, pos)
                pos = len(page) if end is None else end.end()
                if tag == "title" and not title:
                    title = WHITESPACE_RUN_RE.sub(" ", unescape(page[m.end():end.start() if end else pos]))
            continue
        headline = headline or tag == "h1"
        step = -1 if closing else 1
        if tag in HTML_MARKABLE:
            if closing:
                if marked and marked[-1] == (tag, open_count[tag]):
                    marked.pop()
                open_count[tag] = max(0, open_count[tag] - 1)
            else:
                open_count[tag] += 1
                if AROUND_MARK_RE.search(m.group()):
                    marked.append((tag, open_count[tag]))
        if tag in HTML_SKIP:
            skip = max(0, skip + step)
        elif tag in HTML_AROUND:
            around = max(0, around + step)
        elif tag in HTML_BLOCKS:
            pieces.append(("\n", False))
    article = "".join(t for t, inside in pieces if not inside)
    if len(article.split()) <= sum(len(t.split()) for t, inside in pieces if inside):
        article = "".join(t for t, _ in pieces)
    if not headline:                      # the browser tab's title is the headline when the page shows none
        article = title + "\n" + article
    return "\n".join(line.strip() for line in article.split("\n") if line.strip())


ENTITY_RE = lazy_regex(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
MIN_ENTITIES = 2          # one alone may be what the text says ("R&D;")


def read_entities(text):
    """Return (text, references read): "&uuml;", "&#252;" that a text export kept, read as "ü".

    >>> read_entities("Pj&ouml;ngjang &amp; Moskau"), read_entities("AT&T, R&D; &copy 2024")
    (('Pjöngjang & Moskau', 2), ('AT&T, R&D; &copy 2024', 0))
    """
    if "&" not in text or not ENTITY_RE.search(text):    # nearly every text: nothing to look up
        return text, 0
    from html import unescape             # loaded only for a text that needs it: its table is 0.5 MB
    found = sum(1 for m in ENTITY_RE.finditer(text) if unescape(m.group()) != m.group())
    if found < MIN_ENTITIES:
        return text, 0
    return ENTITY_RE.sub(lambda m: unescape(m.group()), text), found


WHITESPACE_RUN_RE = lazy_regex(r"[ \t\n\r\f]+")       # what a browser shows as one space (not a no-break space)


def clean_text(text):
    """Return text with one kind of line end, one kind of space and no control or escape characters.

    Offsets stay those of the text with '\\r\\n' counted as one character, as a
    reader that opens the file in text mode counts them.

    >>> clean_text("a\\r\\nb\\rc\\x1b[31md\\x07 Kim\\u00a0Jong\\tUn")
    'a\\nb\\nc     d  Kim Jong Un'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ESCAPE_RE.sub(lambda m: " " * len(m.group()), text)
    return SPACES_RE.sub(" ", CONTROL_RE.sub(" ", text))


# tabs and Unicode's other spaces: a name's parts joined by a no-break space ("Kim&nbsp;Jong&nbsp;Un")
# are one name, and the patterns need only know one kind of space
SPACES_RE = lazy_regex("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")


WRAP_WIDTH = 100          # a text broken at a width breaks at this many columns or fewer (mail 72-78)
WRAP_SLACK = 25           # a line this much shorter than the width ends its paragraph (or comes before a long word)
MIN_WRAPPED = 2           # lines that go on in the next, at least: fewer may be headlines
WRAPPED_SHARE = 0.6       # of the lines followed by another: in a text broken at a width most end mid-sentence
SENTENCE_END = (".", "!", "?")
LINE_GOES_ON = set().union(*STOPWORDS.values())      # "der", "the", "und", "of": a line ending so goes on
LAST_WORD_RE = lazy_regex(r"(\w+)\W*$")


def ends_sentence(line):
    """True when a line ends its sentence: a full stop, question or exclamation mark, but not "am 14." or "Feb.".

    >>> ends_sentence("kam nach Wien."), ends_sentence("ist am 14."), ends_sentence("am Montag")
    (True, False, False)
    """
    line = line.rstrip()
    if not line.endswith("."):
        return line.endswith(SENTENCE_END)
    return not no_sentence_end(word_before_stop(line, max(0, len(line) - 40), len(line) - 1))


def word_before_stop(text, start, stop):
    """Return the word before a full stop at stop (looked for from start); a unit's letter after a slash is none.

    >>> word_before_stop("Dr. Kim", 0, 2), word_before_stop("bis zu 70 km/h. Elf", 0, 14)
    ('Dr', '')
    """
    before = LAST_WORD_RE.search(text, start, stop + 1)
    if not before:
        return ""
    word = before.group(1)
    # "km/h.", "m/s.": the letter after a slash is a unit's, no initial ("George W.")
    return "" if len(word) == 1 and text[before.start(1) - 1:before.start(1)] == "/" else word


def join_wrapped(text):
    """Return (text, line ends joined): a text broken at a width, each line end inside a paragraph read as a space.

    Wire copy and text saved from mail break their lines at a width, and a line end
    reads as a sentence end. A line that does not end its sentence goes on in the
    next when that one starts in lower case; and where most such lines of a text
    are as wide as the others (it was broken at a width), when it is too. A space
    for a line end: the offsets stay those of the file.

    >>> join_wrapped("Der Minister kam am\\nMontag nach Wien und\\ntraf dort die Kanzlerin\\nzu Gesprächen.\\n\\nEnde.")
    ('Der Minister kam am Montag nach Wien und traf dort die Kanzlerin zu Gesprächen.\\n\\nEnde.', 3)
    """
    lines = text.split("\n")
    lengths = [len(line.rstrip()) for line in lines if line.strip()]
    if len(lengths) < 2 or sum(n > WRAP_WIDTH for n in lengths) > len(lengths) * 0.1:
        return text, 0                    # a paragraph a line: nothing was broken
    width = max((n for n in lengths if n <= WRAP_WIDTH), default=0)
    going_on = [i for i in range(len(lines) - 1) if lines[i].strip() and lines[i + 1].strip()]
    # prose, not a source address or a code on a line of its own
    open_ends = [i for i in going_on if " " in lines[i].strip() and not ends_sentence(lines[i])]
    # what cannot end a sentence: the next line in lower case, a comma, an article, preposition or conjunction
    joined = {i for i in open_ends if lines[i + 1].lstrip()[:1].islower() or lines[i].rstrip().endswith(",")
              or lines[i].rsplit(None, 1)[-1].lower() in LINE_GOES_ON}
    if len(open_ends) >= MIN_WRAPPED and len(open_ends) >= len(going_on) * WRAPPED_SHARE:
        joined |= {i for i in open_ends if len(lines[i].rstrip()) >= width - WRAP_SLACK}
    if not joined:                        # a sentence a line, a list, a headline: its line ends are meant
        return text, 0
    return "".join(line + (" " if i in joined else "\n") for i, line in enumerate(lines))[:len(text)], len(joined)


def title_of(text):
    """Return the first non-empty line of text, shortened to 80 characters."""
    for line in text.split("\n"):
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 80 else line[:77] + "..."
    return ""


# ---- Language and sentences ----

WORD_RE = lazy_regex(r"[^\W\d_]+")
UMLAUT_RE = lazy_regex("[äöüß]")


def detect_language(text):
    """Return 'de', 'en', 'fr', 'es' (or 'it', 'pt', 'nl': read without rules) or 'und' by counting common words.

    >>> detect_language("Der Minister ist mit dem Präsidenten in die Stadt gereist.")
    'de'
    >>> detect_language("The minister said that he was in the city.")
    'en'
    >>> detect_language("Il ministro della Difesa è arrivato e il presidente lo ha ricevuto nella capitale.")
    'it'
    >>> detect_language("VIENNA, March 14, 2025 - President Eva Lind received Minister Jan Kowalczyk on Friday.")
    'en'
    """
    words = Counter(map(str.lower, WORD_RE.findall(text[:20000])))
    scores = {lang: sum(words[w] for w in stop.intersection(words))
              for lang, stop in (*STOPWORDS.items(), *OTHER_STOPWORDS.items())}
    # short texts: umlauts and ß are German evidence too, and the names of days and months each language's
    scores["de"] += sum(n for w, n in words.items() if not w.isascii() and UMLAUT_RE.search(w))
    for lang, calendar in CALENDAR_WORDS.items():
        scores[lang] += sum(words[w] for w in calendar.intersection(words))
    best = max(sorted(scores), key=lambda lang: scores[lang])
    total = sum(words.values())
    return best if scores[best] >= max(2, total * 0.05) else "und"


# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = set("dr mr mrs ms prof st nr bzw ca vgl z b u a etc jan feb mar apr jun jul aug "
                    "sep sept oct okt nov dec dez gen lt col sgt gov sen rep inc corp co vs no "
                    "jr sr mio mrd bzw usw evtl".split()) | set(RANK_ABBREVIATIONS)
# The lookbehind tries a run of stops once, where it starts: without it a run with
# no space after it ("....") is scanned to its end from every stop in it (quadratic).
SENTENCE_END_RE = lazy_regex(r"(?<![.!?])[.!?]+[\"'“”„»«’)\]]*\s+|\n+")


def no_sentence_end(word):
    """True when a full stop after word ends no sentence: an abbreviation, a day ("14."), an initial.

    >>> no_sentence_end("bzw"), no_sentence_end("14"), no_sentence_end("W"), no_sentence_end("Wien")
    (True, True, True, False)
    >>> no_sentence_end("III")           # "König Charles III. empfing": a ruler's number
    True
    """
    return word.lower() in ABBREVIATIONS or (word.isdigit() and len(word) <= 2) or (len(word) == 1 and word.isalpha()) \
        or bool(REGNAL_RE.fullmatch(word))


ENGLISH_MONTHS = frozenset("january february march april may june july august september october november december "
                           "jan feb mar apr jun jul aug sep sept oct nov dec".split())


# A sentence's first word, never a noun a German ordinal tells of: "He was 87. His family", "Platz 4. Die Siegerin"
OPENER_AFTER_RE = lazy_regex(r"(?:The|He|She|It|They|We|His|Her|Its|Their|This|These|Those|Er|Sie|Es|Wir|Der|Die|"
                             r"Das|Ein|Eine|Sein|Seine|Ihr|Ihre|Dies|Diese|Dieser|Il|Elle|Ils|Elles|Les|El|Los|"
                             r"Las)\s")


def month_day_end(text, start, end, word):
    """True when the day number word ends text[start:end] after an English month: "on January 1." ends a
    sentence; German writes the day first ("am 1. Januar").

    >>> month_day_end("starts on Jan. 1", 0, 16, "1"), month_day_end("am 1", 0, 4, "1")
    (True, False)
    """
    words = text[start:end].split()
    return word.isdigit() and len(words) >= 2 and words[-2].rstrip(".,").lower() in ENGLISH_MONTHS


def split_sentences(text):
    """Return the (start, end) spans of the sentences of text.

    >>> t = "Am 29. November kam er. Dr. Kim sprach.\\nNeue Zeile"
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Am 29. November kam er.', 'Dr. Kim sprach.', 'Neue Zeile']
    >>> t = "Winds of up to 60 km/h. Eleven were hurt."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Winds of up to 60 km/h.', 'Eleven were hurt.']
    >>> t = "She starts on January 1. Her rival quit."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['She starts on January 1.', 'Her rival quit.']
    >>> t = "Er belegte Platz 4. Die Siegerin kam am 3. Mai."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Er belegte Platz 4.', 'Die Siegerin kam am 3. Mai.']
    """
    spans, start = [], 0
    for m in SENTENCE_END_RE.finditer(text):
        end = m.end()
        if "\n" not in m.group():
            word = word_before_stop(text, max(start, m.start() - 20), m.start())
            nxt = text[end:end + 1]
            if (no_sentence_end(word) and not month_day_end(text, max(start, m.start() - 24), m.start(), word)
                    and not (word.isdigit() and OPENER_AFTER_RE.match(text, end))) or (nxt and nxt.islower()):
                continue
        # Only this sentence's slice is stripped: slicing the rest of the text at each
        # sentence would copy it again and again (quadratic on a file of short lines).
        span = strip_span(text, start, m.start() + len(m.group().rstrip()))
        if span:
            spans.append(span)
        start = end
    span = strip_span(text, start, len(text))
    if span:
        spans.append(span)
    return tuple(spans)


def strip_span(text, start, end):
    """Return (start, end) of text[start:end] without surrounding whitespace, or None if blank.

    >>> strip_span("ab  cd \\n", 2, 8)
    (4, 6)
    """
    piece = text[start:end]
    stripped = piece.lstrip()
    if not stripped:
        return None
    first = start + len(piece) - len(stripped)
    return first, first + len(stripped.rstrip())


def tokenize(text, start=0, end=None):
    """Return (word, start, end) for each word or number in text[start:end]."""
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


# ---- Mentions: people ----

def rewrite(old, new):
    """Return a function that rewrites old to new in a string: a pattern, or plain letters.

    Plain letters go to str.replace, which does what a pattern of them would, ten times as fast.

    >>> rewrite("ph", "f")("philipp"), rewrite(r"[eo]f$", "ov")("iwanof")
    ('filipp', 'iwanov')
    """
    return methodcaller("replace", old, new) if old.isalpha() or old == "-" else partial(re.compile(old).sub, new)


# Transliteration rules, applied in order to a folded name: German, English and
# French romanisations of Russian and Ukrainian meet in one key. Upper-case
# letters are placeholders for one sound.
TRANSLIT_FIRST = [rewrite(a, b) for a, b in (
    (r"^(?:al|el|as|ad|ar|at|ash|az)-", ""),       # Arabic's article, as a sun letter makes it: as-Sisi
    # ue is ü (Guenther, Uebel), not -aev (Nikolaev)
    (r"-", ""), (r"(?:(?<=[a-z][aou])|(?<=^[ou]))e(?=[^aeiouyv]|v.)", ""),
    (r"schtsch|shch|stsch|szcz|chtch", "Q"), (r"dsch|dzh|dj", "J"), (r"tsch|tch|cz", "C"), (r"sch|sh|sz|zh", "S"),
    (r"kh", "X"), (r"ts|tz", "Z"),
)]
NOT_KEY_LETTER_RE = lazy_regex(r"[^a-z-]")
SOFT_O_RE = lazy_regex(r"(?<=[bdfgklmnprstvwz])(?:[jy]o|je)")
DUTCH_OE_RE = lazy_regex(r"(?<=[b-df-hj-np-tv-z])oe(?=[b-df-hj-np-tv-z])")
# French gu before e or i is a hard g (Guerassimov, Sergueï); German ue is ü (Guenther): both are tried
FRENCH_GU_RE = lazy_regex(r"gu(?=[ei])")
TRANSLIT_THEN = [rewrite(a, b) for a, b in (
    # French writes a Russian o before u as "o" + "ou" (Belooussov): one "ou" of it
    # th is t in most languages' spelling of a name (Thomas, Tomasz, Tomás; Arthur, Artur), not at its end (Seth);
    # Arabic dh is d or dd in others' (Gadhafi, Gaddafi)
    (r"ph", "f"), (r"th(?!$)", "t"), (r"dh", "d"), (r"w", "v"), (r"ck", "k"), (r"x", "ks"), (r"c", "k"), (r"y", "i"),
    (r"oou", "ou"), (r"ou", "u"),
    # Russian -еев, -аев as English writes them without the y: Andreev, Nikolaev are Andreyev, Nikolajew
    (r"(?<=[aeiou])e(?=v$)", "ie"),
    # the soft l, n or r before a final -ov that English leaves out: Koroljow, Korolyov, Korolev
    (r"(?<=[lnr])io(?=v$)", "o"),
    # Russian initial e is je in German, ye in English and often e in both (Jewgeni, Yevgeny, Evgeny);
    # a final -ander is -andr in a Russian's English name (Alexander, Aleksandr)
    (r"^ie(?=[^aeiou])", "e"), (r"ander$", "andr"),
    # Arabic and Persian qaf: q in English, gh or k in German and French (Araqchi, Araghtschi; Qassem, Kassem)
    (r"gh", "k"), (r"q", "k"),
    (r"(.)(?=\1)", ""), (r"[eo]f$", "ov"), (r"[eo]v$", "ov"), (r"[eo]va$", "ova"),
    # French writes a final -in as -ine (Poutine, Fomine); not after a vowel (Heine is not Hein)
    (r"(?<=[^aeiou])ine$", "in"),
)]
# Variant spellings of Arabic given names: one spelling stands for each group.
ARABIC_VARIANTS = {v: group.split()[0] for group in (
    "muhammad mohammed mohamed mohammad muhammed mohamad", "ahmed ahmad",
    "hussein husain hussain husayn hossein hossain hosein hosain",
    "hassan hasan", "omar umar", "yusuf youssef yousef yussuf", "mustafa mostafa", "mahmoud mahmud",
    "abdullah abdallah", "khalid khaled", "osama usama", "yasser yasir", "walid waleed",
    "nasser nasir naser", "abdel abdul abd", "ibrahim ebrahim", "ismail ismael",
    "muammar moammar muamar") for v in group.split()}
# Korean surnames as the North (Pak, Ri, Choe, Ro, Rim, Jo) and the South and English news (Park, Lee, Choi, Roh,
# Lim, Cho) write them: one spelling stands for each group
KOREAN_SURNAMES = {v: group.split()[0] for group in (
    "pak park bak", "ri lee rhee yi", "choe choi chwe", "ro roh", "rim lim", "ryu yoo", "jo cho")
    for v in group.split()}


# Letters that Unicode does not decompose into a base letter and an accent,
# but that English text writes as these: Radosław is Radoslaw, Søren is Soren.
UNACCENTED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ı": "i", "þ": "th", "æ": "ae", "œ": "oe"})


@remembered
def fold(s):
    """Return s casefolded and without accents.

    >>> fold("Pjöngjang Ärger"), fold("Radosław Søren")
    ('pjongjang arger', 'radoslaw soren')
    """
    s = unicodedata.normalize("NFKD", s.casefold())
    return s if s.isascii() else "".join(c for c in s if not unicodedata.combining(c)).translate(UNACCENTED)


_UKRAINIAN_KEYS = {}                      # filled below, once name_keys can be called


@remembered
def name_keys(name):
    """Return the transliteration keys of a name: equal keys, same name.

    'ch' is 'tsch' in English and 'kh' in German, and 'z' is 'ts' in German
    and 's' in English, so those letters give two keys each.

    >>> name_keys("Beloussow") == name_keys("Belousov") == name_keys("Beloussov")
    True
    >>> set(name_keys("Guerassimov")) & set(name_keys("Gerassimow")) != set()
    True
    >>> set(name_keys("Guenther")) & set(name_keys("Günther")) != set()
    True
    >>> set(name_keys("Selenskyj")) & set(name_keys("Zelensky")) != set()
    True
    >>> set(name_keys("Poutine")) & set(name_keys("Putin")) != set()
    True
    >>> name_keys("Scholz") == name_keys("Schulz")
    False
    >>> same_name("Olexij", "Alexej"), same_name("Oleksiy", "Aleksei"), same_name("Wolodymyr", "Wladimir")
    (True, True, True)
    >>> same_name("Jewgenij", "Evgeny"), same_name("Jelena", "Yelena"), same_name("Alexander", "Aleksandr")
    (True, True, True)
    >>> same_name("as-Sisi", "el-Sisi"), same_name("ar-Rahman", "Rahman")
    (True, True)
    >>> same_name("Andrejew", "Andreev"), same_name("Koroljow", "Korolev"), same_name("Fjodorow", "Fedorov")
    (True, True, True)
    >>> same_name("Lebedjew", "Lebedev"), same_name("Myers", "Mers"), same_name("Poetin", "Putin")
    (True, False, True)
    >>> same_name("Zoe", "zu"), same_name("Chloe", "Chlu"), same_name("Belooussov", "Belousov")
    (False, False, True)
    >>> same_name("Oezlem", "Özlem"), same_name("Oezil", "Ozil"), same_name("Uebel", "Übel")
    (True, True, True)
    >>> same_name("Thomas", "Tomasz"), same_name("Arthur", "Artur"), same_name("Thomas", "Tamas")
    (True, True, False)
    >>> same_name("Mijaíl", "Mikhail"), same_name("Jodorkovski", "Khodorkovsky")
    (True, True)
    >>> same_name("Joukov", "Schukow"), same_name("Kassym-Jomart", "Kassym-Zhomart"), same_name("Brejnev", "Brezhnev")
    (True, True, True)
    >>> same_name("Olha", "Olga"), same_name("Hossein", "Hossain"), same_name("Hussein", "Hossain")
    (True, True, True)
    >>> same_name("Haniyeh", "Hanija"), same_name("Fatemeh", "Fatema"), same_name("Noah", "Noa")
    (True, True, False)
    >>> same_name("Pak", "Park"), same_name("Ri", "Lee"), same_name("Choe", "Choi"), same_name("Pak", "Pek")
    (True, True, True, False)
    >>> same_name("Gadhafi", "al-Gaddafi"), same_name("Moammar", "Muammar")
    (True, True)
    >>> same_name("Maxime", "Maxim"), same_name("Alexandre", "Alexander"), same_name("Alexandre", "Alexandra")
    (True, True, False)
    """
    s = NOT_KEY_LETTER_RE.sub("", fold(name))
    s = ARABIC_VARIANTS.get(s) or KOREAN_SURNAMES.get(s, s)
    variants = [s, FRENCH_GU_RE.sub("g", s)] if FRENCH_GU_RE.search(s) else [s]
    # German jo and English yo after a consonant are ё, which English also writes e (Fjodor, Fyodor, Fedor);
    # so is German je (Medwedjew, Medwedew): English ye is left alone, as Myers is not Mers. Before the
    # rules below, which would read the d and j of Medwedjew as one sound (Djokovic)
    variants += [x for v in variants for x in [SOFT_O_RE.sub("e", v)] if x != v]
    # Dutch writes the u of Russian names oe (Poetin, Beloesov); German oe is ö (Goetz): both are tried
    # between consonants only: Zoe is no "zu"
    variants += [x for v in variants if "oe" in v and len(v) >= 5 for x in [DUTCH_OE_RE.sub("u", v)] if x != v]
    # Polish -sz is sh, but the names that end in it are others' names in -s (Tomasz, Thomas; Łukasz, Lukas)
    variants += [v[:-2] + "s" for v in variants if v.endswith("sz")]
    # Belarusian spellings of the Russian names: Lukashenka (Lukaschenko), Aliaksandr and Sviatlana (Alexander,
    # Swetlana), Tsikhanouskaya (Tichanowskaja)
    variants += [x for v in variants if len(v) >= 6 for x in [belarusian_as_russian(v)] if x != v]
    # Arabic and Persian names' last -a is -eh or -ah in English (Haniyeh, Hanija; Fatemeh, Fatema)
    variants += [v[:-2] + "a" for v in variants if v.endswith(("eh", "ah")) and len(v) >= 6]
    # French given names end in a silent -e, or -re where others write -er (Maxime, Maxim; Alexandre, Alexander)
    variants += [v[:-1] if v.endswith("ime") else v[:-2] + "er" for v in variants
                 if v.endswith(("ime", "ndre")) and len(v) >= 6]
    variants = [rewritten(v, TRANSLIT_FIRST) for v in variants]
    # German j is English y (Jelzin, Yeltsin); English j is German dsch (Ahmadinejad), Spanish j is
    # kh (Mijaíl, Mikhail; Jodorkovski, Khodorkovsky), French and Kazakh j is zh (Joukov, Zhukov;
    # Jomart, Schomart); French ch is sh (Choïgou), English ch is tsch, German ch is kh
    for ch, alts in (("ch", ("C", "X", "S")), ("z", ("Z", "s")), ("j", ("i", "J", "X", "S"))):
        if len(variants) < 12 and ch in " ".join(variants):
            variants = [v.replace(ch, alt) for v in variants for alt in alts]
    keys = {rewritten(v, TRANSLIT_THEN) for v in variants}
    for k in tuple(keys) if _UKRAINIAN_KEYS else ():
        keys.update(_UKRAINIAN_KEYS.get(k, ()))
    return tuple(sorted(keys))


def belarusian_as_russian(s):
    """Return a folded name as Russian spells what Belarusian writes -enka, ia, ou and tsi.

    >>> belarusian_as_russian("lukashenka"), belarusian_as_russian("sviatlana"), belarusian_as_russian("tsikhanouskaya")
    ('lukashenko', 'svetlana', 'tikhanovskaya')
    """
    if s.endswith("enka"):
        s = s[:-1] + "o"
    if "ousk" in s and s.startswith("tsi"):
        s = "t" + s[2:]                   # ці as ти, told by the ў of a Belarusian name: not Tsipras
    return BELARUSIAN_RE.sub(lambda m: "e" if m.group(1) else "ov", s)


# ia between consonants (Aliaksandr), ou before sk (-ouski, -ouskaya)
BELARUSIAN_RE = lazy_regex(r"(?<=[bcdfghklmnprstvz])(ia)(?=[bcdfgklmnprstvz])|(ou)(?=sk)")


def rewritten(s, rules):
    """Return s with each of rules (functions from rewrite) applied in turn."""
    for rule in rules:
        s = rule(s)
    return s


def same_name(a, b):
    """True when two name parts share a transliteration key.

    >>> same_name("Sergej", "Sergey"), same_name("Alexander", "Alexandra")
    (True, False)
    """
    return bool(set(name_keys(a)) & set(name_keys(b)))


# Ukrainian given names and the Russian forms German news often still gives them (Olexij and
# Alexej, Wolodymyr and Wladimir): one name, so a Ukrainian name's keys take in the Russian's
UKRAINIAN_GIVEN = dict(pair.split(":") for pair in """
oleksij:aleksej wolodymyr:wladimir oleksandr:alexander mykola:nikolai andrij:andrej serhij:sergej jurij:juri
dmytro:dmitri mychajlo:michail petro:pjotr pawlo:pawel ihor:igor oleh:oleg witalij:witali hryhorij:grigori
jewhen:jewgeni anatolij:anatoli wassyl:wassili olena:jelena tetjana:tatjana natalija:natalja halyna:galina
iryna:irina kateryna:jekaterina switlana:swetlana olha:olga""".split())
_UKRAINIAN_KEYS.update((k, name_keys(ru)) for ua, ru in UKRAINIAN_GIVEN.items() for k in name_keys(ua))
name_keys.cache_clear()                   # the keys asked above were found without this table


_PLACES, _ORGANISATIONS, _ORG_WORDS, _NOT_NAMES = (frozenset(map(fold, words)) for words in (
    PLACES, ORGANISATIONS, ORG_WORDS, NOT_NAMES))
_MONTHS, _WEEKDAYS = frozenset(map(fold, MONTHS)), frozenset(map(fold, WEEKDAYS))
GIVEN_KEYS = frozenset(k for n in GIVEN_NAMES.split() for k in name_keys(n))
_ROLE_RE = lazy_regex("(?P<stem>%s)(?:%s)?$" % ("|".join(sorted(map(re.escape, ROLE_STEMS), key=len, reverse=True)),
                                                 "|".join(e for e in ROLE_ENDINGS if e)))
@remembered
def role_of(word, language="de"):
    """Return the role a word names, in its own compound form, or ''.

    >>> role_of("Verteidigungsministers"), role_of("Vorsitzende"), role_of("Wilson", "en")
    ('Verteidigungsminister', 'Vorsitzender', '')
    >>> role_of("porte-parole", "fr"), role_of("Bahn-Personalvorständin"), role_of("President-elect", "en")
    ('Porte-parole', 'Bahn-Personalvorstand', 'President-elect')
    >>> role_of("EU-Außenbeauftragte"), role_of("beauftragte")
    ('EU-Außenbeauftragter', '')
    """
    if len(word) > MAX_WORD or word.lower() in NOT_ROLES.get(language, ()):
        return ""
    f = word.lower().split("-")[-1]        # lower(), not casefold(): ß must keep its length
    if language == "de" and word[:1].islower() and "-" not in word:
        return ""                          # a German noun is capitalised: "beauftragte Karl X" commissioned him
    if "-" in word and word.lower() in ROLE_STEMS:
        return ROLE_STEMS[word.lower()]    # "porte-parole": one word, its last part is none
    if f == "elect" and "-" in word:       # "President-elect Obama": the office, not yet taken
        office = role_of(word.rsplit("-", 1)[0], language)
        return office + "-elect" if office else ""
    result = ""
    m = _ROLE_RE.search(f)
    if m and language in PLURAL_S_LANGUAGES and f.endswith("s") and not m.group("stem").endswith("s"):
        m = None                           # "scientists", "ministers": many, no one person's role
    if m:
        prefix, stem = f[:m.start()], m.group("stem")
        if (not prefix or (language != "en" and len(stem) >= 4 and len(prefix) >= 3)):
            whole = word.split("-")[-1]
            result = (whole[:len(prefix)] + ROLE_STEMS[stem].lower()).capitalize() if prefix else ROLE_STEMS[stem]
            if "-" in word:
                result = word.rsplit("-", 1)[0] + "-" + result
    return result


def is_syllabic(word, most=2):
    """True when word is one to `most` romanised Korean or Chinese syllables.

    >>> is_syllabic("Jong"), is_syllabic("Jinping"), is_syllabic("Beloussow")
    (True, True, False)
    """
    w = word.lower()
    if len(w) > 4 * most + 2:
        return False
    return bool(_SYLLABLES_RE[most].fullmatch(w))


_SYLLABLES_RE = {n: lazy_regex("(?:%s){1,%d}" % (SYLLABLE_RE.pattern, n), re.I) for n in (1, 2)}


def east_asian_name(words):
    """True for a Korean or Chinese name: a surname, then a romanised given name.

    >>> east_asian_name(["Kim", "Jong", "Un"]), east_asian_name(["No", "Kwang-chol"])
    (True, True)
    >>> east_asian_name(["No", "Comment"]), east_asian_name(["No", "Kwang", "Chol"]), east_asian_name(["No", "Go"])
    (False, True, False)
    """
    if len(words) < 2 or fold(words[0]) not in EAST_ASIAN_SURNAMES:
        return False
    rest = words[1:]
    if any(fold(w) in _MONTHS or fold(w) in _WEEKDAYS or fold(w) in _PLACES or not w[:1].isupper()
           for w in rest):
        return False
    if len(rest) == 1 and "-" in rest[0]:
        return all(is_syllabic(p, 1) for p in rest[0].split("-"))
    if len(rest) == 2:                    # "No", "An", "So" too: "No Kwang Chol", not "No Go"
        return all(is_syllabic(p, 1) for p in rest)
    return len(rest) == 1 and is_syllabic(rest[0]) and fold(words[0]) not in NOT_NAMES


def east_asian_length(words):
    """Return how many of words (up to three) make a Korean or Chinese name, or 0.

    >>> east_asian_length(["Kim", "Jong", "Un", "sagte"]), east_asian_length(["No", "Kwang-chol", "kam"])
    (3, 2)
    """
    if len(words) < 2 or fold(words[0]) not in EAST_ASIAN_SURNAMES:
        return 0                          # most words: no surname, nothing more to ask
    return 3 if east_asian_name(words[:3]) else 2 if east_asian_name(words[:2]) else 0


def countryman_before(text, toks, k, lang):
    """True when the words before toks[k] tell whose country someone is: "Der Kenianer X", "Kenya's X".

    >>> t = "Der Kenianer Kelvin Kiptum lief; Kenya's Kelvin Kiptum ran; der Konzern Nordvik Energy"
    >>> toks = tokenize(t)
    >>> countryman_before(t, toks, 2, "de"), countryman_before(t, toks, 7, "en"), countryman_before(t, toks, 12, "de")
    (True, True, False)
    """
    if k >= 2 and lang == "de":
        before = toks[k - 1][0]
        return toks[k - 2][0].lower() in DEFINITE_DE and before[:1].isupper() and \
            before.endswith(COUNTRYMAN_ENDINGS)
    m = COUNTRY_POSSESSIVE_RE.search(text, max(0, toks[k][1] - 30), toks[k][1]) if k else None
    # (not "Florida's Big Bend region": what a place's name is of follows it)
    return bool(m) and fold(m.group(1)) in _PLACES and not PLACE_NOUN_AFTER_RE.match(text, end_of_run(text, toks, k))


def end_of_run(text, toks, k):
    """Return where the run of capitalised words from toks[k] ends."""
    while k + 1 < len(toks) and toks[k + 1][0][:1].isupper() and text[toks[k][2]:toks[k + 1][1]] == " ":
        k += 1
    return toks[k][2]


# How German nouns for a country's man or woman end: Kenianer, Italienerin, Argentinier, Chinese, Franzose
COUNTRYMAN_ENDINGS = ("aner", "anerin", "ener", "enerin", "iner", "inerin", "ier", "ierin", "ese", "esin", "ose",
                      "osin")
PLACE_NOUN_AFTER_RE = lazy_regex(r"\s+(?:region|area|coast|province|state|county|district|island|islands|"
                                 r"peninsula|valley|desert|mountains|border|city|town|village|capital|river|bay)\b")
COUNTRY_POSSESSIVE_RE = lazy_regex(r"(?<!\bin )(?<!\bat )(?<!\bnear )(?<!\bfrom )(?<!\bacross )(?<!\bto )"
                                   r"\b([A-Z][^\W\d_]+)['’]s\s+$")   # not "in Florida's Big Bend": a place


def surname_shaped(word):
    """True when word ends like a Slavic, Romanian, Turkish or Spanish surname."""
    f = fold(word)
    return len(f) >= 5 and f.endswith(SURNAME_ENDINGS) or f.startswith(("mc", "mac", "o'"))


@sent_as_values
@dataclass(frozen=True, slots=True)
class NameCandidate:
    """A run of capitalised words that may name a person, with its evidence."""
    doc: str
    words: tuple
    start: int
    end: int
    sentence: int
    strong: bool
    role: str
    role_words: str
    speaker: bool = False
    org: bool = False          # followed by an organisation word: "Betty Ford Center"


def is_capitalised(word):
    """True when word starts with a capital letter (or al-/el- before one)."""
    return word[:1].isupper() or (word[:3].lower() in ("al-", "el-") and word[3:4].isupper())


ARTICLES = set("der die das des dem den ein eine einer eines einem einen the a an this that "
               "seine seiner seinem seinen ihre ihrer ihrem ihren unsere unserer its his her their".split())


def hard_excluded(word):
    """True for words that are never part of a person's name (places, months ...)."""
    f = fold(word)
    if f in _NOT_NAMES or f in _PLACES or f in _ORGANISATIONS or f in _ORG_WORDS or f in DEMONYMS:
        return True
    if f in _MONTHS or f in _WEEKDAYS or f in STATE_ABBREVIATIONS or fold(word.split("-")[0]) in _PLACES:
        return True
    # acronyms: KCNA, DVRK, U.S.; not a person's initials ("J.D." Vance)
    return len(word) >= 2 and word.isupper() and "-" not in word and not (
        INITIALS_RE.fullmatch(word) and word.replace(".", "").lower() not in PLACE_CODES)


INITIALS_RE = lazy_regex(r"(?:[A-Z]\.)+")
# Places and bodies written as dotted initials: no person's
PLACE_CODES = frozenset("us uk un eu dc la nyc usa uae ussr gdr ddr brd nz sa".split())


@remembered
def is_given_name(word):
    """True when a word is a known given name in some spelling, or given names joined by hyphens.

    >>> is_given_name("Jean-Noël"), is_given_name("Hans-Peter"), is_given_name("Jong-un")
    (True, True, False)
    """
    if not GIVEN_KEYS.isdisjoint(name_keys(word)):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(p[:1].isupper() and not GIVEN_KEYS.isdisjoint(name_keys(p)) for p in parts)


@remembered
def word_class(word, language):
    """Return what a word in a capitalised run is on its own: 'role', 'particle', 'month', 'stop' or ''."""
    if role_of(word, language) or is_honorific(word, language):
        return "role"                    # (French "M. Macron": Monsieur)
    if fold(word) in NAME_PARTICLES and not word[:1].isupper():
        return "particle"
    if hard_excluded(word):
        return "month" if fold(word) in _MONTHS else "stop"
    if language == "de" and word[-1:] == "s" and fold(word[:-1]) in COUNTRIES:
        return "stop"                    # a country's genitive: "Der Außenminister Kasachstans, Aidos Serikbajew"
    return ""


def is_honorific(word, language):
    """True when a word is a form of address ("Herr", "Mr.", "Mme", French "M."), no title of office.

    >>> is_honorific("M.", "fr"), is_honorific("Mr", "en"), is_honorific("M.", "en"), is_honorific("Minister", "en")
    (True, True, False, False)
    """
    return fold(word).rstrip(".") in HONORIFICS or (language == "fr" and word in ("M", "M."))


def soft_excluded(word, language, lower_vocab):
    """True for words that look like common words: lower-case elsewhere, German noun endings."""
    if is_given_name(word):
        return False
    f = word.casefold()
    if language == "de" and len(f) > 5 and f.endswith(NOUN_SUFFIXES):
        return True
    return fold(word) in lower_vocab


def find_name_candidates(doc, sentences, lower_vocab, tokens=None):
    """Return the NameCandidates of a document, strong ones with name evidence."""
    text, lang = doc.text, doc.language
    out = []
    for si, (s, e) in enumerate(sentences):
        toks = initials_joined(text, tokens[si] if tokens else tokenize(text, s, e))
        # is_capitalised for each token; only "al-"/"el-" words need the call
        caps = [w[:1].isupper() or (w[2:3] == "-" and is_capitalised(w)) for w, _, _ in toks]
        # An English headline capitalises every word: there a capital is no evidence
        # (it has three capitalised words at least: most sentences are not asked)
        headline = lang == "en" and caps.count(True) >= 3 and is_headline([t[0] for t in toks]) \
            and not AGE_APPOSITION_RE.search(text, s, e)   # "Tarkan Ovali, 61, met Mayor Ana Berend": a story's
        i = 0
        while i < len(toks):
            if not caps[i]:
                i += 1
                continue
            j = i + 1
            while j < len(toks) and text[toks[j - 1][2]:toks[j][1]].isspace():    # "Kim  Jong Un" too
                if caps[j]:
                    j += 1
                    continue
                # "Von der Leyen": after a capitalised particle, an article is one too
                k = particles_end(text, toks, j, fold(toks[j - 1][0]) in NAME_PARTICLES)
                if k == j or k == len(toks) or not caps[k] or not text[toks[k - 1][2]:toks[k][1]].isspace() \
                        or word_event(toks[k][0], lang):
                    break                     # (not "Erdoğan zu Besuch": a visit, after its particle)
                j = k + 1                     # "Ursula von der Leyen", "Karl-Theodor zu Guttenberg"
            # (not a lone letter: "her Republican U.S. candidacy" names no "U")
            out += [c for c in candidates_in_run(doc, text, toks, i, j, si, lang, lower_vocab, headline)
                    if len(c.words) > 1 or len(c.words[0].rstrip(".")) > 1]
            i = j
    for x in range(1, len(out)):
        a, b = out[x - 1], out[x]
        # "Butch Wilmore und Suni Williams", "Minister X and Y Z": a full name joined to a person's is one too
        if not b.strong and a.strong and len(b.words) == 2 and len(a.words) >= 2 and a.sentence == b.sentence \
                and text[a.end:b.start] in JOINED_NAMES and not b.org:
            out[x] = replace(b, strong=True)
    credits = credit_spans(text)
    if credits:                          # "Reporting by ...", "Foto: ...": who made the article is not in its story
        starts = [a for a, _ in credits]          # in text order: the span that may hold a name is found by bisection
        out = [c for c in out if not (bisect_right(starts, c.start) and c.start < credits[bisect_right(
            starts, c.start) - 1][1])]
    return out


JOINED_NAMES = frozenset((" and ", " und ", " et ", " y ", " e "))


# Where an article names who made it, to the end of the line: "(Reporting by Anna Kowalska; Editing by
# Mark Heinrich)", "Foto: Michael Kappeler/dpa", and a byline of its own line ("Von Jan Becker, dpa", "By Jane Doe")
CREDIT_RE = lazy_regex(r"(?:^|[(;.])[ \t]*(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|"
                       r"[Ww]ritten|[Cc]ompiled|[Pp]roduced)\s+by\b"
                       r"|\b(?:Foto|Fotos|Photo|Photos|Mitarbeit|Redaktion|Autor|Autorin)\s*:"
                       r"|^[ \t]*(?P<byline>By|BY|Von|VON)\s+(?=[A-ZÄÖÜ])", re.M)
# what any credit holds: most articles have none, and are not scanned
CREDIT_CUES = ("eporting by", "riting by", "diting by", "dited by", "ritten by", "ompiled by",
               "roduced by", "Foto", "Photo", "Mitarbeit", "Redaktion", "Autor", "By ", "BY ", "Von ", "VON ")
MAX_CREDIT = 120         # letters of a credit line read after its cue
MAX_BYLINE_WORDS = 5     # "Von Jan Becker, dpa", "By Jane Doe and John Roe": a byline's own line is short


def credit_spans(text):
    """Return the (start, end) spans of text that credit who wrote, edited or photographed it, in order, apart.

    >>> t = "He spoke.\\n(Reporting by Ann Roe; Editing by Max Poe)\\nVon Jan Berg, dpa\\n"
    >>> t += "Von Kiew aus reiste er weiter nach Odessa. The book was written by Ann Roe."
    >>> [t[a:b].strip() for a, b in credit_spans(t)]
    ['Ann Roe; Editing by Max Poe)', 'Jan Berg, dpa']
    """
    if not any(c in text for c in CREDIT_CUES):
        return []
    out = []
    for m in CREDIT_RE.finditer(text):
        line_end = text.find("\n", m.end())
        end = min(m.end() + MAX_CREDIT, len(text) if line_end < 0 else line_end)
        if m.group("byline") and len(text[m.end():end].split()) > MAX_BYLINE_WORDS:
            continue                     # "Von Kiew aus reiste er weiter ...": a sentence, no byline
        if out and m.end() <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))     # "Reporting by X; Editing by Y": one span
        else:
            out.append((m.end(), end))
    return out


ARTICLE_PARTICLES = {"der", "den", "das"}    # particles only after another: "von der", "van den"


# Particles that open a name at a sentence's start ("Von der Leyen sagte", "De Gaulle"): not French
# "Le" or "La", which open a newspaper's name as often ("Le Monde"), nor German "Zu" and "Vom" ("Zu Beginn")
OPENING_PARTICLES = frozenset("von van de di da du del della dos".split())


def particles_end(text, toks, j, after_particle=False):
    """Return where the name particles from token j end (j itself when there are none).

    An article alone is no particle: "Berki den Gast" is a name and a noun,
    "van den Berg" one name; so is "der" after_particle ("Von der Leyen").
    """
    k = j
    while k < len(toks) and k - j < 3 and fold(toks[k][0]) in NAME_PARTICLES and (
            k > j or after_particle or fold(toks[k][0]) not in ARTICLE_PARTICLES) and (
            k == j or text[toks[k - 1][2]:toks[k][1]].isspace()):
        k += 1
    return k


def is_headline(words):
    """True for a title-case line: most words of four letters or more capitalised.

    >>> is_headline("Tara Reid Checks Into Rehab For Undisclosed Reasons".split())
    True
    """
    long_words = [w for w in words if len(w) > 3 and not w.isdigit()]
    return len(long_words) >= 3 and sum(w[0].isupper() for w in long_words) >= 0.8 * len(long_words)


def initials_joined(text, toks):
    """Return tokens with initials and their full stops as one token ('W.' in George W. Bush, 'J.D.').

    >>> [w for w, _, _ in initials_joined("Then J.D. Vance and George W. Bush met", tokenize("Then J.D. Vance and George W. Bush met"))]
    ['Then', 'J.D.', 'Vance', 'and', 'George', 'W.', 'Bush', 'met']
    """
    if len(toks) < 2 or text.find(". ", toks[0][1], toks[-1][1]) < 0:
        return toks                       # no full stop inside: nothing to join (most sentences)
    if not any(len(w) == 1 and w.isupper() and text[b:b + 1] == "." for w, _, b in toks):
        return toks                       # no capital with a full stop of its own
    out, i = [], 0
    while i < len(toks):
        w, a, b = toks[i]
        j, end = i, b
        # "J.D. Vance": single capitals each with its full stop, no space between them
        while j + 1 < len(toks) and len(toks[j][0]) == 1 and toks[j][0].isupper() and text[end:end + 1] == "." \
                and toks[j + 1][1] == end + 1 and len(toks[j + 1][0]) == 1 and toks[j + 1][0].isupper():
            j += 1
            end = toks[j][2]
        if len(toks[j][0]) == 1 and toks[j][0].isupper() and (j > i or i) and text[end:end + 2] == ". " \
                and text[end + 2:end + 3].isupper():
            out.append((text[a:end + 1], a, end + 1))       # "W.", "J.D.": its stop is the initial's
            i = j + 1
            continue
        out.extend(toks[i:j + 1])
        i = j + 1
    return out


PERIOD_EDGES = frozenset(("Anfang", "Mitte", "Ende"))      # of a month: "Mitte April"
MAX_NAME_WORDS = 4      # longer capitalised runs are titles, headlines or organisations
REGNAL_RE = lazy_regex(r"(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})")     # II to XXXIX: a ruler's number


COMPANY_AFTER_RE = lazy_regex(r"(?:['’]s)?\s+(?:shares|stock)\s+(?:fell|rose|jumped|slumped|dropped|closed|were|"
                              r"gained|lost|traded|tumbled|slid|surged|plunged|soared|climbed|sank|edged|ended|"
                              r"opened)\b|['’]s\s+(?:shares|stock|shareholders|share\s+price)\b|,\s+which\s")
COMPANY_BEFORE_RE = lazy_regex(r"\b(?:[Ss]hares|[Ss]tock)\s+(?:in|of)\s+$")
COMPANY_AFTER_STARTS = (" shares", " stock", "'s ", "’s ", ", which")      # where COMPANY_AFTER_RE may match


NAME_SUFFIXES = frozenset(("Jr", "Sr"))     # of a name: "Martin Luther King Jr.", "Robert F. Kennedy Jr."
# A ship's prefix: "USS Gerald R. Ford" is a carrier, named after a person
SHIP_PREFIXES = frozenset("USS USNS HMS HMCS HMAS INS RFS MV MS RMS SS NRP".split())
# What a place named after a person is ("Martin Luther King Jr. Boulevard", "George Washington Bridge"): the
# name is the place's there; the words stay a place's own ("in Syntagma Square"), not an organisation's
NAMED_PLACE_HEADS = frozenset("boulevard square bridge brucke memorial highway parkway expressway tunnel allee "
                              "platz".split())


def candidates_in_run(doc, text, toks, i, j, si, lang, lower_vocab, headline=False):
    """Split one capitalised run at roles and non-names; judge each piece."""
    words = [t[0] for t in toks[i:j]]
    kinds = []
    while len(kinds) < len(words):
        k = i + len(kinds)
        w = words[k - i]
        n = east_asian_length(words[k - i:k - i + 3])
        if n and any(x in PERIOD_EDGES for x in words[k - i + 1:k - i + n]):
            n = 0                         # "Wang Mitte April": a time after the name, no syllable of it
        if n:                             # Kim Jong Un: a name starts here, whatever came before
            kinds += ["first"] + ["name"] * (n - 1)
            continue
        after_given = bool(kinds) and kinds[-1] == "name" and is_given_name(toks[k - 1][0])
        cls = word_class(w, lang)
        if k == i and k >= 2 and lang != "de" and fold(toks[k - 1][0]) == "of" and \
                word_class(toks[k - 2][0], lang) == "role":
            kinds.append("role")          # "Defence" in "Minister of Defence Jan X" is the office's
        elif cls == "role" and after_given and not (k + 1 < j and name_like(toks[k + 1][0], lang, lower_vocab)):
            kinds.append("name")          # "Billy King", "Julie Bishop": a title after a given name is a surname
        elif cls == "role" and kinds and kinds[-1] == "name" and k + 1 < j and words[k + 1 - i] in NAME_SUFFIXES:
            kinds.append("name")          # "Martin Luther King Jr.": a surname before its suffix
        elif kinds and kinds[-1] in ("name", "first") and REGNAL_RE.fullmatch(w) and is_given_name(toks[k - 1][0]):
            kinds.append("name")          # "Charles III", "Mohammed VI", "Leo XIV": a king's or pope's number
        elif REGNAL_RE.fullmatch(w):
            kinds.append("stop")          # "Section II", "the IV drip": a number alone names nobody
        elif w in PERIOD_EDGES and k + 1 < j and word_class(toks[k + 1][0], lang) == "month":
            kinds.append("stop")          # "Lawrow und Wang Mitte April": a time, no name's end
        elif fold(w) in COMPASS_WORDS and k + 1 < j and (fold(toks[k + 1][0]) in DEMONYMS
                                                          or fold(toks[k + 1][0]) in _PLACES):
            kinds.append("stop")          # "according to South Korean intelligence": no "South"; "Kanye West" is
        elif k == i and k and fold(w) in REIGN_NAMES and fold(toks[k - 1][0]) in RULER_ROLES:
            kinds.append("name")          # "el papa Francisco": a ruler's name, though a city's word too
        elif cls == "stop" and 2 <= len(w) <= 3 and w.isalpha() and w.isupper() and kinds and kinds[-1] == "role" \
                and fold(w) not in PLACE_CODES and fold(w) not in _ORGANISATIONS and k + 1 < j \
                and name_like(toks[k + 1][0], lang, lower_vocab):
            kinds.append("name")          # "Vice President JD Vance": initials without their stops
        elif cls == "role" or (lang != "de" and fold(w) in ROLE_MODIFIERS and k + 1 < j and
                               word_class(toks[k + 1][0], lang) == "role"):
            kinds.append("role")          # "Interior" in "Interior Minister X" is part of the title
        elif cls == "particle" or (k == i and k + 1 < j and fold(w) in OPENING_PARTICLES):
            kinds.append("particle")      # and a capitalised one that opens a run: "Von der Leyen sagte"
        elif after_given and fold(w) in NAME_PARTICLES and len(w) <= 4 and k + 1 < j \
                and name_like(toks[k + 1][0], lang, lower_vocab) and word_class(toks[k + 1][0], lang) == "":
            kinds.append("particle")      # capitalised after a given name: "Alexander De Croo", "Bart De Wever"
        elif k + 1 < j and company_kind(w):
            kinds.append("stop")          # "Der Technologiekonzern Siemens": the company's kind, then its name
        elif k + 1 < j and not after_given and fold(w) in KIN_WORDS:
            kinds.append("stop")          # "Ihr Bruder Peteris Ozols": a word of kin, then the name
        elif cls == "month" and len(w) == 3 and kinds and kinds[-1] == "name" and not (
                k + 1 < len(toks) and toks[k + 1][0][:1].isdigit()):
            kinds.append("name")          # "Dong Jun", "Lee Jun": a short month's letters after a name, no day
        elif cls == "month" and not (after_given or (kinds and kinds[-1] == "role") or (
                is_given_name(w) and k + 1 < j and (name_like(toks[k + 1][0], lang, lower_vocab) or (
                    k + 2 < j and fold(toks[k + 1][0]) in NAME_PARTICLES)))):
            kinds.append("stop")          # but "Minister Jan X", "Theresa May": a month word named after a title,
            #                               and "Jan Brodecki", "Jan de Vries": a given name before a surname
        elif cls == "stop" and k and fold(w) in _PLACES and is_honorific(toks[k - 1][0], lang) \
                and text[toks[k - 1][2]:toks[k][1]].strip() in ("", ".") and not (
                k + 1 < j and name_like(toks[k + 1][0], lang, lower_vocab)):
            kinds.append("name")          # "M. Montenegro", "Mr Jordan": after Monsieur or Mister a place's word is
            #                               a surname
        elif cls == "stop" and (fold(w) in _PLACES or fold(w) in SURNAME_ORG_WORDS) and after_given and not (
                k + 1 < j and name_like(toks[k + 1][0], lang, lower_vocab)):
            kinds.append("name")          # "Michael Jordan", "Tim Austin", "Uwe Stahl": a place's or a company's
            #                               word after a given name ends it
        elif cls == "stop" and not (kinds and kinds[-1] == "role" and k + 1 < j and name_like(
                toks[k + 1][0], lang, lower_vocab) and fold(w) in _PLACES):
            kinds.append("stop")          # but "Minister Carolina Vega", "Minister Israel Katz": a place
            #                               word between a title and a surname is a given name
        elif lang == "de" and len(kinds) >= 2 and kinds[-2:] == ["name", "name"] and is_given_name(toks[k - 2][0]) \
                and noun_after_name(text, toks, k):
            kinds.append("stop")          # "vom Bauunternehmer Karl Ostermeier Schmiergeld": a noun after the name
        elif after_given or not soft_excluded(w, lang, lower_vocab) or (
                kinds and kinds[-1] == "name" and surname_shaped(w)):
            kinds.append("name")
        else:
            kinds.append("stop")
    out = []
    k = i
    while k < j:
        if kinds[k - i] not in ("name", "first"):
            k += 1
            continue
        m = k + 1
        while m < j and kinds[m - i] in ("name", "particle"):
            m += 1
        while kinds[m - 1 - i] == "particle":
            m -= 1
        p = k                             # "Präsident von der Leyen", "Von der Leyen": the particles start the name
        while p > i and kinds[p - 1 - i] == "particle":
            p -= 1
        # (after a title in English, or in German with two particles: "Bürgermeister von Hallenberg" is
        # of a town, and French "maire de Paris" too)
        if p < k and fold(toks[p][0]) not in ARTICLE_PARTICLES and (p == i or kinds[p - 1 - i] == "role" and (
                lang == "en" or (lang == "de" and k - p >= 2))):
            k = p
        org_follows = m < len(toks) and (fold(toks[m][0]) in _ORG_WORDS or fold(toks[m][0]) in NAMED_PLACE_HEADS) and (
            text[toks[m - 1][2]:toks[m][1]].isspace() or (         # "Betty Ford Center" is a clinic, and
                toks[m - 1][0] in NAME_SUFFIXES and text[toks[m - 1][2]:toks[m][1]] == ". "))   # "King Jr. Boulevard"
        org_before = k > 0 and (company_kind(toks[k - 1][0]) or toks[k - 1][0] in SHIP_PREFIXES) and \
            text[toks[k - 1][2]:toks[k][1]].isspace()              # "shipping group Nordwind", "die Reederei X"
        # a company known by what only a company has: "Harlow shares fell", "shares in Harlow", "Harlow, which"
        if not (org_follows or org_before) and m == k + 1 and lang == "en":
            # a plain search first: most names have neither near them
            org_follows = text.startswith(COMPANY_AFTER_STARTS, toks[k][2]) and bool(COMPANY_AFTER_RE.match(
                text, toks[k][2]))
            org_before = text.startswith((" in ", " of "), toks[k][1] - 4) and bool(COMPANY_BEFORE_RE.search(
                text, max(0, toks[k][1] - 12), toks[k][1]))
        # four words at most, particles aside: "Mohammed bin Abdulrahman Al Thani", "Luiz Inácio Lula da Silva"
        short = m - k <= MAX_NAME_WORDS or m - k - sum(
            fold(t[0]) in NAME_PARTICLES for t in toks[k + 1:m]) <= MAX_NAME_WORDS
        if short and (org_follows or org_before):
            out.append(NameCandidate(doc.key, tuple(t[0] for t in toks[k:m]), toks[k][1], toks[m - 1][2], si,
                                     False, "", "", org=True))
        elif short:
            out.append(judge_candidate(doc, text, toks, k, m, si, lang, lower_vocab, headline))
        k = m
    return out


def noun_after_name(text, toks, k):
    """True when toks[k], after a given name and a surname, is told only there while the surname is told
    without it elsewhere: a German noun after the name, not the last of three names.

    >>> t = "Er nahm von Karl Ostermeier Schmiergeld an. Ostermeier schwieg."
    >>> toks = tokenize(t, 0, len(t))
    >>> noun_after_name(t, toks, 5), noun_after_name(t.replace("Ostermeier schwieg", "Er schwieg"), toks, 5)
    (True, False)
    """
    surname, word = toks[k - 1][0], toks[k][0]
    if is_given_name(surname):
        return False                      # "Hans Peter Müller": two given names, then the surname
    both = text.count(surname + text[toks[k - 1][2]:toks[k][1]] + word)
    return text.count(word) == both and text.count(surname) > both


def name_like(word, lang, lower_vocab):
    """True when a word after a possible given name is itself name-like (no role, place or common word).

    A plural ends a team's name, not a person's: "champion Seattle Seahawks"; German makes few plurals
    in -s, and many surnames end so (Voss, Ries, Fuchs: "Jan Ries", where Jan might be January).
    """
    return not word_class(word, lang) and not soft_excluded(word, lang, lower_vocab) and (
        not word.endswith("s") or lang == "de" or surname_shaped(word))


# What makes a president the head of a government in French, Spanish and Italian: the prime minister
GOVERNMENT_PRESIDENCY = frozenset((("del", "gobierno"), ("du", "gouvernement"), ("del", "consiglio")))


OF_PLACE = frozenset("of from in at for".split())
PLACE_BEFORE_WORDS = frozenset("in at near outside nahe nach".split())     # a name after them is a place's
SHIP_WORDS = frozenset("fregatte frigate kreuzer cruiser zerstorer destroyer flugzeugtrager carrier schiff ship "
                       "tanker yacht jacht kriegsschiff warship u-boot submarine frachter freighter vessel "
                       "fregate fragata".split())


def judge_candidate(doc, text, toks, k, m, si, lang, lower_vocab, headline=False):
    """Return a NameCandidate for toks[k:m], strong when the evidence says person."""
    # "Chefdiplomaten Sergei Lawrow": it starts at the given name; "Ri Il Hwan" is all one name
    asian = m - k >= 3 and east_asian_length([t[0] for t in toks[k:m]]) == m - k
    for x in range(k + 1, m - 1) if not asian else ():
        if is_given_name(toks[x][0]) and not is_given_name(toks[k][0]):
            k = x
            break
    else:
        # "Menschenrechtlerin Ilka Varnow": a long German noun of a person before two names is what
        # she is, not a name of hers (German names of three words have a known given name first)
        if lang == "de" and m - k == 3 and not is_given_name(toks[k][0]) and (
                (len(toks[k][0]) >= 9 and toks[k][0].endswith(PERSON_NOUN_ENDINGS))
                or (toks[k][0].endswith(COUNTRYMAN_ENDINGS) and k and toks[k - 1][0].lower() in ARTICLES)):
            k += 1                        # and "Der Kenianer Kelvin Kiptum": a Kenyan, named
    words = tuple(t[0] for t in toks[k:m])
    role, role_at = "", None
    cue = lambda w: role_of(w, lang) or ABBREVIATED_ROLES.get(fold(w).rstrip(".")) or (
        fold(w).rstrip(".") in HONORIFICS and "·")
    gap_before = text[toks[k - 1][2]:toks[k][1]] if k else "."
    if k and gap_before.strip() == "." and fold(toks[k - 1][0]) in HONORIFICS:
        gap_before = gap_before.replace(".", "")         # "Sen. Paula X", "Dr. Eva X": the stop is the title's
    # "to host the Oscars", "will coach X": a verb, not an office ("a letter to President X" is one)
    verb_before = lang == "en" and k >= 2 and fold(toks[k - 1][0]) in VERB_ROLES and \
        fold(toks[k - 2][0]) in INFINITIVE_CUES
    if k and gap_before.strip() in ("", ",") and cue(toks[k - 1][0]) and not verb_before:
        role, role_at = cue(toks[k - 1][0]), k - 1      # "Minister Andrei X", "Herrn X"
    elif k >= 2 and lang in ("fr", "es") and not gap_before.strip() and toks[k - 1][0].islower() and \
            fold(toks[k - 1][0]) not in ("de", "del", "des", "du") and \
            not text[toks[k - 2][2]:toks[k - 1][1]].strip() and role_of(toks[k - 2][0], lang):
        # "le président régional X": its adjective after ("ministro del Interior": what the office is of)
        role, role_at = role_of(toks[k - 2][0], lang), k - 2
    elif k >= 3 and lang in ("fr", "es") and not gap_before.strip() and toks[k - 1][0][:1].isupper() and \
            of_office(toks, k - 1, lang) is not None:
        role_at = of_office(toks, k - 1, lang)        # "le ministre allemand de la Défense X": what the office is of
        role = role_of(toks[role_at][0], lang)
    elif k >= 3 and lang != "de" and not gap_before.strip() and fold(toks[k - 2][0]) == "of" and \
            toks[k - 1][0][:1].isupper() and role_of(toks[k - 3][0], lang):
        # "Secretary of State Marco Rubio", "Minister of Defence X": the office is all three words
        role, role_at = f"{role_of(toks[k - 3][0], lang)} of {toks[k - 1][0]}", k - 3
    elif k and gap_before.strip() == ",":                # "den Sekretär des Rates, Sergej X"
        for b in range(k - 2, max(-1, k - 6), -1):
            if any(c in text[toks[b][2]:toks[b + 1][1]] for c in ".;:!?,()\"“”„-–—") or \
                    fold(toks[b + 1][0]) in PLACE_PREPOSITIONS:
                break                    # "the only candidate in the capital, Velmarsk": a place's
            if (toks[b][0][:1].isupper() and is_given_name(toks[b][0])) or toks[b][0] in SPEECH_VERBS:
                break                    # "Kanzlerkandidat Friedrich X verlangte, Brenner": another's
            if role_of(toks[b][0], lang):
                role, role_at = role_of(toks[b][0], lang), b
                break
    while m - k > 1 and len(toks[m - 1][0]) == 1 and text[toks[m - 1][2]:toks[m - 1][2] + 1] == "-":
        m -= 1                            # "Lockheed Martin F-35": a model's letter, no surname
        words = words[:-1]
    if not role and m < len(toks) and text[toks[m - 1][2]:toks[m][1]].strip() == "," and toks[m][0] != "as" \
            and not (k and fold(toks[k - 1][0]) in PLACE_BEFORE_WORDS) \
            and not (m - k == 1 and fold(words[0]) in GAZETTEER_NAMES):
        # (not "in Baton Rouge, the sheriff said"; nor "en Allemagne, la première d'un président")
        for b in range(m, min(len(toks), m + 4)):       # an apposition after: "X, der Minister"
            if (b > m and any(c in text[toks[b - 1][2]:toks[b][1]] for c in ".;:!?,()")) or \
                    toks[b][0].lower() in CLAUSE_OPENERS or toks[b][0] in SPEECH_VERBS \
                    or toks[b][0] in AUXILIARIES.get(lang, ()):
                # "seit Kriegsbeginn, wie Präsident X mitteilte", "X, informó el presidente del club", "X, a annoncé
                # le président": a clause, no apposition
                break
            if role_of(toks[b][0], lang) and text.startswith(("'s", "’s"), toks[b][2]):
                break                    # "X, the sheriff's office said": whose office, no apposition
            if role_of(toks[b][0], lang):
                # (not one a name follows: "by Atletico Orvas, club president Andres Pietro said" is Pietro's)
                # ("X, Assistant Chief Fire Officer": the title's own words go on)
                # (nor one a verb of saying follows: "with the Ostrand Comets, his agent said Tuesday")
                if not (b + 1 < len(toks) and toks[b + 1][0][:1].isupper() and is_given_name(toks[b + 1][0])
                        and not text[toks[b][2]:toks[b + 1][1]].strip()) and not (
                        b + 1 < len(toks) and toks[b + 1][0] in SPEECH_VERBS
                        and not text[toks[b][2]:toks[b + 1][1]].strip()):
                    role, role_at = role_of(toks[b][0], lang), b
                break
    if role and role_at is not None and role_at + 2 < len(toks) and lang in ("fr", "es", "it", "und") and \
            (fold(toks[role_at + 1][0]), fold(toks[role_at + 2][0])) in GOVERNMENT_PRESIDENCY:
        role = "Prime minister"           # "presidente del Gobierno": Spain's head of government, no president
    # "appointed X as CEO", "named X as its new chief executive", "X would become chief executive": a
    # person, who takes an office (or hosts a show) that is no title of theirs yet (not "rival Y, as its new chief")
    to = m + (m < len(toks) and toks[m][0] in ("will", "would"))
    to += to < len(toks) and toks[to][0] in ("as", "become", "becomes")
    appointed = not role and lang == "en" and m < to < len(toks) and toks[to - 1][0] in ("as", "become", "becomes") \
        and not text[toks[m - 1][2]:toks[m][1]].strip() and any(
            role_of(toks[b][0], lang) for b in range(to, min(len(toks), to + 3))
            if not any(c in text[toks[x - 1][2]:toks[x][1]] for x in range(m + 1, b + 1) for c in ".;:!?,()"))
    # French and Spanish put what makes a role precise after it ("Son avocate": her lawyer), and so do
    # Italian and Portuguese; a Dutch compound is one word: only English (or a text of no known language)
    role_last = role_at                   # the role's own word: an apposition's words end there ("X, Olympic swimmer")
    if role and role != "·" and role_at and lang in ("en", "und") and \
            not text[toks[role_at - 1][2]:toks[role_at][1]].strip():
        before = toks[role_at - 1][0]      # English roles are two words: "Defense Minister", "foreign minister"
        if (before[:1].isupper() and not hard_excluded(before) and not role_of(before, lang)) or \
                before.lower() in ROLE_MODIFIERS or (role.lower() == "general" and role_of(before, lang)):
            # and "Director General", "Secretary General", "Attorney General": no officer of an army
            role = before.capitalize() + " " + role.lower()
            role_at -= 1                   # and the words quoted start at the modifier
            if role_at and toks[role_at - 1][0].lower() in DEPUTY_WORDS and before.lower() not in DEPUTY_WORDS \
                    and not text[toks[role_at - 1][2]:toks[role_at][1]].strip():
                role = toks[role_at - 1][0].capitalize() + " " + role   # "Deputy Foreign Minister": another office
                role_at -= 1
    elif role and role != "·" and role_at and lang == "de" and toks[role_at - 1][0].lower() in DEPUTY_DE and \
            not text[toks[role_at - 1][2]:toks[role_at][1]].strip():
        role = "Vize" + role.lower()       # "stellvertretender Außenminister" is a Vizeaußenminister
        role_at -= 1
    elif role and role != "·" and role_at > 1 and lang == "de" and toks[role_at - 2][0] in DEPUTY_DE and \
            toks[role_at - 1][0].islower() and toks[role_at - 1][0].endswith(ADJECTIVE_ENDINGS_DE):
        role = "Vize" + role.lower()       # and "der stellvertretende russische Außenminister"
    honorific = role == "·"
    if honorific:
        role = ""
    # (a German noun after its article is no given name, however like one: "auf der Brücke Schlaglöcher" is
    # no Brooke's)
    given = len(words) >= 2 and is_given_name(words[0]) and not (
        lang == "de" and k and toks[k - 1][0].lower() in DEFINITE_DE)
    east = east_asian_name(words)
    prev = fold(toks[k - 1][0]) if k > 0 else ""
    nxt = fold(toks[m][0]) if m < len(toks) else ""
    # "Mayor Lena Varro of Kelburg said": the speaker is the one before "of"; Kelburg is where she is mayor
    # "according to Cal Fire spokesman X": a capitalised word right after it makes it part of another name
    capital_after = m < len(toks) and toks[m][0][:1].isupper() and not text[toks[m - 1][2]:toks[m][1]].strip() \
        and fold(toks[m][0]) not in MONTH_OR_WEEKDAY          # not "said Lyons Tuesday"
    speech = (nxt in SPEECH_VERBS and prev not in OF_PLACE) or (prev in SPEECH_BEFORE and not capital_after) or (
        prev == "to" and k > 1 and fold(toks[k - 2][0]) == "according" and not capital_after) or (
        # "teilte Gewerkschaftschef X mit", "said Foreign Minister X": the verb before the role
        role_at == k - 1 and role_at > 0 and toks[role_at - 1][0] in SPEECH_VERBS
        and not text[toks[role_at - 1][2]:toks[role_at][1]].strip())
    shaped = surname_shaped(words[-1])
    common = all(fold(w) in lower_vocab for w in words)
    # "des russischen Sicherheitsrates": a lone noun after an article is no name; nor are words after a
    # count ("12 Tonnen Kokain", "rund 12.000 Kilogramm Kokain": what is counted)
    after_article = (len(words) == 1 and prev and (prev in ARTICLES or (
        lang == "de" and toks[k - 1][0].islower() and (prev.endswith(("en", "em", "er", "es")) or (
            # "der mutmaßliche Täter": an adjective's -e after an article (not "sagte Merkel")
            prev.endswith("e") and k >= 2 and toks[k - 2][0].lower() in ARTICLES))))) or (
        k > 0 and COUNT_TOKEN_RE.fullmatch(toks[k - 1][0]) is not None and text[toks[k - 1][2]:toks[k][1]] == " ")
    # "Tebo Marnaki, who played", "Kelu Dravan, 34, said": what is told of a full name only
    # a person has, when no given name or title is known. Not after an article ("the Maple
    # Leafs, who won": a team), nor an age before the name ("the 29-year-old Elm Park
    # resident": a place)
    end = toks[m - 1][2]
    described = len(words) >= 2 and not common and prev not in ARTICLES and bool(
        (lang == "en" and WHO_AFTER_RE.match(text, end)) or age_after(text, end)
        # "16-year-old Dario Velkam was shot", but "the 29-year-old Elm Park resident" is a place's
        or (AGE_RIGHT_BEFORE_RE.search(text, max(0, toks[k][1] - 20), toks[k][1])
            and not (m < len(toks) and toks[m][0][:1].islower() and nxt not in FUNCTION_WORDS
                     and nxt not in STOPWORDS.get(lang, ()))))
    # "Cal Fire spokesman Dana Berl", "Pentagon spokesman X": a name before a role and another name is
    # whose the role is, a body's
    # (in English, and with no title of its own: German says "empfing Präsident X Ministerin Y"; one word
    # between two titles is neither's name: "Chief Deputy City Attorney Terry White")
    whose_role = lang == "en" and (not role or len(words) <= 2) and m + 1 < len(toks) and \
        role_of(toks[m][0], lang) and toks[m + 1][0][:1].isupper() and \
        not text[toks[m - 1][2]:toks[m + 1][1]].replace(toks[m][0], "").strip()
    # "commissioner of Upper Dol", "the mayor of New Varna": a word after the office's "of" that begins a place's
    # name; what follows is the place's rest
    place_rest = len(words) == 1 and k >= 2 and fold(toks[k - 2][0]) == "of" and fold(toks[k - 1][0]) in PLACE_OPENERS \
        and not text[toks[k - 1][2]:toks[k][1]].strip()
    # "Assistant Chief Fire Officer": one word between a title and a title's last noun is the title's
    place_rest = place_rest or (len(words) == 1 and role_last == k - 1 and m < len(toks)
                                and fold(toks[m][0]) in TITLE_ENDS and not text[toks[m - 1][2]:toks[m][1]].strip()
                                and not is_given_name(words[0]))
    # "the line between Plattling and Passau, a spokesman said": the ends of a way are places
    on_route = prev in ROUTE_JOINS and ROUTE_BEFORE_RE.search(text, max(0, toks[k][1] - 60), toks[k][1]) is not None
    # "die Fregatte "Admiral Gorschkow"", "the frigate Admiral Gorshkov": a ship's name, after its kind
    ship = any(fold(toks[x][0]) in SHIP_WORDS for x in (k - 1, role_at - 1 if role_at else -1) if x >= 0)
    if whose_role or ship or ((prev == "the" or prev in DEFINITE_DE) and not role
                      and (lang == "en" or (lang == "de" and not given))) or fold(words[0]) in PLACE_FIRST_WORDS \
            or place_rest or on_route:
        # "the Red Sox", "the Boston Globe": an English name after "the" is a team's, a paper's, not a
        # person's, and a German one after its article a noun's ("die Kleinstadt Marlow"); "Point
        # MacKenzie", "Mount Cook": a place's
        strong = False
    elif headline:
        strong = given or east or bool(role)
    else:
        strong = not after_article and (
            given or east or ((role or honorific or appointed) and not common) or (speech and shaped)
            or (lang == "en" and len(words) == 2 and fold(words[1]) in COMMON_SURNAMES_EN and not common
                and not role_of(words[0], lang))
            or (len(words) >= 2 and not common and countryman_before(text, toks, k, lang))
            # "Von der Aue sagte": a name's particles, then its capitalised rest ("Van Wilder" alone: a film's)
            or ((len(words) >= 3 or speech) and len(words) >= 2 and fold(words[0]) in OPENING_PARTICLES
                and not common)
            or (len(words) >= 2 and shaped and not common) or described
            # "ihr Bruder Peteris Ozols", "his widow Marta Lind": a full name after a word of kin
            or (len(words) >= 2 and not common and k > 0 and fold(toks[k - 1][0]) in KIN_WORDS)
            or (lang == "en" and speech and not common and not (len(words) == 1 and plural_people(words[0]))))
        # "Lyons said"; not "Officials said", "Witnesses told": no name, though capitalised before a verb of saying
    role_words = ""
    if role_at is not None:
        a = role_phrase_start(text, toks, role_at, lang)
        role_words = " ".join(text[toks[a][1]:toks[max(role_last, m - 1)][2]].split())
        former = next((x for x in range(max(0, role_at - 3), role_at) if fold(toks[x][0]) in FORMER_WORDS), None)
        if former is not None and former < a:
            # "Former Russian President X": shown with its words, for they tell an office he held, no title of
            # his now to set against another source's "deputy chairman" (see title_disagreement)
            role_words = " ".join(text[toks[former][1]:toks[max(role_last, m - 1)][2]].split())
    end = toks[m - 1][2]
    if len(words) >= 2 and len(words[-1]) == 1 and words[-1].isupper() and text[end:end + 1] == ".":
        words, end = words[:-1] + (words[-1] + ".",), end + 1     # "Ahmad S.": the initial keeps its stop
    return NameCandidate(doc.key, words, toks[k][1], end, si, strong, role, role_words, speech)


PLACE_FIRST_WORDS = frozenset("point mount mt fort port cape".split())
TITLE_ENDS = frozenset("officer director manager inspector commissioner superintendent constable marshal".split())
PLACE_OPENERS = frozenset("upper lower north south east west northern southern eastern western new san santa saint st "
                          "greater central".split())
DEFINITE_DE = frozenset(("der", "die", "das", "dem", "den", "des"))
CLAUSE_OPENERS = frozenset("wie as so und and aber but dass that which who whom whose sagte said teilte according "
                           "erklärte told".split())
COUNT_TOKEN_RE = lazy_regex(r"\d+(?:[.,]\d+)*")        # a count's digits: "12", "12.000", "1,500" (not "5." a date's)


# An age given with a name: "Tara Quinn, 33, said", "Alexandros G. (15)", "the 15-year-old
# student Alexis G.", "der 15-jährige Schüler Alexandros G."
WHO_AFTER_RE = lazy_regex(r",\s+who\b")
# How German nouns for a person end: Menschenrechtlerin, Aktivist, Präsidentin, Kommandeur
PERSON_NOUN_ENDINGS = ("in", "er", "ist", "ent", "eur", "ant")
# English roles that are verbs too, and the words before such a verb
VERB_ROLES = frozenset("host coach judge star model guard captain forward champion".split())
INFINITIVE_CUES = frozenset("to will would can could may might must shall should".split())
AGE_AFTER_RE = lazy_regex(r",\s+(?:de\s+|âgée?\s+de\s+|aged\s+)?(\d{1,3})(?:\s+(?:ans|años|Jahre(?:\s+alt)?|"
                          r"years\s+old))?,|\s*\((\d{1,3})\)")     # "Jean Vautrin, 65 ans,", "Ana Ruiz, de 64 años,"
AGE_DESCRIBED_RE = lazy_regex(r",\s+(?:the|a|an|der|die|ein|eine)\s+(\d{1,3})-(?:year-old|[jJ]ährige[nmrs]?)"
                              r"\b(?!['’])")        # ("the 35-year-old's father": another's)
AGE_STATED_RE = lazy_regex(r"\s+(?:ist|is|war|was|a|tiene)\s+(?:(?:jetzt|now|erst|bereits|already)\s+)?(\d{1,3})\s+"
                           r"(?:Jahre\s+alt|years\s+old|ans|años)\b")
AGE_RIGHT_BEFORE_RE = lazy_regex(r"\b\d{1,3}-(?:year-old|[jJ]ährige[nmrs]?)\s+$")
# (and an apposition's comma: "the 57-year-old defendant, Peter X", "the 24-year-old suspect, identified as
# Kyle X"; German in words too: "den 41 Jahre alten Angeklagten Peter X")
AGE_BEFORE_RE = lazy_regex(r"\b(\d{1,3})(?:-(?:year-old|[jJ]ährige[nmrs]?)|\s+Jahre\s+alte[nmrs]?)\s+"
                           r"(?P<between>(?:[^\W\d_]+,?\s+){0,2})(?:(?:identified|named)\s+as\s+)?$")


def age_after(text, end):
    """Return the match of an age given right after text[:end] (", 33," or " (16)"), else None.

    >>> age_after("Tara Quinn, 33, said", 10).group(1), age_after("Survey (0)", 6)
    ('33', None)
    >>> age_after("Jean Vautrin, 65 ans, a", 12).group(1), age_after("Ana Ruiz, de 64 años, fue", 8).group(1)
    ('65', '64')
    >>> age_after("M. Vautrin, âgé de 52 ans, devrait", 10).group(1), age_after("Tom Reed, aged 40, said", 8).group(1)
    ('52', '40')
    """
    m = AGE_AFTER_RE.match(text, end) if text[end:end + 1] in (",", " ", "(") else None
    return m if m and 0 < int(m.group(1) or m.group(2)) < 120 else None


def age_of(text, start, end):
    """Return (years, words) when an age is given right before or after the name text[start:end], else ().

    >>> t = "Actress Tara Quinn, 33, said the 15-year-old student Alexis Brand left with Jan Ries (16)."
    >>> [age_of(t, t.index(n), t.index(n) + len(n)) for n in ("Tara Quinn", "Alexis Brand", "Jan Ries")]
    [('33', 'Tara Quinn, 33'), ('15', '15-year-old student Alexis Brand'), ('16', 'Jan Ries (16)')]
    >>> age_of("Ryan Vell, the 35-year-old star, left", 0, 9), age_of("Ryan Vell, the 35-year-old's father", 0, 9)
    (('35', 'Ryan Vell, the 35-year-old'), ())
    >>> age_of("Dann ging Ries. Ries ist 54 Jahre alt.", 16, 20), age_of("Ries is 5 years older", 0, 4)
    (('54', 'Ries ist 54 Jahre alt'), ())
    >>> t = "den 41 Jahre alten Angeklagten Jan Ries"
    >>> age_of(t, t.index("Jan"), len(t))
    ('41', '41 Jahre alten Angeklagten Jan Ries')
    """
    m = age_after(text, end)
    if m:
        return m.group(1) or m.group(2), " ".join(text[start:m.end()].rstrip(",").split())
    m = AGE_DESCRIBED_RE.match(text, end) if text.startswith(",", end) else None
    if m and 0 < int(m.group(1)) < 120:  # "Ryan Colt, the 35-year-old star of …"
        return m.group(1), " ".join(text[start:m.end()].split())
    m = AGE_STATED_RE.match(text, end) if text.startswith(" ", end) else None
    if m and 0 < int(m.group(1)) < 120:  # "Wallace ist 54 Jahre alt", "Reed is 40 years old"
        return m.group(1), " ".join(text[start:m.end()].split())
    # most names have no hyphen or "Jahre" before them: the pattern is tried only where one is
    m = AGE_BEFORE_RE.search(text, max(0, start - 50), start) if text.find("-", max(0, start - 50), start) >= 0 \
        or text.find("Jahre ", max(0, start - 50), start) >= 0 else None
    if m and 0 < int(m.group(1)) < 120 and not (m.group("between") and (
            # "Der 73-Jährige folgt auf Gabriel Attal", "The 73-year-old succeeded Gabriel Attal": the age is of
            # the one the noun "Der 73-Jährige" is, who acts on the one named after
            "Jährige" in m.group() or PAST_VERB_RE.match(text, m.start("between") - 1)
            or AGE_VERB_BETWEEN_RE.search(m.group("between")))):
        return m.group(1), " ".join(text[m.start():end].split())
    return ()


AGE_VERB_BETWEEN_RE = lazy_regex(r"\b(?:auf|to|from|by|with|für|von|on|for|succeeds|replaces|folgt|ersetzt|"
                                 r"trifft|meets)\b")


CONJUNCTIONS = {"although", "though", "because", "while", "when", "whereas", "since", "until", "unless", "if"}
ADVERBS_OF_TIME = {"ago", "later", "earlier", "today", "yesterday", "tomorrow", "tonight", "now", "then", "again",
                   "already", "also", "too", "soon", "once"}


def of_office(toks, at, lang):
    """Return where a French or Spanish role stands before "de (la)" and the word at at, or None.

    >>> t = tokenize("le ministre allemand de la Défense Boris X")
    >>> of_office(t, 5, "fr"), of_office(tokenize("la ville de Paris"), 3, "fr")
    (1, None)
    """
    j = at - 1
    if j >= 1 and fold(toks[j][0]) in ("la", "l"):
        j -= 1                            # "de la Défense"
    if j < 1 or fold(toks[j][0]) not in ("de", "del", "des", "du"):
        return None
    for r in range(j - 1, max(-1, j - 3), -1):    # the role, and at most one adjective after it
        if role_of(toks[r][0], lang):
            return r
        if not toks[r][0].islower():
            return None
    return None


FORMER_WORDS = frozenset("former ehemalige ehemaliger ehemaligen fruhere fruherer fruheren einstige einstiger "
                         "einstigen ancien ancienne antiguo antigua ex".split())
FORMER_RE = lazy_regex(r"(?<![^\W\d_])(?:(?i:former|ehemalige[nrs]?|frühere[nrs]?|einstige[nrs]?|ancienne?|"
                       r"antigu[oa]|ex)(?![^\W\d_])|Ex-|ex-)")


def role_phrase_start(text, toks, role_at, lang):
    """Return the token where the phrase of a role begins: its article and adjectives, no verb.

    "empfing der nordkoreanische Präsident": from "der"; "and former
    President": from "former"; "..., die Präsident X und": from the role
    ("die" after a comma is a relative pronoun, not the role's article).
    """
    a = j = role_at
    while j > 0 and j > role_at - 3 and len(toks[j - 1][0]) > 1 and not text[toks[j - 1][2]:toks[j][1]].strip() \
            and (toks[j - 1][0][:1].islower() or fold(toks[j - 1][0]) in ARTICLES     # "Der" opens a sentence
                 or lang != "de" and fold(toks[j - 1][0]) in ENGLISH_DEMONYMS):        # "Finnish businessman X"
        j -= 1
        w = fold(toks[j][0])
        if w == "that":
            break                           # "said that President X": a conjunction, not the role's article
        if w in ARTICLES:
            # an article begins the phrase; a German one right after a comma with nothing between it and
            # the role is more likely a relative pronoun ("die Präsident Putin ... getroffen hatten")
            if lang != "de" or j < role_at - 1 or not j or text[toks[j - 1][2]:toks[j][1]].strip() != ",":
                a = j
            break
        if lang == "de" and (not w.endswith(ADJECTIVE_ENDINGS) or len(w) <= 3 or toks[j][0] in SPEECH_VERBS
                             or event_family(toks[j][0], "de")):
            break                           # a German attributive adjective is inflected; a verb, adverb or
                                            # pronoun ends it ("traf er Bundeskanzler X": not "er"), and so
                                            # does a verb of saying or of an event that ends like one
                                            # ("sagte Trainer X", "ernannte Staatssekretär X")
        if lang != "de" and (w in STOPWORDS.get(lang, ()) or w in CONJUNCTIONS or w in ADVERBS_OF_TIME):
            break                           # "and Secretary X", "although the actress", "two weeks ago
            #                                 Chancellor X": not the role's words
        if lang != "de" and (w in IRREGULAR_PAST or _english_event_key(w)
                             or (w.endswith("s") and w[-2:] not in ("ss", "us"))):
            break                           # "met Foreign Minister X", "visited", "meets": a verb, not an adjective
        if lang != "de" and j and fold(toks[j - 1][0]) == "to" and w not in ROLE_ADJECTIVES:
            break                           # "voted to dismiss Energy Minister X": after "to", a verb
        a = j                               # "russischen" Sicherheitsratssekretär, "former" President
    if lang == "de" and 0 < a < role_at and fold(toks[a][0]) not in ARTICLES \
            and not text[toks[a - 1][2]:toks[a][1]].strip() and not toks[a - 1][0][:1].islower():
        return role_at                      # "dem Treffen nahmen Außenminister X": a verb after a noun, no adjective
    if 0 < a < role_at and toks[a - 1][0].isdigit() and text[toks[a - 1][2]:toks[a][1]] == "-":
        a -= 1                              # "38-jährige", "39-year-old": the number is the adjective's
    return a


def lowercase_vocabulary(documents):
    """Return the folded words that some document writes in lower case."""
    words = set()
    for doc in documents:
        words.update(re.findall(r"\b[a-zäöüß][\w'-]*", doc.text))
    # each word folded once, not once a use; "al-Sisi" is a name written with its article, no common word
    vocab = {fold(w) for w in words if not is_capitalised(w)}
    return frozenset(vocab - {"von", "van", "de", "da", "di", "bin", "al", "el", "la", "le", "der"})


@dataclass(frozen=True, slots=True)
class DocPerson:
    """One person as one document names them: surname, given name, mentions, middle names."""
    doc: str
    surname: str
    given: str
    asian: bool
    mentions: tuple
    middle: tuple = ()     # given names after the first, written out: "Tayyip" of "Recep Tayyip Erdoğan"


def find_people(documents, candidates):
    """Return the DocPersons of all documents, name by name, from their NameCandidates.

    A run of capitalised words is a person when it carries evidence (a given
    name, a title, a Korean or Chinese name shape, a speech verb, a surname
    ending); a lone surname or given name then joins the full name of its own
    document, and, failing that, a surname another document names in full.
    candidates maps a document key to its find_name_candidates.
    """
    people = {d.key: [] for d in documents}
    pending = {}
    for doc in documents:
        persons, rest = group_in_document(doc.key, candidates[doc.key], text=doc.text, language=doc.language)
        people[doc.key] = persons
        pending[doc.key] = rest
    known, full = {}, defaultdict(set)       # full: (given key, surname key) -> documents
    titled = set()                           # (given key, surname key) of full names told with a title or an age
    for doc, persons in people.items():
        for p in persons:
            if not p.asian:
                told = p.given and any(m.age or m.detail and titled_before(m) for m in p.mentions)
                for k in name_keys(p.surname):
                    known.setdefault(k, p.surname)
                    for g in name_keys(p.given) if p.given else ():
                        full[g, k].add(doc)
                        if told:
                            titled.add((g, k))
    for doc in documents:
        # lone names another source gives in full, and a full name with no evidence
        # here ("running back Tebo Marnaki") that two sources show is a person's (one
        # could be wrong, and its error would spread: a film's title taken for a name),
        # or one that gives it a title or an age ("Star guard Harlan X", "X, 27")
        extra = [c for c in pending[doc.key] if not c.strong and len(c.words) == 1 and len(c.words[0]) > 2
                 and any(k in known for k in name_keys(strip_genitive(c.words[0], known, doc.language)))]
        extra += [replace(c, strong=True) for c in pending[doc.key] if not c.strong and not c.org
                  and len(c.words) == 2 and any(len(full.get((g, k), ())) > 1 or (g, k) in titled
                                                for g in name_keys(c.words[0]) for k in name_keys(c.words[1]))]
        if extra:
            persons, _ = group_in_document(doc.key, extra, people[doc.key], doc.text, doc.language)
            people[doc.key] = persons
    # a name that any source writes as part of an organisation's ("Betty Ford Center")
    # is that organisation's: drop a person whose full name, or every mention, is one;
    # so is a country's or a city's of two words ("lived in New Zealand, says the agency")
    org_names = {fold(" ".join(c.words)) for cs in candidates.values() for c in cs if c.org}
    org_names.update(n for n in chain(COUNTRIES, CITIES) if " " in n)
    org_names.update(NAMED_COMPANIES)

    def is_org(p):
        names = [fold(m.text) for m in p.mentions]
        return any(n in org_names for n in names if " " in n) or all(n in org_names for n in names)

    return tuple(p for d in documents for p in people[d.key] if not is_org(p))


def titled_before(m):
    """True when a person Mention's title stands right before the name, a plain phrase ("Star guard Harlan X").

    >>> f = lambda ctx, name: titled_before(Mention("S1", "person", name, 0, 1, 0, "x", "Director", ctx))
    >>> f("deputy director Mila Tor", "Mila Tor"), f("Director of ''The Hunger Games", "Hunger Games")
    (True, False)
    """
    lead = m.context[:-len(m.text)] if m.context.endswith(m.text) else ""
    return bool(lead.strip()) and not any(c in lead for c in ",;:'\"“”‘’()") and \
        not TITLE_NOT_PLAIN.intersection(lead.lower().split())


TITLE_NOT_PLAIN = frozenset("of for the to from in at".split())     # "Director of ''The Hunger Games": a work's


def strip_genitive(word, surnames, language="de"):
    """Return word without a genitive or possessive 's' when the rest is a known name.

    Only German writes it so: an English possessive is a word of its own ("Oscar 's"),
    and a plain s is a plural ("the Oscars") or another name (Williams, William).

    >>> strip_genitive("Beloussows", {k: 1 for k in name_keys("Beloussow")})
    'Beloussow'
    >>> strip_genitive("Williams", {k: 1 for k in name_keys("William")}, "en")
    'Williams'
    """
    if word.endswith(("s", "’", "'")) and len(word) > 3 and language not in PLURAL_S_LANGUAGES:
        stem = word[:-1]
        if any(k in surnames for k in name_keys(stem)):
            return stem
    return word


def person_mention(c, text):
    """Return the Mention of a NameCandidate in text, with any age given with it (a Mention stays as it is)."""
    if isinstance(c, Mention):
        return c
    return Mention(c.doc, "person", " ".join(c.words), c.start, c.end, c.sentence,
                   c.words[-1], c.role, c.role_words, c.speaker, age_of(text, c.start, c.end) if text else ())


def group_in_document(doc, candidates, persons=(), text="", language="de"):
    """Return (DocPersons, unused candidates): full names first, then lone names.

    doc is the document's key, text its text (where an age next to a name is read), language its language.
    """
    people = []                          # [surname, given, asian, candidates, index], in the order found
    # Indexes by transliteration key, so that a document of thousands of names is not
    # compared name by name with all the others (same_name is a shared key)
    by_surname, by_given, by_first = defaultdict(list), defaultdict(list), defaultdict(list)
    by_part = defaultdict(list)          # a name's words before a particle: "Lula" of "Luiz Inácio Lula da Silva"
    surname_keys = set()                 # of the persons that are not East Asian: "Beloussows" -> Beloussow

    def add(person):
        i = len(people)
        person.append(i)
        people.append(person)
        surname, given, asian = person[:3]
        for k in name_keys(surname):
            by_surname[(asian, k)].append(i)
        if asian:
            for k in name_keys(surname.split()[0]):
                by_first[k].append(i)
        else:
            surname_keys.update(name_keys(surname))
            if given:
                for k in name_keys(given):
                    by_given[k].append(i)
            words = getattr(person[3][0], "words", ()) if person[3] else ()
            for w, after in zip(words[1:-1], words[2:]):
                if fold(after) in NAME_PARTICLES and not is_given_name(w):
                    for k in name_keys(w):
                        by_part[k].append(i)

    def found(index, key_word, asian=None):
        """The persons the index holds under any key of key_word, in the order found."""
        keys = name_keys(key_word)
        return [people[i] for i in sorted({i for k in keys for i in index.get(k if asian is None else (asian, k), ())})]

    for p in persons:
        add([p.surname, p.given, p.asian, list(p.mentions)])

    def attach(c, may_start):
        """Give a one-word candidate to the one person it names; True when it found a place."""
        word = c.words[0]
        if REGNAL_RE.fullmatch(word):
            return False                  # "Section II": a ruler's number alone is no one's name
        stem = strip_genitive(word, surname_keys, language)
        match = found(by_surname, stem, False) or found(by_given, word) or found(by_first, word) or \
            found(by_part, stem)
        if len(match) == 1:
            match[0][3].append(c)
            return True
        if may_start and c.strong and not match:
            add([word, "", False, [c]])
            return True
        return False

    unused = []
    for c in sorted(candidates, key=lambda c: (-len(c.words), c.start)):
        words = c.words
        if len(words) == 1:
            if not attach(c, True):
                unused.append(c)
        elif c.strong and strip_genitive(words[0], surname_keys, language) == words[0]:
            asian = east_asian_name(words)
            surname = " ".join(words) if asian else words[-1]
            # "President von der Leyen": particles first are the surname's, with no given name
            given = "" if asian or words[0][:1].islower() or fold(words[0]) in OPENING_PARTICLES else words[0]
            for p in found(by_surname, surname, asian):
                if same_person(p, surname, given, asian):
                    p[3].append(c)
                    if not p[1] and given:
                        p[1] = given
                        for k in name_keys(given):
                            by_given[k].append(p[4])
                    break
            else:
                add([surname, given, asian, [c]])
        else:
            # not a full name ("Nowakowskis Besuch", "Herr Lawrows Besuch"): its words one by one
            for w, off in word_offsets(c):
                attach(NameCandidate(c.doc, (w,), c.start + off, c.start + off + len(w), c.sentence,
                                     False, "", ""), False)
            unused.append(c)
    out = []
    for surname, given, asian, cands, _ in people:
        mentions = tuple(sorted((person_mention(c, text) for c in cands), key=lambda m: m.start))
        out.append(DocPerson(doc, surname, given, asian, mentions, () if asian else middle_names(cands)))
    subjects = list(AGE_TOLD_RE.finditer(text)) if text and any(w in text for w in AGE_CUES) else ()
    tenures = list(TENURE_RE.finditer(text)) if text and any(w in text for w in TENURE_CUES) else ()
    births = list(BIRTHPLACE_RE.finditer(text)) if text and any(w in text for w in BIRTHPLACE_CUES) else ()
    sentences = split_sentences(text) if subjects or tenures or births else ()     # (split once for all)
    if subjects:
        out = told_ages(out, subjects, text, sentences)
    if tenures:
        out = told_tenures(out, tenures, sentences)
    if births:
        out = told_births(out, births, text, sentences)
    return sorted(out, key=lambda p: p.mentions[0].start), unused


# An age told apart from the name, of a sentence's subject: "Der 61-Jährige hatte …", "The 61-year-old
# was …", "She was 91.", "Sie wurde 91 Jahre alt.", and a death's: "died aged 90", "starb … im Alter von 91 Jahren"
AGE_TOLD_RE = lazy_regex(
    # (a name's letters bounded: a hyphen chain of capitals is read once, not again from each capital)
    r"(?=[DTSHEabdefgimsvÂAà]|[A-ZÄÖÜ][\w-]{0,40}\s+wurde\s+\d)"   # the first letters of all: elsewhere a fast miss
    # (not a paragraph's first: "Der 28-Jährige" opening one is its subject, often named sentences before)
    r"(?:(?:^|(?<=[.!?]\s))(?:Der|Die|The)\s+(?P<n>\d{1,3})-(?:Jährige|year-old)"
    r"(?:\s+(?:was|is|had|has|said|told|will|would|joined|took|led|became)\b)?"
    r"|(?:^|(?<=[.!?]\s))(?:She|He|Sie|Er)\s+(?:was|wurde)\s+(?P<n2>\d{1,3})(?:\s+Jahre\s+alt(?=[.!?,])|(?=[.!?]))"
    # and opening a sentence of its subject: "Âgé de 42 ans, il avait été arrêté", "Aged 41, he was arrested"
    r"|(?:^|(?<=[.!?]\s))(?P<age7>(?:Âgée?|Agée?|Aged)\s+(?:de\s+)?(?P<n7>\d{1,3})(?:\s+ans)?),"
    # and by the name: "Arakawa wurde 64 Jahre alt."
    r"|(?:^|(?<=[.!?]\s))(?P<name6>[A-ZÄÖÜ][\w-]{0,40})\s+wurde\s+(?P<n6>\d{1,3})\s+Jahre\s+alt(?=[.!?])"
    # at most five words between, each after its spaces or comma: no repetition within a repetition
    # ("murió el martes a los 89 años", "décédé à l'âge de 89 ans", "mort à 89 ans")
    r"|\b(?:died|dies|dead|death|starb|gestorben|verstorben|murió|falleció|fallecid[oa]|muert[oa]|mort|morte|"
    r"décédée?|décès)(?:[\s,]+[^\W_][\w.]*){0,7}?[\s,]+"     # (a day between: "died … on Feb. 17, aged 48")
    # (and "died on Saturday at age 86", "dead at 86"; not "died at 3 p.m.")
    r"(?P<age3>(?:aged|im\s+Alter\s+von|a\s+los|à\s+l['’]âge\s+de|à(?=\s+\d{1,3}\s+ans\b)|"
    r"at\s+(?:the\s+)?age(?:\s+of)?|at(?=\s+\d{1,3}(?:$|[,;]|\.(?!\d)|\s+(?:on|in|after|from|of)\b)))"
    r"\s+(?P<n3>\d{1,3})"
    r"(?:\s+(?:Jahren|años|ans))?)\b"
    # "…", sagte die 58-Jährige: the speaker named before
    r"|\b(?:sagte|sagt|erklärte|betonte|meinte|said|says|added)\s+(?P<age4>(?:der|die|the)\s+(?P<n4>\d{1,3})-"
    r"(?:Jährige|year-old))\b"
    # and told before its verb: "ist am Montag im Alter von 87 Jahren gestorben", "à l'âge de 88 ans"
    r"|\b(?P<age8>(?:im\s+Alter\s+von|à\s+l['’]âge\s+de)\s+(?P<n8>\d{1,3})\s+(?:Jahren|ans))\b"
    # the age as the object of the next sentence: "Polizisten nahmen den 47-Jährigen fest" (German's case
    # tells an object; English's "where the 15-year-old was killed" may be anyone's)
    r"|\b(?:[Dd]en|[Dd]em|[Dd]es)\s+(?P<n5>\d{1,3})-Jährigen\b"
    # and with a role after it, opening its sentence: "Der 47-jährige frühere Finanzminister erhielt …", "The
    # 49-year-old former economy minister" (the one named before; "Der 26-jährige Mann": someone not named)
    r"|(?:^|(?<=[.!?]\s))(?P<age9>(?:Der|Die|The)\s+(?P<n9>\d{1,3})-(?:jährige|year-old)\s+(?:(?:frühere|ehemalige|"
    r"bisherige|neue|amtierende|former|new|outgoing)\s+)?(?P<role9>[^\W\d_][\w-]{1,40}(?:\s+[^\W\d_][\w-]{1,40})?)))")
AGE_CUES = ("year-old", "ährig", "She was ", "He was ", "Sie wurde ", "Er wurde ", "aged", "Alter von", " años",
            " ans", "Jahre alt", "Aged ", " at age ", " age of ", "ead at ", "ied at ", "ies at ")
# the roles an age may tell of someone not named, never the one named before ("Der 26-jährige Verdächtige")
UNNAMED_ROLES = tuple(DESCRIPTION_STEMS) + ("verdächtiger", "suspect", "victim", "opfer", "witwe", "widow", "sohn",
                                            "tochter", "daughter", "ehefrau", "wife", "husband", "polizist")
DIED_RE = lazy_regex(r"\b(?:died|dies|dead|death|passed\s+away|starb|gestorben|verstorben|tot)\b")
PAST_VERB_RE = lazy_regex(r" (?:[a-z]+ed|beat|won|ran|set|broke|fell|went|came|made|gave|got|left|met|began|wrote|"
                          r"drove|hit|shot|fled|found|kept|lost|held|spent|sent|paid|stole|fought|threw|swam|rode)\b")
# ("The 25-year-old agreed", "The 23-year-old beat the record": a verb, not a noun the age is of)


def told_ages(persons, subjects, text, sentences):
    """Return persons with an age told apart from the name (AGE_TOLD_RE) given to the one person its
    sentence names before it or, failing that, the nearest of the two sentences before it names.

    That person's last mention there takes the age, with the age's own words, where it has none.
    """
    last = {}                             # sentence -> [(start, person index, mention index)]
    for pi, p in enumerate(persons):
        for mi, m in enumerate(p.mentions):
            last.setdefault(m.sentence, []).append((m.start, pi, mi))
    ages = {}                             # (person index, mention index) -> (years, words)
    for m in subjects:
        if m.group().endswith("year-old") and text[m.end():m.end() + 1] == " " and \
                not PAST_VERB_RE.match(text, m.end()):
            continue                      # "The 61-year-old driver": a noun follows, the age is its
        n = m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6") \
            or m.group("n7") or m.group("n8") or m.group("n9")
        told = m.group()
        if m.group("n9"):                 # "Der 47-jährige frühere Finanzminister": a role's, or no one named's
            after = m.group("role9").split()
            roles = [role_of(w, "de" if "jährige" in told else "en") for w in after]
            roles = [r if not r.lower().endswith(UNNAMED_ROLES) else "" for r in roles]
            if not any(roles):
                continue                  # ("Der 26-jährige Verdächtige", "The 30-year-old journalist": anyone's)
            # (the words up to the role: "The 49-year-old former economy minister")
            told = told[:m.start("role9") - m.start()] + " ".join(after[:max(i for i, r in enumerate(roles) if r) + 1])
        words = m.group("age3") or m.group("age4") or m.group("age7") or m.group("age8") or (
            " ".join(m.group().split()[:2]) if m.group("n") else told)
        si = sentence_index(sentences, m.start())
        start = m.start("age3") if m.group("age3") else m.start("age4") if m.group("age4") else \
            m.end("name6") if m.group("n6") else m.start()      # (the name told with it is whose it is)
        named = [x for x in last.get(si, ()) if x[0] < start]
        if m.group("n6"):                 # "Arakawa wurde 64 Jahre alt": hers, if she is a person named there
            named = [x for x in named if x[0] == m.start("name6")]
            if not named:
                continue                  # ("Berlin wurde 800 Jahre alt": no one's)
        if m.group("n5") and named:
            continue                      # "X sagte, man habe den 47-Jährigen gefasst": not X, someone told before
        named = named or last.get(si - 1) or (last.get(si - 2, ()) if not m.group("n5") else ())
        if named and len({pi for _, pi, _ in named}) > 1 and m.group("n2"):
            # "Desmond X, who won an Oscar, has died, his publicist Ana Y said. He was 83.": the subject of a
            # death told, named first and opening its sentence, is who "He" is ("Anna X traf Karl Y. Der
            # 40-Jährige schwieg" may be either's)
            first = min(named)
            at = sentence_index(sentences, first[0])
            if not text[sentences[at][0]:first[0]].strip(" \"'“„«") and DIED_RE.search(text, *sentences[at]):
                named = [first]
        if named and len({pi for _, pi, _ in named}) == 1 and int(n) < 120:
            _, pi, mi = max(named)
            ages.setdefault((pi, mi), (n, " ".join(words.split())))
    if not ages:
        return persons
    return [replace(p, mentions=tuple(replace(m, age=ages[pi, mi]) if (pi, mi) in ages and not m.age else m
                                      for mi, m in enumerate(p.mentions)))
            for pi, p in enumerate(persons)]


# A person's time in office: "seit 2019 im Amt", "in office since 2017", "regiert seit zwölf Jahren", "who has led
# the government for 13 years", "nach zwölf Jahren im Amt", "au pouvoir depuis 2012", "en el cargo desde 2018"
# (plain words a text must hold for TENURE_RE to be tried: a search for each is cheaper than one pattern)
TENURE_CUES = ("von 19", "von 20", "from 19", "from 20", "im Amt", "Im Amt", "regiert", "amtiert", "in office",
               "In office", "in power", "has led", "has ruled", "has governed", "has headed", "had led", "had ruled",
               "had governed", "had headed", "geführt", "geleitet", "minister for ",
               "resident for ", "hancellor for ", "remier for ", "ayor for ", "overnor for ", "xecutive for ",
               "au pouvoir", "en fonction", "en poste", "en el poder", "en el cargo", " Monaten ", " months in ")
_TENURE_SPAN = r"(?P<%s>\d{1,2}|[^\W\d_]{3,12})"
TENURE_RE = lazy_regex(
    r"\b(?:seit\s+(?:dem\s+Jahr\s+|[^\W\d_]{3,12}\s+)?(?P<y1>\d{4})\s+im\s+Amt"     # ("seit Juli 2019 im Amt")
    r"|im\s+Amt\s+seit\s+(?:[^\W\d_]{3,12}\s+)?(?P<y2>\d{4})"
    r"|(?:regiert|amtiert)\s+(?:(?:er|sie)\s+)?(?:bereits\s+)?seit\s+(?:(?P<y3>\d{4})|" + _TENURE_SPAN % "n3"
    + r"\s+Jahren)|seit\s+" + _TENURE_SPAN % "n4" + r"\s+Jahren\s+im\s+Amt|nach\s+" + _TENURE_SPAN % "n5"
    + r"\s+Jahren\s+im\s+Amt"
    # "hatte das Unternehmen seit 2019 geführt", "führt die Partei seit 2017": a company's or a party's head
    r"|seit\s+(?P<y14>\d{4})\s+(?:geführt|geleitet|angeführt)"
    r"|in\s+(?:office|power)\s+(?:since\s+(?:[^\W\d_]{3,12}\s+)?(?P<y6>\d{4})|for\s+" + _TENURE_SPAN % "n6"
    + r"\s+years)"
    r"|ha[sd]\s+(?:led|ruled|governed|headed)\s+(?:(?:the|his|her|its)\s+)?(?:[a-z]+\s+){0,2}?(?:since\s+(?P<y7>\d{4})|"
    r"for\s+(?:the\s+(?:past|last)\s+)?" + _TENURE_SPAN % "n7" + r"\s+years)"
    r"|after\s+" + _TENURE_SPAN % "n8" + r"\s+years\s+in\s+(?:office|power)"
    # "the Netherlands' prime minister for 13 years"
    r"|(?:prime\s+minister|president|chancellor|premier|mayor|governor|chief\s+executive)\s+for\s+"
    r"(?:the\s+(?:past|last)\s+)?" + _TENURE_SPAN % "n11" + r"\s+years"
    # and a term from one year to another: "war von 2016 bis 2020 Staatschef", "served as president from 2016 to
    # 2021" (not "from 2016 to 2020 in prison": an office told)
    r"|von\s+(?P<r12>\d{4})\s+bis\s+(?P<r12b>\d{4})\s+(?:[^\W\d_]+\s+){0,2}?(?:im\s+Amt|\w*(?:chef|chefin|präsident|"
    r"präsidentin|kanzler|kanzlerin|minister|ministerin|bürgermeister|bürgermeisterin))\b"
    r"|(?:served|was|ruled|governed)\s+as\s+(?:[^\W\d_]+\s+){0,3}?(?:prime\s+minister|president|chancellor|premier|"
    r"mayor|governor|minister|leader|head\s+of\s+state)\s+from\s+(?P<r13>\d{4})\s+(?:to|until|through)\s+"
    r"(?P<r13b>\d{4})"
    r"|(?:au\s+pouvoir|en\s+fonctions?|en\s+poste)\s+depuis\s+(?P<y9>\d{4})"
    r"|en\s+el\s+(?:poder|cargo)\s+desde\s+(?P<y10>\d{4})"
    # months in a post, told as its end: "nach nur sechs Monaten entlassen", "after just four months in charge"
    r"|nach\s+(?:nur\s+|knapp\s+|gut\s+)?" + _TENURE_SPAN % "m15" + r"\s+Monaten\s+(?:im\s+Amt|entlassen|gefeuert|"
    r"abgesetzt|zurückgetreten)"
    r"|after\s+(?:just\s+|only\s+|barely\s+)?" + _TENURE_SPAN % "m16" + r"\s+months\s+in\s+(?:charge|office|the\s+job|"
    r"the\s+post|power))(?![\w.,]\d)", re.I)


def tenure_value(m):
    """Return a TENURE_RE match's value: "since 2019", "12 years", or "" for a span of no number.

    >>> [tenure_value(TENURE_RE.search(t)) for t in ("war seit 2019 im Amt", "regiert seit zwölf Jahren",
    ...                                               "who has led the government for 13 years",
    ...                                               "in power for many years", "war seit Juli 2019 im Amt",
    ...                                               "in office since July 2019")]
    ['since 2019', '12 years', '13 years', '', 'since 2019', 'since 2019']
    >>> [tenure_value(TENURE_RE.search(t)) for t in ("hatte das Unternehmen seit 2019 geführt",
    ...                                               "Ozols had led the company since 2017")]
    ['since 2019', 'since 2017']
    >>> [tenure_value(TENURE_RE.search(t)) for t in ("Rusu war von 2016 bis 2020 Staatschef",
    ...                                               "who served as president from 2016 to 2021")]
    ['2016 to 2020', '2016 to 2021']
    >>> [tenure_value(TENURE_RE.search(t)) for t in ("nach nur sechs Monaten entlassen",
    ...                                               "sacked after just four months in charge")]
    ['6 months', '4 months']
    """
    told = {k: v for k, v in m.groupdict().items() if v}
    name, value = next(iter(told.items()))
    if name.startswith("y"):
        return "since " + value
    if name.startswith("r"):             # a term: "2016 to 2020"
        return f"{value} to {told[name + 'b']}" if value < told[name + "b"] else ""
    n = int(value) if value.isdigit() else COUNT_WORDS.get(value.lower())
    unit = "months" if name.startswith("m") else "years"
    return f"{n} {unit}" if isinstance(n, int) and 0 < n < 80 else ""


def told_tenures(persons, tenures, sentences):
    """Return persons with a time in office (TENURE_RE) given to the one named nearest before it in its sentence
    ("Horak war seit 2019 im Amt") or, failing that, the one person the sentence before names ("He had been in
    office since 2017").
    """
    named_in = named_in_sentences(persons)
    told = {}
    for t in tenures:
        value = tenure_value(t)
        named = named_before(named_in, sentence_index(sentences, t.start()), t.start())
        if value and named:
            told.setdefault(named, (value, " ".join(t.group().split())))
    return given_to(persons, told, "tenure")


def named_in_sentences(persons):
    """Return {sentence: [(start, end, person index, mention index)]} of persons' mentions."""
    named_in = defaultdict(list)
    for pi, p in enumerate(persons):
        for mi, m in enumerate(p.mentions):
            named_in[m.sentence].append((m.start, m.end, pi, mi))
    return named_in


def named_before(named_in, si, at):
    """Return (person index, mention index) of the mention nearest before offset at in sentence si or, failing
    that, of the one person sentence si - 1 names (named_in: see named_in_sentences), or None."""
    here = [x for x in named_in.get(si, ()) if x[0] < at]
    if not here and len({x[2] for x in named_in.get(si - 1, ())}) == 1:
        here = named_in[si - 1]
    return max(here)[2:] if here else None


def given_to(persons, told, field):
    """Return persons with each told value ({(person index, mention index): value}) set as that mention's field."""
    if not told:
        return persons
    return [replace(p, mentions=tuple(replace(m, **{field: told[pi, mi]}) if (pi, mi) in told else m
                                      for mi, m in enumerate(p.mentions)))
            for pi, p in enumerate(persons)]


def told_births(persons, births, text, sentences):
    """Return persons with the place they were born in (BIRTHPLACE_RE) given to the one named nearest before it in
    its sentence ("Kask stammt aus Tartu") or, failing that, the one person the sentence before names ("He was born
    in Parnu"); "stammt aus" only of a name or a pronoun right before it ("Das Geld stammt aus Russland": no one's).
    """
    named_in = named_in_sentences(persons)
    told = {}
    for b in births:
        place = next(b.group(g) for g in ("p1", "p2", "p3", "p4", "p5", "p6") if b.group(g))
        si = sentence_index(sentences, b.start())
        if b.group("comes") and not b.group("pronoun") and not any(
                x[0] < b.start() and not text[x[1]:b.start()].strip() for x in named_in.get(si, ())):
            continue
        named = named_before(named_in, si, b.start())
        if named:
            shown = CITIES.get(fold(place)) or COUNTRIES.get(fold(place)) or place
            told.setdefault(named, (shown, " ".join(b.group().split())))
    return given_to(persons, told, "born")


# Where someone was born: "was born in Parnu", "in Tartu geboren", "stammt aus Tartu" (of a name or a pronoun
# right before it: see told_births), "gebürtig aus Riga", "né à Lyon", "nacida en Sevilla"
BIRTHPLACE_CUES = ("born in", "geboren", "stammt aus", "stammte aus", "gebürtig", "né à", "née à", "né en",
                   "née en", "nacido en", "nacida en")
_BORN_PLACE = r"[A-ZÄÖÜÁÉÍÓÚ][\w'’-]+(?:\s+(?:de\s+|del\s+)?[A-ZÄÖÜ][\w'’-]+)?"
BIRTHPLACE_RE = lazy_regex(
    r"\b(?P<en>born\s+(?:in\s+\d{4}\s+)?in\s+(?P<p1>" + _BORN_PLACE + r"))"
    r"|\b(?P<de>in\s+(?P<p2>" + _BORN_PLACE + r")\s+geboren)\b"
    r"|(?:(?P<pronoun>\b(?:[Ee]r|[Ss]ie)\s+)?\b(?P<comes>stammte?\s+aus\s+(?P<p3>" + _BORN_PLACE + r")))"
    r"|\b(?P<native>gebürtig\s+aus\s+(?P<p4>" + _BORN_PLACE + r"))"
    r"|\b(?P<fr>née?\s+(?:en\s+\d{4}\s+)?à\s+(?P<p5>" + _BORN_PLACE + r"))"
    r"|\b(?P<es>nacid[oa]\s+(?:en\s+\d{4}\s+)?en\s+(?P<p6>" + _BORN_PLACE + r"))")


def word_offsets(candidate):
    """Return (word, offset from the candidate's start) for each of its words."""
    out, pos = [], 0
    text = " ".join(candidate.words)
    for w in candidate.words:
        pos = text.index(w, pos)
        out.append((w, pos))
        pos += len(w)
    return out


def middle_names(candidates):
    """Return the given names written out between a full name's first and its surname, in order.

    >>> c = lambda *words: NameCandidate("S1", words, 0, 1, 0, True, "", "")
    >>> middle_names([c("Recep", "Tayyip", "Erdoğan"), c("John", "F.", "Kennedy"), c("Ursula", "von", "der", "Leyen")])
    ('Tayyip',)
    """
    out = []
    for c in candidates:
        # a candidate's words, or a Mention's (a name found again further down)
        for w in (c.words if isinstance(c, NameCandidate) else c.text.split())[1:-1]:
            # an initial ("John F. Kennedy", "Robert F. Kennedy") tells two people apart too seldom
            if w[:1].isupper() and len(w) > 2 and not w.endswith(".") and w not in out:
                out.append(w)
    return tuple(out)


def same_person(p, surname, given, asian):
    """True when a grouped person [surname, given, asian, ...] can be this name."""
    if p[2] != asian:
        return False
    if not same_name(p[0], surname):
        return False
    return not (p[1] and given) or same_name(p[1], given) or same_reign_name(p[1], given, surname) or \
        p[1][0] == given[0] and (len(p[1].rstrip(".")) == 1 or len(given.rstrip(".")) == 1)


# A pope's or a monarch's name is translated, its number kept: Leo XIV, Léon XIV, León XIV;
# Karl III. and Charles III. Each line is one name in German, English, French, Spanish,
# Italian, Portuguese, Dutch and Polish (those that differ).
REIGN_NAMES = {form: i for i, line in enumerate("""
leo leon leone leao
franziskus francis francois francisco francesco franciszek
benedikt benedict benoit benedicto benedetto
johannes john jean juan giovanni joao jan
paul paolo pablo paulo pawel
pius pie pio
gregor gregory gregoire gregorio
karl charles carlos carlo karel karol
wilhelm william guillaume guillermo guglielmo willem
heinrich henry henri enrique enrico henrique hendrik henryk
ludwig louis luis luigi lodewijk ludwik
friedrich frederick frederic federico frederik fryderyk
georg george georges jorge giorgio
philipp philip philippe felipe filippo filipe filips
elisabeth elizabeth isabel elisabetta isabella elzbieta
eduard edward edouard eduardo edoardo
jakob james jacques jaime giacomo jacobus
margarethe margaret marguerite margarita margherita margrethe
viktoria victoria
gustav gustaf gustave gustavo""".strip().splitlines()) for form in line.split()}


# Titles that go with a ruler's name alone: a pope's or a monarch's, translated with it
RULER_ROLES = frozenset("papst pope pape papa konig king roi rey re konigin queen reine reina kaiser emperor "
                        "empereur emperador".split())


def same_reign_name(a, b, number):
    """True when a and b are one name in two languages, before the same ruler's number.

    >>> same_reign_name("Leo", "León", "XIV"), same_reign_name("Karl", "Charles", "III")
    (True, True)
    >>> same_reign_name("Leo", "Karl", "XIV"), same_reign_name("Karl", "Charles", "Smith")
    (False, False)
    """
    if not REGNAL_RE.fullmatch(number):
        return False                     # Karl Smith and Charles Smith are two people
    x = REIGN_NAMES.get(fold(a))
    return x is not None and x == REIGN_NAMES.get(fold(b))


# ---- Mentions: dates ----

def word_alternatives(words):
    """Return a pattern for any of words, longest first, led by a lookahead of their first letters.

    DATE_RE is tried at every number and cue word: the lookahead (see initials) saves
    a quarter of its time on ECB+.

    >>> re.fullmatch(word_alternatives(["Mai", "März"]), "märz", re.I) is not None
    True
    """
    return "(?=[%s])(?:%s)" % (initials(words), "|".join(sorted(map(re.escape, words), key=len, reverse=True)))


_MONTH_ALT, _WEEKDAY_ALT = word_alternatives(MONTHS), word_alternatives(WEEKDAYS)
_NUMBER_ALT = trie_pattern(NUMBER_WORDS) + r"|\d+"
# (and French and Spanish ones where their words say what they count: "depuis deux ans", "desde hace un año")
ROMANCE_ONE = dict.fromkeys(("un", "une", "una", "uno"), 1)
_ROMANCE_NUMBER_ALT = trie_pattern({**ROMANCE_NUMBER_WORDS, **ROMANCE_ONE})
DATE_RE = lazy_regex(r"""
  (?P<iso>\b(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?:\b|(?=T\d)))
| (?P<dmy>\b(?:(?P<dwd>%(wd)s),?\s+)?(?P<dd>[0-3]?\d)(?:\.|st|nd|rd|th|er|º)?\s+(?:of\s+|de\s+)?
          (?P<dm>%(mon)s)\b(?!\.\s*[0-3]?\d\b)\.?(?:,?\s+(?:de\s+)?(?P<dy>(?:1[89]|20)\d\d)\b)?)
| (?P<mdy>\b(?:(?P<mwd>%(wd)s),?\s+)?(?P<mm>%(mon)s)\b\.?\s+(?P<md>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\.\d|:)
          (?:,?\s+(?P<my>(?:1[89]|20)\d\d)\b)?)
| (?P<num>\b(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>(?:1[89]|20)?\d\d)?(?!\d|\.\d))
| (?P<slash>\b(?P<sa>[0-3]?\d)/(?P<sb>[0-3]?\d)/(?P<sy>(?:1[89]|20)?\d\d)\b)
| (?P<dlist>\b(?P<ld>[0-3]?\d)(?P<lstop>\.|st|nd|rd|th)?(?P<lsep>\s*(?:und|bis|and|to|-|–)\s*)
          (?=[0-3]?\d(?:\.|st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<lm>%(mon)s)\b(?!\.\s*[0-3]?\d\b)\.?
             (?:,?\s+(?:de\s+)?(?P<ly>(?:1[89]|20)\d\d)\b)?))
| (?P<monthyear>\b(?:(?P<yc>im|in|seit|since|bis|until|ab|from|von|vom)\s+)?
          (?:(?:Anfang|Mitte|Ende|early|mid|late|(?:the\s+)?(?:beginning|middle|end)\s+of)[\s-]+)?
          (?P<ym>%(mon)s)\s+(?:of\s+|de\s+)?(?P<yy>(?:1[89]|20)\d\d)\b)
| (?P<mweek>\b(?P<mwo>ersten|zweiten|dritten|vierten|letzten)\s+(?P<mwname>%(mon)s)woche\b)
| (?P<month>\b(?P<mcue>im|in|seit|since|bis|until|ab|by|during|Anfang|Mitte|Ende|early|mid|late|
          (?:the\s+)?(?:beginning|middle|end)\s+of|Beginn|en|desde|hasta|début|fin|mi
          |(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+(?:of|in)
          |(?:ersten|zweiten|dritten|vierten|letzten)\s+Woche\s+(?:im|des|von))[\s-]+
          (?:(?P<mrel>vergangenen|letzten|vorigen|nächsten|kommenden|diesen|dieses|last|next|this|dem)\s+)?
          (?P<mname>%(mon)s)\b(?!\s+\d)
          (?:\s+(?P<mthis>dieses\s+Jahres|this\s+year|des\s+Jahres|letzten\s+Jahres|vergangenen\s+Jahres|last\s+year
                       |nächsten\s+Jahres|kommenden\s+Jahres|next\s+year))?)
| (?P<relmonth>\b(?P<rmcue>last|next|this|vergangenen|letzten|nächsten|kommenden)\s+(?P<rmname>%(mon)s)\b)
| (?P<weekday>\b(?:(?P<wnight>(?:in\s+der\s+)?Nacht\s+(?:zum|zu|auf(?:\s+den)?)\s+
          |(?:overnight|the\s+night)\s+(?:into|to)\s+(?:early\s+)?)
          |(?P<wpre>am|on|last|next|this|vergangenen|letzten|kommenden|(?:early|late)(?:\s+on)?|seit|since|until
                    |bis)\s+)?
          (?P<wname>%(wd)s)(?P<wpart>abend|morgen|nachmittag|vormittag|nacht|mittag)?\b
          (?:\s+(?:(?:por|en)\s+la\s+)?(?P<wpart2>morning|afternoon|evening|night|matin|après-midi|soir|nuit|
                                                 mañana|tarde|noche)\b)?
          (?:\s+(?P<wweek>(?:der\s+)?(?:vergangene[nr]?|letzte[nr]?|vorige[nr]?|nächste[nr]?|kommende[nr]?)\s+Woche
             |(?:of\s+)?(?:last|next)\s+week)\b)?)
| (?P<year>\b(?:(?P<ycue>im\s+Jahr(?:e)?|in|seit|since|bis|until|by|von|vom|from|ab|Anfang|Mitte|Ende|early|late|mid|
          (?:the\s+)?(?:end|beginning|middle|start)\s+of|end|
          the|des\s+Jahres|year|Jahr|en|desde|depuis|en\s+l'an|hasta|jusqu['’]en|gegründet|
          geboren)(?:\s+|(?<=mid)-|(?<=end)-))?
          (?P<yv>(?:1[89]|20)\d\d)(?P<decade>er|s|'s)?\b(?![.,]\d)
          (?(ycue)|(?=(?:\s+in\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)?\s+(?:gegründet|geboren))))
          # a bare year, of a founding or a birth: "der 1835 gegründete Hersteller", "wurde 1956 in Rom geboren"
          # (not "wurden 1956 Kinder geboren": a count)
| (?P<decade2>\b(?P<dv>(?:1[89]|20)\d0)(?:er\s+Jahre|er|s|'s)\b)
| (?P<rel>\b(?:(?P<today>(?:heute|today|this)\s+(?P<tpart>morning|afternoon|evening|night|morgen|früh|vormittag|
          nachmittag|abend|nacht)|(?P<tonight>tonight)|heute|today|aujourd'hui|hoy)
        | (?P<yesterday>(?:gestern|yesterday)\s+(?P<ypart>morning|afternoon|evening|night|morgen|früh|vormittag|
          nachmittag|abend|nacht)|(?P<lastnight>last\s+night|(?<!an\s)(?<!the\s)overnight\b(?!-)|(?:vergangenen|letzten|vergangene|letzte)\s+Nacht)
          |gestern|yesterday|hier|ayer)
        | (?P<weekend>(?:this\s+past|over\s+the)\s+weekend|am\s+Wochenende|übers\s+Wochenende)
        | (?P<anaph>(?:am\s+)?(?P<an_de>Vortag|Folgetag)|am\s+Tag\s+(?P<an_de2>zuvor|davor|darauf|danach)
             |am\s+(?:nächsten|folgenden)\s+Tag|tags\s+(?P<an_de3>zuvor|darauf)
             |the\s+(?P<an_en>previous|following|next)\s+(?P<an_part>day|night|morning|afternoon|evening)
             |the\s+(?P<an_part2>day|night)\s+(?P<an_en2>before|after)(?=\s*[,.;])
             |(?P<an_n>a|one|eine?n?|%(num)s)\s+(?P<an_unit>days?|Tage?|weeks?|Wochen?)\s+
              (?P<an_dir>earlier|later|zuvor|später|danach))
        | (?P<dbyest>vorgestern|the\s+day\s+before\s+yesterday)
        | (?P<dafter>übermorgen|the\s+day\s+after\s+tomorrow)
        | (?P<tomorrow>tomorrow|demain|mañana
          # German "morgen" in lower case only ("am Morgen" is a morning): "morgen Abend", "morgen früh"
          |(?-i:morgen)(?![^\W\d_])(?:\s+(?P<mpart>früh|(?-i:[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]ittag)))?)
        | (?:vor\s+(?:(?:etwa|rund|gut|knapp|fast|mehr\s+als|über|ungefähr|circa|ca\.|genau|exakt)\s+)?
             (?P<agon>%(num)s)\s+(?P<agou>Tag|Tagen|Woche|Wochen|Monat|Monaten|Jahr|Jahren))
        | (?:(?:exactly\s+)?(?<!\d[.,])(?P<agon2>%(num)s)\s+(?P<agou2>days?|weeks?|months?|years?)\s+ago)
        | (?:(?<!desde\s)(?:il\s+y\s+a|hace)\s+(?P<agon3>\d{1,3}|%(rom)s)\s+
             (?P<agou3>jours?|semaines?|mois|ans|années|días?|semanas?|meses|mes|años?)\b)
        | (?:(?P<since>seit|since|depuis|desde\s+hace)\s+(?:(?:fast|knapp|gut|über|mehr\s+als|rund|etwa|nearly|almost
             |more\s+than|over|about|some|près\s+de|plus\s+de|casi|más\s+de)\s+)?(?P<sincen>%(num)s|%(rom)s)\s+
             (?P<sinceu>Tagen|Wochen|Monaten|Jahren|days|weeks|months|years|jours|semaines|mois|ans|días|semanas
             |meses|años|Tag|Woche|Monat|Jahr|jour|semaine|an|día|semana|mes|año)\b)
        | (?P<halfago>vor\s+(?:einem\s+)?halben\s+Jahr|half\s+a\s+year\s+ago)
        | (?P<yearhalfago>vor\s+(?:anderthalb|eineinhalb)\s+Jahren|(?:a|one)\s+year\s+and\s+a\s+half\s+ago)
        | (?P<fortnight>(?:a|one)\s+fortnight\s+ago)
        | (?P<ahead>in\s+(?:(?:nearly|almost|more\s+than|over|about)\s+)?(?P<ahn>%(num)s)\s+
             (?P<ahu>Tagen|Wochen|Monaten|Jahren|days?|weeks?|months?|years?)
             |(?:dans|dentro\s+de)\s+(?P<ahn2>\d{1,3}|%(rom)s)\s+
             (?P<ahu2>jours|semaines|mois|ans|días|semanas|meses|años)\b)
        | (?:(?P<lastrel>letzte|letzten|letztes|vergangene|vergangenen|vergangenes|vorige|vorigen|voriges|
             nächste|nächsten|nächstes|kommende|kommenden|kommendes|diese|diesen|dieses|in\s+diesem|
             last|next|this|earlier\s+this|later\s+this)\s+(?P<lastunit>Wochenende|weekend|Woche|Monat|Monats|Jahr|
             Jahres|week|month|year|Sommer|Winter|Herbst|Frühjahr|Frühling|summer|winter|autumn|fall|spring)
             (?!\s+(?:of|in)\s+(?:%(mon)s)\b))
        | (?P<romrel>(?P<romunit>la\s+semaine|le\s+mois|l['’]année|l['’]an|la\s+semana|el\s+mes|el\s+año)\s+
             (?P<romwhen>dernière|dernier|passée|passé|prochaine|prochain|pasada|pasado|próxima|próximo
             |que\s+viene)\b)
        | (?:(?P<edge>Anfang|Mitte|Ende|Beginn)\s+(?:der\s+|des\s+|dieses\s+|diesen\s+|dieser\s+)?
             (?:(?P<edgerel>(?:letzte|vergangene|vorige|nächste|kommende)[nr])\s+)?(?P<edgeunit>Monats|Jahres|Woche))
        | (?:(?P<edge_en>early|late|mid|(?:the\s+)?(?:end|beginning|middle|start)\s+of)[\s-]+
             (?P<edgerel_en>last|next|this|the)\s+(?P<edgeunit_en>year|month|week))
        | (?P<edgecomp>(?P<ecunit>Jahres|Monats|Wochen)(?P<ecedge>beginn|anfang|mitte|ende)(?<!Wochenende))
        | (?:im\s+(?P<vorunit>Vorjahr|Vormonat)|(?<=in\sder\s)(?P<vorweek>Vorwoche)\b)
        | (?:im\s+(?P<season>(?:Früh|Spät)?(?:sommer|winter|herbst)|Sommer|Winter|Herbst|Frühjahr|Frühling)
            (?:\s+(?P<syear>(?:1[89]|20)\d\d)
            |\s+(?P<syrel>vergangenen|letzten|vorigen|dieses|nächsten|kommenden)\s+Jahres)?)
        | (?:(?:in\s+)?(?:the\s+)?(?P<season_en>summer|winter|autumn|fall|spring)\s+(?:(?:of\s+)?(?P<syear_en>(?:1[89]|20)\d\d)
            |of\s+(?P<syrel_en>last|this|next)\s+year))
        | (?:(?:in\s+|(?<=\bin\s)the\s+|(?<=\bin\s)(?:early|late|mid)[\s-])(?P<season_en2>summer|winter|autumn|spring)
           (?![-\w])(?!\s+of\b)
           (?!\s+(?:sports?|games|olympics|tyres|tires|clothes|coats?|season|holidays?|break|term|semester|session
           |months|weather|storms?|wheat|crops?|schedule|collection|palace|camp|school|training)\b))
        | (?:im\s+(?P<qn>ersten|zweiten|dritten|vierten|[1-4]\.)\s+Quartal(?:\s+(?P<qyear>(?:1[89]|20)\d\d))?)
        | (?:the\s+(?P<qn2>first|second|third|fourth)\s+quarter\s+of\s+(?P<qyear2>(?:1[89]|20)\d\d))
        | (?:Q(?P<qs>[1-4])[\s/]+(?P<qsyear>(?:1[89]|20)\d\d))
        | (?:(?P<hn>erste[nrs]?|zweite[nrs]?)\s+(?:Halbjahr(?:es)?|Jahreshälfte)(?:\s+(?P<hyear>(?:1[89]|20)\d\d)
            |\s+(?:des\s+)?(?P<hrel>vergangenen|letzten|vorigen|dieses|nächsten|kommenden)\s+Jahres)?)
        | (?:the\s+(?P<hn2>first|second)\s+half\s+of\s+(?:(?P<hyear2>(?:1[89]|20)\d\d)|(?:the|this)\s+year
            |(?P<hrel_en>last|next)\s+year))
        )\b)
| (?P<holiday>\b(?<!vor\s)(?<!nach\s)(?<!seit\s)(?<!bis\s)(?<!before\s)(?<!after\s)(?<!since\s)(?<!until\s)
          (?:Heiligabend|Heiligen\s+Abend|(?:ersten|zweiten)\s+Weihnachtstag|Weihnachten|Silvesternacht|Silvester
          |Neujahrstag|Neujahr|Christmas\s+(?:Eve|Day)|Boxing\s+Day|New\s+Year'?s\s+(?:Eve|Day)
          |(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s))
           Christmas(?!\s+(?:part|shop|market|tree|card|gift|present|light|dinner|lunch|sale|holiday|season))
          |Halloween|Nochebuena|Nochevieja|Navidad|No[eë]l|Saint-Sylvestre
          |Ostersonntag|Ostermontag|Ostern|Karfreitag|Gründonnerstag|Pfingstsonntag|Pfingstmontag|Pfingsten
          |Christi\s+Himmelfahrt|Fronleichnam|Aschermittwoch|Rosenmontag
          |(?-i:Easter\s+(?:Sunday|Monday)|Good\s+Friday|Maundy\s+Thursday|Whit\s+(?:Sunday|Monday)|Ash\s+Wednesday)
          |(?:(?<=\bon\s)|(?<=\bat\s)|(?<=\bover\s)|(?<=\bfor\s)|(?<=\bduring\s))
           (?-i:Easter|Pentecost|Whitsun)(?!\s+(?:Island|Rising|egg|bunny|holiday|break|weekend|service|Sunday|Monday))
          |Vendredi\s+saint|Pâques|Pentecôte|Viernes\s+Santo|Domingo\s+de\s+Resurrección)\b)
""" % {"wd": _WEEKDAY_ALT, "mon": _MONTH_ALT, "num": _NUMBER_ALT, "rom": _ROMANCE_NUMBER_ALT}, re.I | re.X)
# Holidays of a fixed day (Easter and Thanksgiving move: not these), by their folded words
HOLIDAYS = {**dict.fromkeys(("heiligabend", "heiligen abend", "christmas eve", "nochebuena"), (12, 24)),
            **dict.fromkeys(("weihnachten", "ersten weihnachtstag", "christmas", "christmas day", "navidad", "noel"),
                            (12, 25)),
            **dict.fromkeys(("zweiten weihnachtstag", "boxing day"), (12, 26)),
            **dict.fromkeys(("silvester", "silvesternacht", "new years eve", "nochevieja", "saint-sylvestre"), (12, 31)),
            **dict.fromkeys(("neujahr", "neujahrstag", "new years day"), (1, 1)),
            "halloween": (10, 31)}
# Feasts that move with Easter, by their folded words: days after Easter Sunday
EASTER_FEASTS = {**dict.fromkeys(("ostern", "ostersonntag", "easter", "easter sunday", "paques"), 0),
                 **dict.fromkeys(("ostermontag", "easter monday"), 1),
                 **dict.fromkeys(("karfreitag", "good friday", "vendredi saint", "viernes santo"), -2),
                 **dict.fromkeys(("grundonnerstag", "maundy thursday"), -3),
                 **dict.fromkeys(("pfingsten", "pfingstsonntag", "pentecost", "whitsun", "whit sunday", "pentecote"),
                                 49),
                 **dict.fromkeys(("pfingstmontag", "whit monday"), 50),
                 "christi himmelfahrt": 39, "fronleichnam": 60, "aschermittwoch": -46, "ash wednesday": -46,
                 "rosenmontag": -48, "domingo de resurreccion": 0}
WEEK_OF_MONTH_MODS = {"first": "START", "ersten": "START", "second": "MID", "zweiten": "MID", "third": "MID",
                      "dritten": "MID", "fourth": "END", "vierten": "END", "last": "END", "final": "END",
                      "letzten": "END"}
MOD_WORDS = {"anfang": "START", "beginn": "START", "early": "START", "beginning": "START", "début": "START",
             "start": "START",
             "mitte": "MID", "mid": "MID", "middle": "MID", "mi": "MID",
             "ende": "END", "late": "END", "end": "END", "fin": "END"}
# Month abbreviations and May need care: "Mai"/"May" alone is a name or a verb.
SPANISH_ONLY_MONTHS = frozenset(("ene", "abr", "ago", "dic"))
AMBIGUOUS_MONTHS = {"may", "mai", "mar", "jan", "dec", "sep", "oct", "nov", "aug", "jun", "jul", "apr", "feb",
                    "march", "mayo", "ene", "abr", "ago", "dic"}


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression before anchoring: what the words say."""
    year: object = None      # int or None
    month: object = None
    day: object = None
    weekday: object = None
    decade: object = None
    season: str = ""
    mod: str = ""
    relative: tuple = ()     # (unit, amount, shift-of-named-month) for "vor drei Monaten", "last June"
    explicit: bool = False   # names a month and day: an anchor for the rest
    part: str = ""           # part of the day, a TIMEX3 code (MO, AF, EV, NI): makes the value a time


def number_value(word):
    """Return the integer a numeral or number word stands for, or None.

    >>> number_value("drei"), number_value("12"), number_value("Kuchen"), number_value("Sixty-one")
    (3, 12, None, 61)
    """
    w = word.lower()
    if w.isdigit():
        # a crafted run of digits would not convert (Python caps int() at 4,300 digits)
        return int(w) if len(w) <= MAX_DIGITS else None
    return NUMBER_WORDS.get(w) or ROMANCE_NUMBER_WORDS.get(w) or ROMANCE_ONE.get(w)


def parse_date(m, language):
    """Return the DateExpr of a DATE_RE match, or None when it is not a date."""
    g = m.groupdict()
    month = lambda name: MONTHS.get(name.lower().rstrip("."))
    if g["iso"]:
        y, mo, d = int(g["iy"]), int(g["im"]), int(g["id"])
        return DateExpr(y, mo, d, explicit=True) if valid_day(mo, d) else None
    if g["dmy"]:
        mo, d = month(g["dm"]), int(g["dd"])
        if not valid_day(mo, d) or (language == "en" and g["dm"].lower() in SPANISH_ONLY_MONTHS):
            return None                   # ("20 ago" is 20 August in Spanish only)
        wd = WEEKDAYS.get(g["dwd"].lower()) if g["dwd"] else None
        return DateExpr(int(g["dy"]) if g["dy"] else None, mo, d, weekday=wd, explicit=True)
    if g["mdy"]:
        mo, d = month(g["mm"]), int(g["md"])
        if not valid_day(mo, d) or (g["mm"].lower() in AMBIGUOUS_MONTHS and g["mm"][0].islower()):
            return None
        wd = WEEKDAYS.get(g["mwd"].lower()) if g["mwd"] else None
        return DateExpr(int(g["my"]) if g["my"] else None, mo, d, weekday=wd, explicit=True)
    if g["dlist"]:                        # "am 1. und 2. April", "5-7 May": the first day, its month told after
        if language == "de" and not g["lstop"] and g["lsep"].strip() in "-–":
            return None                   # German writes "1.-2. April": "3-1. Mai" is a score and a date
        mo, d = month(g["lm"]), int(g["ld"])
        return DateExpr(int(g["ly"]) if g["ly"] else None, mo, d, explicit=True) if valid_day(mo, d) else None
    if g["num"]:
        d, mo = int(g["nd"]), int(g["nm"])
        if language == "en" or not valid_day(mo, d) or not (g["ny"] or m.group().endswith(".")):
            return None
        return DateExpr(full_year(g["ny"]), mo, d, explicit=True)
    if g["slash"]:
        a, b = int(g["sa"]), int(g["sb"])
        # month first in English, day first elsewhere; a first number over 12 is a day anywhere (29/11/2024)
        mo, d = (a, b) if language == "en" and a <= 12 else (b, a)
        return DateExpr(full_year(g["sy"]), mo, d, explicit=True) if valid_day(mo, d) else None
    if g["monthyear"]:
        if g["ym"].lower() in AMBIGUOUS_MONTHS and g["ym"][0].islower():
            return None
        return DateExpr(int(g["yy"]), month(g["ym"]))
    if g["mweek"]:                       # "in der ersten Maiwoche": early May
        return DateExpr(None, month(g["mwname"]), mod=WEEK_OF_MONTH_MODS[g["mwo"].lower()])
    if g["month"]:
        if g["mname"].lower() in ("may", "mar", "mayo") and g["mname"][0].islower():
            return None
        cue = g["mcue"].lower().split()[-1] if g["mcue"] else ""
        if cue == "of":
            cue = g["mcue"].lower().split()[-2]
        mod = MOD_WORDS.get(cue, "")
        if g["mcue"] and g["mcue"].lower().split()[-2:-1] in (["week"], ["woche"]):
            # "the first week of May", "in der letzten Woche im Juni": early or late in the month
            mod = WEEK_OF_MONTH_MODS[g["mcue"].lower().split()[-3]]
        rel = (g["mrel"] or "").lower()
        this = (g["mthis"] or "").split()[0].lower() if g["mthis"] else ""
        if this in ("letzten", "vergangenen", "last", "nächsten", "kommenden", "next"):
            # "im Mai vergangenen Jahres": May of the year before the article's, whichever month it is now
            return DateExpr(None, month(g["mname"]), mod=mod,
                            relative=("month of year", -1 if this in ("letzten", "vergangenen", "last") else 1, True))
        shift = -1 if rel in ("vergangenen", "letzten", "vorigen", "last") else \
            1 if rel in ("nächsten", "kommenden", "next") else 0
        return DateExpr(None, month(g["mname"]), mod=mod,
                        relative=("named-month", shift, bool(rel or this)) if (rel or this) else ())
    if g["relmonth"]:
        if g["rmname"].lower() in AMBIGUOUS_MONTHS and not g["rmname"][0].isupper():
            return None
        cue = g["rmcue"].lower()
        shift = -1 if cue in ("last", "vergangenen", "letzten") else 1 if cue in ("next", "nächsten", "kommenden") else 0
        return DateExpr(None, month(g["rmname"]), relative=("named-month", shift, True))
    if g["weekday"]:
        name = g["wname"]
        if language == "en" and name[0].islower():
            return None
        pre = (g["wpre"] or "").lower()
        shift = -1 if pre in ("last", "vergangenen", "letzten") else 1 if pre in ("next", "kommenden") else 0
        part = DAY_PARTS.get((g["wpart"] or g["wpart2"] or "").lower(), "")
        if g["wweek"]:                    # "Dienstag vergangener Woche", "Tuesday last week": that week's
            week = -1 if any(w in g["wweek"].lower() for w in ("vergang", "letzt", "vorig", "last")) else 1
            return DateExpr(weekday=WEEKDAYS[name.lower()], relative=("weekday of week", week, False), part=part)
        if g["wnight"]:                   # "in der Nacht zu Sonntag" is Saturday night
            return DateExpr(weekday=(WEEKDAYS[name.lower()] - 2) % 7 + 1, relative=("weekday", 0, False), part="NI")
        return DateExpr(weekday=WEEKDAYS[name.lower()], relative=("weekday", shift, False), part=part)
    if g["year"]:
        y = int(g["yv"])
        cue = (g["ycue"] or "in").lower().removesuffix(" of").split()[-1]       # "the end of 2028" is its end
        if g["decade"]:
            return DateExpr(decade=y // 10, mod=MOD_WORDS.get(cue, "")) if y % 10 == 0 else None
        return DateExpr(y, mod=MOD_WORDS.get(cue, ""))
    if g["decade2"]:
        return DateExpr(decade=int(g["dv"]) // 10)
    if g["rel"]:
        word = fold(g["rel"].split()[0])
        if RELATIVE_LANGUAGE.get(word, language) != language:
            return None                   # German "hier" is "here", not French "yesterday"
        return parse_relative(g)
    if g["holiday"]:                      # "an Heiligabend", "on Christmas Day": a day of no year told
        words = " ".join(fold(g["holiday"]).replace("'", "").split())
        month_day = HOLIDAYS.get(words)
        if month_day:
            return DateExpr(month=month_day[0], day=month_day[1])
        if words in EASTER_FEASTS:        # "zu Ostern", "on Good Friday": the article's year's
            return DateExpr(relative=("feast", EASTER_FEASTS[words], False))
    return None


RELATIVE_LANGUAGE = {"hier": "fr", "aujourd'hui": "fr", "demain": "fr", "hoy": "es", "ayer": "es",
                     "manana": "es"}


ANAPHOR_BACK = frozenset("vortag zuvor davor previous before earlier".split())


QUARTERS = {"ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}


def parse_relative(g):
    """Return the DateExpr of a relative expression (heute, vor drei Monaten, last week)."""
    if g["today"]:
        part = "NI" if g["tonight"] else DAY_PARTS.get((g["tpart"] or "").lower(), "")
        return DateExpr(relative=("day", 0, False), part=part)
    if g["yesterday"]:
        part = "NI" if g["lastnight"] else DAY_PARTS.get((g["ypart"] or "").lower(), "")
        return DateExpr(relative=("day", -1, False), part=part)
    if g["weekend"]:                      # "am Wochenende", "this past weekend": the last one, told after it
        return DateExpr(relative=("weekend", -1, False))
    if g["anaph"]:                        # "the day before", "zwei Tage später": from the day told before
        back = fold(g["an_de"] or g["an_de2"] or g["an_de3"] or g["an_en"] or g["an_en2"] or g["an_dir"] or "")
        n = g["an_n"]
        amount = 1 if not n or n.lower() in ("a", "one", "ein", "einen", "eine") else number_value(n)
        if amount is None:
            return None
        if (g["an_unit"] or "").lower().startswith(("week", "woche")):
            amount *= 7                   # "a week earlier", "zwei Wochen später": in days
        part = DAY_PARTS.get((g["an_part"] or g["an_part2"] or "").lower(), "")    # "the next night"
        return DateExpr(relative=("day told before", -amount if back in ANAPHOR_BACK else amount, False), part=part)
    if g["dbyest"]:
        return DateExpr(relative=("day", -2, False))
    if g["dafter"]:
        return DateExpr(relative=("day", 2, False))
    if g["tomorrow"]:
        return DateExpr(relative=("day", 1, False), part=DAY_PARTS.get((g["mpart"] or "").lower(), ""))
    if g["halfago"] or g["yearhalfago"]:  # "vor einem halben Jahr", "a year and a half ago": in months
        return DateExpr(relative=("month", -6 if g["halfago"] else -18, False))
    if g["fortnight"]:
        return DateExpr(relative=("week", -2, False))
    # a count of units back ("vor drei Monaten", "two weeks ago") or ahead ("in zwei Wochen")
    # (or "erster Besuch seit drei Jahren", "first visit in three years": see find_dates)
    n, unit = (g["agon"], g["agou"]) if g["agon"] else (g["agon2"], g["agou2"]) if g["agon2"] else \
        (g["agon3"], g["agou3"]) if g["agon3"] else (g["sincen"], g["sinceu"]) if g["sincen"] else \
        (g["ahn"], g["ahu"]) if g["ahn"] else (g["ahn2"], g["ahu2"])
    if n:
        amount = number_value(n)
        if amount is None:
            return None
        u = fold(unit)
        unit = "day" if u.startswith(("tag", "day", "jour", "dia")) else \
            "week" if u.startswith(("woche", "week", "semaine", "semana")) else \
            "month" if u.startswith(("monat", "month", "mois", "mes")) else "year"
        return DateExpr(relative=(unit, amount if g["ahead"] else -amount, False))
    if g["vorunit"]:                      # "im Vorjahr", "im Vormonat": the one before the article's
        return DateExpr(relative=("year" if g["vorunit"].lower() == "vorjahr" else "month", -1, False))
    if g["vorweek"]:                      # "in der Vorwoche" (not "gegenüber der Vorwoche": what it is set against)
        return DateExpr(relative=("week", -1, False))
    if g["lastrel"]:
        rel = " ".join(g["lastrel"].lower().split())
        shift = -1 if rel.startswith(("letzt", "vergangen", "vorig", "last")) else \
            1 if rel.startswith(("nächst", "kommend", "next")) else 0
        u = fold(g["lastunit"])
        if u in SEASONS or u in ("fruhjahr", "fruhling"):
            return DateExpr(season=SEASONS.get(g["lastunit"].lower(), "SP"), relative=("season", shift, False))
        unit = "weekend" if u in ("wochenende", "weekend") else "week" if u.startswith(("woche", "week")) else \
            "month" if u.startswith(("monat", "month")) else "year"
        mod = "START" if rel.startswith("earlier") else "END" if rel.startswith("later") else ""
        return DateExpr(mod=mod, relative=(unit, shift, False))
    if g["romrel"]:                       # "la semaine dernière", "le mois prochain", "el año pasado"
        unit = g["romunit"].lower()
        unit = "week" if unit.endswith(("semaine", "semana")) else "month" if unit.endswith(("mois", "mes")) \
            else "year"
        return DateExpr(relative=(unit, 1 if g["romwhen"].lower().startswith(("proch", "próx", "que")) else -1,
                                  False))
    if g["edge"] or g["edge_en"]:         # "Ende letzten Jahres", "late last year", "Mitte des Monats"
        edge, rel, unit = (g["edge"], g["edgerel"], g["edgeunit"]) if g["edge"] else \
            (g["edge_en"].split()[-2 if " of" in g["edge_en"] else -1], g["edgerel_en"], g["edgeunit_en"])
        rel = (rel or "").lower()
        shift = -1 if rel.startswith(("letzt", "vergangen", "vorig", "last")) else \
            1 if rel.startswith(("nächst", "kommend", "next")) else 0
        unit = "month" if unit.lower().startswith(("monat", "month")) else \
            "week" if unit.lower().startswith(("woche", "week")) else "year"
        return DateExpr(mod=MOD_WORDS[edge.lower()], relative=(unit, shift, False))
    if g["edgecomp"]:                     # "zum Jahresende", "Monatsanfang": this year's, this month's
        unit = {"j": "year", "m": "month", "w": "week"}[g["ecunit"][0].lower()]     # "zu Wochenbeginn": this week's
        return DateExpr(mod=MOD_WORDS[g["ecedge"].lower()], relative=(unit, 0, False))
    if g["qn"] or g["qn2"] or g["qs"]:    # "im dritten Quartal", "the third quarter of 2025", "Q3 2025"
        n = g["qn"] or g["qn2"]           # (English "the second quarter" alone is a game's)
        quarter = "Q" + (g["qs"] or str(QUARTERS.get(n.lower().rstrip("."), n[:1])))
        year = g["qyear"] or g["qyear2"] or g["qsyear"]
        if year:
            return DateExpr(year=int(year), season=quarter)
        return DateExpr(season=quarter, relative=("season", 0, False))    # the article's year's
    if g["hn"] or g["hn2"]:              # "im ersten Halbjahr 2028", "the second half of the year"
        half = "H1" if (g["hn"] or g["hn2"]).lower().startswith(("erst", "first")) else "H2"
        year = g["hyear"] or g["hyear2"]
        rel = (g["hrel"] or g["hrel_en"] or "").lower()       # "the first half of next year"
        shift = -1 if rel.startswith(("letzt", "vergangen", "vorig", "last")) else \
            1 if rel.startswith(("nächst", "kommend", "next")) else 0
        return DateExpr(year=int(year), season=half) if year else DateExpr(season=half, relative=("season", shift,
                                                                                                 False))
    if g["season"] or g["season_en"] or g["season_en2"]:
        # "in the autumn", as "im Herbst": the article's year's
        season, year = (g["season"], g["syear"]) if g["season"] else (g["season_en"] or g["season_en2"], g["syear_en"])
        low = season.lower()              # (a season's own word first: "Frühjahr" is no "Früh-jahr")
        code = SEASONS.get(low) or SEASONS.get(low.removeprefix("früh").removeprefix("spät"), "SP")    # "Frühsommer"
        if year:                              # "im Herbst 2023", "in the fall of 2023": that year's
            return DateExpr(year=int(year), season=code)
        rel = (g["syrel"] or g["syrel_en"] or "").lower()     # "im Herbst vergangenen Jahres", "of last year"
        shift = -1 if rel.startswith(("letzt", "vergangen", "vorig", "last")) else \
            1 if rel.startswith(("nächst", "kommend", "next")) else 0
        return DateExpr(season=code, relative=("season", shift, False))
    return None


def valid_day(month, day):
    """True when month and day can make a date."""
    return bool(month) and 1 <= month <= 12 and 1 <= day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def full_year(text):
    """Return a four-digit year from '2024' or '24', or None."""
    if not text:
        return None
    y = int(text)
    return y if y >= 100 else 2000 + y if y < 50 else 1900 + y


# Words a date expression can begin with (DATE_RE is tried only at these, and at
# numbers, month and weekday names: much faster than scanning every character).
DATE_STARTS = frozenset("""
gegründet geboren im in seit since bis until ab from von vom by during anfang mitte ende early mid late the beginning
middle end beginn en desde hasta début fin mi last next this vergangenen letzten nächsten kommenden am
on year jahr des depuis heute today tonight aujourd'hui hoy gestern yesterday hier ayer vorgestern übermorgen
tomorrow morgen demain mañana vor earlier later letzte letztes vergangene vergangenes vorige vorigen voriges übers
over overnight tags vortag folgetag a one ein einen eine q half vorwoche
nächste nächstes kommende kommendes diese diesen dieses summer winter autumn fall spring nacht
jahresbeginn jahresanfang jahresmitte jahresende monatsbeginn monatsanfang monatsmitte monatsende
wochenbeginn wochenanfang wochenmitte
erste erster erstes zweite zweiter zweites dritten vierten
heiligabend heiligen ersten zweiten weihnachten silvesternacht silvester neujahrstag neujahr christmas boxing
new halloween nochebuena nochevieja navidad noel noël saint-sylvestre
ostern ostersonntag ostermontag karfreitag gründonnerstag pfingsten pfingstsonntag pfingstmontag christi
fronleichnam aschermittwoch rosenmontag easter good maundy whit ash pentecost whitsun vendredi pâques
pentecôte viernes domingo jusqu'en jusqu’en il hace dans dentro la le el l'année l’année l'an l’an
""".split()) | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(NUMBER_WORDS)
_WEEKDAY_PREFIXES = tuple(WEEKDAYS)


# The commonest starts begin a date only before these words, a number or a weekday:
# "the end of", "the 1990s", "a week ago", "in (last) June", "on Friday". DATE_RE
# would say so too, but testing the next word is cheaper.
DATE_UNITS = frozenset("day days week weeks month months year years".split())
BEFORE_MONTH = frozenset(MONTHS) | frozenset("vergangenen letzten vorigen nächsten kommenden diesen dieses "
                                             "last next this dem".split())
HALF_YEAR_WORDS = frozenset(("halbjahr", "halbjahres", "jahreshälfte"))     # "im ersten Halbjahr"
MONTH_WEEKS = frozenset(["woche"] + [m.lower() + "woche" for m in MONTHS])    # "in der ersten Maiwoche"
STARTS_ONLY_BEFORE = {"the": frozenset(("beginning", "middle", "end", "start", "day", "night", "summer", "winter", "autumn",
                                         "fall", "spring", "previous", "following", "next", "first", "second",
                                         "third", "fourth", "last", "final")),
                      "la": frozenset(("semaine", "semana")), "le": frozenset(("mois",)),
                      "el": frozenset(("mes", "año")),
                      "a": DATE_UNITS | {"fortnight"}, "an": DATE_UNITS, "one": DATE_UNITS | {"fortnight"},
                      "over": frozenset(("the",)), "half": frozenset(("a",)),
                      "q": frozenset(),   # "Q3 2025": only before its digit
                      "ein": frozenset(("tag",)), "einen": frozenset(("tag",)), "eine": frozenset(("woche",)),
                      "in": BEFORE_MONTH | {"diesem", "summer", "winter", "autumn", "spring"} | frozenset(NUMBER_WORDS)
                      | {"nearly", "almost", "more", "over", "about"},    # ("first meeting in nearly three years")
                      "by": BEFORE_MONTH,
                      "from": frozenset(MONTHS),
                      "on": frozenset(), "heiligen": frozenset(("abend",)),
                      **{w: HALF_YEAR_WORDS for w in "erste erster erstes zweite zweiter zweites".split()},
                      "ersten": HALF_YEAR_WORDS | {"weihnachtstag"} | MONTH_WEEKS,
                      "zweiten": HALF_YEAR_WORDS | {"weihnachtstag"} | MONTH_WEEKS,
                      "dritten": MONTH_WEEKS, "vierten": MONTH_WEEKS,
                      "new": frozenset(("year",)),
                      # "il y a deux semaines", "hace dos semanas", "dans deux semaines", "dentro de dos semanas"
                      "il": frozenset(("y",)), "dentro": frozenset(("de",)),
                      "hace": frozenset(ROMANCE_NUMBER_WORDS), "dans": frozenset(ROMANCE_NUMBER_WORDS),
                      "boxing": frozenset(("day",))}


@remembered
def date_start(word):
    """True when a word (no hyphen) may begin a date: a number, a month, a weekday, a cue word."""
    low = word.lower()
    return low[:1].isdigit() or low in DATE_STARTS or low.startswith(_WEEKDAY_PREFIXES)


def date_matches(text, sentences, tokens=None):
    """Yield the DATE_RE matches of text, sentence by sentence, tried at likely starts only."""
    for si, (s, e) in enumerate(sentences):
        after = s
        toks = tokens[si] if tokens else tokenize(text, s, e)
        for ti, (word, a, _) in enumerate(toks):
            if "-" not in word:
                if a < after or not date_start(word):
                    continue
                only = STARTS_ONLY_BEFORE.get(word.lower())
                if only is not None:
                    nxt = toks[ti + 1][0].lower().split("-")[0] if ti + 1 < len(toks) else ""
                    if nxt not in only and not nxt[:1].isdigit() and not nxt.startswith(_WEEKDAY_PREFIXES):
                        continue
                m = DATE_RE.match(text, a, e)
                if m and m.end() > a:
                    after = m.end()
                    yield m
                continue
            offset = 0
            for part in word.split("-"):          # "WASHINGTON-April 27", "mid-July"
                at, offset = a + offset, offset + len(part) + 1
                low = part.lower()
                if at < after or not (low[:1].isdigit() or low in DATE_STARTS or low.startswith(_WEEKDAY_PREFIXES)):
                    continue
                m = DATE_RE.match(text, at, e)
                if m and m.end() > at:
                    after = m.end()
                    yield m


def find_dates(doc, sentences, tokens=None, year=None):
    """Return the date Mentions of a document, anchored to its own reference date.

    year, if given, completes a reference date without one ("BERLIN, Aug 12
    (Reuters)"): the year other sources of the story give (see year_of_story).
    """
    found = []
    url = url_date(doc.text)
    for m in date_matches(doc.text, sentences, tokens):
        expr = parse_date(m, doc.language)
        if expr is None:
            continue
        if m.group("slash") and url and expr.day <= 12 and expr.month != expr.day:
            # 11/09/2010 is 11 September or 9 November: take the one the source address agrees with
            swap = replace(expr, month=expr.day, day=expr.month)
            if (swap.year, swap.month) == (url.year, url.month) != (expr.year, expr.month):
                expr = swap
        s, e = m.span()
        first = m.group("since") and FIRST_SPAN_BEFORE_RE.search(doc.text, max(0, s - 80), s) \
            or m.group("ahead") and FIRST_IN_BEFORE_RE.search(doc.text, max(0, s - 60), s)
        if m.group("since") and not first:
            continue                      # "seit drei Jahren im Amt": a span's length, no day
        if first and m.group("ahead"):
            expr = replace(expr, relative=(expr.relative[0], -expr.relative[1], False))
        elif m.group("ahead") and not future_clause(doc.text, sentences, s, doc.language) and not (
                doc.language == "de" and not past_clause_de(doc.text, sentences, s)):
            # "in zwei Wochen" ahead ("Die Wahl findet in drei Wochen statt": German tells it in the present too);
            # "sold a million in two weeks", "hatte in drei Wochen eine Million verkauft" is a span
            continue
        if expr.relative == ("weekday", 0, False) and (m.group("wpre") or "").lower() not in ("seit", "since") and (
                # "Seit Montag wird er vermisst": a day since which, gone by whatever the tense
                future_clause(doc.text, sentences, s, doc.language) or (
                doc.language == "de" and present_clause_de(doc.text, sentences, s)) or (
                FOR_DAY_RE.search(doc.text, max(0, s - 6), s) and not POSSESSIVE_RE.match(doc.text, e)) or (
                FROM_DAY_RE.search(doc.text, max(0, s - 4), s)) or (
                # "Die Gespräche dauern bis Samstag": until a day, told in the present, is ahead
                doc.language == "de" and UNTIL_DAY_DE_RE.match(doc.text, s)
                and LASTS_NOW_DE_RE.search(doc.text, *segment_around(doc.text, sentences, s))
                and not past_clause_de(doc.text, sentences, s)) or (
                SET_DAY_RE.search(doc.text, max(0, s - 12), s) and AS_A_DAY_RE.match(doc.text, e))):
            # "will meet on Thursday"; "für Donnerstag aufgerufen", "planned for Tuesday", "declared Thursday
            # a day of mourning", "ab Mittwoch": a day set ahead (not "for Friday's fire", nor "declared Thursday
            # that"; German tells a day gone by "seit Mittwoch")
            expr = replace(expr, relative=("coming weekday", 0, False))
        elif m.group("weekend") and future_clause(doc.text, sentences, s, doc.language):
            expr = replace(expr, relative=("weekend", 1, False))     # "am Wochenende wird gewählt"
        if expr.day and expr.month and not expr.part and not expr.weekday and not m.group("dlist"):
            # "in der Nacht zum 1. Mai" is the night of 30 April; "am Abend des 3. Mai", "the morning of May 3"
            night = NIGHT_INTO_DATE_RE.search(doc.text, max(0, s - 20), s)
            # "dans la nuit du 8 au 9 septembre", "in der Nacht vom 8. auf den 9. September": the first day's night
            span = None if night else NIGHT_SPAN_DATE_RE.search(doc.text, max(0, s - 32), s)
            if span and int(span.group(1)) == expr.day - 1:
                night = span
            part = None if night else PART_OF_DATE_RE.search(doc.text, max(0, s - 24), s)
            if part:
                expr, s = replace(expr, part=DAY_PARTS[part.group("part").lower()]), part.start()
            elif night:
                expr, s = night_before(expr), night.start()
        words = doc.text[s:e]
        stripped = words.rstrip(" ,.")
        if m.group("dlist"):              # its words are the whole list: "1. und 2. April", not "1. und"
            stripped = doc.text[s:m.end("ly") if m.group("ly") else m.end("lm")]
        more = MDY_MORE_RE.match(doc.text, e) if m.group("mdy") and not m.group("my") else None
        if more and expr.day < int(more.group("d2")) and valid_day(expr.month, int(more.group("d2"))):
            # "June 18-19, 2025", "between May 6 and 8": the second day, and the year told after it is both days'
            year = int(more.group("y2")) if more.group("y2") else expr.year
            expr = replace(expr, year=year)
            found.append((s, s + len(stripped), stripped, expr))
            found.append((more.start("d2"), more.end(), doc.text[more.start("d2"):more.end()],
                          replace(expr, day=int(more.group("d2")))))
            continue
        found.append((s, s + len(stripped), stripped, expr))
    ref = reference_date(found, doc.text)
    # the dateline is no day the story tells ("the next day" counts from one it tells)
    ref_at = next((s for s, e, _, x in found if x is ref and stands_apart(doc.text, sentences, s, e)), None)
    # a date in the story's first sentence, not a dateline, is the day it tells of, and the
    # article was written after it: a bare weekday is the nearest ("struck on Friday, 8
    # September ... rescuers arrived on Saturday": the day after, not six days before)
    told = ref is not None and ref.year is not None and ref_at is None
    if told:
        found = [(s, e, w, replace(x, relative=("weekday", 1, False)) if x.relative == ("weekday", 0, False)
                  and (date(ref.year, ref.month, ref.day).isoweekday() - x.weekday) % 7 > NEAREST_WEEKDAY else x)
                 for s, e, w, x in found]
    # "am Montag vor zwei Wochen", "on Friday a week ago": the weekday of the week counted back
    found = [(s, e, w, of_week_back(x, found[i + 1][3]) if i + 1 < len(found)
              and not doc.text[e:found[i + 1][0]].strip() else x) for i, (s, e, w, x) in enumerate(found)]
    ref = ref or url
    lent = bool(year and ref and not ref.year and ref.day)
    if lent:
        ref = replace(ref, year=year)
    mentions = []
    misfits = {}                          # index of a full date -> the weekday told with it, which it is not
    days_of_range = weekday_ranges(doc.text, found, ref) if ref and ref.year and ref.day else {}
    for i, (s, e, words, expr) in enumerate(found):
        if expr.relative[:1] == ("day told before",):
            # "the day before", "am Tag darauf": counted from the last day the source told before it
            # (a day of no year too, "am 12. März" of an article of no date: counted in a leap year, so that
            # the day after 28 February may be the 29th, and shown with no year)
            told_before = next((m.key[:10] for m in reversed(mentions) if (ISO_DAY_RE.match(m.key)
                                or YEARLESS_DAY_RE.match(m.key)) and m.start != ref_at
                                and not m.context.endswith(TOLD_BEFORE)), None)
            if told_before is None and ref_at is not None and expr.relative[1] == -1 and ref and ref.year and ref.day:
                # "Hamburg, 14. März 2025. … Das Feuer war am Vortag ausgebrochen": no day told but the article's,
                # the day before it (as "gestern"; not "fired four days earlier": before a day the story leaves untold)
                told_before = next((m.key[:10] for m in reversed(mentions) if m.start == ref_at
                                    and ISO_DAY_RE.match(m.key)), None)
            yearless = bool(told_before) and told_before.startswith("XXXX")
            day = told_before and date.fromisoformat(told_before.replace("XXXX", str(LEAP_YEAR))) + \
                timedelta(days=expr.relative[1])
            if day and not (yearless and day.year != LEAP_YEAR):     # (not the day after a 31 December of no year)
                value = "XXXX" + day.isoformat()[4:] if yearless else day.isoformat()
                mentions.append(Mention(doc.key, "date", words, s, e, sentence_index(sentences, s),
                                        value + ("T" + expr.part if expr.part else ""),
                                        "", f"relative to {date_label(told_before)}{TOLD_BEFORE}"))
            continue                      # with no day before it, it counts from nothing known
        value, how = date_value(expr, ref)
        if ref and ref.year and ref.month and ref.day and YEARLESS_DAY_RE.fullmatch(value[:10]) \
                and MINYEAR < ref.year < MAXYEAR:
            # "on Sept. 19" in an article of 9 September 2025: the 19 September nearest to it (and "the
            # night of May 1", its part of the day kept)
            near = nearest_year(int(value[5:7]), int(value[8:10]), date(ref.year, ref.month, ref.day),
                                future_clause(doc.text, sentences, s, doc.language))
            if near:
                value, how = f"{near}{value[4:]}", NEAREST_YEAR_HOW
        elif ref and ref.year and ref.month and YEARLESS_MONTH_RE.fullmatch(value) and MINYEAR < ref.year < MAXYEAR:
            # "had last visited Russia in December", in an article of February 2025: the December before it
            # (a month to come: the next one)
            value, how = f"{month_year(int(value[5:7]), ref, future_clause(doc.text, sentences, s, doc.language))}" \
                f"{value[4:]}", NEAREST_YEAR_HOW
        own = found[i + 1][3] if i + 1 < len(found) and ref and expr.relative and expr.weekday \
            and found[i + 1][3].explicit and doc.text[e:found[i + 1][0]].strip(" ,").lower() in OWN_WEEKDAY_GAPS \
            else None
        own_value = own and date_value(replace(own, year=own.year or ref.year), ref)[0]
        if own and value != own_value:
            # "am Mittwoch, dem 6. November": the weekday is its date's, not the Wednesday before
            if ISO_DAY_RE.fullmatch(own_value) and weekday_of(own_value) == expr.weekday:
                value, how = own_value, ""
            else:                         # a Wednesday the 6th that is a Thursday: left unanchored
                value, how = date_value(expr, None)
                if ISO_DAY_RE.fullmatch(own_value):
                    misfits[i + 1] = words
        if i in days_of_range:
            value = days_of_range[i] + value[10:]
        if i in misfits:
            how = f"{MISFIT}\"{misfits[i]}\""
        if lent and how == NEAREST_YEAR_HOW:
            how = "the year as other sources give it"     # the article's own date had none
        elif lent and how:
            how += ", the year as other sources give it"
        mentions.append(Mention(doc.key, "date", words, s, e, sentence_index(sentences, s), value,
                                expr.mod, how))
    if SPAN_AFTER_CUE_RE.search(doc.text):           # most articles count no span from a day they tell
        mentions += spans_from_days(doc, sentences, mentions)
        mentions.sort(key=attrgetter("start"))
    return tuple(mentions)


# The second day of a span told month first: "June 18-19, 2025", "May 6 and 8", "June 18 to 20"
# (after a word, the day ends a clause: not "On June 18 and 20 people died")
MDY_MORE_RE = lazy_regex(r"\s*(?:[-–]|\s(?P<word>and|to|through|until)\s)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b"
                         r"(?![.:,]\d)(?:,?\s+(?P<y2>(?:1[89]|20)\d\d)\b|(?(word)(?=\s*(?:[,.;:)]|$))))")
# "ab Mittwoch": from a day on, which is still to come (German says "seit Mittwoch" of one gone by)
FROM_DAY_RE = lazy_regex(r"(?<![^\W\d_])ab\s+$")
# Between the two days of a span ("von Mittwoch, 2.00 Uhr, bis Freitag", "am Mittwoch um 2 Uhr und soll bis
# Freitagabend", "from Wednesday to Friday"): a time of the first day, then a word of until
RANGE_GAP_RE = lazy_regex(r"(?:,?\s*(?:um\s+|at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:Uhr|a\.m\.|p\.m\.|h)?,?)?"
                          r"(?:\s+(?:und|and)(?:\s+[^\W\d_]+){0,2})?"
                          r"\s*(?P<until>bis(?:\s+(?:zum|einschließlich))?|to|until|through|till|-|–)?\s*")


def weekday_ranges(text, found, ref):
    """Return {index in found: day} for the days of spans told by two weekdays ("von Mittwoch bis Freitag")
    whose days, each anchored alone, make no span of less than a week.

    The day told as still to come ("soll bis Freitag dauern", "ab Mittwoch") sets the other;
    else the last day, gone by, does (the first is the one before it).
    """
    out = {}
    for i in range(len(found) - 1):
        (_, e1, _, x), (s2, _, words2, y) = found[i], found[i + 1]
        if not (x.weekday and y.weekday and x.relative and y.relative and x.relative[0] in SPAN_UNITS
                and y.relative[0] in SPAN_UNITS):
            continue
        gap = RANGE_GAP_RE.fullmatch(text, e1, s2)     # "bis" may be the second day's own word: "bis Freitag"
        if not gap or not (gap.group("until") or words2.split()[0].lower() in UNTIL_WORDS):
            continue
        try:
            first, last = (date.fromisoformat(date_value(replace(z, part=""), ref)[0][:10]) for z in (x, y))
        except ValueError:
            continue
        apart = (y.weekday - x.weekday) % 7 or 7
        if 0 <= (last - first).days < 7:
            continue
        if x.relative[0] == "coming weekday" and y.relative[0] != "coming weekday":
            out[i + 1] = (first + timedelta(days=apart)).isoformat()
        else:
            out[i] = (last - timedelta(days=apart)).isoformat()
    return out


SPAN_UNITS = frozenset(("weekday", "coming weekday"))
UNTIL_WORDS = frozenset(("bis", "until", "till", "through", "to"))


def spans_from_days(doc, sentences, mentions):
    """Return date Mentions of spans counted from a day told just before in the sentence: "resigned on
    Wednesday, three weeks after a fire" dates the fire three weeks before that Wednesday.

    Only after a comma that follows the day: "Two days after the vote, protests began" counts from a
    day not told, and is left out.
    """
    out = []
    days = [m for m in mentions if (ISO_DAY_RE.match(m.key) or YEAR_VALUE_RE.fullmatch(m.key)
                                    or WEEKDAY_VALUE_RE.fullmatch(m.key[:10]))
            and not m.context.endswith(TOLD_BEFORE)]
    for d in days:
        a, b = sentences[d.sentence]
        span = SPAN_AFTER_RE.match(doc.text, d.end, b)
        if not span:
            continue
        n = span.group("n").lower()
        n = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if not n or n > 100:
            continue
        unit = fold(span.group("unit"))[:3]             # day, wee, mon, yea; tag, woc, mon, jah
        n *= -1 if span.group("dir").lower() in ("after", "nach", "nachdem") else 1
        if d.key.startswith("XXXX-W"):    # "on Wednesday, two days after": a Monday, where no week is known
            value = f"XXXX-WXX-{(int(d.key[9]) - 1 + n) % 7 + 1}" if unit in ("day", "tag") and abs(n) < 7 else None
        elif len(d.key) == 4:             # "in 2019, two years after": a year counts years only
            value = f"{int(d.key) + n:04d}" if unit in ("yea", "jah") and MINYEAR < int(d.key) + n < MAXYEAR \
                else None
        else:
            value = shifted(date.fromisoformat(d.key[:10]), unit, n)
        if value is None:
            continue
        s, e = span.start("n"), span.end()
        out.append(Mention(doc.key, "date", " ".join(doc.text[s:e].split()), s, e, d.sentence, value, "",
                           f"{COUNTED_FROM}{date_label(d.key[:10])}"
                           + (", the year told before it" if len(d.key) == 4 else TOLD_BEFORE)))
    return out


def shifted(day, unit, n):
    """Return the value n days, weeks, months or years (unit's first three letters) from day, or None.

    >>> d = date(2026, 1, 31)
    >>> shifted(d, "wee", -3), shifted(d, "mon", -2), shifted(d, "jah", 2), shifted(date(9999, 1, 1), "yea", 1)
    ('2026-01-10', '2025-11', '2028', None)
    """
    try:
        if unit in ("day", "tag", "wee", "woc"):
            return (day + timedelta(days=n * (7 if unit in ("wee", "woc") else 1))).isoformat()
        if unit == "mon":
            months = day.year * 12 + day.month - 1 + n
            return f"{months // 12:04d}-{months % 12 + 1:02d}" if MINYEAR <= months // 12 <= MAXYEAR else None
        return f"{day.year + n:04d}" if MINYEAR <= day.year + n <= MAXYEAR else None
    except (ValueError, OverflowError):
        return None


COUNTED_FROM = "counted from "          # how a span counted from a day is anchored
YEAR_VALUE_RE = lazy_regex(r"\d{4}")
# ", three weeks after", ", zwei Tage vor": a span counted from the day told just before it
SPAN_AFTER_CUE_RE = lazy_regex(r"\b(?:(?:after|before|nach|vor)\s+(?:the|a|an|his|her|its|their|de[mnrs]|die|das|"
                               r"eine[mnrs]?|seine[mnrs]?|ihre[mnrs]?)|nachdem|bevor)\b")
SPAN_AFTER_RE = lazy_regex(r"(?:\s+[^\W\d_][\w-]*){0,7}?\s*,\s+"     # (German puts the verb between)
                           r"(?:(?:just|only|nearly|almost|about|some|nur|knapp|fast|etwa|rund|gut)\s+)?"
                           r"(?P<n>\d{1,3}|[^\W\d_]{1,8})\s+(?P<unit>days?|weeks?|months?|years?|Tage?n?|Wochen?|"
                           r"Monate?n?|Jahre?n?)\s+(?P<dir>after|before|nach|vor|nachdem|bevor)\b")


TOLD_BEFORE = ", the day told before it"    # how a day counted from another is anchored: never itself a start


def stands_apart(text, sentences, start, end):
    """True when the date at text[start:end] is the article's own, not a day its story tells of: a
    dateline, in its address, or a sentence of a place and the date ("Ankara, le 8 février 2026.").

    >>> t = "Ankara, le 8 février 2026. Un séisme a frappé mardi."
    >>> stands_apart(t, split_sentences(t), 11, 25), stands_apart(t, split_sentences(t), 46, 51)
    (True, False)
    """
    if is_dateline(text, start, end) or in_address(text, start):
        return True
    sentence = sentences[sentence_index(sentences, start)]
    return len(tokenize(text, *sentence)) - len(tokenize(text, start, end)) <= 2


def of_week_back(x, nxt):
    """Return a bare weekday x as the one of the week nxt counts back to, when nxt right after it does; else x.

    >>> monday, back = DateExpr(weekday=1, relative=("weekday", 0, False)), DateExpr(relative=("week", -2, False))
    >>> of_week_back(monday, back).relative, of_week_back(monday, DateExpr(relative=("week", 1, False))).relative
    (('weekday of week', -2, False), ('weekday', 0, False))
    """
    if x.weekday and x.relative and x.relative[0] == "weekday" and nxt.relative and nxt.relative[0] == "week" \
            and nxt.relative[1] < 0:
        return replace(x, relative=("weekday of week", nxt.relative[1], False))
    return x


def nearest_year(month, day, ref, ahead=False):
    """Return the year that puts a day of a month nearest to ref, or None for no such day.

    News tells of what has happened: a day more than AHEAD_DAYS after the article's is last
    year's, unless its clause tells of what is to come (ahead), and then it is the next one.

    >>> nearest_year(9, 19, date(2025, 9, 9)), nearest_year(12, 30, date(2025, 9, 9)), nearest_year(2, 30, date(2025, 1, 3))
    (2025, 2024, None)
    >>> nearest_year(3, 2, date(2013, 8, 2)), nearest_year(3, 2, date(2013, 8, 2), ahead=True)    # "will host on March 2"
    (2013, 2014)
    """
    days = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = (date(y, month, day) - ref).days
        except ValueError:                # 29 February of a common year, 30 February
            continue
        if (gap >= 0) if ahead else (gap <= AHEAD_DAYS):
            days.append((abs(gap), y))
    return min(days)[1] if days else None


def month_year(month, ref, ahead=False):
    """Return the year of a month named without one: the last such month up to ref's, or the next from it.

    >>> month_year(12, DateExpr(2025, 2, 20)), month_year(2, DateExpr(2025, 2, 20)), month_year(3, DateExpr(2025, 2))
    (2024, 2025, 2024)
    >>> month_year(12, DateExpr(2025, 2, 20), ahead=True), month_year(1, DateExpr(2025, 2), ahead=True)
    (2025, 2026)
    """
    if ahead:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


AHEAD_DAYS = 60          # days after an article's own that a day it names without a year may be
NEAREST_YEAR_HOW = "the year of the article's date"


# Days back a bare weekday may be from a story's own day; further back, it is one of the two days after
# (reports follow their story within days: "closed on Friday" four days before a Tuesday is that week's)
NEAREST_WEEKDAY = 4

# Words that tell what is still to come: a bare weekday near them is the next one, not the last.
# "soll" tells what is to come ("soll am Sonntag in Kraft treten") unless a perfect follows it:
# "soll am Dienstag getroffen haben" reports the past. "would" is the future of a report
# ("the truce would begin on Sunday, he said"), "would have" is not; "voraussichtlich" (expected) is
# what is to come ("bleibt voraussichtlich bis Mittwoch gesperrt").
FUTURE_RE = {"de": lazy_regex(r"\b(?:will|wird|werden|werde|wollen|plant|planen|würden?|geplant|vorgesehen|"
                              r"angesetzt|anberaumt|voraussichtlich|mit\s+Wirkung\s+(?:zum|vom|ab)|"
                              r"(?:soll|sollen|sollte|sollten)\b(?![^,;.]*\b(?:haben|sein)\b))\b"),
             "en": lazy_regex(r"\b(?:will|would(?!\s+have)|(?:is|are)\s+(?:to|due|set\s+to|expected\s+to|"
                              r"scheduled)|plans\s+to|effective)\b"),     # "named X chief executive, effective May 1"
             # French and Spanish say it by the verb's ending: "remettra sa démission jeudi", "viajará el lunes"
             "fr": lazy_regex(r"\b(?:doit|doivent|devrait|devraient|va|vont|prochaine?|"
                              r"[a-zéèêç]{2,}(?:ra|ront))\b"),
             "es": lazy_regex(r"\b(?:va\s+a|van\s+a|prevé|próxim[oa]|\w{2,}(?:rá|rán))\b")}


# What ends the stretch of words a tense cue speaks for: "met on Tuesday and will travel on Wednesday",
# "announced on Tuesday that talks will begin". Not the comma of "1,900" or the colon of "8:30".
SEGMENT_BREAK_RE = lazy_regex(r"[,;:](?!\d)|\b(?:and|und|but|aber|or|oder|et|mais|ou|y|pero|that|dass|daß)\b")
# The word after "and" that goes on with the verb before it: lower case, no article or pronoun of a subject
SHARED_VERB_RE = lazy_regex(r"\s+(?!(?:the|a|an|he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|"
                            r"their|der|die|das|er|sie|es|wir|ich|man|ein|eine|dies|dann)\b)[a-zäöüß]")
# A verb told in the past after that "and": it has a tense of its own ("and ended talks on Friday")
PAST_TENSE_RE = lazy_regex(r"\b(?:[a-z]{2,}ed|was|were|had|did|said|told|went|came|took|made|hatte|hatten|war|"
                           r"waren|wurde|wurden)\b")


def past_clause_de(text, sentences, offset):
    """True when the German words around offset, up to a comma or "und", are told with a past auxiliary.

    >>> t = "Die Wahl findet in drei Wochen statt. Er hatte in drei Wochen eine Million verkauft."
    >>> s = ((0, 37), (38, len(t)))
    >>> past_clause_de(t, s, t.index("in drei")), past_clause_de(t, s, t.rindex("in drei"))
    (False, True)
    """
    return PAST_AUX_DE_RE.search(text, *segment_around(text, sentences, offset)) is not None


def segment_around(text, sentences, offset):
    """Return (start, end) of the words around offset up to a comma, "und" or "dass" (SEGMENT_BREAK_RE).

    >>> t = "Er kam am Montag, und sie reist am Freitag."
    >>> t[slice(*segment_around(t, ((0, len(t)),), t.index("Freitag")))]
    ' sie reist am Freitag.'
    """
    a, b = sentences[sentence_index(sentences, offset)]
    a, b = max(a, offset - 160), min(b, offset + 160)      # a bound for crafted text: a clause is shorter
    for m in SEGMENT_BREAK_RE.finditer(text, a, offset):
        a = m.end()
    after = SEGMENT_BREAK_RE.search(text, offset, b)
    return a, after.start() if after else b


PAST_AUX_DE_RE = lazy_regex(r"\b(?:hatte|hatten|hat|haben|habe|war|waren|wurde|wurden|worden|gewesen)\b")


def present_clause_de(text, sentences, offset):
    """True when the German words around offset tell a visit, a journey or a start in the present, the
    future German tells so ("reist am Freitag nach Rom", "beginnt am Mittwoch"); not with a past auxiliary.

    >>> t = "Er reiste am Montag nach Paris. Am Freitag reist er nach Rom. Er ist am Freitag nach Rom gereist."
    >>> s = ((0, 31), (32, 61), (62, len(t)))
    >>> [present_clause_de(t, s, t.index(w)) for w in ("Montag", "Freitag", "am Freitag nach Rom gereist")]
    [False, True, False]
    >>> t = "Scholz bricht am Donnerstag zu einer Reise nach Indien auf."
    >>> present_clause_de(t, ((0, len(t)),), t.index("Donnerstag"))
    True
    """
    a, b = segment_around(text, sentences, offset)
    return PRESENT_VERB_DE_RE.search(text, a, b) is not None and PAST_AUX_DE_RE.search(text, a, b) is None


# German verbs of coming, going, meeting and starting in the present tense, which tells what is planned: not
# after "zu" ("um Macron zu treffen": a purpose); "besucht" and "empfangen" are participles too, told then with
# an auxiliary ("hat … besucht"), which the clause is checked for
PRESENT_VERB_DE_RE = lazy_regex(r"(?<!\bzu\s)\b(?:reist|reisen|fliegt|fliegen|trifft|treffen|kommt|kommen|beginnt|"
                                r"beginnen|startet|starten|empfängt|empfangen|fährt|fahren|besucht|besuchen|eröffnet|"
                                r"tagt|tagen|berät|beraten|(?:bricht|brechen)(?=[^,;.]{0,80}\bauf\b))\b")
# ("bricht am Donnerstag zu einer Reise auf": sets out)


# A part of a day told before its date: "am Abend des 3. Mai", "the morning of May 3"; a night told by the
# date it runs into: "in der Nacht zum 1. Mai"
PART_OF_DATE_RE = lazy_regex(r"\b(?:(?:am|the|la|le)\s+)?(?P<part>Morgen|Vormittag|Mittag|Nachmittag|Abend|morning|"
                             r"afternoon|evening|night|matin|soir|nuit|mañana|tarde|noche)\s+(?:des|of|du|del)\s+$",
                             re.I)
NIGHT_INTO_DATE_RE = lazy_regex(r"\b(?:in\s+der\s+)?Nacht\s+(?:zum|auf\s+den)\s+$")
NIGHT_SPAN_DATE_RE = lazy_regex(r"\b(?:(?:in\s+der|dans\s+la|la|the|on\s+the)\s+)?(?:Nacht\s+vom|nuit\s+du|noche\s+del|"
                                r"night\s+of)\s+(\d{1,2})\.?\s+"
                                r"(?:auf\s+den|zum|au|al|to|and)\s+$", re.I)


def night_before(expr):
    """Return a day's DateExpr as the night before it ("Nacht zum 1. Mai": 30 April, at night).

    >>> x = night_before(DateExpr(month=3, day=1, explicit=True))
    >>> (x.month, x.day, x.part), night_before(DateExpr(year=2027, month=1, day=1)).year
    ((2, 29, 'NI'), 2026)
    """
    try:                                  # a day without its year: a leap year stands in
        before = date(expr.year or 2000, expr.month, expr.day) - timedelta(days=1)
    except (ValueError, OverflowError):
        return expr
    return replace(expr, year=before.year if expr.year else None, month=before.month, day=before.day, part="NI")


def future_clause(text, sentences, offset, language):
    """True when the words around offset, up to a comma or "and", speak of what is still to come.

    A weekday right after a word of saying dates the saying: "said on Monday he will resign".

    >>> t = "Er traf sie am Dienstag, bevor er am Donnerstag nach Rom reisen will."
    >>> [future_clause(t, ((0, len(t)),), t.index(w), "de") for w in ("Dienstag", "Donnerstag")]
    [False, True]
    >>> t = "Wang met her on Tuesday and will fly to Rome on Thursday. He said on Friday he will go."
    >>> [future_clause(t, ((0, len(t)),), t.index(w) - 3, "en") for w in ("Tuesday", "Thursday", "Friday")]
    [False, True, False]
    >>> t = "Il a démissionné mardi. Il remettra sa lettre jeudi. Viajará el lunes."
    >>> [future_clause(t, ((0, 23), (24, 52), (53, 70)), t.index(w), "fr" if w != "lunes" else "es")
    ...  for w in ("mardi", "jeudi", "lunes")]
    [False, True, True]
    """
    cue = FUTURE_RE.get(language, FUTURE_RE["en"])
    a, b = sentences[sentence_index(sentences, offset)]
    a, b = max(a, offset - 160), min(b, offset + 160)      # a bound for crafted text: a clause is shorter
    if SAID_DATE_RE.search(text, max(a, offset - 60), offset):
        return False
    start, before = a, a
    for m in SEGMENT_BREAK_RE.finditer(text, start, offset):
        before, a = a, m.end()
    after = SEGMENT_BREAK_RE.search(text, offset, b)
    if cue.search(text, a, after.start() if after else b):
        return True
    # "will start on Wednesday and end on Friday": a verb after "and" with no subject of its own shares the
    # first one's "will" (not "and the union said", nor "and ended")
    return a > start and text[a - 3:a].lower() in ("and", "und") and bool(SHARED_VERB_RE.match(text, a)) \
        and not PAST_TENSE_RE.search(text, a, offset) and cue.search(text, before, a) is not None


FOR_DAY_RE = lazy_regex(r"\b(?:für|for|pour|para)\s+$", re.I)     # a day something is set for
UNTIL_DAY_DE_RE = lazy_regex(r"bis\s")     # the date's own first word: "bis Samstag"
# what lasts, told in the present ("dauern bis Samstag"; not "dauerte von Mittwoch bis Freitag")
LASTS_NOW_DE_RE = lazy_regex(r"\b(?:dauert|dauern|läuft|laufen|gilt|gelten|bleibt|bleiben)\b")
POSSESSIVE_RE = lazy_regex(r"['’]s\b")
SET_DAY_RE = lazy_regex(r"\b(?:declared|declares|declare|named|names|designated|proclaimed)\s+$")
AS_A_DAY_RE = lazy_regex(r"\s+(?:as\s+)?an?\s")      # "declared Thursday a national day of mourning"


URL_DATE_RE = lazy_regex(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2]|[a-z]{3,9})/(?:([0-3]?\d)/)?", re.I)


def url_date(text):
    """Return the DateExpr of a source address that is the first line (/2013/08/02/), or None.

    Scraped articles often open with their address, and news sites put the
    day of publication in it: an anchor when the text itself names no day.

    >>> x = url_date("http://example.com/2013/aug/02/story.html")
    >>> x.year, x.month, x.day
    (2013, 8, 2)
    >>> url_date("http://example.com/2010/09/story").day, url_date("See /2010/09/01/ here.")
    (None, None)
    """
    line = text[:2000].split("\n", 1)[0].strip()
    m = URL_DATE_RE.search(line) if line.startswith(("http://", "https://", "www.")) else None
    if not m:
        return None
    y, mo, d = m.groups()
    month = int(mo) if mo.isdigit() else MONTHS.get(mo.lower())
    if not month:
        return None
    day = int(d) if d and valid_day(month, int(d)) else None
    return DateExpr(int(y), month, day, explicit=day is not None)


def in_address(text, at):
    """True when text[at] is on a line that is a web address (a date in it is the day of publishing).

    >>> in_address("http://x.com/2010-05-05-strike.htm\\nRiots on 5 May", 13), in_address("Riots on 5 May", 9)
    (True, False)
    """
    return text.startswith(("http://", "https://", "www."), text.rfind("\n", 0, at) + 1)


def sentence_index(sentences, offset):
    """Return the index of the sentence holding offset (binary search)."""
    lo, hi = 0, len(sentences) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if sentences[mid][0] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def reference_date(found, text):
    """Return the DateExpr that anchors a document's relative dates, or None.

    found holds (start, end, words, DateExpr) in text order. The anchor names a
    month and a day and is the article's own date: a dateline (see is_dateline),
    or a date at its top that no relative date comes before. A date told further
    down, or after "on Saturday" ("sentenced Saturday for what he did on March 11,
    2005"), is when something else happened: weekdays counted from it would be wrong.
    """
    for i, (start, end, _, x) in enumerate(found):
        if x.explicit and (is_dateline(text, start, end) or start < DATELINE_CHARS and not any(
                # "Am Dienstag, 12. August", "am Freitag, dem 8.": the weekday of the date itself comes before it
                y.relative and text[y_end:start].strip(" ,").lower() not in OWN_WEEKDAY_GAPS
                for _, y_end, _, y in found[:i])):
            return x
    return None


OWN_WEEKDAY_GAPS = frozenset(("", "dem", "den", "the", "le", "el"))     # between a weekday and its date
MISFIT = "told with a weekday it is not: "     # how a date is read whose own weekday does not fall on it


def is_dateline(text, start, end):
    """True when the date at text[start:end] stands as a dateline, not in a sentence of the story.

    On a line with at most one other word (weekdays, months, times and time zones
    aside), after "Published" or "Posted", or before the dash or agency of a wire story.

    >>> t = "He checked in late Thursday.\\nPUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM\\nHe was born on May 2, 1990."
    >>> is_dateline(t, t.index("MAY"), t.index(", 1:32")), is_dateline(t, t.index("May 2"), len(t) - 1)
    (True, False)
    >>> t = "VIENNA, March 5 (Reuters) - Talks began."
    >>> is_dateline(t, 8, 15)
    True
    """
    # the line around it, no further than DATELINE_REACH either way: a dateline is short
    a = text.rfind("\n", max(0, start - DATELINE_REACH), start) + 1 or max(0, start - DATELINE_REACH)
    b = text.find("\n", end, end + DATELINE_REACH)
    before, after = text[a:start], text[end:b if b >= 0 else end + DATELINE_REACH]
    if DATELINE_MARK_RE.search(before):
        return True
    if start - a <= 40 and WIRE_DASH_RE.match(after):
        return True
    # "Frankfurt, 10. Februar 2027. Die Gewerkschaft ruft …": a place and its date as a sentence of their
    # own, the story going on in the same line
    if before.rstrip().endswith(",") and DATELINE_END_RE.match(after) and dateline_sentence(before, ""):
        return True
    others = [w for w in DATELINE_WORD_RE.findall(before + " " + after)
              if fold(w) not in _WEEKDAYS and fold(w) not in _MONTHS and w.upper() not in TIME_ZONES]
    return len(others) <= 1


DATELINE_REACH = 200
DATELINE_WORD_RE = lazy_regex(r"[^\W\d_]{3,}")
DATELINE_MARK_RE = lazy_regex(r"\b(?:published|posted|updated|veröffentlicht|aktualisiert|stand|publié|publicado)\b",
                              re.I)
WIRE_DASH_RE = lazy_regex(r"\s*(?:\(|[-–—]\s)")
DATELINE_END_RE = lazy_regex(r"(?:\s*\([\w ./-]{1,20}\))?\s*\.(?:\s|$)")     # "2027." or "2027 (dpa)."
TIME_ZONES = frozenset("GMT UTC BST CET CEST MEZ MESZ EST EDT CST CDT PST PDT".split())


def date_value(x, ref):
    """Return (value, how) for a DateExpr, anchored to ref where it is relative.

    >>> date_value(DateExpr(None, 6), None)
    ('XXXX-06', '')
    >>> date_value(DateExpr(relative=("month", -3, False)), DateExpr(None, 9, 13, explicit=True))[0]
    'XXXX-06'
    >>> date_value(DateExpr(weekday=5, relative=("weekday", 0, False)), None)[0]
    'XXXX-WXX-5'
    >>> sep = DateExpr(2024, 9, 13, explicit=True)
    >>> [date_value(DateExpr(None, m, relative=("named-month", k, True)), sep)[0] for m, k in ((6, -1), (10, -1), (6, 1), (10, 1))]
    ['2024-06', '2023-10', '2025-06', '2024-10']
    >>> [date_value(DateExpr(None, 12, relative=("month of year", k, True)), sep)[0] for k in (-1, 1)]
    ['2023-12', '2025-12']
    >>> date_value(DateExpr(weekday=4, relative=("weekday", 0, False), part="EV"), sep)[0]
    '2024-09-12TEV'
    >>> [date_value(DateExpr(weekday=w, relative=("coming weekday", 0, False)), sep)[0] for w in (5, 1)]
    ['2024-09-13', '2024-09-16']
    >>> date_value(DateExpr(relative=("day", 1, False)), DateExpr(9999, 12, 31, explicit=True))
    ('REF+1D', "not anchored: past the calendar's ends")
    """
    try:
        return anchored_value(x, ref)
    except (ValueError, OverflowError):
        # past the calendar's ends ("9999-12-31 ... morgen", "vor 999999999 Tagen"):
        # no day is meant that a calendar has, so the expression stays unanchored
        return anchored_value(x, None)[0], "not anchored: past the calendar's ends"


def anchored_value(x, ref):
    """Return (value, how) for a DateExpr, anchored to ref; may raise past the calendar's ends."""
    if x.part:
        value, how = date_value(replace(x, part=""), ref)
        return value + "T" + x.part, how
    yy = lambda y: f"{y:04d}" if y else "XXXX"
    if x.decade is not None:
        return f"{x.decade:03d}X", ""
    if x.day and x.month:
        return f"{yy(x.year)}-{x.month:02d}-{x.day:02d}", ""
    if x.month and not x.relative:
        return (f"{yy(x.year)}-{x.month:02d}", "")
    if x.year and x.season and not x.relative:
        return f"{x.year:04d}-{x.season}", ""
    if x.year and not x.relative:
        return f"{x.year:04d}", ""
    unit, amount, _ = x.relative if x.relative else ("", 0, False)
    ry, rm, rd = (ref.year, ref.month, ref.day) if ref else (None, None, None)
    anchor = f"relative to {ref_words(ref)}" if ref else "relative to the article's unstated date"
    if unit == "named-month":
        if ry and rm:
            shift = x.relative[1]         # last June: this year's if June is past, else last year's
            y = ry if shift == 0 or (shift < 0 and x.month < rm) or (shift > 0 and x.month > rm) else ry + shift
            return f"{y:04d}-{x.month:02d}", anchor
        return f"XXXX-{x.month:02d}", ""
    if unit == "month of year":
        return (f"{ry + amount:04d}-{x.month:02d}", anchor) if ry else (f"XXXX-{x.month:02d}", "")
    if unit == "weekday of week":         # the weekday of the week before or after the article's
        if ry and rm and rd:
            d = date(ry, rm, rd)
            return (d + timedelta(days=x.weekday - d.isoweekday(), weeks=amount)).isoformat(), anchor
        return f"XXXX-WXX-{x.weekday}", ""
    if unit == "coming weekday":          # "will meet on Monday": the coming one, or the day itself
        if ry and rm and rd:
            d = date(ry, rm, rd)
            return (d + timedelta(days=(x.weekday - d.isoweekday()) % 7)).isoformat(), anchor
        return f"XXXX-WXX-{x.weekday}", ""
    if unit == "weekday":
        if ry and rm and rd:
            d = date(ry, rm, rd)
            back = (d.isoweekday() - x.weekday) % 7 + (7 if x.relative[1] < 0 and d.isoweekday() == x.weekday else 0)
            if x.relative[1] > 0:
                back = -((x.weekday - d.isoweekday()) % 7 or 7)
            return (d - timedelta(days=back)).isoformat(), anchor
        return f"XXXX-WXX-{x.weekday}", ""
    if unit == "day":
        if rm and rd:
            d = date(ry or 2001, rm, rd) + timedelta(days=amount)
            return (d.isoformat() if ry else "XXXX" + d.isoformat()[4:]), anchor
        return ("PRESENT_REF" if amount == 0 else f"REF{amount:+d}D"), anchor
    if unit == "month":
        if rm:
            total = (ry or 2001) * 12 + rm - 1 + amount
            return (f"{total // 12:04d}" if ry else "XXXX") + f"-{total % 12 + 1:02d}", anchor
        return ("REF-MONTH" if amount == 0 else f"REF{amount:+d}M"), anchor
    if unit == "weekend":                 # its Saturday names it: the last one before, or the coming one
        if ry and rm and rd:
            d = date(ry, rm, rd)
            ahead = (6 - d.isoweekday()) % 7 if amount >= 0 and d.isoweekday() != 7 else None
            saturday = d + timedelta(days=ahead) if ahead is not None else \
                d - timedelta(days=(d.isoweekday() - 6) % 7 or 7)
            if amount > 0 and saturday <= d:  # "next weekend" on a Saturday: the one after
                saturday += timedelta(days=7)
            y, w, _ = saturday.isocalendar()
            return f"{y:04d}-W{w:02d}-WE", anchor
        return ("REF-WEEKEND" if amount == 0 else f"REF{amount:+d}WE"), anchor
    if unit == "week":
        if ry and rm and rd:
            y, w, _ = (date(ry, rm, rd) + timedelta(weeks=amount)).isocalendar()
            return f"{y:04d}-W{w:02d}", anchor
        return ("REF-WEEK" if amount == 0 else f"REF{amount:+d}W"), anchor
    if unit == "year":
        if ry:
            return f"{ry + amount:04d}", anchor
        return ("XXXX" if amount == 0 else f"REF{amount:+d}Y"), anchor
    if unit == "feast":
        return ((easter_sunday(ry) + timedelta(days=amount)).isoformat(), anchor) if ry else ("XXXX", "")
    if unit == "season":
        if ry and rm and abs(amount) == 1 and x.season in SEASON_MONTHS:
            # the next one or the last one round the day of writing: "im kommenden Herbst" in April is this
            # year's, "last summer" in October too ("next spring" in April and "last autumn" in April are not)
            first, last = SEASON_MONTHS[x.season]
            y, m = (ry - 1, rm + 12) if x.season == "WI" and rm <= 2 else (ry, rm)    # January is the winter's
            year = (y if m < first else y + 1) if amount > 0 else (y if m > last else y - 1)
            return f"{year:04d}-{x.season}", anchor
        if ry:
            return f"{ry + amount:04d}-{x.season}", anchor
        return f"XXXX-{x.season}" if amount == 0 else f"REF{amount:+d}Y-{x.season}", anchor
    return "XXXX", ""


SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}    # a winter runs into February


def easter_sunday(year):
    """Return the date of Easter Sunday of a year of the Gregorian calendar (the anonymous algorithm).

    >>> easter_sunday(2024), easter_sunday(2025), easter_sunday(2027)
    (datetime.date(2024, 3, 31), datetime.date(2025, 4, 20), datetime.date(2027, 3, 28))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


TIME_PART_RE = lazy_regex(r"T(?:MO|MI|AF|EV|NI)$")


@remembered
def day_of(value):
    """Return a value without its part of the day: the day a time falls on.

    >>> day_of("2024-09-12TEV"), day_of("XXXX-WXX-5TNI"), day_of("PRESENT_REF")
    ('2024-09-12', 'XXXX-WXX-5', 'PRESENT_REF')
    """
    return value[:-3] if TIME_PART_RE.search(value) else value


# A night told by the day it runs into: Sunday's night and Monday's small hours ("Monday night" is Monday's)
NIGHT_TO_RE = lazy_regex(r"\bNacht\s+(?:zum|zu|auf\s+den|auf)\b|\b(?:overnight|night)\s+(?:into|to)\b")


def night_into(value, words):
    """Return the day a night told by the day it runs into reaches ("in der Nacht zum Montag", "overnight into
    Monday": Monday), or None."""
    return night_after(value) if ("Nacht" in words or "night" in words) and NIGHT_TO_RE.search(words) else None


def nights_apart(nights, own, earlies, other):
    """True when one source tells a happening only as the night into a day (nights: the days run into; own: its
    days) and another only as the early hours of another day (earlies, other): two nights, not one.

    >>> nights_apart({"2025-06-05"}, {"2025-06-04"}, {"2025-06-04"}, {"2025-06-04"})     # into Thursday, early Wed.
    True
    >>> nights_apart({"2025-06-05"}, {"2025-06-04"}, {"2025-06-05"}, {"2025-06-05"})     # into Thursday, early Thu.
    False
    """
    return bool(nights and earlies and other) and {day_after(d) for d in own} <= nights and other <= earlies \
        and not nights & earlies


def night_after(value):
    """Return the day after a night's value (its small hours), or None when the value is no night.

    "in der Nacht zum Montag" is Sunday night, and "early on Monday" is the same night.

    >>> night_after("2027-03-07TNI"), night_after("XXXX-12-31TNI"), night_after("XXXX-WXX-7TNI")
    ('2027-03-08', 'XXXX-01-01', 'XXXX-WXX-1')
    >>> night_after("2027-03-07TEV") is None
    True
    """
    return day_after(value[:-3]) if value.endswith("TNI") else None


def day_after(day):
    """Return the day after a day's value (a date, a yearless one or a weekday), or None for any other value."""
    if day.startswith("XXXX-WXX-"):
        return f"XXXX-WXX-{int(day[-1]) % 7 + 1}"
    if not ISO_DAY_RE.fullmatch(day.replace("XXXX", "2001", 1)):
        return None
    try:                                  # a yearless day: a common year stands in (the 29th of February has none)
        after = date.fromisoformat(day.replace("XXXX", "2001", 1)) + timedelta(days=1)
    except ValueError:
        return None
    return day[:4] + after.isoformat()[4:] if day.startswith("XXXX") else after.isoformat()


def ref_words(ref):
    """Return a reference DateExpr in words: '13 September', '13 September 2024' or 'September 2024'."""
    months = "January February March April May June July August September October November December".split()
    day = f"{ref.day} " if ref.day else ""
    return f"{day}{months[ref.month - 1]}" + (f" {ref.year}" if ref.year else "")


# ---- Mentions: events ----

_EVENT_DE = {w.casefold(): fam for fam, words in EVENT_STEMS_DE.items() for w in words.split()}   # ß is ss
_EVENT_EN = {w: fam for fam, words in EVENT_FORMS_EN.items() for w in words.split()}
_EVENT_FR_ES = {w: fam for fam, words in EVENT_FORMS_FR_ES.items() for w in words.split()}


def event_family(word, language):
    """Return the event family a word names ('visit', 'attack', ...) or ''.

    >>> event_family("Staatsbesuch", "de"), event_family("unterzeichneten", "de"), event_family("met", "en")
    ('visit', 'sign', 'meet')
    >>> event_family("Strafe", "de"), event_family("signal", "en"), event_family("received", "und")
    ('', '', 'receive')
    >>> event_family("heists", "en"), event_family("aftershocks", "en"), event_family("crisis", "en")
    ('rob', 'quake', '')
    >>> event_family("Landkreise", "de"), event_family("Strompreise", "de"), event_family("Dienstreise", "de")
    ('', '', 'visit')
    >>> event_family("Lawinenunglück", "de"), event_family("Grubenunglück", "de")
    ('landslide', 'crash')
    """
    f = word.casefold()
    if len(f) > MAX_WORD:
        return ""
    if language == "en":
        # a plural or third person the lexicon leaves out: "heists", "aftershocks", "burns"
        return _EVENT_EN.get(f) or (f.endswith("s") and not f.endswith(("ss", "us", "is")) and (
            _EVENT_EN.get(f[:-1]) or f.endswith("es") and _EVENT_EN.get(f[:-2]))) or ""
    if language in ("fr", "es"):
        return _EVENT_FR_ES.get(f, "")
    if language == "und":                # a line too short to tell its language: any lexicon's own words
        return _EVENT_EN.get(f) or _EVENT_DE.get(f) or _EVENT_FR_ES.get(f, "")
    if language != "de":
        return ""
    if f in _EVENT_DE:
        return _EVENT_DE[f]
    part = compound_end(word, f)
    first = mishap_first(f, part)
    return _EVENT_DE[first or part] if part else ""


def mishap_first(f, part):
    """Return the first word of a German mishap's compound (f folded, part its end) when it names the mishap, or ''.

    >>> mishap_first("lawinenunglück", "unglück"), mishap_first("grubenunglück", "unglück")
    ('lawine', '')
    """
    if part.startswith("unglück"):        # "Lawinenunglück", "Brandunglück": the mishap its first word names
        first = f[:f.rfind(part)]
        for base in (first, first[:-1], first[:-2]):      # "Lawine|n|", "Erdbeben"
            if len(base) >= 4 and _EVENT_DE.get(base) in MISHAP_FAMILIES:
                return base
    return ""


def compound_end(word, f):
    """Return the German lexicon word a word (folded: f) is read by, its stem or its compound's end, or ''.

    >>> compound_end("Sachschaden", "sachschaden"), compound_end("Staatsbesuchs", "staatsbesuchs")
    ('schaden', 'besuch')
    >>> [compound_end(w, w.casefold()) for w in ("Neuwahlen", "Auswahl", "Sturmflut")]
    ['wahl', '', 'flut']
    """
    # a noun takes no verb's ending: "Brandt" is a name, not "Brand" (a fire) with a -t
    endings = NOUN_INFLECTIONS if word[:1].isupper() else DE_INFLECTIONS
    bases = [f[:-len(e)] for e in endings if f.endswith(e) and len(f) > len(e)] + [f]
    for base in bases:                    # a whole stem first: "abgefeuert|e" before "abge|feuer|te"
        if base in _EVENT_DE:
            return base
    for base in bases:
        for i in range(3, len(base) - 4):             # the end of a compound: Fern|angriff
            if base[i:] in _EVENT_DE:
                if base.endswith(NOT_EVENT_ENDS) and not base.endswith("rückreise"):
                    break                 # "Land|kreise", "Strom|preise": no "Reise" (but "Rück|reise")
                return base[i:]
        for end, others in SHORT_COMPOUND_ENDS.items():
            if base.endswith(end) and len(base) > len(end) and not base.endswith(others):
                return end                # "Neu|wahl", "Präsidentschafts|wahl", "Sturm|flut" (not "Aus|wahl")
    return ""


# Ends of four letters a compound is read by, and the compounds that end so and are none of it
SHORT_COMPOUND_ENDS = {"wahl": ("auswahl",), "flut": ("datenflut", "informationsflut", "nachrichtenflut")}
# German words that end in a word of an event family and are none: a compound ends in them
NOT_EVENT_ENDS = ("kreise", "preise", "kreis", "preis", "wahlkampf", "vorurteil", "vorurteile", "konfusion",
                  "steuerabzug", "vereinigung",     # "Vereinigung Cockpit", a union: no "Einigung"
                  "einbruch", "einbruchs", "einbrüche")     # "Kurseinbruch", "Wintereinbruch": a fall, a spell


# English verbs and event nouns beyond the lexicon: any past or -ing form, or a
# noun made from a verb, names something that happened (ECB+ annotates them).
IRREGULAR_PAST = dict(pair.split(":") for pair in """
made:make took:take gave:give held:hold went:go came:come left:leave found:find began:begin
became:become ran:run fell:fall broke:break caught:catch fought:fight led:lead lost:lose paid:pay
sold:sell spent:spend stood:stand told:tell won:win wrote:write hit:hit shot:shoot struck:strike
threw:throw drove:drive flew:fly knew:know saw:see thought:think brought:bring bought:buy
sent:send met:meet said:say says:say tells:tell sat:sit rose:rise fled:flee stole:steal
stolen:steal taken:take given:give done:do did:do seen:see known:know gone:go chose:choose
fired:fire named:name quit:quit put:put set:set cut:cut hurt:hurt beat:beat dead:die died:die
felt:feel kept:keep heard:hear built:build sought:seek spoke:speak spoken:speak shook:shake shaken:shake
fallen:fall broken:break beaten:beat chosen:choose driven:drive drawn:draw drew:draw grew:grow grown:grow
hidden:hide hid:hide thrown:throw written:write forgotten:forget forgot:forget froze:freeze frozen:freeze
sank:sink sunk:sink swept:sweep swore:swear sworn:swear tore:tear torn:tear withdrew:withdraw
withdrawn:withdraw upheld:uphold withheld:withhold undertook:undertake overthrew:overthrow taught:teach
fed:feed hung:hang laid:lay rode:ride ridden:ride rang:ring slid:slide spun:spin stuck:stick woke:wake
wore:wear worn:wear bitten:bite
""".split())
NOT_EVENTS = set("""
did done doing had having got getting gotten looked looking seemed seeming began begun beginning
estimated accounting since once science sciences evidence experience audience audiences distance
finance nature future picture pictures culture feature features temperature structure pressure
every very gallery battery mystery lottery bakery pottery whatever however difference reference
presence absence influence sentence licence license insurance allowance instance substance entrance
during according morning evening nothing something anything everything thing king ring spring
building ceiling including following using being having regarding concerning based called
united used needed supposed interested related red bed need feed seed speed hundred
nation station ration mention question position condition information government department
apartment moment comment statement percent ment lot tion sion addition edition portion
section nation region religion million billion opinion union onion season reason person
prison poison nature picture future feature culture measure pressure treasure sing bring
jewellery jewelry ammunition companion companions parliament parliaments equipment environment
document documents element elements armed alleged unnamed unidentified skilled talented beloved
administration administrations organization organizations organisation organisations foundation
association institution institutions constitution population television generation corporation
location locations direction tradition relation relations accommodation destination jurisdiction
legislation regulation regulations
""".split())
EVENT_SUFFIXES_EN = ("ed", "ing", "tion", "tions", "sion", "sions", "ment", "ments")


def english_event_key(word):
    """Return the lemma key of an English event word ('checked' -> 'check'), or ''.

    >>> english_event_key("captured"), english_event_key("capturing"), english_event_key("election")
    ('captu', 'captu', 'elect')
    >>> english_event_key("during"), english_event_key("table")
    ('', '')
    """
    return _english_event_key(word.lower())


def lemma_key(stem):
    """Return the key of a verb stem or lemma: its first five letters, a short word's final e dropped.

    The e cannot be told from the inflected form alone (voting: vote, hearing: hear),
    so neither side keeps it.

    >>> [lemma_key(w) for w in ("vote", "vot", "leave", "leav", "hear", "capture")]
    ['vot', 'vot', 'leav', 'leav', 'hear', 'captu']
    """
    return (stem[:-1] if len(stem) <= 5 and stem.endswith("e") else stem)[:5]


def _english_event_key(f):
    """english_event_key of a lower-case word."""
    if f in NOT_EVENTS or not f.isalpha():
        return ""
    if f in IRREGULAR_PAST:
        return lemma_key(IRREGULAR_PAST[f])
    if f.endswith(("ances", "ance", "ences", "ence", "ures", "ure", "eries", "ery")) and f not in NOT_EVENTS \
            and len(f) >= 7:
        return f[:5]                                       # appearance, closure, robbery
    for suffix in ("ions", "ion", "ments", "ment", "ying", "ied", "ing", "ed"):
        if f.endswith(suffix) and len(f) - len(suffix) >= 3:
            stem = f[:-len(suffix)]
            if suffix in ("ied", "ying"):
                stem += "y"
            elif len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "ls":
                stem = stem[:-1]                           # stopped -> stop
            return lemma_key(stem)
    return ""


# After these an English word is a verb: "to return", "will perform", "they deny", "he approves".
VERB_CUES = set("will would could should can may might must did does didn't won't not never to they we i you "
                "he she it who".split())
FUNCTION_WORDS = set("""
the a an and or but if of in on at by for with from as is was are were be been being have has
this that these those it its he she they we you his her their our my your who whom whose which
what when where why how there here then than so no not all any some many most more other each
every both either neither also just only even still very too much such same own about into over
after before up down out off again further once ago back away well now said says say
""".split())
STOP_VERBS = set("be is are was were been have has had do does get go make take seem look know "
                 "think want need say tell come give use find become keep let put mean".split())


# Nouns "to" leads to as a preposition ("sentenced to life", "taken to hospital"), not verbs.
TO_PLACES = set("life death court jail prison hospital date school church office power home town bed trial "
                "safety justice".split())


def english_verb_key(word, previous):
    """Return the lemma key of an English base or -s verb after a cue word, or ''."""
    f = word.lower()
    if previous not in VERB_CUES or f in FUNCTION_WORDS or f in NUMBER_WORDS or len(f) < 4 or not f.isalpha():
        return ""                       # "to nine years": a number is no verb
    if previous in ("he", "she", "it", "who"):
        if not f.endswith("s") or f.endswith("ss"):
            return ""
        f = f[:-2] if f.endswith(("ches", "shes", "sses", "xes")) else f[:-1]
    elif f.endswith("s") and not f.endswith(("ss", "us")):
        return ""                       # "to investigators", "will Democrats": a plural noun, not a verb
    if f in STOP_VERBS or (previous == "to" and f in TO_PLACES):
        return ""
    return lemma_key(f)


@remembered
def word_event(word, language):
    """Return the family a word names whatever comes before it ('visit', 'w:captu'), or ''."""
    fam = event_family(word, language)
    if not fam and language == "en" and word[:1].islower():
        key = english_event_key(word) or (word[:5].lower() if word.lower() in EVENT_NOUNS_EN else "")
        fam = "w:" + key if key else ""
    return fam


def clause_tokens(text, toks, ti, end):
    """Return the tokens after toks[ti] up to the first comma after it (or end): the rest of its clause.

    >>> t = "war im Mai in Riga, als er"
    >>> [w for w, _, _ in clause_tokens(t, tokenize(t, 0, len(t)), 0, len(t))]
    ['im', 'Mai', 'in', 'Riga']
    """
    comma = text.find(",", toks[ti][2], end)
    stop = end if comma < 0 else comma
    return [t for t in islice(toks, ti + 1, None) if t[1] < stop]


def find_event_words(doc, sentences, tokens=None):
    """Return the event Mentions (trigger words) of a document."""
    out = []
    lang, text = doc.language, doc.text
    english = lang == "en"
    toks = []
    told = {}                             # cues of the whole document, asked once

    def doc_cues(cues):
        """True when the document's words hold one of the cues (its story: a volcano, a prison)."""
        if cues not in told:
            folded = fold(text[:DOC_CUE_REACH])
            told[cues] = any(cue in folded for cue in cues)
        return told[cues]
    for si, (s, e) in enumerate(sentences):
        previous = before = ""
        previous_toks = toks
        toks = tokens[si] if tokens else tokenize(text, s, e)
        said = {}                         # what the sentence holds, asked once: each test reads all of it

        def holds(what):
            """True when the sentence holds a cue of what ("labour before": the sentence before it)."""
            if what not in said:
                if what in ("labour", "labour before"):
                    words = toks if what == "labour" else previous_toks
                    said[what] = not LABOUR_CUES.isdisjoint(w.lower() for w, _, _ in words)
                elif what == "dam":       # "Damm", "Staudamm", "Deich", "dam", "levee" (not "Amsterdam", "damage")
                    said[what] = any(w.lower().endswith(DAM_ENDS) or w.lower() in DAM_WORDS for w, _, _ in toks)
                elif what == "panic":     # "Panik", "Massenpanik"
                    said[what] = any(w in ("Panik", "Massenpanik") for w, _, _ in toks)
                elif what == "work":      # "die Arbeit niedergelegt"; not "Arbeitsminister"
                    said[what] = any(w == "Arbeit" for w, _, _ in toks)
                elif what == "oil":       # "Öl", "Rohöl", "oil", "crude", "pétrole": not "Polizei"
                    said[what] = has_cue(toks, OIL_CUES) or any(w in ("Öl", "Öls") for w, _, _ in toks)
                elif what == "plane":     # (not a rocket's: see "missile")
                    said[what] = has_cue(toks, PLANE_CUES) and not holds("missile")
                elif what == "product":   # what a maker recalls
                    said[what] = has_cue(toks, PRODUCT_CUES)
                elif what == "money":
                    said[what] = has_cue(toks, MONEY_CUES)
                elif what == "headline":  # a title-case line: "Kim Jong Un Visits Moscow Plant"
                    said[what] = is_headline([w for w, _, _ in toks])
                elif what == "score":
                    said[what] = bool(SCORE_RE.search(text, s, e))
                elif what == "minute":    # a game's: "in the 12th minute"
                    said[what] = bool(MINUTE_RE.search(text, s, e))
                elif what == "missile near":      # in the sentence or the one before: "Der Start erfolgte um 21:24"
                    said[what] = holds("missile") or has_cue(previous_toks, MISSILE_CUES)
                elif what in NEAR_CUES:   # "A volcano … It erupted on Monday", "… seine Botschaft. Die Schließung"
                    cues = NEAR_CUES[what]
                    said[what] = has_cue(toks, cues) or has_cue(previous_toks, cues)
                elif what == "vehicle":   # "Reisebus", "Lkw", "Streifenwagen" (not "Zug": "Rückzug")
                    said[what] = any(w.lower().endswith(VEHICLE_ENDINGS_DE) for w, _, _ in toks)
                elif what == "fire":      # a word of the fire family: "Feuer", "Brand", "blaze" (not "Brandenburg")
                    said[what] = any(word_event(w, lang) == "fire" for w, _, _ in toks)
                else:
                    said[what] = has_cue(toks, SENTENCE_CUES[what])
            return said[what]
        # most words name no event: the tests below are only asked of those that do, or may
        for ti, (word, a, b) in enumerate(toks):
            elided = ELIDED_FR_RE.match(word) if lang == "fr" else None
            if elided:                    # "l'élection", "d'arrestation": the noun after it
                word, a = word[elided.end():], a + elided.end()
            fam = word_event(word, lang)
            if fam == "demand" and english and previous.lower() in MARKET_WORDS:
                fam = ""                  # "hurt by weak demand in China": a market's, no one's demand
            elif english and word in ONWARD_VERBS and ONWARD_RE.match(text, b):
                fam = "depart"            # "Li will travel on to Paris on Thursday": the visit's end, not a visit
            elif not fam and word in ("Übung", "Übungen") and doc_cues(("manover", "militarubung", "marineubung")):
                fam = "exercise"          # in a manoeuvre's story: "Die Übung soll zehn Tage dauern"
            if english and word in TWO_WORD_EVENTS:     # a happening told in more than one word
                if word in STEP_WORDS and text.startswith((" down", " aside"), b):
                    fam = "resign"        # "will step down", "stepped aside"
                elif word in LAY_WORDS and off_after(text, b):
                    fam, b, word = "layoff", b + 4, word + " off"    # "plans to lay off about 8,100 employees"
                elif word in SHOW_WORDS and off_after(text, b):
                    fam, b, word = "unveil", b + 4, word + " off"    # "Apple showed off its latest iPhone"
                elif word in STRIKE_WORDS and text.startswith(" down", b):
                    fam = ""              # "the court struck down the law": no attack
                elif word in STRIKE_WORDS and holds("minute"):
                    fam = "w:scor"        # "Ibanez struck in the 12th minute": a goal, as "scored" is
                elif word in BREAK_WORDS and (BREAK_INTO_RE.match(text, b) or BREAK_OPEN_RE.match(text, b)):
                    fam = "rob"           # "thieves broke into a shop", "broke open 600 safe deposit boxes"
                elif word in ("pulled", "pulls", "pull") and text.startswith((" one back", " a goal back"), b):
                    fam = "w:scor"        # "Kane pulled one back in the 76th minute": a goal (see "goal" below)
                elif word in GIVE_WORDS and GAVE_WAY_RE.match(text, b):
                    fam = "collapse"      # "the bridge gave way"; not "gave way to protests"
                elif word in BECOME_WORDS and any(role_of(w, lang) for w, _, _ in toks[ti + 1:ti + 4]):
                    fam = "hire"          # "will become chief executive on 1 January"
                elif word in FINE_WORDS and (text.startswith(" of", b)
                                             or SUM_BEFORE_RE.search(text, max(s, a - 40), a)):
                    # "a fine of 2 million pounds", "a 1.06 billion euro antitrust fine": a penalty ("fine"
                    # alone is an adjective)
                    fam = "sentence"
                elif word in TAKE_WORDS and text.startswith(" over", b) and not holds("deal"):
                    fam = "hire"          # "will take over on 1 February": an office, not a company
                elif word in TAKE_WORDS and text.startswith(" office", b):
                    fam = "swear_in"      # "will take office on March 18", as "tritt ihr Amt an"
                elif (word == "effect" and previous.lower() in ("take", "took", "takes", "taking", "taken")) or (
                        word == "force" and previous.lower() == "into" and before.lower() in INTO_FORCE_VERBS):
                    fam = "effect"        # "will take effect on 1 January", "came into force on Monday"
                elif word == "banks" and previous.lower() in ("its", "their") and before.lower() in BURST_WORDS:
                    fam = "flood"         # "the river burst its banks"
                elif word in CALL_WORDS and text.startswith(" off", b):
                    fam = "cancel"        # "the visit was called off"
                elif word in CALL_WORDS and CALLED_ELECTION_RE.match(text, b, e):
                    fam = "announce"      # "called the snap election in early October": its calling
                elif word in PASS_WORDS and PASSED_BILL_RE.match(text, b):
                    fam = "decide"        # "the Legislature passed the bills": a law passed
                elif word in ("call", "calls") and previous.lower() in CALL_BEFORE \
                        and not text.startswith(NOT_A_CALL_AFTER, b):
                    fam = "call"          # "a phone call", "criticised the call"; not "the call for calm"
                elif word in ("phone", "telephone") and (previous == "by" or previous == "the" and before == "over"):
                    fam = "call"          # "spoke by phone on Friday", "talked over the phone"
                elif word in ("heat", "Heat") and text.startswith((" wave", "wave"), b):
                    fam = "heat"          # "a heat wave"
                elif word == "open" and previous.lower() in ("will", "to", "would", "shall") \
                        and OPEN_WHEN_RE.match(text, b):
                    fam = "open"          # "The bridge will open in the spring" (not "open fire", "open talks")
                elif word == "service" and previous.lower() == "community":
                    fam = "sentence"      # "ordered to perform 60 days of community service": a court's sentence
                elif word in ("pause", "pauses") and (previous.lower() == "humanitarian" or text.startswith(
                        (" in fighting", " in the fighting", " in hostilities"), b)):
                    fam = "ceasefire"     # "a five-day pause in fighting", as "eine Feuerpause"
                elif word in ("exercise", "exercises") and (previous.lower() in EXERCISE_KINDS or holds("troops")):
                    fam = "exercise"      # "joint naval exercises", "the Baltops exercise … with 9,000 troops"
                elif word == "games" and previous.lower() == "war":
                    # "naval war games": drills, shown in the two words
                    out.append(Mention(doc.key, "event", " ".join(text[toks[ti - 1][1]:b].split()), toks[ti - 1][1],
                                       b, si, "exercise"))
                    previous, before = word, previous
                    continue
                elif word == "emergency" and (previous.lower() == "of" and before.lower() == "state" or (
                        previous.lower() in ("a", "an") and before.lower() in DECLARED_WORDS)):
                    # "declared a state of emergency", "declared an emergency" ("emergency services": none)
                    fam = "emergency"
                elif word in RATE_WORDS and ((previous.lower() in RATE_KINDS or previous.lower() in RATE_VERBS)
                                             if word.startswith("rate") else previous.lower() in ("rate", "rates")):
                    # "the key interest rate", "raised rates", "a rate cut" ("the rate of growth": none)
                    fam = "rates"
            if english and (fam == "attack" and word.lower() in ("raid", "raids", "raided") or (
                    word == "searched" and SEARCHED_PREMISES_RE.match(text, b, e))) \
                    and holds("searchers") and not text.endswith(("air ", "air-"), s, a):
                # "German police raided 42 homes", "searched 42 homes and offices", as "Razzia", "durchsucht"
                # (not "searching for the suspect": a manhunt)
                fam = "raid"
            if (fam == "w:scor" or word in (GOAL_WORDS_EN if english else GOAL_WORDS_DE if lang == "de"
                                             else ())) and holds("minute"):
                fam = "goal"              # "Musiala scored in the 87th minute", "erzielte in der 78. Minute"
            if (english and fam in ("decide", "elect") or fam == "decide" and lang in ("fr", "es")) and \
                    VOTES_TO_RE.search(text, b if fam == "decide" else max(s, a - 24), min(e, b + VOTES_TO_REACH)) \
                    and (fam == "decide" or word in ("votes", "vote")) or (
                    fam == "decide" and lang == "de" and VOTES_DE_RE.search(text, s, e)):
                fam = "vote"              # "approved the Commission by 370 votes to 282": a body's vote, as
                #                           "370 Abgeordnete stimmten dafür" (the tally's "votes" no election;
                #                           "a adopté la loi par 312 voix contre 201"; "hat das Gesetz mit 58 zu
                #                           40 Stimmen verabschiedet": the tally before the verb)
            if fam == "birth" and (text.startswith((" again", "-again"), b)
                                   or not BIRTH_YEAR_RE.search(text, max(s, a - 30), min(e, b + 40))):
                fam = ""                  # a birth told with its year ("born on April 22, 1923"), not "born again",
                #                           "an aesthetic was born"
            if english and word in SOLD_WORDS and AUCTION_CUE_RE.search(text, s, e):
                fam = "auction"           # "sold for $236.4 million at Sotheby's": the auction's sale
            if (not fam or fam.startswith("w:")) and word in MEASURED_WORDS and TEMPERATURE_RE.search(text, s, e):
                fam = "heat"              # "Auf Sizilien wurden 47,1 Grad gemessen", "46.3C was recorded"
            if (not fam or fam.startswith("w:")) and word.lower() in GROWTH_WORDS and holds("economy"):
                fam = "economy"           # "Die Wirtschaft ist geschrumpft", "the economy shrank": its output
            if (not fam or fam == "receive" or fam.startswith("w:")) and word.lower() in PAY_WORDS \
                    and (PAID_PER_SHARE_RE.match(text, b, e) or PAID_PER_SHARE_BEFORE_RE.search(
                        text, max(s, a - 60), a)):
                fam = "purchase"          # "will pay 41 euros per share", "zahlt 41 Euro je Aktie": a takeover
                #                           ("shareholders will receive $46 a share": no guest received)
            if not fam and word in CALLED_WORDS_DE and ELECTION_BEFORE_DE_RE.search(text, max(s, a - 60), a):
                fam = "announce"          # "hatte die vorgezogene Wahl im Oktober ausgerufen": its calling
            if word in RAIL_WORDS and ti >= 2 and toks[ti - 1][0] in ("the", "den", "dem") and (
                    toks[ti - 2][0].lower() in OFF_THE_RAILS_EN if english
                    else toks[ti - 2][0] == "aus" and any(w in JUMPED_DE for w, _, _ in toks)):
                # "three carriages left the tracks", "sprangen aus den Gleisen": derailed (the three words)
                out.append(Mention(doc.key, "event", " ".join(text[toks[ti - 2][1]:b].split()), toks[ti - 2][1],
                                   b, si, "crash"))
                previous, before = word, previous
                continue
            if lang == "de" and word.lower() in SEPARABLE_DE:
                found = separable_particle(text, toks, ti, e)
                if found and found[0] == "resign" and holds("work"):
                    found = ("protest",) + found[1:]     # "legten die Arbeit nieder": a strike
                elif found and found[0] == "layoff" and not holds("job"):
                    found = None          # "der Termin fällt weg", "baut ein Haus ab": no jobs go
                elif found and found[0] == "annul" and not holds("court"):
                    found = None          # "hob die Sanktionen auf": no court's ruling
                elif found and found[0] == "shares" and not holds("shares"):
                    found = None          # "Der Umsatz legte zu": no share's price
                elif found and found[0] == "win" and not holds("score"):
                    found = None          # "setzte seinen Willen durch": a game's only with its score
                elif found and found[0] == "swear_in" and not holds("office"):
                    found = None          # "tritt gegen Ostrand an": a match, no office taken
                elif found and found[0] == "recall" and not holds("product"):
                    found = None          # "rief am Abend zurück": a call returned, nothing recalled
                elif found and found[0] == "launch" and word.startswith(("hob", "heb")) and not holds("missile"):
                    found = None          # "Das Flugzeug hob ab", "hob Geld ab": no rocket's
                elif found and found[0] == "spill" and not holds("oil"):
                    found = None          # "der Vertrag läuft aus", "das Schiff lief aus": no oil let out
                elif found and found[0] == "outbreak":
                    family = broken_out(word, holds, doc_cues)     # "brach ein Vulkan aus", "Panik brach aus"
                    found = (family, found[1]) if family else None
                if found:                 # "nahm … fest", "traf … ein" (arrived: not "traf", met)
                    out.append(Mention(doc.key, "event", sys.intern(word), a, b, si, found[0], found[1]))
                    previous, before = word, previous
                    continue
            if not fam and lang == "de":  # German happenings told in more than one word
                # (and with the article some countries take: "in der Ukraine", "in den USA")
                if word == "gewesen" and ti >= 2 and (toks[ti - 2][0] == "in" or ti >= 3 and toks[ti - 3][0] == "in"
                                                      and toks[ti - 2][0] in ("der", "dem", "den")) \
                        and toks[ti - 1][0][:1].isupper() and any(w in ("war", "waren") for w, _, _ in toks[:ti]) \
                        and fold(toks[ti - 1][0]) in _PLACES:
                    fam = "visit"         # "Zuletzt war er im vergangenen September in Nordkorea gewesen": a visit
                elif word in ("war", "waren") and ti + 2 < len(toks) \
                        and any(w.lower() == "zuletzt" for w, _, _ in toks[:ti + 5]) and (
                        (clause := clause_tokens(text, toks, ti, e)) and len(clause) >= 3) and (
                        clause[-2][0] == "in" or clause[-2][0] in ("der", "den", "dem") and clause[-3][0] == "in") \
                        and clause[-1][0][:1].isupper() and fold(clause[-1][0]) in _PLACES \
                        and any(fold(w) in _MONTHS or w in ("Jahr", "Jahren", "Monaten", "Wochen")
                                for w, _, _ in clause):      # a time told: "im Juli", "vor zwei Jahren"
                    # "Lawrow war zuletzt im Juli in Nordkorea": the last visit, no participle (its clause's last
                    # words: "Zuletzt war Wang im Februar in Deutschland, als er …")
                    fam = "visit"
                elif word in MOVED_DE and holds("troops"):
                    fam = "send"          # "waren 11.000 Soldaten in die Region Kursk verlegt worden": deployed
                elif word in EARNED_DE and any(w in BIG_SUMS_DE for w, _, _ in toks):
                    fam = "profit"        # "hat im Schlussquartal 2,7 Milliarden Euro verdient" (not a wage's)
                elif word == "Kraft" and previous == "in" and any(w in TREATEN for w, _, _ in toks):
                    fam = "effect"        # "Das Gesetz tritt am 1. Januar in Kraft" ("außer Kraft": none)
                elif word == "Sicherheit" and previous == "in" and any(w in BROUGHT for w, _, _ in toks):
                    fam = "rescue"        # "brachten 200.000 Menschen in Sicherheit": an evacuation
                elif word in ("verlassen", "fliehen") and any(w in MUST_DE for w, _, _ in toks) and (
                        word == "fliehen" or previous in HOMES_DE):
                    fam = "rescue"        # "4.000 Einwohner mussten ihre Häuser verlassen", "mussten fliehen"
                elif word == "Grund" and previous == "auf" and any(w in RAN_DE for w, _, _ in toks):
                    fam = "crash"         # "ist ein Öltanker auf Grund gelaufen" (not "auf Grund der Lage")
                elif word == "Wasser" and previous == "unter" and any(w in STOOD_DE for w, _, _ in toks):
                    fam = "flood"         # "150 Häuser standen unter Wasser"
                elif word == "Ufer" and previous == "die" and before == "über" and any(
                        w in TREATEN for w, _, _ in toks):
                    fam = "flood"         # "Die Elbe trat über die Ufer"
                elif word in ("stimmte", "stimmten", "gestimmt") and (
                        any(w in ("für", "gegen", "mit", "dafür", "dagegen") for w, _, _ in toks[ti + 1:ti + 4])
                        or ti >= 3 and toks[ti - 3][0] in ("Für", "Gegen")):
                    fam = "vote"          # "324 Abgeordnete stimmten für das Gesetz", "stimmten am Freitag mit Ja",
                    #                       "Für das Gesetz stimmten 367 Abgeordnete"
                elif word == "Leben" and previous == "das" and (
                        (ti + 1 < len(toks) and toks[ti + 1][0] in COST_DE)
                        or any(w in COST_DE for w, _, _ in toks[max(0, ti - 8):ti])):
                    # "hat mehr als 4000 Menschen das Leben gekostet", "kostete drei Menschen das Leben": deaths
                    end = toks[ti + 1][2] if ti + 1 < len(toks) and toks[ti + 1][0] in COST_DE else b
                    out.append(Mention(doc.key, "event", " ".join(text[toks[ti - 1][1]:end].split()), toks[ti - 1][1],
                                       end, si, "die"))
                    previous, before = word, previous
                    continue
                elif word in ("gebracht", "bringt", "brachte", "bringen") and previous == "All" and before == "ins":
                    fam = "launch"        # "hat 24 Satelliten ins All gebracht", as "launched"
                elif word in ("freigegeben", "freigeben") and previous == "wieder":
                    fam = "open"          # "soll Mitte des Monats wieder freigegeben werden": reopened
                elif word in ("gekommen", "kam", "kommt") and previous == "Amt" and before == "ins":
                    fam = "swear_in"      # "war im Herbst ins Amt gekommen", as "took office"
                elif word in SEEN_DE and any(w == "sich" for w, _, _ in toks):
                    fam = "meet"          # "Die beiden hatten sich zuletzt im September gesehen" (not "gesehen
                    #                       werden", "sahen darin")
                elif word in TAKE_UP_DE and holds("office"):
                    fam = "swear_in"      # "soll sein Amt am 1. April antreten" (not "gegen Ostrand antreten")
                elif word in CALLED_TO_DE and previous != "sich" and not text.startswith(" sich", b) and (
                        any(w in ("ins", "zum", "zur") or role_of(w, lang) for w, _, _ in toks)):
                    fam = "hire"          # "ins EZB-Direktorium berufen", "zum Minister berufen" (not "berief sich")
                elif word in ("gekommen", "kommen") and previous == "Leben" and before == "ums":
                    # "sind 23 Menschen ums Leben gekommen": the words are the three
                    out.append(Mention(doc.key, "event", " ".join(text[toks[ti - 2][1]:b].split()), toks[ti - 2][1],
                                       b, si, "die"))
                    previous, before = word, previous
                    continue
            vehicle = word in FELL_WORDS and (
                next((t[0].lower() for t in toks[max(0, ti - 6):ti] if t[0].lower() in VEHICLES), "") if english
                else "Bus" if lang == "de" and holds("vehicle") else "")
            if vehicle:                   # "a bus plunged into a ravine", "Beim Sturz eines Reisebusses"
                fam = "sink" if vehicle in VESSELS else "crash"       # ("the ferry overturned": capsized)
            elif (lang == "de" and word in ROCKET_START and holds("missile near")) or (
                    english and word in LIFT_OFF and ti + 1 < len(toks) and toks[ti + 1][0] == "off"
                    and holds("missile")):
                fam = "launch"            # "die Rakete ist gestartet", "the rocket lifted off" ("startet in die
                #                           Saison" holds no rocket)
            elif word in ("censure", "censura", "confiance", "confianza") and previous == "de" \
                    and before.lower() in ("motion", "moción", "vote", "cuestión"):
                # "une motion de censure", "una moción de censura", "un vote de confiance" (not "la censure")
                fam = "vote"
            elif word.lower() in SHARE_MOVES and (SHARES_BEFORE_RE.search(text, max(s, a - 40), a) if english
                                                   else lang == "de" and holds("shares")):
                fam = "shares"            # "Shares in Norvik fell 18 percent", "Die Aktie verlor 21 Prozent"
            elif word == "safety" and previous == "to" and english and any(
                    w in MOVED_TO_SAFETY for w, _, _ in toks[max(0, ti - 6):ti]):
                fam = "rescue"            # "200,000 people were moved to safety", as "in Sicherheit gebracht"
            elif word in DRIVE_WORDS and holds("crowd"):      # a verb, in lower case: asked of every word
                fam = "attack"            # "fuhr in eine Menschenmenge", "ploughed into a crowd": a car as a weapon
            elif word in TOLD_BY_CONTEXT:       # one lookup for the words below: they are asked of every word
                if english and word in BREAK_WORDS and text.startswith(" out", b) \
                        and not text.startswith(" out of", b) and holds("fire"):
                    # "the blaze, which broke out on Tuesday": the fire's first day (a happening of its own, as
                    # ECB+ has it), which "ausgebrochen" tells in German (see broken_out)
                    fam, b, word = "w:break", b + 4, word + " out"
                elif word in DECLARED_FR_ES and holds("fire") and (previous.lower() == "se" or previous.lower() == "est"
                                                                    and text[max(s, a - 8):a].lower().rstrip()
                                                                    .endswith(("s'est", "s’est"))):
                    # (reflexive only: "le feu est déclaré éteint" is no fire's breaking out)
                    fam = "w:break"       # "le feu s'est déclaré vers 2 heures", "el fuego se declaró el jueves"
                elif word in BREAK_OUT_WORDS and (lang == "de" or text.startswith(" out of", b)
                                                           or word.lower() in ERUPT_WORDS):
                    # "ist ein Vulkan ausgebrochen", "aus dem Gefängnis ausgebrochen", "the volcano erupted",
                    # "broke out of prison": which happening it is, its sentence tells, or the document's story
                    fam = broken_out(word, holds, doc_cues) or fam
                elif english and word in ("flee", "leave") and previous == "to" and (
                        word == "flee" or text.startswith((" their homes", " home"), b)) and any(
                        w.lower() in FORCED_EN for w, _, _ in toks[max(0, ti - 5):ti - 1]):
                    fam = "rescue"            # "forcing thousands to flee", "ordered to leave their homes"
                elif english and word in ("leave", "leaves", "leaving") and LEAVE_POST_RE.match(text, b, e) and any(
                        role_of(w, lang) for w, _, _ in toks):
                    fam = "resign"            # "Ford's CEO will leave at the end of the year", "leave his post"
                elif word in DEPART_WORDS and lang != "de" and LEFT_PLACE_RE.match(text, b, e):
                    fam = "depart"            # "left Pyongyang on Tuesday", "a quitté Pyongyang", as "abgereist"
                    #                           (not "left 12 dead")
                elif english and word in ("forced", "forcing", "drove", "driven") and FROM_HOMES_RE.match(text, b):
                    fam = "rescue"            # "forced 50,000 people from their homes"
                elif english and word == "went" and text.startswith(" down", b) and holds("plane"):
                    fam, b, word = "crash", b + 5, word + " down"    # "the ATR 72 went down at about 1:30 p.m."
                elif word in ("cayó", "cayeron") and lang == "es" and holds("plane"):
                    fam = "crash"             # "el avión cayó poco después de las 13.20"
                elif word in TESTED_WORDS and (text.startswith((" positive", " positiv"), b)
                                               or previous.lower().startswith("positiv")
                                               or (word == "getestet" and any(w == "positiv" for w, _, _ in toks))):
                    # "tested positive", "a positive test", "positiv auf ein Steroid getestet": a finding
                    fam = "tested"
                elif (english and word in ("landing", "landings") and previous.lower() == "emergency") or (
                        lang in ("fr", "es") and word.lower() in ("atterrissage", "aterrizaje", "aterrizó")
                        and EMERGENCY_AFTER_RE.match(text, b)):
                    fam = "landing"           # "made an emergency landing", "atterrissage d'urgence"
                elif word in CLOSE_WORDS and holds("closable near") and not (
                        CLOSE_NOT_RE.match(text, b) or previous.lower() in ("a", "very", "too", "so", "as")
                        or word.startswith("shut") and not text.startswith(" down", b)):
                    fam = "close"             # "schließt seine Botschaft", "will close its embassy" (not "close to",
                    #                           "a close ally", "schließt … nicht aus")
                elif word in RUNWAY_EXIT_WORDS and holds("runway"):
                    fam = "crash"             # "skidded off the runway", "overran the runway", "kam von der
                    #                           Landebahn ab": an accident, as a crash is
                elif english and word in FLEW_WORDS and OUT_OF_RE.match(text, b):
                    fam = "rescue"            # "flew 101 people out of Sudan", as "evacuated", "ausgeflogen"
                elif word in LEFT_DE and holds("vessel"):
                    fam = "depart"            # "Ein Frachter hat den Hafen von Odessa verlassen", as "left the port"
                elif word == "eingebrochen" and BROKE_INTO_DE_RE.search(text, s, a) and (
                        holds("suspect") or any(w in ("Unbekannte", "Unbekannten") for w, _, _ in toks)):
                    fam = "rob"               # "sind Unbekannte in ein Juweliergeschäft eingebrochen" (not a price's
                    #                           fall: "Der Absatz ist in den USA eingebrochen")
                elif word in FELL_OUT_DE and holds("services"):
                    fam = "cancel"            # "35 Flüge sind ausgefallen", as "53 flights were cancelled"
                elif word == "ausgefallen" and any(w in POWER_DE for w, _, _ in toks):
                    fam = "outage"            # "ist der Strom ausgefallen", as "a power outage"
                elif word in CRACKED_DE and holds("jackpot"):
                    fam = "win"               # "hat den Jackpot geknackt", as "won a jackpot of 14 million euros"
                elif word == "restoration" and holds("building") and not RESTORATION_NOT_RE.match(text, b):
                    fam = "renovate"          # "after a four-year restoration" of a church (not "the restoration
                    #                           of power", "of rules")
                elif word in BREACHED_WORDS and holds("dam"):
                    fam = "collapse"          # "ist ein Damm gebrochen", "a dam burst", "the levee was breached"
                elif word in VOTE_DE and holds("elected") and not OWN_AFTER_DE_RE.match(text, b):
                    fam = "elect"             # "Die Esten wählen Ende des Monats ein neues Parlament"
                elif word in SEIZED_DE and holds("vessel"):
                    fam = "capture"           # "hat einen Öltanker festgesetzt", as "seized an oil tanker"
                elif word in TAKE_OFF_DE and word != "Start" and holds("vessel"):
                    fam = "depart"            # "Das Boot war in Sfax gestartet", as "had left Sfax", "había zarpado"
                elif (word in TAKE_OFF_DE or (english and word in TAKE_OFF_EN and (
                        off_after(text, b)    # not "took office"
                        or word.lower() in ("take-off", "takeoff")))) and holds("plane"):
                    fam = "takeoff"           # "kurz nach dem Start", "had taken off at 18:05" (a plane's)
                elif english and word in ("record", "records") and previous.lower() in RECORD_BEFORE:
                    fam = "record"            # "broke the world record", "a new record" (not "records show")
                elif (word == "custody" and previous.lower() == "into") or (
                        word == "Gewahrsam" and text.startswith(" genommen", b)):
                    fam = "arrest"            # "was taken into custody", "in Gewahrsam genommen": arrested
                elif english and word in CHEAT_WORDS and OUT_OF_RE.match(text, b, e):
                    fam = "fraud"             # "cheated investors out of 95 million euros" (not "cheated death")
                elif english and word in UPSET_WORDS and holds("score"):
                    fam = "win"           # "Novak upset Ferreira 6-4 3-6 7-5 6-3" (not "upset by the ruling")
                elif word.lower() in RULED_WORDS and holds("judges") and not RULING_PARTY_RE.match(text, b):
                    fam = "ruling"        # "the court ruled", "ruling six to two"
                elif word.lower() in STRUCK_WORDS and text.startswith(" down", b) and holds("judges"):
                    fam, b, word = "annul", b + 5, word + " down"     # "struck down the reform"
                elif (english and word in ADDRESS_WORDS and ADDRESSED_BODY_RE.match(text, b, e)) or (
                        lang == "de" and word in SPEAK_DE and BODY_BEFORE_DE_RE.search(text, max(s, a - 80), a)):
                    fam = "speech"            # "will address the Estonian parliament", "vor dem Parlament sprechen"
                elif word == "rescate" and holds("money"):
                    fam = "ransom"            # "un rescate de dos millones de pesos": paid, nobody rescued
            elif lang in ("fr", "es") and (word.lower() == "urgence" and previous.lower() == "état" or (
                    word.lower() in ("emergencia", "excepción", "alarma") and previous.lower() == "de"
                    and before.lower() == "estado")):
                fam = "emergency"         # "l'état d'urgence", "el estado de emergencia", as "der Notstand"
            elif lang in ("fr", "es") and word.lower() in VOTE_VERBS_FR_ES and BODY_VOTES_RE.search(
                    text, max(s, a - 40), a):
                fam = "vote"              # "El Parlamento votará el 29 de marzo", as "parliament will vote"
            elif word in ("landed", "lands") and english and LANDED_AT_RE.match(text, b):
                fam = "arrive"            # "landed in Cologne", as German "landete"; not "landed a job", "in jail"
            if not fam:
                if english and word[:1].islower() and previous.lower() in VERB_CUES:
                    key = english_verb_key(word, previous.lower())      # "will return", "he approves"
                    if key:
                        out.append(Mention(doc.key, "event", sys.intern(word), a, b, si, "w:" + key))
                previous, before = word, previous
                continue
            if english and word.istitle() and ti + 1 < len(toks) and toks[ti + 1][1] == b + 1 \
                    and toks[ti + 1][0][:1].isupper() and fam not in NAMED_HAPPENINGS \
                    and not is_given_name(toks[ti + 1][0]) and (
                        fold(toks[ti + 1][0]) in _ORG_WORDS or (si and ti and not holds("headline"))):
                # "the Icelandic Met Office said", "the Election Commission", "Summit Entertainment": a name's
                # part (not "Hurricane Katrina", a storm's name; nor "Fired Jim O'Brien" in a line of capitals;
                # in a title-case headline only before an organisation's word: "Met Office Warns Of Storm")
                fam = ""
            elif previous.lower() in DETERMINERS and ti + 1 < len(toks) and attributive(text, b, toks[ti + 1]) and (
                    word.endswith(("ed", "ing")) if fam.startswith("w:")
                    # a known happening's too ("the freed prisoners", "a convicted agent"); not after "that",
                    # a relative pronoun as often ("the ship that captured pirates")
                    else english and word.endswith("ed") and previous.lower() != "that"):
                fam = ""                  # "the suspected gunman", "a glittering career": an adjective
            elif lang == "de" and word[:1].islower() and ti + 1 < len(toks) and toks[ti + 1][0][:1].isupper() \
                    and participle_adjective(word, previous) and fam != "missing":
                fam = ""                  # "ein schwer verletzter Fahrer starb am Abend": who he is, not when hurt
                #                           (but being missing is the happening: "ein seit Tagen vermisster Wanderer")
            elif fam.startswith("w:") and word in ROLE_MODIFIERS and ti + 1 < len(toks) \
                    and role_of(toks[ti + 1][0], lang):
                fam = ""                  # "defence minister", "election commissioner": part of a title
            elif fam == "attack" and word.lower() in ("strike", "strikes") and (holds("labour") or (
                    previous.lower() in ("the", "this") and holds("labour before"))
                    or previous.lower() in WORK_STRIKE_BEFORE or previous.lower().endswith(LENGTH_HYPHENED)):
                # "the union called a strike": workers stop, nobody is attacked; so does "The strike"
                # after a sentence of them ("… workers walked off the job. The strike will last")
                fam = "protest"
            elif fam == "cost" and (previous.lower() in ("auf", "zu") or (previous.lower() == "the"
                                                                         and before.lower() == "at")):
                fam = ""                  # "auf Kosten anderer", "at the cost of": no sum spent
            elif fam == "damage" and lang == "de" and word[:1].islower() and not (
                    word.startswith(("geschädigt", "schädigte")) and SUM_BY_DE_RE.search(text, max(s, a - 60), a)):
                # "würde der Wirtschaft schaden": to harm, no damage done; "habe die Firma um 4,5 Millionen Euro
                # geschädigt" tells the damage's sum
                fam = ""
            elif fam == "receive" and english and word.startswith(("receiv", "welcom")) and \
                    not RECEIVED_GUEST_RE.match(text, b) and \
                    not (previous.lower() in PASSIVE_BEFORE and RECEIVED_BY_RE.match(text, b)):
                fam = "w:" + word[:5]     # "received a letter", "welcomed the decision": no guest welcomed
            elif fam == "rob" and word.lower().startswith(("überfall", "überfäll", "überfiel")) and not holds("loot"):
                fam = "attack"            # "der Überfall auf die Schule": an assault; one on a bank takes something
            elif fam == "rob" and word.startswith("Stahl"):
                fam = ""                  # "der Stahl": steel; the thief "stahl" is lower-case
            elif fam == "rob" and word.startswith("Einbr") and SLUMP_AFTER_RE.match(text, b):
                fam = ""                  # "Einbruch der Nachfrage": a slump, no burglary
            elif fam == "arrest" and english and word.startswith("detain") and DETAINED_VESSEL_RE.match(text, b):
                fam = "capture"           # "detained an oil tanker", as "einen Öltanker festgesetzt"
            elif fam == "decide" and word.startswith("verabschied") and any(
                    w == "sich" for w, _, _ in toks[ti + 1:ti + 3]):
                fam = ""                  # "verabschiedete sich von den Fans": a farewell, no law passed
            elif fam == "win" and word.startswith(("verl", "Verl")) and not holds("score"):
                fam = ""                  # "ihr Leben verloren", "verlor die Wahl": a defeat only with its score
            elif fam == "purchase" and word.startswith("übern") and (not holds("deal") or (
                    NEW_HEAD_RE.search(text, s, e) and not holds("money"))):
                # "übernimmt das Amt": someone takes an office; "übernimmt die Verantwortung": nothing happens;
                # "Der Konzern bekommt einen neuen Chef: X übernimmt am 1. August": an office, for no money
                fam = "hire" if holds("office") or LEADERSHIP_OF_RE.search(text, s, e) or NEW_HEAD_RE.search(
                    text, s, e) else ""
            elif fam == "say" and word == "added" and ADDED_THING_RE.match(text, b):
                fam = ""                  # "added a third goal", "in added time": something added, nothing said
            elif fam == "profit" and word.startswith("gewinn"):
                fam = "win"               # "Sozialdemokraten gewinnen Parlamentswahl": a verb (der Gewinn: a profit)
            elif fam == "fraud" and word.startswith("betrug"):
                fam = ""                  # "Die Wahlbeteiligung betrug 84 Prozent": it came to (der Betrug: a fraud)
            elif english and (fam == "attack" and word.lower() in ("raid", "raids") or word == "stormed") \
                    and doc_cues(ROBBERY_CUES):
                fam = "rob"               # in a robbery's story: "The raid happened …", "Three men stormed a shop"
            elif word in LANDED_WORDS and doc_cues(EMERGENCY_LANDING_CUES):
                fam = "landing"           # in an emergency landing's story: "Die Maschine landete um 14.20 Uhr"
            elif fam == "agreement" and word in ("deal", "deals") and doc_cues(TAKEOVER_CUES):     # (not "New Deal")
                fam = "purchase"          # "The deal is expected to close in May": in a takeover's story, the takeover
            elif fam == "purchase" and "transa" in word.lower() and not doc_cues(TAKEOVER_CUES):
                fam = ""                  # a transaction of no takeover: a payment, a trade
            elif fam == "agreement" and word.lower() == "agreed" and agreed_to_happen(text, b, e):
                fam = own_english_key(word, previous)    # "agreed on Monday to buy X": the buying is what happens
            elif fam == "annul" and not holds("court"):
                # "the ferry overturned", "die Stimmung kippte": no court set anything aside; "a annulé son
                # voyage": called off
                fam = own_english_key(word, previous) if english else "cancel" if lang in ("fr", "es") else ""
            elif fam == "decide" and word.lower().startswith(("entschied", "entscheid")) and holds("judges"):
                fam = "ruling"            # "Die Richter entschieden mit fünf zu drei Stimmen": a court's ruling
            elif fam == "sink" and not doc_cues(VESSEL_CUES):
                # "Die Exporte sind gesunken", "Inflation sank auf 2 Prozent": only a vessel sinks
                fam = own_english_key(word, previous) if english else ""
            elif fam == "exchange" and not holds("captive") and not (
                    word.lower() in SWAP_NOUNS and doc_cues(CAPTIVE_CUES) and not NOT_SWAP_AFTER_RE.match(text, b)
                    and (EARLIER_BEFORE_RE.search(text, max(s, a - 12), a)
                         or ORDINAL_BEFORE_RE.search(text, max(s, a - 12), a))):
                # "Meinungsaustausch", "exchange of fire": only captives make a swap (or in a story of captives,
                # the swap before: "The previous swap took place in mid-July"; or the so-manieth: "It was the
                # 55th exchange since the start of the war")
                fam = ""
            elif fam == "protest" and word.lower().startswith(("rall", "march")) and not holds("rally"):
                fam = own_english_key(word, previous) if english else ""    # "the Sixers rallied": a comeback
            elif fam == "visit" and AT_SPEED_RE.match(text, b, e):
                fam = ""                  # "a train travelling at 300 km/h", "mit 250 km/h unterwegs": no visit
            elif fam == "elect" and word.lower() == "turnout" and CROWD_TURNOUT_RE.match(text, b, e) and any(
                    word_event(w, lang) == "protest" for w, _, _ in toks):
                # "100,000 rallied, police said, while organisers put the turnout at 300,000": the protest's crowd
                # (a crowd's turnout in a sentence of no protest is no happening: see SHARE_WORDS)
                fam = "protest"
            elif fam == "elect" and word.lower() in SHARE_WORDS and not TURNOUT_RE.match(text, a, e):
                fam = ""                  # "put the turnout at 150,000": a crowd's; a vote's is a percentage
            elif fam == "receive" and WELCOMED_THING_RE.match(text, b):
                fam = ""                  # "welcomed the outcome", "begrüßte das Ergebnis": no guest received
            elif fam == "fire_job" and lang == "de" and word.lower().startswith("entl") and (
                    holds("captive") or any(w in ("Haft", "Gefängnis") for w, _, _ in toks)):
                fam = "release"           # "entließ 183 Häftlinge aus der Haft": freed, not dismissed
            elif fam == "sentence" and lang == "de" and word.lower().startswith("verurteil") and not holds("verdict"):
                fam = "condemn"           # "verurteilt die Annexion": no court's sentence
            elif fam == "sentence" and word.startswith("verhäng") and not holds("verdict"):
                fam = ""                  # "verhängte eine Ausgangssperre": a penalty only where one is told
            elif fam == "arrest" and word == "gefasst" and not holds("suspect"):
                fam = ""                  # "einen Beschluss gefasst", "gefasst reagiert": no one caught
            elif fam == "layoff" and not holds("job"):
                # "Schuldenabbau", "a tax cut"; "90 Flüge gestrichen", "cut 140 flights": called off, no jobs shed
                fam = "cancel" if holds("services") else own_english_key(word, previous) if english else ""
            elif fam == "elect" and (previous.lower() in ("confidence", "no-confidence")
                                     or text.startswith((" of confidence", " of no confidence"), b)
                                     or (word.lower().startswith("vot") and not holds("election") and (
                                         holds("assembly") or BODY_VOTES_RE.search(text, max(s, a - 40), a)))):
                # "a confidence vote", "the cabinet will vote", "parliament will vote on her nomination": a body's
                # vote, no election
                fam = "vote"
            elif fam == "fire" and word.lower() in FEU_WORDS:
                fam = feu_family(previous.lower(), before.lower(), text[b:b + 16])
            elif fam == "fire" and (previous.lower() in GUNFIRE_BEFORE or before.lower().startswith("eröffn")
                                    or text.startswith(" eröffn", b)):
                fam = "shoot"             # "opened fire", "eröffnete das Feuer": shots, not a blaze
            elif fam == "missing" and english and word.lower() == "missing" and ti + 1 < len(toks) and (
                    toks[ti + 1][0].lower() in DETERMINERS or toks[ti + 1][0][:1].isdigit()
                    or toks[ti + 1][0].lower() in COUNT_WORDS):
                fam = own_english_key(word, previous)    # "missing two games": missed, nobody is missing
            elif fam == "visit" and english and (previous.lower() in VEHICLES or (
                    previous.lower() in ("was", "were", "is", "are", "been")
                    and any(t[0].lower() in VEHICLES for t in toks[max(0, ti - 12):ti]))):
                fam = ""                  # "a bus travelling from Lima", "the bus … was travelling": no one's visit
            elif fam == "send" and holds("responders") and not holds("troops"):
                fam = ""                  # "Around 130 firefighters were deployed": the fire's, no sending of its own
            elif fam == "storm" and english and text.startswith((" surge", " tide"), b):
                fam = "flood"             # "a storm surge", as "Sturmflut": the sea that floods the coast
            elif fam == "visit" and word == "rendu" and SURRENDERED_TO_RE.match(text, b):
                fam = ""                  # "Il s'est rendu vers 15 heures aux policiers": he gave himself up
            elif fam == "visit" and word[:4] == "rend" and word != "rendu" and previous.lower() not in REFLEXIVE_FR:
                fam = ""                  # "Il se rendra vendredi à Varsovie", not "rendra sa décision", "rend hommage"
            elif fam in ("shoot", "open") and english and word.lower() in ("opened", "opening", "opens"):
                # "opened the bridge", "opened the scoring": no shots without "fire"; "opening fire": shots
                fam = "shoot" if text.startswith((" fire", " heavy fire"), b) else "open"
            elif fam == "open" and FIRE_OPENED_RE.match(text, b, e):
                fam = ""                  # "eröffnete das Feuer": the fire's word tells the shots (see "fire")
            elif fam == "launch" and word.startswith("startete") and not holds("missile near"):
                fam = ""                  # "startete gut in die Saison": a start, no launch
            elif fam == "launch" and ("feuer" in word.lower() or word.startswith("test")
                                      or word.startswith("getest")) and not holds("missile"):
                fam = "shoot" if "feuer" in word.lower() else ""    # "Schüsse abgefeuert": shots, not a rocket
            elif fam == "die" and english and word in ("death", "passing") and previous.lower() in (
                    "his", "her", "their") and before.lower() in DEATH_TOLD_VERBS:
                fam = ""                  # "His family announced his death on Sunday": the day it was told
            elif fam == "join" and english and not holds("alliance"):
                fam = own_english_key(word, previous)    # "has joined FK Riga": a transfer, told as such
            elif fam == "launch" and holds("gadget") and not holds("missile"):
                fam = "unveil"            # "launched its first smartphone", as "unveiled", "vorgestellt"
            elif fam == "parade" and english and word[:1] == "P" and ti and previous[:1].isupper() \
                    and not holds("headline"):
                fam = ""                  # "the magazines Wink and Beauty Parade": a name's last word
            elif fam == "poll" and english and word.lower() == "polls" and previous.lower() == "the" and (
                    before.lower() in ("to", "at") or text.startswith((" open", " close"), b)):
                fam = "elect"             # "went to the polls", "the polls closed": the election, no opinion poll
            elif fam == "fire_job" and english and word.lower() in ("fired", "fires", "firing") and (
                    GUNSHOT_AFTER_RE.match(text, b) or (text.startswith(" it", b) and holds("gun"))):
                # "fired a shot into the ceiling", "fired on protesters", "pulled a gun … and fired it": no one
                # dismissed
                fam = "shoot"
            elif fam == "fire_job" and word.lower() in ("fired", "fires", "firing") and holds("missile"):
                fam = "launch"            # "fired an intercontinental ballistic missile": nobody lost a post
            elif fam == "arrive" and holds("plane") and doc_cues(CRASH_CUES):
                fam = ""                  # "The plane, arriving from Lindenau, landed in a snowstorm": a flight's, in
                #                           a story of a crash, no visitor's arrival
            elif fam == "capture" and english and word in ("seized", "snatched") \
                    and previous.lower() in PASSIVE_BEFORE and doc_cues(KIDNAP_CUES):
                fam = "hostage"           # "He was seized on Feb. 25" in a story of a kidnapping: no goods seized
            elif fam == "resign" and word.lower().startswith("nieder") and holds("work"):
                fam = "protest"           # "die Arbeit niedergelegt": a strike, not an office left
            elif fam == "w:walk" and text.startswith((" off the job", " out"), b) and (holds("labour") or (
                    holds("labour before") and not text.startswith(" out of", b))):
                fam = "protest"           # "dock workers walked off the job": a strike; so does "They walked
                #                           out" after a sentence of them (not "walked out of the room")
            elif fam == "recall" and word[:1].islower() and previous.lower() not in DETERMINERS \
                    and not holds("product"):
                # "he recalled the day": remembered; "hat ihn zurückgerufen": called back
                fam = own_english_key(word, previous) if english else ""
            elif fam == "spill" and word.lower() in LET_OUT_WORDS and not holds("oil"):
                fam = ""                  # "der Vertrag ist ausgelaufen", "aus der Partei ausgetreten", "leaked emails"
            elif fam == "crash" and lang == "fr" and word.startswith("échou") and not text.endswith("s'", 0, a) \
                    and not STRANDED_FR_RE.search(text, max(0, a - 12), a):
                fam = ""                  # "les négociations ont échoué": failed; a ship "s'est échoué"
            elif fam == "ban" and word == "gesperrt" and not holds("ban"):
                fam = ""                  # "die A7 war gesperrt": a road closed, nobody banned
            elif fam == "capture" and word.startswith("sichergest") and DASS_AFTER_RE.match(text, b):
                fam = ""                  # "ist sichergestellt, dass": made sure, nothing seized
            elif fam == "anaphor" and word == "Tat" and previous.lower() == "der" and before.lower() == "in":
                fam = ""                  # "in der Tat": indeed
            elif fam == "meet" and lang == "de" and word.lower() in ("traf", "trafen", "trifft") and holds("goal"):
                fam = ""                  # "Köhler traf in der 14. Minute": he scored
            elif fam == "fire" and english and previous.lower() == "under":
                # "under fire from two boats": shot at; "under fire all season": criticised
                fam = "shoot" if text.startswith(" from", b) else ""
            elif fam == "fire" and english and word.lower() in ("fire", "fires") and (
                    (previous.lower() in INFINITIVE_CUES and FIRE_SOMEONE_RE.match(text, b, e))
                    or (word[:1].isupper() and ti + 1 < len(toks) and toks[ti + 1][0].lower() in FIRED_ROLES)
                    or (word == "fires" and previous[:1].isupper() and FIRE_SOMEONE_RE.match(text, b, e)
                        and not holds("headline") and not holds("missile"))):
                # "decided to fire O'Brien", "76ers Fire Coach Jim O'Brien", "Zelensky fires Reznikov": a dismissal
                # (not "California Fires Threaten Homes", a title-case headline)
                fam = "fire_job"
            if fam and word.lower() in PAGE_WORDS and page_line(text, a):
                fam = ""                  # "Last updated: 21 July 2013": the page's, no happening
            if english and fam[:2] == "w:" and word.endswith(("ed", "ing")) and previous.lower() in ADJECTIVE_AFTER \
                    and ti + 1 < len(toks) and toks[ti + 1][0].isalpha() and toks[ti + 1][0].islower() \
                    and toks[ti + 1][0] not in NOT_A_NOUN_EN:
                fam = ""                  # "the proposed rule", "a glittering career": an adjective, no happening
            previous, before = word, previous
            if fam == "effect" or (fam == "rescue" and word in ("Sicherheit", "safety")) or (
                    lang == "de" and word in ("Grund", "Wasser") and fam in ("crash", "flood")):
                # its words are the phrase's: "in Kraft", "take effect", "into force", "in Sicherheit", "to safety",
                # "auf Grund", "unter Wasser"
                a = toks[ti - 1][1]
                word = " ".join(text[a:b].split())
            if fam:
                out.append(Mention(doc.key, "event", sys.intern(word), a, b, si, fam))
    holds = None    # it names itself: a cycle, which keeps a sentence's words while the collector is off (main)
    return tuple(out)


UPSET_WORDS = frozenset("upset upsets stunned stuns outclassed thrashed crushed overcame".split())
RULED_WORDS = frozenset("ruled ruling rulings rules".split())
RULING_PARTY_RE = lazy_regex(r"\s+(?:party|parties|coalition|class|elite|family|junta|camp|bloc)\b", re.I)
STRUCK_WORDS = frozenset("struck strikes strike striking".split())
PAGE_WORDS = frozenset("updated published posted modified aktualisiert veröffentlicht".split())
# Words of breaking out: of a volcano, of a prison; and English "erupted", which violence does too
ERUPT_WORDS = frozenset("erupt erupts erupted erupting".split())
BREAK_OUT_WORDS = ERUPT_WORDS | frozenset("ausbruch ausbruchs ausgebrochen ausbrach ausbrachen ausbrechen ausbricht "
                                          "broke break breaks breaking".split())
BREAK_OUT_WORDS |= frozenset(w.capitalize() for w in BREAK_OUT_WORDS)     # asked of every word: no lower() there
DOC_CUE_REACH = 20_000   # characters of a document read for its story's cues: a lead tells what it is about


def broken_out(word, holds, doc_cues):
    """Return the family of a word of breaking out, from the cues of its sentence, else of its document.

    A volcano's is an eruption, a prison's an escape, a fire's its breaking out, as English "broke out"
    ("Das Feuer war am Montag ausgebrochen"). German "Ausbruch" with none is an outbreak (of a disease);
    a verb with none names no happening ("Panik brach aus", "violence erupted").
    """
    for near, cues, family in (("volcano near", VOLCANO_CUES, "eruption"), ("prison near", PRISON_CUES, "escape")):
        if holds(near):
            return family
    if holds("fire"):
        return "w:break"
    if holds("panic") and doc_cues(STAMPEDE_CUES):     # "Die Panik brach gegen 15 Uhr aus": the stampede's
        return "stampede"                 # (not "An den Börsen brach Panik aus")
    if word[:1].isupper() or word.lower() in ERUPT_WORDS:  # a noun, or "erupted": the document's story
        volcano, prison = doc_cues(VOLCANO_CUES), doc_cues(PRISON_CUES)
        if volcano != prison:
            return "eruption" if volcano else "escape"
    return ""


def page_line(text, at):
    """True when the word at text[at] stands on a short line with a number: a page's own date, not a story's.

    >>> t = "UPDATED: May 3, 2013\\nA poll published on Sunday showed gains."
    >>> page_line(t, 0), page_line(t, t.index("published"))
    (True, False)
    """
    a = text.rfind("\n", max(0, at - PAGE_LINE), at) + 1     # looked for no further than a short line's length:
    b = text.find("\n", at, at + PAGE_LINE)                 # a 2 MB line is read in bounded steps
    if (a == 0 and at > PAGE_LINE) or (b < 0 and len(text) - at > PAGE_LINE):
        return False
    line = text[a:b if b >= 0 else len(text)]
    return len(line) <= PAGE_LINE and any(c.isdigit() for c in line)


PAGE_LINE = 60           # characters a page's own line of its date has at most


# Who is fired, after the verb: a name or title, or a pronoun ("to fire him")
# (not a fire's department or chief, nor its day)
FIRE_SOMEONE_RE = lazy_regex(r"\s+(?:him|her|them|(?:the|his|her|its|their)\s+(?:coach|manager|head|chief|director|"
                             r"president|ceo|staff|workers|employees)|(?!(?:Department|Chief|Brigade|Service|Station|"
                             r"Dept|Marshal|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z])")
VEHICLES = frozenset("bus buses train trains car cars plane planes jet truck lorry vehicle ship boat ferry van "
                     "aircraft flight convoy coach minibus helicopter vessel".split())
VESSELS = frozenset("ship boat ferry vessel".split())
VEHICLE_ENDINGS_DE = ("bus", "busse", "busses", "wagen", "fahrzeug", "fahrzeuge", "fahrzeugs", "lkw", "pkw", "auto",
                      "autos")
# A vehicle's fall or roll: a crash where a vehicle is told with it ("a bus plunged into a ravine", "the truck
# overturned", "Der Reisebus stürzte in eine Schlucht"; not "shares plunged", "the court overturned the ban")
FELL_WORDS = frozenset("plunged plunges plunge veered veers overturned overturns careered skidded toppled stürzte "
                       "stürzten gestürzt Sturz überschlug überschlugen überschlagen umgekippt kippte".split())
HOSTAGES_AFTER_RE = lazy_regex(r"\s+(?:hostages?|as\s+hostages?|als\s+Geiseln?|en\s+otage|como\s+rehenes|"
                               r"in\s+(?:seiner|ihrer)\s+Gewalt)\b")      # "hatte vier Menschen in seiner Gewalt"
# What is fired that is a gun's: "fired a shot", "fired two rounds", "fired into the crowd", "fired on police"
GUNSHOT_AFTER_RE = lazy_regex(r"\s+(?:(?:a|an|two|three|several|many|multiple|\d+)\s+(?:warning\s+)?"
                              r"(?:shots?|rounds?|bullets?|volleys?)\b|(?:shots|rounds|bullets)\b"
                              r"|(?:into|on|at|upon)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                              r"January|February|March|April|May|June|July|August|September|October|November|December|"
                              r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|the\s+(?:spot|end|start|beginning))\b))")
FIRED_ROLES = frozenset("coach manager ceo director president chairman boss minister secretary staff".split())
STEP_WORDS = frozenset("step steps stepped stepping stand stands stood standing".split())
TAKE_WORDS = frozenset("take takes took taken taking".split())
# Paying or offering a price a share is buying the company: "will pay 41 euros per share", "bietet 41 Euro je Aktie"
BIRTH_YEAR_RE = lazy_regex(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")     # a year near "born", "geboren"
# A tally after a decision's word, or around its "votes": "approved … by 370 votes to 282"
VOTES_TO_RE = lazy_regex(r"\bby\s+(?:a\s+vote\s+of\s+)?\d[\d,]*\s+(?:votes?\s+)?to\s+\d"
                         r"|\b(?:par|por|con)\s+\d[\d.]*\s+(?:voix|votos)\b")
VOTES_DE_RE = lazy_regex(r"\bmit\s+\d+\s+(?:zu|gegen)\s+\d+\s+Stimmen\b|\b\d+\s+Ja-Stimmen\b")
VOTES_TO_REACH = 90      # letters after a decision's word its tally is looked for in
PAY_WORDS = frozenset("pay pays paying paid offer offers offering offered zahlt zahlen zahlte zahlten bietet "
                      "bieten bot boten receive receives erhalten erhält recevront recibirán".split())
PAID_PER_SHARE_RE = lazy_regex(r"\s+(?:[^\W\d_]+\s+){0,4}?(?:[$€£]\s?)?\d[\d.,]*(?:\s?[$€£]|\s+[^\W\d_]+)?"
                               r"\s+(?:per|a|je|pro|par|por)\s+(?:share|Aktie|action|acción)\b", re.I)
# and told before the verb: "Pro Aktie will Hydro 62 Zloty zahlen", "Je Aktie bietet X 41 Euro"
PAID_PER_SHARE_BEFORE_RE = lazy_regex(r"\b(?:[Pp]ro|[Jj]e|[Pp]er|[Pp]ar|[Pp]or)\s+(?:Aktie|share|action|acción)\b"
                                      r"[^.;!?]{0,50}$")
FINE_WORDS = frozenset(("fine", "fines"))
# A sum, or a word only a penalty has, just before "fine": "a $5 million fine", "a record antitrust fine"
SUM_BEFORE_RE = lazy_regex(r"(?:[$€£]\s?\d|\d\s*(?:million|billion|bn)\b|\b(?:euros?|dollars?|pounds?|antitrust|"
                           r"record|hefty|heavy|civil)\b)(?:\s+[\w-]+){0,2}\s+$")
# a central bank's rate: "interest rates", "the benchmark rate", "a rate hike"
RATE_KINDS = frozenset("interest key benchmark policy base lending deposit refinancing".split())
RATE_WORDS = frozenset("rate rates hike hikes cut cuts increase increases rise rises".split())
RATE_VERBS = frozenset("raised raises raise lifted lifts cut cuts lowered lowers held holds kept keeps hiked hikes "
                       "left leaves".split())
# (to a place named: "travel on to Paris"; not "went on to win", "moved on to other things")
ONWARD_VERBS = frozenset("travel travels travelled traveled travelling traveling fly flies flew flying head heads "
                         "headed heading continue continues continued".split())
ONWARD_RE = lazy_regex(r"\s+(?:on|onwards?)\s+to\s+[A-Z]")
# what a market's demand is told with ("weak demand", "consumer demand"), not a union's or a protest's
MARKET_WORDS = frozenset("weak weaker strong stronger soft softer sluggish slowing slower robust tepid weakening "
                         "falling rising growing consumer global domestic export customer market seasonal".split())
CALL_WORDS = frozenset(("call", "calls", "called", "calling"))
# An election called, its day the calling's: "called a snap election", "hatte die Neuwahl ausgerufen"
CALLED_ELECTION_RE = lazy_regex(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:elections?|vote|referendum|poll)\b")
CALLED_WORDS_DE = frozenset(("ausgerufen", "anberaumt", "angesetzt", "ausgeschrieben"))
ELECTION_BEFORE_DE_RE = lazy_regex(r"(?i:wahl|referendum|abstimmung)\w*[^.;!?]{0,60}$")
STRIKE_WORDS = frozenset(("strike", "strikes", "struck", "striking"))
SLUMP_AFTER_RE = lazy_regex(r"\s+(?:der|des|bei|beim|im|am)\s")    # "Einbruch der Kurse": a fall
BREAK_WORDS = frozenset(("break", "breaks", "broke", "breaking"))
# The verbs that tell a fire as it broke out (not the nouns: "nach dem Ausbruch" tells no day of its own)
# (and a fire's breaking out in French and Spanish: "s'est déclaré", "se declaró")
DECLARED_FR_ES = frozenset("déclaré déclarée declaró declarado declarada".split())
BROKE_OUT = frozenset("ausgebrochen ausbrach ausbrachen ausbricht".split()) | {w + " out" for w in BREAK_WORDS} \
    | DECLARED_FR_ES
# "would become chief executive", "becomes its president" (not "became a model": a life's story)
BECOME_WORDS = frozenset(("become", "becomes"))
# "broke into a jewellery shop": a burglary; not "broke into tears", "broke into a run"
BREAK_INTO_RE = lazy_regex(r" into (?!tears|song|laughter|applause|a (?:run|sprint|smile|grin)\b)")
BREAK_OPEN_RE = lazy_regex(r" open\s+(?:\S+\s+){0,6}?(?:safes?|boxes|lockers?|vaults?|doors?|tills?|cash\s+machines?|"
                           r"ATMs?)(?![^\W\d_])")
GIVE_WORDS = frozenset(("give", "gives", "gave", "given", "giving"))
GAVE_WAY_RE = lazy_regex(r" way\b(?! to\b| for\b)")
PASS_WORDS = frozenset(("pass", "passes", "passed", "passing"))
PASSED_BILL_RE = lazy_regex(r"\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:bills?|laws?|budget|"
                            r"resolution|measure|legislation|act|amendment|reform)\b", re.I)
CALL_BEFORE = frozenset("phone telephone video first the a their his her this that".split())
NOT_A_CALL_AFTER = (" for", " to ", " on ", " up", " out", " off", " of ", "-up", "-in", " centre", " center")
BURST_WORDS = frozenset(("burst", "bursts", "broke", "breaks", "overflowed", "overtopped", "breached"))
# A goal's words, asked of a sentence that tells a game's minute ("das Siegtor erzielte X in der 78. Minute")
# (each as written and capitalised: looked up for every word, with no lower() of each)
GOAL_WORDS_EN = frozenset(f(w) for w in "scored scores scoring netted nets goal goals equalised equalized equaliser "
                          "equalizer header winner".split() for f in (str, str.capitalize))
GOAL_WORDS_DE = frozenset(f(w) for w in "erzielte erzielt erzielten traf getroffen tor tore treffer siegtor siegtreffer "
                          "führungstor führungstreffer ausgleich ausgleichstor ausgleichstreffer anschlusstreffer "
                          "eigentor glich verkürzte verkürzt".split() for f in (str, str.capitalize))
MINUTE_RE = lazy_regex(r"\b\d{1,3}(?:st|nd|rd|th)\s+(?:and\s+\d{1,3}(?:st|nd|rd|th)\s+)?minutes?\b"    # of a game
                       r"|\b\d{1,3}\.\s+(?:und\s+\d{1,3}\.\s+)?Minute\b")
def off_after(text, b):
    """True when the word ending at b is followed by "off" as a word of its own ("lay off", not "took office").

    >>> off_after("lay off staff", 3), off_after("took office", 4), off_after("took off.", 4)
    (True, False, True)
    """
    return text.startswith(" off", b) and not text[b + 4:b + 5].isalpha()


LAY_WORDS = frozenset(("lay", "lays", "laid", "laying"))     # "to lay off 8,100 employees", "laid off 300 workers"
SHOW_WORDS = frozenset(("show", "shows", "showed", "shown", "showing"))     # "showed off its latest iPhone"
OPEN_WHEN_RE = lazy_regex(r"\s*(?:[.,;]|\s(?:in|on|at|by|next|this|later|early|late|soon|again)\b)")
TWO_WORD_EVENTS = STEP_WORDS | LAY_WORDS | SHOW_WORDS | TAKE_WORDS | FINE_WORDS | RATE_WORDS | CALL_WORDS | \
    STRIKE_WORDS | PASS_WORDS | BREAK_WORDS | BECOME_WORDS | GIVE_WORDS | {
    "emergency", "heat", "Heat", "effect", "force", "banks", "phone", "telephone", "exercise", "exercises", "pause",
    "pauses", "service", "games", "pulled", "pulls", "pull", "open"}
# The kinds of exercise that are drills: "joint military exercises" ("an exercise in democracy": none)
EXERCISE_KINDS = frozenset("military naval joint air army navy war training live-fire combat amphibious "
                           "missile nuclear".split())
INTO_FORCE_VERBS = frozenset("come came comes coming enter entered enters entering went".split())
SUM_BY_DE_RE = lazy_regex(r"(?<![^\W\d_])um\s+(?:[^\W\d_]+\s+){0,2}?\d[\d.,]*\s+"
                          r"(?:(?:Millionen|Milliarden|Mio\.|Mrd\.)\s+)?(?:Euro|Dollar|Franken|Pfund)\s+$")
COST_DE = frozenset("kostete kosteten gekostet kosten kostet".split())     # "… das Leben gekostet"
# "tritt … in Kraft", "in Kraft getreten", "träten … in Kraft"
TREATEN = frozenset("tritt trat traten treten getreten träten trete".split())
AGREED_TO_RE = lazy_regex(r"(?:\s+[\w-]+){0,3}?\s+to\s+(?!(?:a|an|the|this|that|its|their|his|her)\b)(?P<verb>[a-z]+)")


# German separable verbs: a finite form in a main clause leaves its particle at the clause's end
# ("Die Polizei nahm ihn am Montag fest"). Each verb's forms, and the family of each particle with it.
SEPARABLE_DE = {form: {particle.replace("_", " "): family
                       for particle, family in (p.split(":") for p in particles.split())}
                for forms, particles in (
        ("nahm nahmen nimmt nehmen", "fest:arrest gefangen:arrest"),
        ("trat traten tritt treten", "zurück:resign an:swear_in ab:resign bei:join"),     # "Die Chefin tritt ab"
        ("legte legten legt legen", "nieder:resign zu:shares"),      # "Die Aktie legte um 3,2 Prozent zu"
        ("griff griffen greift greifen", "an:attack"),
        ("stürzte stürzten stürzt", "ab:crash ein:collapse"),
        ("kündigte kündigten kündigt kündigen", "an:announce"),
        ("rief riefen ruft rufen", "aus:announce zurück:recall"),
        ("sprach sprachen spricht", "frei:sentence"),
        ("ließ ließen lässt lassen", "frei:release"),
        ("traf trafen trifft", "ein:arrive"),
        ("kam kamen kommt kommen", "an:arrive ums_leben:die zusammen:meet frei:release"),
        ("reiste reisten reist", "an:arrive ab:depart weiter:depart"),
        ("flog flogen fliegt", "weiter:depart"),
        ("marschierte marschierten marschiert", "ein:invade"),
        ("setzte setzten setzt", "ab:fire_job durch:win"),
        ("stimmte stimmten stimmt", "zu:decide ab:vote"),
        ("lehnte lehnten lehnt", "ab:decide"),
        ("feuerte feuerten feuert", "ab:launch"),
        ("stach stachen sticht", "ein:attack nieder:attack"),      # "stach auf zwei Männer ein"
        ("fallen fällt fiel fielen", "weg:layoff"),
        ("gab gaben gibt", "bekannt:announce"),
        ("baut bauen baute bauten", "ab:layoff"),
        ("räumte räumten räumt", "ein:concede"),
        ("gestand gestanden gesteht", "ein:concede"),
        ("zog zogen zieht", "zurück:withdraw ab:withdraw"),
        ("brachte brachten bringt", "um:kill"),
        ("brach brachen bricht", "aus:outbreak"),
        ("stieß stießen stößt prallte prallten prallt", "zusammen:crash"),
        ("lief liefen läuft", "aus:spill"),
        ("sagte sagten sagt", "ab:cancel zu:aid"),        # "sagte weitere Hilfen … zu": pledged
        ("wies wiesen weist", "zurück:deny aus:expel"),
        ("warf warfen wirft werfen", "vor:accuse"),
        ("hob hoben hebt", "auf:annul ab:launch"))     # "Die Rakete hob um 22.42 Uhr ab"
                for form in forms.split()}
CLAUSE_END_RE = lazy_regex(r"\s*(?:[.,;:!?)\"“”„»«]|$|\s(?:und|oder|aber|doch|sondern)\b)")


def agreed_to_happen(text, at, end):
    """True when "agreed" at text[:at] is followed by what is agreed to happen, a happening of its own.

    >>> agreed_to_happen(" on Monday to buy Hale Corp", 0, 27), agreed_to_happen(" on Monday to continue it", 0, 25)
    (True, False)
    """
    m = AGREED_TO_RE.match(text, at, end)
    family = word_event(m.group("verb"), "en") if m else ""
    return bool(family) and not plain_family(family)


def separable_particle(text, toks, ti, end):
    """Return (family, particle) when the German verb toks[ti] has one of its particles at its clause's end.

    The clause ends at punctuation after the verb (or "und", "oder"): there the particle stands. A comma
    may only set off a date or a name, so the particle is looked for up to the first other end.

    >>> t = "Russland griff die Ukraine an, und Polizisten nahmen ihn fest. Er griff an der Grenze."
    >>> toks = tokenize(t)
    >>> [separable_particle(t, toks, i, len(t)) for i in (1, 7, 11)]
    [('attack', 'an'), ('arrest', 'fest'), None]
    """
    particles = SEPARABLE_DE[toks[ti][0].lower()]
    for k in range(ti + 1, min(len(toks), ti + 25)):
        stop = CLAUSE_END_RE.match(text, toks[k][2], end)
        if stop:
            last = toks[k][0].lower()
            two = toks[k - 1][0].lower() + " " + last if k - 1 > ti else ""
            if last in particles:
                return particles[last], toks[k][0]
            if two in particles:
                return particles[two], text[toks[k - 1][1]:toks[k][2]]
            if stop.group().strip() != "," and not (stop.group() == "." and (
                    last.isdigit() or last in ABBREVIATIONS)) and not (stop.group() == ":" and last.isdigit()):
                # (a colon after a number is a score's or a time's: "setzte sich mit 6:4, 7:5 durch")
                return None               # past a comma the clause may go on: "am Montag, 3. März, in Köln fest"
    return None


SOLD_WORDS = frozenset("sold sells sell fetched fetches".split())
AUCTION_CUE_RE = lazy_regex(r"\b(?:auction|Sotheby['’]s|Christie['’]s|Bonhams|Phillips)\b")
MEASURED_WORDS = frozenset("gemessen measured recorded registriert registrada registrados enregistré".split())
# How a country's output changed, told where its economy is ("economy" cues): a family of its own
GROWTH_WORDS = frozenset("""geschrumpft schrumpfte schrumpft schrumpfen gewachsen wuchs wächst wachstum rückgang
rezession shrank shrink shrinks shrunk contracted contraction grew grow grows expanded expands expansion
growth recession""".split())
ELIDED_FR_RE = lazy_regex(r"(?:[ldnsjcmt]|qu|jusqu|lorsqu|puisqu)['’](?=\w)", re.I)    # French articles and particles
REFLEXIVE_FR = frozenset(("se", "me", "te", "nous", "vous", "y"))     # "se rendra", "s'y rendra"
SURRENDERED_TO_RE = lazy_regex(r"(?:\s+[^\s.;]+){0,4}?\s+(?:aux|à\s+la)\s+(?:policiers|police|gendarmes|gendarmerie|"
                               r"autorités|enquêteurs|forces)\b")
# What is told only of a strike of work: "a three-day strike", "a 24-hour strike", "a general strike"
# (and "went on strike", "an air traffic strike": no attack is "on strike", none is of traffic)
WORK_STRIKE_BEFORE = frozenset("general indefinite nationwide warning token all-out rolling on traffic".split())
LENGTH_HYPHENED = ("-day", "-hour", "-week", "-month")
LABOUR_CUES = set("union unions workers employees staff drivers pilots nurses teachers doctors pay wage wages "
                  "labor labour walkout picket pickets dockworkers dockers longshoremen machinists controllers".split())
# What follows "added" when something was added, not said: "added a third", "added 15 points", "added time"
ADDED_THING_RE = lazy_regex(r"\s+(?:a|an|another|two|three|four|five|time|\d)\b")       # not "added the firm would"


def own_english_key(word, previous):
    """Return the key an English word has outside the lexicon ('w:slash'), or '': for a family word the
    sentence shows is not of that family ("a tax cut" is no layoff, "the Sixers rallied" no protest).

    >>> own_english_key("cut", "tax"), own_english_key("slash", "to"), own_english_key("rally", "a")
    ('w:cut', 'w:slash', 'w:rally')
    >>> own_english_key("cuts", "spending"), own_english_key("tonics", "the")
    ('w:cut', '')
    """
    if not word[:1].islower():
        return ""
    key = english_event_key(word) or (word[:5].lower() if word.lower() in EVENT_NOUNS_EN else "") or (
        previous.lower() in VERB_CUES and english_verb_key(word, previous.lower()))
    if not key and word.endswith("s") and not word.endswith("ss") and previous.lower() not in VERB_CUES:
        key = own_english_key(word[:-1], previous)[2:]     # "budget cuts", "tax cuts": the cut, in the plural
    return "w:" + key if key else ""


def has_cue(toks, cues):
    """True when a word of the tokens holds one of the cues (parts of folded words).

    >>> has_cue([("Gefangenenaustausch", 0, 19)], ("gefang",)), has_cue([("Meinungsaustausch", 0, 17)], ("gefang",))
    (True, False)
    """
    return any(cue in fold(w) for w, _, _ in toks for cue in cues)


# Whom "received" takes when it welcomes a guest: a name, a pronoun, "by" its host, or a person's word
# ("received the Chinese president", "received a delegation"); not "received a letter", "received 300 votes"
RECEIVED_GUEST_RE = lazy_regex(r"\s+(?:by\b|him\b|her\b|them\b|[A-Z]|(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
                               r"(?:delegation|visitors?|guests?|envoys?|ministers?|president|prime|chancellor|king|"
                               r"queen|prince|leaders?|counterparts?|ambassadors?|secretary|officials?)\b)")
# A guest's passive: "was welcomed at the airport by his counterpart" (not "had received treatment … by")
RECEIVED_BY_RE = lazy_regex(r"\s+(?:[\w-]+\s+){0,4}?by\b")
PASSIVE_BEFORE = frozenset(("was", "were", "been", "being", "is", "are", "be"))
# Parts of words for what a robbery takes, and where from: a "Überfall" without them is an assault
LOOT_CUES = ("beute", "erbeut", "geld", "kasse", "raub", "gestohl", "stahl", "schmuck", "tresor", "juwel", "tankstell",
             "bank", "filiale", "supermarkt", "euro", "dollar", "wertsach", "handtasch", "laden", "geschaft")
# Parts of words for what is launched: a missile "fired" or "abgefeuert" is a launch
MISSILE_CUES = ("rakete", "missile", "rocket", "icbm", "geschoss", "projectile", "flugkorper", "marschflugk",
                "satellit", "satelite",     # "Der Satellit umkreise die Erde. Seoul bestätigte den Start."
                # a crew's: "Die Astronauten sind am Samstag gestartet", "Four astronauts blasted off"
                "astronaut", "kosmonaut", "cosmonaut", "raumkapsel", "raumschiff", "spacecraft")
# Parts of words for what floats, in a story: only there does something sink ("Die Exporte sind gesunken")
VESSEL_CUES = ("schiff", "fahre", "boot", "kutter", "frachter", "tanker", "jacht", "yacht", "ship", "ferry", "boat",
               "vessel", "freighter", "trawler", "submarine", "cruise", "navire", "bateau", "chalutier", "barco",
               "buque", "embarcacion", "lancha", "ferri", "crucero", "pesquero")
# The captives a lead names are people, not its news: "Two hostages held in Mali have been released"
# (not "took four people hostage", "als Geiseln genommen", "en otage": the taking itself)
CAPTIVE_NOUNS = frozenset("hostages geiseln otages rehenes".split())
TAKEN_AS_BEFORE_RE = lazy_regex(r"\b(?:as|als|en|como)\s+$")
# Parts of words for people held captive: an exchange in their sentence is a swap of them
CAPTIVE_CUES = ("gefang", "haftling", "geisel", "prisoner", "captive", "hostage", "detainee", "prisonnier", "otage",
                "preso", "prisionero", "rehen")
SWAP_NOUNS = frozenset("swap exchange austausch échange canje intercambio".split())
NOT_SWAP_AFTER_RE = lazy_regex(r"\s+(?:of|von|de|des|du|d['’]|fire|gunfire|views|blows)\b", re.I)
OIL_CUES = ("rohol", "heizol", "schwerol", "olpest", "oltank", "olteppich", "oil", "crude", "petrol", "diesel",
            "kerosin",
            "chemi", "saure", "acid", "chlor", "ammoniak", "ammonia", "erdgas", "natural gas", "toxic", "giftig")
# Words of a spill that say so only beside what spilled (an oil or a chemical: OIL_CUES)
LET_OUT_WORDS = frozenset("ausgelaufen ausgetreten leak leaks leaked leaking".split())
# Parts of words of a volcano's story, and of a prison's: what broke out (see broken_out)
# (an eruption or a crater tells a volcano's story too: "Mount Etna erupted")
STAMPEDE_CUES = ("massenpanik", "stampede", "bousculade", "estampida")
VOLCANO_CUES = ("vulkan", "volcan", "lava", "magma", "eruption", "erupcion", "krater", "crater")
CRASH_CUES = ("absturz", "abgesturzt", "crash", "von der piste", "skidded", "overshot", "bruchlandung",
              "notlandung", "emergency landing", "flugzeugungluck")
KIDNAP_CUES = ("kidnap", "abduct", "hostage", "entfuhr", "geisel", "enlev", "secuestr")
PRISON_CUES = CAPTIVE_CUES + ("gefangnis", "haftanstalt", "strafanstalt", "jva", "prison", "jail", "inmate",
                              "penitentiary", "carcel", "prision")
# What may be closed: an embassy, a school, a border, an airport, a plant (not "usine": "business")
CLOSABLE_CUES = ("botschaft", "embassy", "konsulat", "consulat", "ambassade", "embajada", "schule", "school", "ecole",
                 "escuela", "grenze", "border", "frontiere", "frontera", "flughafen", "airport", "aeroport",
                 "aeropuerto", "werk", "plant", "fabrik", "factory", "fabrica", "bergwerk", "crossing", "ubergang")
# Cues of a story's thing told in the sentence or the one before: "A volcano … It erupted on Monday"
NEAR_CUES = {"volcano near": VOLCANO_CUES, "prison near": PRISON_CUES, "closable near": CLOSABLE_CUES}
# Parts of words that make a rally or a march a protest: what it is against, who counts it
RALLY_CUES = ("against", "protest", "demonstr", "police", "organi", "crowd", "slogan", "banner", "supporters",
               "opposition")      # "opposition leader X reappeared at a rally"
# Parts of words for jobs and staff: a cut in their sentence is a layoff ("Stellenabbau" has one itself)
JOB_CUES = ("stelle", "arbeitsplatz", "job", "personalabbau", "staff", "workforce", "layoff", "redundanc", "emploi",
            "employee", "poste", "empleo", "puesto", "despido")
# A takeover's story (read in the document's lead), where a deal or a transaction is the takeover (not "acquired":
# a club acquires a player)
ROBBERY_CUES = ("robbed", "robbery", "robber", "heist", "stole", "stolen", "jewel")
# an aircraft's landing in trouble: the story's "landed" is that landing, not an arrival
EMERGENCY_LANDING_CUES = ("notland", "emergency landing", "crash-land", "atterrissage d'urgence", "aterrizaje de "
                          "emergencia", "aterrizaje forzoso")
LANDED_WORDS = frozenset("landed landete landeten gelandet atterri atterrit aterrizó".split())
TAKEOVER_CUES = ("acquisition", "takeover", "ubernahme", "ubernimmt", "merger", "fusion", "buyout",
                 "to buy", "to acquire", "will buy", "will acquire", "kauft", "kaufen", "rachat", "adquisicion",
                 "adquirir")
# Parts of words of a deal: "übernimmt" a company for money, not a post or the responsibility
DEAL_CUES = ("dollar", "euro", "milliard", "million", "konkurrent", "rival", "konzern", "firma", "anteil", "aktie")
# A parliament as the subject of a vote ("parliament will vote on her nomination", "El Parlamento votará"): a
# body's vote on a question, though voters elect parliaments
BODY_VOTES_RE = lazy_regex(r"(?<![^\W\d_])(?i:parliament|parlamento|parlement|congress|congreso|congrès|house|"
                           r"bundestag|lawmakers|legislators|deputies|diputados|députés|MPs|assemblée|asamblea)\s+"
                           r"(?:(?:will|would|is\s+to|are\s+to|is\s+expected\s+to|has|have|had|va|vont|va\s+a|"
                           r"van\s+a)\s+)?$")
DECLARED_WORDS = frozenset("declared declare declares declaring imposed announced proclaimed".split())
VOTE_VERBS_FR_ES = frozenset("vote votent voté votera voteront votait vota votó votaron votará votarán votado "
                             "votar".split())
# Parts of words for a body that votes on a question: its vote elects nobody ("the cabinet will vote").
# Not "parliament" or "congress": voters elect them.
ASSEMBLY_CUES = ("cabinet", "senate", "senator", "lawmaker", "legislator", "council", "shareholder", "committee",
                 "assembly", "resolution", "abstention", "bundestag", "bundesrat")
#                (not "parliament": "Voting for MPs to Majlis (Parliament)" is an election)
# What is welcomed that is no guest: "welcomed the decision", "begrüßte das Ergebnis", "begrüßte, dass"
WELCOMED_THING_RE = lazy_regex(r"\s*,\s*(?:dass|that)\b|\s+(?:the|a|an|this|its|das|den|die|diese[nrs]?|eine[nr]?)\s+"
                               r"(?:[\w-]+\s+)?(?:decision|outcome|result|move|vote|agreement|deal|ceasefire|"
                               r"resolution|step|plan|proposal|announcement|news|release|ruling|verdict|"
                               r"Entscheidung|Ergebnis|Beschluss|Schritt|Einigung|Abkommen|Waffenruhe|Resolution|"
                               r"Vorschlag|Plan|Ankündigung|Freilassung|Urteil|Abstimmung|Votum|Nachricht|Initiative)\b")
# Driving into people: with a crowd in the sentence, an attack
DRIVE_WORDS = frozenset("fuhr gefahren raste rasten gerast steuerte gesteuert drove driven ploughed plowed "
                        "ploughs plows".split())
# A share price's move, and what moves ("Shares in Norvik fell", "Norvik's stock plunged", "Die Aktie verlor")
SHARE_MOVES = frozenset("fell plunged tumbled slumped plummeted dropped sank slipped rose jumped soared surged climbed "
                        "gained fiel fielen verlor verloren stieg stiegen sackte sackten".split())
SHARES_BEFORE_RE = lazy_regex(r"\b(?:shares|stock|share\s+price)\b"
                              r"(?:\s+(?:in|of)\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)?"
                              r"\s+(?:\w+\s+)?$", re.I)
AKTIE_BEFORE_RE = lazy_regex(r"\b(?:Aktie|Aktien|Aktienkurs)\b[^.;:!?]*$")
ROCKET_START = frozenset("gestartet starten starteten Start abgehoben".split())
LIFT_OFF = frozenset("lifted lifts blasted blasts".split())
RAN_DE = frozenset("gelaufen lief liefen läuft".split())
RAIL_WORDS = frozenset("tracks track rails Gleisen Gleis Schienen".split())
OFF_THE_RAILS_EN = frozenset("left leaving jumped jumping".split())     # not "went off the rails": a plan's
JUMPED_DE = frozenset("sprang sprangen springt gesprungen geriet gerieten geraten".split())
STOOD_DE = frozenset("standen stand stehen steht gestanden".split())
STRANDED_FR_RE = lazy_regex(r"s'(?:est|était|sont|étaient)\s+$")
DASS_AFTER_RE = lazy_regex(r",?\s+dass\b")
RECORD_BEFORE = frozenset("world new national olympic european previous all-time course track old personal "
                          "season".split())
TAKE_OFF_DE = frozenset("Start gestartet startete starteten".split())
TAKE_OFF_EN = frozenset("took taken take takes taking take-off takeoff".split())
PLANE_CUES = ("flugzeug", "maschine", "boeing", "airbus", "plane", "flight", "aircraft", "airliner", "airline",
              "jet", "avion", "vuelo", "flug", "turboprop", "aparato", "helicop", "hubschrauber")
PRODUCT_CUES = ("fahrzeug", "auto", "wagen", "modell", "produkt", "vehicle", "car", "model", "product", "truck",
                "airbag", "werkstat", "véhicule", "vehicul", "coche")
MONEY_CUES = ("peso", "dolar", "dollar", "euro", "million", "millon", "libra", "$", "€")
EMERGENCY_AFTER_RE = lazy_regex(r"\s+(?:d'urgence|de\s+emergencia|forzos)")
# families whose word in a name still tells the happening: a storm's ("Hurricane Katrina"), a rehab
# clinic's ("checked in to the Cliffside Rehab Center": where one enters)
NAMED_HAPPENINGS = frozenset(("storm", "enter"))
TESTED_WORDS = frozenset("tested tests test testing getestet Test Tests Dopingtest Dopingprobe Probe Kontrolle "
                         "Dopingkontrolle".split())
# A speech told by its verb and its audience: "will address the Estonian parliament", "vor dem Bundestag
# sprechen" ("addressed the issue", "sprach von einem Erfolg": no speech)
ADDRESS_WORDS = frozenset("address addressed addresses addressing".split())
SPEAK_DE = frozenset("sprechen spricht sprach sprachen reden redet redete redeten".split())
AUDIENCES = (r"parliament|nation|assembly|congress|senate|legislature|lawmakers|MPs|deputies|delegates|crowds?|rally|"
             r"supporters|summit|conference|Bundestag|Knesset|Duma|Sejm|Rada|UN|United\s+Nations")
ADDRESSED_BODY_RE = lazy_regex(r"\s+(?:a\s+joint\s+session\s+of\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}?"
                               r"(?:" + AUDIENCES + r")(?![^\W\d_])")
BODY_BEFORE_DE_RE = lazy_regex(r"(?<![^\W\d_])vor\s+(?:dem|der|den)\s+(?:[\w-]+\s+){0,2}?(?:[\w-]*(?:Parlament|"
                               r"Bundestag|Landtag|Nationalversammlung|Vollversammlung|Kongress|Abgeordneten|"
                               r"Parlamentariern|Delegierten|Anhängern|Senat|Knesset|Duma|Sejm)|Vereinten\s+"
                               r"Nationen)\s+(?:[\w-]+\s+){0,3}?$")
# Words of leaving a place, a departure where a place follows them (LEFT_PLACE_RE); German "abgereist" says it alone
DEPART_WORDS = frozenset("left leaves departed quitté quitte salió abandonó partió".split())
LEFT_PLACE_RE = lazy_regex(r"\s+(?:(?:de|del)\s+)?(?:(?:the|la|le|el)\s+)?(?:[A-Z][^\W\d_]|(?:country|capital|"
                           r"pays|capitale|país|port|harbou?r)\b)")     # ("left the port of Odesa")
# Cheating someone out of money is a fraud: "cheated investors out of 95 million euros", "cheating savers out of"
CHEAT_WORDS = frozenset(("cheat", "cheats", "cheated", "cheating"))
# (and whom, between: "cheated investors out of", "flew 52 people out of"; or no one: "were airlifted out of")
OUT_OF_RE = lazy_regex(r"\s+(?:[\w'’-]+\s+){0,4}?out\s+of\b")
# A plane's leaving the runway by accident: "skidded off", "overran", "schoss über die Landebahn hinaus"
RUNWAY_EXIT_WORDS = frozenset("skidded skids skid overran overshot veered slid abgekommen rutschte schlitterte "
                              "geschlittert hinausgeschossen schoss".split())
# Words of closing a place for good or a while: a closure where the sentence names what may be closed
CLOSE_WORDS = frozenset("schließt schließen schließung Schließung geschlossen schloss close closes closed closing "
                        "abgeschaltet abschalten stillgelegt shut shuts closure fermer fermera fermé fermée "
                        "fermeture ferme cerrar cerrará cerró cerrado cerrada cierre".split())
CLOSE_NOT_RE = lazy_regex(r"\s+(?:to|by|ties|ally|allies|friend|friends|call|race|range)\b|[^.;!?]{0,60}?\s+"
                          r"(?:nicht\s+)?aus\b[.,;]?")
FLEW_WORDS = frozenset("flew flown flies flying airlifted".split())
LEFT_DE = frozenset("verlassen verließ verließen".split())      # of a ship: departed (not "verließ die Partei")
DEATH_TOLD_VERBS = frozenset("announced announces confirmed confirms reported mourned mourns".split())
# German "festgesetzt" of a ship: seized ("Die Marine hat einen Tanker festgesetzt"; not "ein Termin wurde festgesetzt")
SEIZED_DE = frozenset("festgesetzt festgesetzte festgesetzten".split())
# A dam's or a dike's giving way: "ist ein Damm gebrochen", "a dam burst", "the levee was breached"
BREACHED_WORDS = frozenset("gebrochen burst bursts breached".split())
DAM_ENDS = ("damm", "dämme", "deich", "deiche")
DAM_WORDS = frozenset("dam dams dike dikes dyke dykes levee levees barrage presa".split())
RESTORATION_NOT_RE = lazy_regex(r"\s+(?:of\s+(?:the\s+)?(?:power|electricity|supplies|supply|services?|water|"
                                r"order|peace|calm|democracy|relations|ties|trust|confidence|access|internet)\b"
                                r"|company|firm)")
# English "detained" of a ship: seized ("detained an oil tanker"; not "detained the tanker's captain")
DETAINED_VESSEL_RE = lazy_regex(r"\s+(?:an?|the|two|three|several|\d+)\s+(?:[\w-]+\s+){0,2}?(?:tankers?|ships?|"
                                r"vessels?|boats?|freighters?|trawlers?|yachts?)(?![\w'’])")
# German "wählen", "wählt" of a people or a house: an election ("Die Esten wählen ein neues Parlament",
# "Lettland wählt am Sonntag einen Präsidenten"; not "wählt seine Worte", "wählen Sie die Nummer")
VOTE_DE = frozenset("wählen wählt".split())
OWN_AFTER_DE_RE = lazy_regex(r"\s+(?:sein|ihr|unser|euer|mein|dein)e[nmrs]?\b")     # "wählt seine Worte"
CRACKED_DE = frozenset("geknackt knackte knackten knackt".split())     # a jackpot: won
FELL_OUT_DE = frozenset("ausgefallen Ausfall Ausfälle".split())     # flights, trains: called off
POWER_DE = frozenset("Strom Stromversorgung Internet Netz Mobilfunknetz Telefonnetz".split())     # ... or down
BROKE_INTO_DE_RE = lazy_regex(r"\bin\s+(?:ein|eine|einen|das|die|den|mehrere)\s+[A-ZÄÖÜ]")     # a burglary's place
TOLD_BY_CONTEXT = BREAK_OUT_WORDS | TESTED_WORDS | TAKE_OFF_DE | TAKE_OFF_EN | DECLARED_FR_ES | frozenset(
    "flee leave landing landings atterrissage Atterrissage aterrizaje Aterrizaje aterrizó Aterrizó record records "
    "rescate forced forcing drove driven went cayó cayeron".split()) | DEPART_WORDS | RULED_WORDS | STRUCK_WORDS \
    | UPSET_WORDS | ADDRESS_WORDS | SPEAK_DE | CHEAT_WORDS | SEIZED_DE | CLOSE_WORDS | RUNWAY_EXIT_WORDS \
    | LEFT_DE | FLEW_WORDS | CRACKED_DE | FELL_OUT_DE | VOTE_DE | BREACHED_WORDS \
    | {"custody", "Gewahrsam", "eingebrochen", "restoration"}
# An office left: "will leave his post", "will leave at the end of the year", "leave after three years" (with a
# role in the sentence; not "leave the country", "leave Kyiv")
LEAVE_POST_RE = lazy_regex(r"\s+(?:(?:his|her|their)\s+(?:post|job|role|position|office)\b|"
                           r"the\s+(?:post|job|role|position|board|helm)\b|office\b|"
                           r"at\s+the\s+end\s+of|after\s+(?:\d+|[a-z]+)\s+(?:years?|months?)\b|"
                           r"(?:in|by)\s+(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December)\b)")
# "forced 50,000 people from their homes", "drove thousands from their homes": an evacuation
FROM_HOMES_RE = lazy_regex(r"\s+(?:\S+\s+){1,5}?from\s+(?:their|his|her)\s+homes?(?![^\W\d_])")
MUST_DE = frozenset("mussten musste müssen muss".split())
SEEN_DE = frozenset("gesehen sahen begegnet begegnete begegneten".split())     # each other: they met
TAKE_UP_DE = frozenset("antreten angetreten anzutreten".split())       # an office: the separable forms are above
CALLED_TO_DE = frozenset("berufen beruft berief beriefen".split())
EARNED_DE = frozenset("verdient verdiente verdienten".split())
BIG_SUMS_DE = frozenset("Millionen Milliarden Mio. Mrd. Mio Mrd".split())
HOMES_DE = frozenset("Häuser Wohnungen Heimatorte Dörfer Zuhause Wohnhäuser".split())
FORCED_EN = frozenset("forced forces forcing force ordered orders told urged had have".split())
BROUGHT = frozenset("gebracht brachten brachte bringen bringt".split())
MOVED_TO_SAFETY = frozenset("moved taken brought led ferried airlifted carried".split())
LANDED_AT_RE = lazy_regex(r"\s+(?:safely\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]")
CROWD_WORDS = ("menschenmenge", "menge", "passanten", "fußganger", "fussganger", "crowd", "pedestrians",
               "shoppers", "marktbesucher")
# Parts of words that make "verurteilt" a court's sentence; without them it is a condemnation
# ("Die Vollversammlung verurteilt die Annexion"), as English "condemned"
VERDICT_CUES = ("haft", "gericht", "richter", "strafe", "schuldig", "angeklagt", "prozess", "jahren", "monaten",
                "lebenslang", "bewahrung", "mord", "totschlag", "wegen")
# Parts of words for an office one takes over ("übernimmt das Amt", "den Vorsitz")
OFFICE_CUES = ("amt", "posten", "vorsitz", "leitung", "nachfolge", "ruder")     # not "Führung": a lead, in sport
# A company's new head told beside a word of taking over ("bekommt einen neuen Chef: X übernimmt"): no purchase
NEW_HEAD_RE = lazy_regex(r"\bneue[nrs]?\s+(?:Chef|Chefin|Vorstandschef(?:in)?|Vorsitzende[nr]?)\b"
                         r"|\ban\s+die\s+Spitze\b")
# "übernimmt die Führung des Autobauers": a company's or a party's lead, not a table's or a game's
LEADERSHIP_OF_RE = lazy_regex(r"\bFührung\s+(?:des|der)\s+(?!Tabelle|Partie|Begegnung)")
JUDGE_CUES = ("gericht", "richter", "court", "judge", "justice", "tribunal", "cour", "juez", "jueces", "juge")
# German "verlegt" of soldiers: deployed (not "auf Sonntag verlegt", "den Schlüssel verlegt")
MOVED_DE = frozenset("verlegt verlegte verlegten verlegen verlegung".split())
SENTENCE_CUES = {"loot": LOOT_CUES, "captive": CAPTIVE_CUES, "rally": RALLY_CUES, "job": JOB_CUES, "deal": DEAL_CUES,
                 "assembly": ASSEMBLY_CUES, "election": ("election",), "office": OFFICE_CUES,
                 "goal": ("minute", "treffer", "elfmeter", "kopfball", "torschutz"),      # a scorer "traf"
                 "runway": ("runway", "landebahn", "landepiste", "startbahn"),
                 "jackpot": ("jackpot",),
                 # what is restored as a building is ("a four-year restoration" of a church)
                 "building": ("church", "museum", "cathedral", "building", "palace", "castle", "bridge", "theatre",
                              "theater", "tower", "opera", "temple", "mosque", "monument", "synagogue", "abbey"),
                 # whom a people elects ("wählen ein neues Parlament", "wählt einen Präsidenten")
                 "elected": ("parlament", "prasident", "burgermeister", "landtag", "bundestag", "abgeordnet",
                             "stadtrat", "gemeinderat", "kanzler", "senat"),
                 # what a country joins ("joined the European Union", "NATO membership"; not a club a player joins)
                 "alliance": ("union", "nato", "alliance", "bloc", "coalition", "eurozone", "schengen", "wto", "opec",
                              "brics", "member"),
                 "gadget": ("phone", "laptop", "tablet", "computer", "console", "device", "gerät", "product",
                            "produkt", "modell", "model"),     # launched as unveiled (not a rocket)
                 # what a layoff's word calls off: "90 Flüge gestrichen" (not "Flughafen", "Flugbegleiter")
                 "services": ("fluge", "flights", "vols", "vuelos", "verbindungen"),
                 "missile": MISSILE_CUES, "verdict": VERDICT_CUES, "crowd": CROWD_WORDS, "vessel": VESSEL_CUES,
                 "shares": ("aktie",),      # not "Kurs": "hält an ihrem Kurs fest"
                 # what is moved ("verlegt") to a front, or drilled ("the Baltops exercise … with 9,000 troops")
                 "troops": ("soldat", "truppe", "einheiten", "bataillon", "troops", "soldier", "military", "naval",
                            "warship", "army"),
                 # who come to help where a fire burns or a deed was done: "130 firefighters were deployed"
                 "responders": ("firefight", "fireme", "rescuer", "paramedic", "feuerwehr", "einsatzkr", "pompier",
                                "bombero"),
                 "gun": ("gun", "pistol", "rifle", "revolver", "firearm", "weapon", "shotgun"),
                 # a country's output: "Die deutsche Wirtschaft ist … geschrumpft", "Germany's economy shrank"
                 "economy": ("wirtschaft", "konjunktur", "bruttoinlandsprodukt", "bip", "economy", "gdp",
                             "output", "économie", "economia", "pib"),
                 "suspect": ("tater", "verdacht", "mutmasslich", "dieb", "morder", "fluchtig", "gesucht", "fahndung",
                             "polizei", "entfloh", "ausbrech"),
                 "ban": ("doping", "jahr", "monat", "spiel", "verband", "athlet", "sportler", "wettkampf"),
                 "court": JUDGE_CUES + ("urteil", "ruling"),
                 # who rule: a "ruling" word with them is a court's (not "the ruling party")
                 "judges": JUDGE_CUES,
                 # who search homes: a raid with them is a search, no attack ("about 800 officers took part in
                 # the raids"; not "an air raid", "a raid on a village")
                 "searchers": ("police", "officers", "detectives", "agents", "prosecutors", "searched", "warrant",
                               "arrested")}
SEARCHED_PREMISES_RE = lazy_regex(r"\s+(?:\S+\s+){0,2}?(?:homes|houses|apartments|flats|offices|premises|properties|"
                                  r"buildings|home|house|apartment|flat|office)\b")
FIRE_OPENED_RE = lazy_regex(r"\s+(?:(?:sofort|dann|daraufhin|erneut)\s+)?das\s+Feuer\b")
GUNFIRE_BEFORE = {"opened", "open", "opens", "opening", "returned", "exchanged", "heavy"}
FEU_WORDS = frozenset("feu feux fuego fuegos".split())
# the verb that opens fire ("ont ouvert le feu", "abrieron fuego"; not "abril", April, nor "un ouvrier")
OPENED_FIRE = ("ouvre", "ouvrent", "ouvrir", "ouvrant", "ouvrai", "ouvert", "abrió", "abrier", "abrir", "abren", "abre",
               "abierto")
# "le feu vert", "un feu rouge", "feux d'artifice", "fuegos artificiales", "fuego cruzado": no blaze
FEU_NOT_FIRE_RE = lazy_regex(r"\s+(?:vert|rouge|orange|d['’]artifice|artificiales?|cruzado)\b", re.I)


def feu_family(previous, before, after):
    """Return the family of French "feu", Spanish "fuego" from the words around it: a blaze, shots, a truce or none.

    >>> [feu_family(*t) for t in (("le", "", " s'est"), ("de", "coups", " contre"), ("fuego", "", ""))]
    ['fire', 'shoot', 'fire']
    >>> [feu_family(*t) for t in (("el", "alto", " en"), ("le", "ouvert", " sur"), ("son", "donné", " vert"))]
    ['ceasefire', 'shoot', '']
    >>> [feu_family(*t) for t in (("abrieron", "", " contra"), ("el", "abril", " arrasó"), ("le", "ouvrier", " a"))]
    ['shoot', 'fire', 'fire']
    """
    if previous in ("el", "le") and before == "alto":
        return "ceasefire"                # "un alto el fuego"
    opened = before if previous in ("le", "el") else previous
    if previous in ("de", "à") or opened.startswith(OPENED_FIRE):
        return "shoot"                    # "des coups de feu", "une arme à feu", "ont ouvert le feu", "abrieron fuego"
    return "" if FEU_NOT_FIRE_RE.match(after) else "fire"


DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "this", "that", "these", "those"}
# Words after "the" and an unknown -ed or -ing word that show it a noun or a verb, not an adjective before its noun
# ("the shooting was", "the bombing in", "this meeting and")
NOT_A_NOUN_EN = frozenset("""of in on at by for to from with about after before during into over under near and or but
nor that which who whom whose was were is are be been being has had have will would could should may might must can
did does do as than then there here when where while a an the his her its their this these those our some any all
him them it us me""".split())
ADJECTIVE_AFTER = DETERMINERS - {"that"}      # ("a regulation that weakened the Act": a relative, then its verb)


def participle_adjective(word, previous):
    """True when a German participle is inflected as an adjective: its ending no verb has, or an article before.

    >>> participle_adjective("verletzter", "schwer"), participle_adjective("getöteten", "die")
    (True, True)
    >>> participle_adjective("verletzten", "Demonstranten"), participle_adjective("verletzt", "schwer")
    (False, False)
    """
    for ending in ("er", "es", "em", "en", "e"):
        if word.endswith(ending):
            stem = word[:-len(ending)]
            # "verletzte", "verletzten" are past tenses too: only an article makes them adjectives
            return stem.endswith(("t", "en")) and len(stem) > 4 and (
                ending in ("er", "es", "em") or previous.lower() in ARTICLES)
    return False


def attributive(text, end, nxt):
    """True when the token nxt right after text[:end] is a lower-case content word: the word before modifies it."""
    word = nxt[0]
    return nxt[1] == end + 1 and text[end] == " " and word[:1].islower() and word.isalpha() and \
        word not in FUNCTION_WORDS


# Places: countries and cities in the spellings of German, English, French and Spanish
# news, as "Shown name: alias, alias". Cities are told apart from countries because only
# two different cities make a disagreement about where. Words that are more often
# something else are left out: Jordan, Chad and Georgia (names), Island (an English
# word), Sofia and Santiago alone.
COUNTRY_ALIASES = """
Afghanistan: Afghanistan
Albania: Albanien, Albania
Algeria: Algerien, Algeria, Algérie, Argelia
Andorra: Andorra
Angola: Angola
Argentina: Argentinien, Argentina, Argentine
Armenia: Armenien, Armenia, Arménie
Australia: Australien, Australia, Australie
Austria: Österreich, Austria, Autriche
Azerbaijan: Aserbaidschan, Azerbaijan
Bahrain: Bahrain, Bahrein
Bangladesh: Bangladesch, Bangladesh
Belarus: Belarus, Weißrussland, Bielorussland, Biélorussie
Belgium: Belgien, Belgium, Belgique, Bélgica
Benin: Benin, Bénin
Bhutan: Bhutan
Bolivia: Bolivien, Bolivia, Bolivie
Bosnia and Herzegovina: Bosnien und Herzegowina, Bosnien-Herzegowina, Bosnia and Herzegovina, Bosnien, Bosnia
Botswana: Botswana, Botsuana
Brazil: Brasilien, Brazil, Brésil, Brasil
Brunei: Brunei
Bulgaria: Bulgarien, Bulgaria, Bulgarie
Burkina Faso: Burkina Faso
Burundi: Burundi
Cambodia: Kambodscha, Cambodia, Cambodge, Camboya
Cameroon: Kamerun, Cameroon, Cameroun, Camerún
Canada: Kanada, Canada, Canadá
Central African Republic: Zentralafrikanische Republik, Central African Republic
Chad: Tschad, Tchad
Chile: Chile, Chili
China: China, Volksrepublik China, Chine
Colombia: Kolumbien, Colombia, Colombie
Congo: Kongo, Congo, Demokratische Republik Kongo, Democratic Republic of the Congo
Costa Rica: Costa Rica
Croatia: Kroatien, Croatia, Croatie, Croacia
Cuba: Kuba, Cuba
Cyprus: Zypern, Cyprus, Chypre, Chipre
Czech Republic: Tschechien, Tschechische Republik, Czech Republic, Czechia, Tchéquie
Denmark: Dänemark, Denmark, Danemark, Dinamarca
Djibouti: Dschibuti, Djibouti, Yibuti
Dominican Republic: Dominikanische Republik, Dominican Republic, República Dominicana
Ecuador: Ecuador, Équateur
Egypt: Ägypten, Egypt, Égypte, Egipto
El Salvador: El Salvador
Eritrea: Eritrea, Érythrée
Estonia: Estland, Estonia, Estonie
Ethiopia: Äthiopien, Ethiopia, Éthiopie, Etiopía
Fiji: Fidschi, Fiji
Finland: Finnland, Finland, Finlande, Finlandia
France: Frankreich, France, Francia
Gabon: Gabun, Gabon, Gabón
Gambia: Gambia, Gambie
Georgia: Georgien, Géorgie
Germany: Deutschland, Germany, Bundesrepublik, Allemagne, Alemania
Ghana: Ghana
Greece: Griechenland, Greece, Grèce, Grecia
Guatemala: Guatemala
Guinea: Guinea, Guinée
Haiti: Haiti, Haïti, Haití
Honduras: Honduras
Hungary: Ungarn, Hungary, Hongrie, Hungría
Iceland: Iceland, Islande, Islandia
India: Indien, India, Inde
Indonesia: Indonesien, Indonesia, Indonésie
Iran: Iran, Irán
Iraq: Irak, Iraq
Ireland: Irland, Ireland, Irlande, Irlanda
Israel: Israel, Israël
Italy: Italien, Italy, Italie, Italia
Ivory Coast: Elfenbeinküste, Ivory Coast, Côte d'Ivoire
Jamaica: Jamaika, Jamaica, Jamaïque
Japan: Japan, Japon, Japón
Jordan: Jordanien, Jordanie, Jordania
Kazakhstan: Kasachstan, Kazakhstan, Kazajistán
Kenya: Kenia, Kenya
Kosovo: Kosovo
Kuwait: Kuwait, Koweït
Kyrgyzstan: Kirgisistan, Kyrgyzstan, Kirghizistan
Laos: Laos
Latvia: Lettland, Latvia, Lettonie, Letonia
Lebanon: Libanon, Lebanon, Liban, Líbano
Liberia: Liberia
Libya: Libyen, Libya, Libye, Libia
Liechtenstein: Liechtenstein
Lithuania: Litauen, Lithuania, Lituanie, Lituania
Luxembourg: Luxemburg, Luxembourg, Luxemburgo
Madagascar: Madagaskar, Madagascar
Malawi: Malawi
Malaysia: Malaysia, Malaisie, Malasia
Maldives: Malediven, Maldives
Mali: Mali
Malta: Malta, Malte
Mauritania: Mauretanien, Mauritania, Mauritanie
Mexico: Mexiko, Mexico, Mexique, México
Moldova: Moldau, Moldawien, Moldova, Moldavie
Monaco: Monaco, Mónaco
Mongolia: Mongolei, Mongolia, Mongolie
Montenegro: Montenegro, Monténégro
Morocco: Marokko, Morocco, Maroc, Marruecos
Mozambique: Mosambik, Mozambique
Myanmar: Myanmar, Birma, Burma
Namibia: Namibia, Namibie
Nepal: Nepal, Népal
Netherlands: Niederlande, Holland, Netherlands, Pays-Bas, Países Bajos
New Zealand: Neuseeland, New Zealand, Nouvelle-Zélande, Nueva Zelanda
Nicaragua: Nicaragua
Niger: Niger
Nigeria: Nigeria
North Korea: Nordkorea, DVRK, DPRK, Demokratische Volksrepublik Korea, Democratic People's Republic of Korea, North Korea, Corée du Nord, Corea del Norte
North Macedonia: Nordmazedonien, North Macedonia, Mazedonien, Macedonia
Norway: Norwegen, Norway, Norvège, Noruega
Oman: Oman
Pakistan: Pakistan, Pakistán
Palestine: Palästina, Palestine, Palestina, Palästinensergebiete, Palestinian territories
Panama: Panama, Panamá
Papua New Guinea: Papua-Neuguinea, Papua New Guinea
Paraguay: Paraguay
Peru: Peru, Pérou, Perú
Philippines: Philippinen, Philippines, Filipinas
Poland: Polen, Poland, Pologne, Polonia
Portugal: Portugal
Qatar: Katar, Qatar
Romania: Rumänien, Romania, Roumanie, Rumania
Russia: Russland, Russia, Russische Föderation, Russian Federation, Russie, Rusia
Rwanda: Ruanda, Rwanda
Saudi Arabia: Saudi-Arabien, Saudi Arabia, Arabie saoudite, Arabia Saudita
Senegal: Senegal, Sénégal
Serbia: Serbien, Serbia, Serbie
Sierra Leone: Sierra Leone
Singapore: Singapur, Singapore, Singapour
Slovakia: Slowakei, Slovakia, Slovaquie, Eslovaquia
Slovenia: Slowenien, Slovenia, Slovénie, Eslovenia
Somalia: Somalia, Somalie
South Africa: Südafrika, South Africa, Afrique du Sud, Sudáfrica
South Korea: Südkorea, South Korea, Republik Korea, Republic of Korea, Corée du Sud, Corea del Sur
South Sudan: Südsudan, South Sudan
Spain: Spanien, Spain, Espagne, España
Sri Lanka: Sri Lanka
Sudan: Sudan, Soudan, Sudán
Sweden: Schweden, Sweden, Suède, Suecia
Switzerland: Schweiz, Switzerland, Suisse, Suiza
Syria: Syrien, Syria, Syrie, Siria
Taiwan: Taiwan, Taïwan, Taiwán
Tajikistan: Tadschikistan, Tajikistan, Tadjikistan
Tanzania: Tansania, Tanzania, Tanzanie
Thailand: Thailand, Thaïlande, Tailandia
Togo: Togo
Tunisia: Tunesien, Tunisia, Tunisie, Túnez
Turkey: Türkei, Turkey, Türkiye, Turquie, Turquía
Turkmenistan: Turkmenistan
Uganda: Uganda, Ouganda
Ukraine: Ukraine, Ucrania
United Arab Emirates: Vereinigte Arabische Emirate, United Arab Emirates, UAE
United Kingdom: Großbritannien, Vereinigtes Königreich, Britain, Great Britain, United Kingdom, UK, England, Schottland, Scotland, Wales, Nordirland, Northern Ireland, Royaume-Uni, Reino Unido
United States: USA, US, U.S., Vereinigte Staaten, United States, Amerika, America, États-Unis, Estados Unidos
Uruguay: Uruguay
Uzbekistan: Usbekistan, Uzbekistan, Ouzbékistan
Vatican: Vatikan, Vatican, Vaticano
Venezuela: Venezuela
Vietnam: Vietnam, Viet Nam, Viêt Nam
Yemen: Jemen, Yemen, Yémen
Zambia: Sambia, Zambia, Zambie
Zimbabwe: Simbabwe, Zimbabwe
"""
CITY_ALIASES = """
Pyongyang: Pjöngjang, Pyongyang
Moscow: Moskau, Moscow, Moscou, Moscú
Kyiv: Kiew, Kyiv, Kiev, Kiyv
Washington: Washington
Berlin: Berlin, Berlín
London: London, Londres
Paris: Paris, París
Beijing: Peking, Beijing, Pékin, Pekín
Tokyo: Tokio, Tokyo
Seoul: Seoul, Séoul, Seúl
Tehran: Teheran, Tehran, Téhéran, Teherán
Kursk: Kursk
Belgorod: Belgorod
Novosibirsk: Nowosibirsk, Novosibirsk
Yekaterinburg: Jekaterinburg, Yekaterinburg
Kazan: Kasan, Kazan
Nizhny Novgorod: Nischni Nowgorod, Nizhny Novgorod
Rostov-on-Don: Rostow am Don, Rostov-on-Don, Rostow, Rostov
Volgograd: Wolgograd, Volgograd
Dnipro: Dnipro, Dnipropetrowsk
Lviv: Lwiw, Lviv, Lemberg
Los Angeles: Los Angeles
New York: New York, Nueva York
San Francisco: San Francisco
Athens: Athen, Athens, Athènes, Atenas
Vienna: Wien, Vienna, Vienne, Viena
Brussels: Brüssel, Brussels, Bruxelles, Bruselas
Rome: Rom, Rome, Roma
Istanbul: Istanbul, Estambul
Ankara: Ankara
Amsterdam: Amsterdam, Ámsterdam
Madrid: Madrid
Barcelona: Barcelona, Barcelone
Lisbon: Lissabon, Lisbon, Lisbonne, Lisboa
Warsaw: Warschau, Warsaw, Varsovie, Varsovia
Prague: Prag, Prague, Praga
Budapest: Budapest
Bucharest: Bukarest, Bucharest, Bucarest
Belgrade: Belgrad, Belgrade, Belgrado
Zagreb: Zagreb
Sarajevo: Sarajevo
Copenhagen: Kopenhagen, Copenhagen, Copenhague
Stockholm: Stockholm, Estocolmo
Oslo: Oslo
Helsinki: Helsinki
Tallinn: Tallinn
Riga: Riga
Vilnius: Vilnius, Wilna
Minsk: Minsk
Chisinau: Chisinau, Chișinău, Kischinau
Tbilisi: Tiflis, Tbilisi
Yerevan: Eriwan, Jerewan, Yerevan, Erevan, Ereván
Baku: Baku, Bakou
Dublin: Dublin
Edinburgh: Edinburgh, Édimbourg
Geneva: Genf, Geneva, Genève, Ginebra
Zurich: Zürich, Zurich
Bern: Bern, Berne, Berna
Munich: München, Munich, Múnich
Hamburg: Hamburg, Hambourg, Hamburgo
Frankfurt: Frankfurt, Francfort
Cologne: Köln, Cologne, Colonia
Milan: Mailand, Milan, Milán, Milano
Naples: Neapel, Naples, Nápoles
Marseille: Marseille, Marseilles, Marsella
Lyon: Lyon
Kharkiv: Charkiw, Kharkiv, Charkow, Kharkov
Odesa: Odessa, Odesa
Donetsk: Donezk, Donetsk
Luhansk: Luhansk, Lugansk
Mariupol: Mariupol
Kherson: Cherson, Kherson
Zaporizhzhia: Saporischschja, Zaporizhzhia
Sevastopol: Sewastopol, Sevastopol
Saint Petersburg: Sankt Petersburg, St. Petersburg, Saint Petersburg, Saint-Pétersbourg
Vladivostok: Wladiwostok, Vladivostok
Jerusalem: Jerusalem, Jérusalem, Jerusalén
Tel Aviv: Tel Aviv
Gaza: Gaza
Beirut: Beirut, Beyrouth
Damascus: Damaskus, Damascus, Damas, Damasco
Baghdad: Bagdad, Baghdad
Amman: Amman, Ammán
Riyadh: Riad, Riyadh, Riyad
Doha: Doha
Dubai: Dubai, Dubaï
Abu Dhabi: Abu Dhabi
Cairo: Kairo, Cairo, Le Caire
Tripoli: Tripolis, Tripoli, Trípoli
Tunis: Tunis
Algiers: Algier, Algiers, Alger, Argel
Rabat: Rabat
Khartoum: Khartum, Khartoum, Jartum
Addis Ababa: Addis Abeba, Addis Ababa
Nairobi: Nairobi
Mogadishu: Mogadischu, Mogadishu, Mogadiscio
Lagos: Lagos
Abuja: Abuja
Kinshasa: Kinshasa
Johannesburg: Johannesburg
Cape Town: Kapstadt, Cape Town, Le Cap
Pretoria: Pretoria
Kabul: Kabul, Kaboul
Islamabad: Islamabad
Karachi: Karachi, Karatschi
New Delhi: Neu-Delhi, New Delhi, Delhi
Mumbai: Mumbai, Bombay
Kolkata: Kolkata, Kalkutta, Calcutta
Dhaka: Dhaka, Dacca
Kathmandu: Kathmandu, Katmandu
Colombo: Colombo
Bangkok: Bangkok
Hanoi: Hanoi
Ho Chi Minh City: Ho-Chi-Minh-Stadt, Ho Chi Minh City, Saigon
Phnom Penh: Phnom Penh
Manila: Manila, Manille
Jakarta: Jakarta, Djakarta, Yakarta
Kuala Lumpur: Kuala Lumpur
Shanghai: Shanghai, Schanghai
Hong Kong: Hongkong, Hong Kong
Taipei: Taipeh, Taipei
Osaka: Osaka
Astana: Astana
Tashkent: Taschkent, Tashkent
Ulaanbaatar: Ulan Bator, Ulaanbaatar
Sydney: Sydney
Melbourne: Melbourne
Canberra: Canberra
Auckland: Auckland
Ottawa: Ottawa
Toronto: Toronto
Montreal: Montreal, Montréal
Vancouver: Vancouver
Chicago: Chicago
Boston: Boston
Miami: Miami
Atlanta: Atlanta
Seattle: Seattle
Philadelphia: Philadelphia
Detroit: Detroit
New Orleans: New Orleans
Las Vegas: Las Vegas
San Diego: San Diego
Mexico City: Mexiko-Stadt, Mexico City, Ciudad de México
Havana: Havanna, Havana, La Habana
Caracas: Caracas
Bogota: Bogotá, Bogota
Lima: Lima
Santiago de Chile: Santiago de Chile
Buenos Aires: Buenos Aires
Montevideo: Montevideo
Brasilia: Brasília, Brasilia
Rio de Janeiro: Rio de Janeiro, Río de Janeiro
Sao Paulo: São Paulo, Sao Paulo
Quito: Quito
La Paz: La Paz
Antwerp: Antwerpen, Antwerp, Anvers, Amberes
Nicosia: Nikosia, Nicosia, Nicosie
Gdansk: Danzig, Gdansk, Gdańsk, Dantzig
Krakow: Krakau, Krakow, Kraków, Cracovie, Cracovia
Ljubljana: Ljubljana, Laibach
Bratislava: Bratislava, Pressburg
Reykjavik: Reykjavik, Reykjavík
Valletta: Valletta, La Valette, La Valeta
Podgorica: Podgorica
Skopje: Skopje, Skopie
Tirana: Tirana
Pristina: Pristina, Priština, Prishtina
Seville: Sevilla, Seville, Séville
Sochi: Sotschi, Sochi, Sotchi
Kaliningrad: Kaliningrad
Murmansk: Murmansk
Irkutsk: Irkutsk
Khabarovsk: Chabarowsk, Khabarovsk
Krasnodar: Krasnodar
Grozny: Grosny, Grozny, Grozni
Simferopol: Simferopol, Simferópol
Kerch: Kertsch, Kerch
Yalta: Jalta, Yalta
Sumy: Sumy
Chernihiv: Tschernihiw, Chernihiv
Poltava: Poltawa, Poltava
Mykolaiv: Mykolajiw, Mykolaiv
Kramatorsk: Kramatorsk
Bakhmut: Bachmut, Bakhmut, Bakhmout, Bajmut
Wonsan: Wonsan
Kaesong: Kaesong
Panmunjom: Panmunjom
Busan: Busan, Pusan
Incheon: Incheon, Inchon
Almaty: Almaty, Alma-Ata
Bishkek: Bischkek, Bishkek, Bichkek
Dushanbe: Duschanbe, Dushanbe, Douchanbé
Ashgabat: Aschgabat, Ashgabat, Achgabat
Samarkand: Samarkand, Samarcande, Samarcanda
Davos: Davos
Strasbourg: Straßburg, Strasbourg, Estrasburgo
The Hague: Den Haag, The Hague, La Haye, La Haya
Hiroshima: Hiroshima
Kyoto: Kyoto, Kioto
"""

# Regions told by other names in other languages: one place, shown by its English name, though not one that links
# happenings (a region holds many towns; see GAZETTEER)
REGION_ALIASES = """
Bavaria: Bayern, Bavaria, Bavière, Baviera
Thuringia: Thüringen, Thuringia, Thuringe
Saxony: Sachsen, Saxony, Saxe, Sajonia
Saxony-Anhalt: Sachsen-Anhalt, Saxony-Anhalt
Lower Saxony: Niedersachsen, Lower Saxony, Basse-Saxe, Baja Sajonia
Hesse: Hessen, Hesse
North Rhine-Westphalia: Nordrhein-Westfalen, North Rhine-Westphalia, Rhénanie-du-Nord-Westphalie
Rhineland-Palatinate: Rheinland-Pfalz, Rhineland-Palatinate
Mecklenburg-Western Pomerania: Mecklenburg-Vorpommern, Mecklenburg-Western Pomerania
Tyrol: Tirol, Tyrol
Styria: Steiermark, Styria, Styrie
Carinthia: Kärnten, Carinthia, Carinthie
Lower Austria: Niederösterreich, Lower Austria
Upper Austria: Oberösterreich, Upper Austria
Catalonia: Katalonien, Catalonia, Catalogne, Cataluña
Andalusia: Andalusien, Andalusia, Andalousie, Andalucía
Tuscany: Toskana, Tuscany, Toscane, Toscana
Lombardy: Lombardei, Lombardy, Lombardie, Lombardía
Sicily: Sizilien, Sicily, Sicile, Sicilia
Sardinia: Sardinien, Sardinia, Sardaigne, Cerdeña
Brittany: Bretagne, Brittany, Bretaña
Normandy: Normandie, Normandy, Normandía
Alsace: Elsass, Alsace, Alsacia
Crimea: Krim, Crimea, Crimée
"""


def parse_aliases(table):
    """Return {folded alias: shown name} from 'Shown: alias, alias' lines."""
    out = {}
    for line in table.strip().splitlines():
        shown, aliases = line.split(":", 1)
        for a in aliases.split(","):
            out[fold(a.strip())] = shown.strip()
    return out


COUNTRIES, CITIES = parse_aliases(COUNTRY_ALIASES), parse_aliases(CITY_ALIASES)
REGIONS = parse_aliases(REGION_ALIASES)
GAZETTEER = frozenset(COUNTRIES.values()) | frozenset(CITIES.values())   # the places that link events
GAZETTEER_NAMES = COUNTRIES.keys() | CITIES.keys()                       # their names, folded
COUNTRY_NAMES = frozenset(COUNTRIES.values())
PLACE_NAMES = sorted({a for line in (COUNTRY_ALIASES + CITY_ALIASES).split("\n") if ":" in line
                      for a in (x.strip() for x in line.split(":", 1)[1].split(","))})


# No \b before the names: a pattern that starts with a letter lets the search skip to
# the letters names start with (four times faster); word_starts checks the boundary
PLACE_RE = lazy_regex(r"(?:%s)(?!\w)" % trie_pattern(PLACE_NAMES))


def word_starts(pattern, text, start, end):
    """Yield the matches in text[start:end] that begin a word, as r"\b" + pattern would for words.

    >>> [m.group() for m in word_starts(re.compile("Kor"), "Korea, NordKorea", 0, 16)]
    ['Kor']
    """
    while True:
        m = pattern.search(text, start, end)
        if not m:
            return
        a = m.start()
        if a and (text[a - 1].isalnum() or text[a - 1] == "_"):    # inside a word: \w before it
            start = a + 1
            continue
        yield m
        start = m.end() if m.end() > a else a + 1


# "near Lyon" and "bei Lyon" say where too: two sources that put one crash near two cities disagree
PLACE_PREPOSITIONS = ("in", "nach", "at", "to", "en", "à", "a", "near", "outside", "bei", "nahe")
# A happening another is told after or before: "nach dem tödlichen Zugunglück", "two days after the crash" (not
# "after leaving rehab": the rehab is where she left)
COUNTED_FROM_BEFORE_RE = lazy_regex(r"\b(?:nach|seit|vor|after|since|following|before)\s+(?:(?:dem|der|den|the|a|"
                                    r"einem|einer|its|their|seinem|seiner|ihrem|ihrer|his|her)\s+)?"
                                    r"(?:(?![^\W\d_]+ing\s)[^\W\d_]+\s+)?$", re.I)
# ... by a span: "vier Tage nach seinem Besuch in Kiew", "a week after his visit to Kyiv" (another happening)
SPAN_FROM_BEFORE_RE = lazy_regex(r"\b(?:Tage|Tagen|Wochen?|Monate|Monaten|days?|weeks?|months?)\s+"
                                 r"(?:nach|after|before)\s+(?:(?:dem|der|den|the|a|einem|einer|its|their|seinem|"
                                 r"seiner|ihrem|ihrer|his|her)\s+)?$", re.I)
# The preposition that ties a place to the word before it: "das Zugunglück bei Garmisch", "the crash near Ulm"
PLACE_AFTER_RE = lazy_regex(r"\s+(?:bei|in|im|nahe|near|at|outside)\s+(?:der\s+|dem\s+|the\s+)?")
# Where a moving thing was going is not where it happened: "was travelling to Munich when it derailed",
# "auf dem Weg nach München"
DESTINATION_BEFORE_RE = lazy_regex(r"(?:travell?ing|heading|headed|bound|en\s+route|way|Weg|unterwegs)\s+"
                                   r"(?:to|for|nach)\s+$")


# A capitalised word or two after "in", "nach", "near": a place when the list of places that
# are never names knows it ("in Kalifornien", "in Crimea"), and in English whenever it names
# nothing else ("in Antofagasta": in English only a proper noun is capitalised mid-sentence).
# Atomic: "in New Orleans'" must not fall back to "New".
# (and in English after a verb of going: "will travel to Marsk", "flew to Tarva"; looked behind only where "to"
# stands)
_TRAVEL_TO = "|".join(f"(?<={w}\\sto)" for w in "travel travels travelled traveled fly flies flew go goes went "
                      "return returned head heads headed".split())
UNNAMED_PLACE_RE = lazy_regex(r"\b(?:in|near|outside|nach|nahe|bei|to(?:" + _TRAVEL_TO + r"))\s+"
                              r"((?>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[ -][A-ZÄÖÜ][a-zäöüß]{2,})?))"
                              r"\b(?![-'’]|\s+\d)")

# German place names end so (Lindenau, Wolfsburg, Eschborn): German nouns, capitalised too, seldom do
GERMAN_TOWN_RE = lazy_regex(r"(?<=[^\W\d_]{4})(?:au|burg|dorf|hausen|heim|stadt|berg|feld|hagen|ingen|ow|itz|stedt|furt|bach|"
                            r"kirchen|rode|walde|brück|brücken|hofen|weiler|born|leben|lar|ach|see|tal|werder|"
                            r"witz|zig|ritz|gard)$")

# A town the gazetteer does not know, named after what it is: "in der nordkoreanischen Küstenstadt Wonsan", "in the
# eastern coastal city of Wonsan", "dans la ville de Wonsan"; where it happened when "in" or "near" comes before
SETTLEMENT_RE = lazy_regex(r"(?<![^\W\d_])(?:(?:[A-ZÄÖÜ][a-zäöüß]*)?(?:[Ss]tadt|[Dd]orf|[Gg]emeinde|[Oo]rtschaft)|"
                           r"(?:city|town|village|port|resort)\s+of|(?:ville|village|commune)\s+d[e']|"
                           r"(?:ciudad|localidad|pueblo)\s+de)\s*"
                           r"(?P<name>(?>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[ -][A-ZÄÖÜ][a-zäöüß]{2,})?))(?![\w'’-])")
# The preposition that makes a settlement where, before it and its article and adjectives ("in the eastern coastal")
SETTLEMENT_IN_RE = lazy_regex(r"(?<![^\W\d_])(?:in|im|near|outside|nahe|bei|at|à|en|dans|cerca|to|nach)\s+"
                              r"(?:(?:der|dem|the|a|la|le|une?)\s+)?(?:[^\W\d_]+\s+){0,2}$")

# A way between two places names both: "the line between Plattling and Passau", "die Strecke zwischen
# Hof und Eger", "the border between Poland and Belarus" (not "talks between Putin and Xi": a way's noun first)
_ROUTE_WORDS = r"(?:line|route|road|railway|motorway|highway|border|flights?|trains?|ferry|Strecke|Bahnstrecke|" \
              r"Bahnlinie|Verbindung|Autobahn|Grenze|Straße|Fähre|ligne|frontière|carretera|línea|frontera)"
_ROUTE_NAME = r"(?>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[ -][A-ZÄÖÜ][a-zäöüß]{2,})?)"
ROUTE_RE = lazy_regex(rf"(?<![^\W\d_]){_ROUTE_WORDS}\s+(?:between|zwischen|entre)\s+(?:(?:dem|der|the)\s+)?"
                      rf"(?P<a>{_ROUTE_NAME})\s+(?:and|und|et|y)\s+(?:(?:dem|der|the)\s+)?"
                      rf"(?P<b>{_ROUTE_NAME})(?![\w'’-])")

ROUTE_BEFORE_RE = lazy_regex(rf"(?<![^\W\d_]){_ROUTE_WORDS}\s+(?:between|zwischen|entre)\s+(?:(?:dem|der|the)\s+)?"
                             rf"(?:{_ROUTE_NAME}\s+(?:and|und|et|y)\s+(?:(?:dem|der|the)\s+)?)?$")
ROUTE_JOINS = frozenset("between zwischen entre and und et y the dem der".split())     # the word before a way's end


STAKE_BEFORE_RE = lazy_regex(r"\b(?:shares|stock|stake|stakes|holding|holdings|investment|Anteile|Beteiligung)\s+$",
                             re.I)


def find_places(text, start, end, language="", towns=frozenset()):
    """Return (shown name, words, is_city, is_where) for each place in text[start:end].

    is_where is True for a place after "in", "nach", "at" ...: where something
    happened, as against a place that stands for its government ("Moskau sagte").
    A place of the PLACES list after "in" or "nach" counts too, and in English
    any capitalised word after "in", "near" or "outside" that is no known name
    of anything else; in German, one with a town's ending, or one of towns
    (the places English sources of the story name so: "in Hamm").
    """
    out = []
    for m in word_starts(PLACE_RE, text, start, end):
        f = fold(m.group())
        before = text[max(start, m.start() - 6):m.start()].split()
        where = bool(before) and before[-1].lower() in PLACE_PREPOSITIONS and not (
            before[-1] in ("to", "nach") and DESTINATION_BEFORE_RE.search(text, max(start, m.start() - 24), m.start()))
        if f in CITIES:
            out.append((CITIES[f], m.group(), True, where))
        elif f in COUNTRIES:
            out.append((COUNTRIES[f], m.group(), False, where))
    known = {p[1] for p in out}
    headline = None                       # found once, and only when needed
    for m in UNNAMED_PLACE_RE.finditer(text, start, end):
        name = m.group(1)
        if name in known or text.startswith("nach", m.start()) and DESTINATION_BEFORE_RE.search(
                text, max(start, m.start() - 20), m.start() + 5):
            continue
        if any(k.startswith(name + " ") and text.startswith(k, m.start(1)) for k in known):
            continue                      # "in Rio de Janeiro": the known place's first word, no place of its own
        if STAKE_BEFORE_RE.search(text, max(start, m.start() - 14), m.start()):
            continue                      # "Shares in Kessler rose", "a stake in Norvik": a company, no place
        if all(fold(w) in _PLACES for w in re.split("[ -]", name)):
            out.append((REGIONS.get(fold(name), name), name, True, True))
        elif language == "de" and (GERMAN_TOWN_RE.search(name) or name in towns) \
                and m.group().split()[0] in ("in", "nach", "nahe", "bei") and fold(name) not in _PLACES:
            out.append((REGIONS.get(fold(name), name), name, True, True))      # "in Lindenau": a town's ending
        elif language == "en" and unnamed_place(name):
            if headline is None:
                headline = is_headline(text[start:end].split())
            if not headline:
                out.append((REGIONS.get(fold(name), name), name, True, True))
    for m in SETTLEMENT_RE.finditer(text, start, end):
        name = m.group("name")
        into = SETTLEMENT_IN_RE.search(text, max(start, m.start() - 40), m.start())
        prep = into.group().split()[0] if into else ""
        where = bool(into) and not (prep in ("to", "nach") and DESTINATION_BEFORE_RE.search(
            text, max(start, into.start() - 24), into.start() + len(prep) + 1))
        at = next((i for i, p in enumerate(out) if p[1] == name), None)
        if at is not None:                # "in der Stadt Köln": a known one is where too
            out[at] = out[at][:3] + (out[at][3] or where,)
        elif unnamed_place(name, town=True) and not any(fold(w) in GAZETTEER_NAMES for w in re.split("[ -]", name)):
            out.append((name, name, True, where))     # (not "city of Turkmenistan-Ashgabat": the gazetteer's)
    known = {p[1] for p in out}
    routes = any(text.find(w, start, end) >= 0 for w in ("between", "zwischen", "entre"))     # few clauses tell one
    for m in ROUTE_RE.finditer(text, start, end) if routes else ():      # named, not where: the way runs there
        for name in m.group("a", "b"):
            if name not in known and unnamed_place(name, town=True):
                out.append((name, name, True, False))
                known.add(name)
    return out


def unnamed_place(name, town=False):
    """True when a capitalised word or two after "in" can be a town: no month, role, person or organisation.

    A word told as a town ("the city of Florence", town=True) may be a given name too.

    >>> unnamed_place("Antofagasta"), unnamed_place("March"), unnamed_place("Congress"), unnamed_place("John")
    (True, False, False, False)
    >>> unnamed_place("New Hampshire"), unnamed_place("California"), unnamed_place("Lille", town=True)
    (True, True, True)
    """
    for w in re.split("[ -]", name):
        f = fold(w)
        if (hard_excluded(w) and f not in _PLACES) or role_of(w, "en") or not town and is_given_name(w) \
                or f in HONORIFICS \
                or f in STOPWORDS["en"] or f in NOT_PLACES or f in NUMBER_WORDS:
            return False
    return True


# Capitalised words that follow "in" and are no place: languages, institutions, titles of works
NOT_PLACES = set("english spanish french german arabic russian chinese congress parliament senate court "
                 "government christ god heaven hell game week round act chapter section part "
                 "order fact general particular addition total time summer winter spring autumn fall war "
                 "league".split())


def parse_number(text, language):
    """Return the value of a numeral in German or English format.

    >>> parse_number("12.000", "de"), parse_number("12,000", "en"), parse_number("3,5", "de")
    (12000.0, 12000.0, 3.5)
    >>> parse_number("12\u202f000", "fr"), parse_number("3 500", "fr")     # a space between thousands
    (12000.0, 3500.0)
    """
    text = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        sep = text[len(text) - 4]
        if (language == "en" and sep == ",") or (language != "en" and sep == "."):
            return float(text.replace(sep, ""))
    if language == "en":
        return float(text.replace(",", ""))
    return float(text.replace(".", "").replace(",", "."))


# Where a clause's first number may be: tried in every clause, so case by case (not re.I),
# as a tree, and only where a word's first letter stands
_COUNT_FORMS = sorted({f for w in COUNT_WORDS for f in (w, w.capitalize(), w.upper())})
NUMBER_START_RE = lazy_regex(r"\d|\b(?=[%s])(?:(?:%s)\b|%s)" % (initials(COUNT_WORDS), trie_pattern(_COUNT_FORMS),
                                                                 ONE_SCALED_RE))


# A game's final score ("beat the Rams 24-17", "siegte 2:1"), read only where a win or a
# defeat is told: elsewhere "10-15" is a range and "14:30" a time of day.
SCORE_RE = lazy_regex(r"(?<![\w.,:/–-])(?<!\bum\s)(?<!\bat\s)(\d{1,3})\s?[-–:]\s?(\d{1,3})"
                      # ("siegte 2:1." at a sentence's end is a score)
                      r"(?![\w:/–]|-(?!\w*(?:[Ss]ieg|[Ee]rfolg|[Nn]iederlage|[Rr]emis|[Pp]leite|[Tt]riumph)\b)|[.,]\d"
                      r"|\s?(?:Uhr|a\.m|p\.m|am\b|pm\b|h\b))")
# ("zu einem 4:0-Sieg", "die 1:3-Niederlage": a German compound of the result)


def find_scores(text, start, end):
    """Return ("score", "24-17", False, words) for each score in text[start:end], the higher number first.

    >>> find_scores("beat the Rams 24-17 on Sunday", 0, 29), find_scores("verlor 1:3 um 14:30 Uhr", 0, 23)
    ([('score', '24-17', False, '24-17')], [('score', '3-1', False, '1:3')])
    >>> find_scores("besiegten den FC Arsenal mit 2:1. Um 1.30", 0, 40)
    [('score', '2-1', False, '2:1')]
    >>> find_scores("zu einem 4:0-Auswärtssieg, eine 3-4-Zimmer-Wohnung", 0, 50)
    [('score', '4-0', False, '4:0')]
    >>> find_scores("beat Sinner 6-4, 3-6, 7-5 in the final", 0, 38)
    [('score', '6-4 3-6 7-5', False, '6-4, 3-6, 7-5')]
    >>> [q[1] for q in find_scores("besiegte ihn mit 6:4, 3:6, 7:5, 6:2. Then 6-4 3-6 7-5 6-3 in the final", 0, 66)]
    ['6-4 3-6 7-5 6-2', '6-4 3-6 7-5 6-3']
    """
    sets = [(m.start(), m.end()) for m in SET_SCORES_RE.finditer(text, start, end)]
    out = [("score", " ".join(SET_RE.findall(text, a, b)).replace(":", "-"), False, text[a:b]) for a, b in sets]
    starts = [a for a, _ in sets]         # in text order, and apart: the one a score may be in is found by bisection
    shootout = SHOOTOUT_WORDS_RE.search(text, start, end) is not None     # once a clause: few tell one
    return out + [("shootout score" if shootout and SHOOTOUT_NEAR_RE.match(text, m.end()) else "score",
                   "%d-%d" % (max(a, b), min(a, b)), False, m.group())
                  for m in SCORE_RE.finditer(text, start, end) for a, b in [(int(m.group(1)), int(m.group(2)))]
                  if not (starts and (i := bisect_right(starts, m.start()) - 1) >= 0 and m.start() < sets[i][1])]


# A penalty shootout's score is a score of its own: "4-3 on penalties", "5:4 im Elfmeterschießen",
# "won 5-4 in a shootout" (the match's "1-1" is the other score)
SHOOTOUT_WORDS_RE = lazy_regex(r"penalt|shoot-?out|Elfmeterschießen|tirs\s+au\s+but|penaltis|penales", re.I)
SHOOTOUT_NEAR_RE = lazy_regex(r"\s+(?:on\s+penalties|in\s+(?:a|the)\s+(?:penalty\s+)?shoot-?out|(?:im|nach)\s+"
                              r"Elfmeterschießen|aux\s+tirs\s+au\s+but|en\s+(?:la\s+)?tanda\s+de\s+penaltis|"
                              r"(?:en|por|a)\s+penales|(?:[^\W\d_]+\s+){0,2}?(?:im|nach)\s+Elfmeterschießen)", re.I)


# A match told set by set: "6-4, 3-6, 7-5", "6:4, 3:6, 7:6 (7:3)", "6-4 3-6 7-5 6-2": one score, its sets in
# the order told (and the last one before a full stop: "7:5, 6:2.")
_SET = r"\d{1,2}[-–:]\d{1,2}(?:\s?\(\d{1,2}(?:[-–:]\d{1,2})?\))?"
SET_SCORES_RE = lazy_regex(r"(?<![\w.,:/–-])" + _SET + r"(?:(?:,\s?|\s)" + _SET + r"){1,4}(?![\w:/–-]|\.\d)")
SET_RE = lazy_regex(r"(?<!\()\b\d{1,2}[-–:]\d{1,2}\b(?!\))")


# A vote's tally: "in a 51-49 vote", "voted 52-48", "by a vote of 51 to 49", "mit 51 zu 49 Stimmen",
# "par 51 voix contre 49", "por 51 votos contra 49". The higher number first, as a score.
_TALLY_NUM = r"(?P<%s>\d{1,4}|\b[^\W\d_]{3,12}\b)"      # "bei fünf Gegenstimmen": a count word (find_tallies)
TALLY_RE = lazy_regex(
    r"(?<![\w.,])(?P<a>\d{1,4})\s?[-–]\s?(?P<b>\d{1,4})\s+(?:vote|ballot)"
    r"|\b(?:voted|vote\s+of)\s+(?P<a2>\d{1,4})\s?[-–]\s?(?P<b2>\d{1,4})(?!\w|[.,]\d)"
    # "mit 141 Ja-Stimmen bei fünf Gegenstimmen", "141 votes in favour and 5 against", "141 dafür, 5 dagegen"
    r"|\b" + _TALLY_NUM % "a6" + r"\s+(?:Ja-Stimmen|Jastimmen|votes\s+in\s+favou?r|in\s+favou?r|dafür)"
    r"(?:\s+(?:bei|und|and|with|to)|\s*[,;])\s+" + _TALLY_NUM % "b6"
    + r"\s+(?:Gegenstimmen|Nein-Stimmen|against|dagegen)"
    # "141 Staaten stimmten für den Text, 5 dagegen", "141 countries voted in favour, 5 against"
    r"|(?<![\w.,])(?P<a7>\d{1,4})\s+(?:[^\W\d_]+\s+)?(?:(?:stimmten|votierten)\s+(?:[^\W\d_]+\s+){0,3}?(?:für|dafür)|"
    r"voted\s+(?:for|in\s+favou?r))"
    r"[^.;\d]{0,40},\s+" + _TALLY_NUM % "b7" + r"\s+(?:(?:stimmten|votierten|voted)\s+)?(?:dagegen|against)"
    r"|\b(?:vote\s+of|by)\s+(?P<a3>\d{1,4})\s+(?:votes\s+)?to\s+(?P<b3>\d{1,4})(?!\w|[.,]\d)"
    r"|\b" + _TALLY_NUM % "a4" + r"(?:\s+(?:zu|gegen)\s+|\s?:\s?)" + _TALLY_NUM % "b4" + r"\s+Stimmen"
    # a court's: "ruled 6-3", "ruling six to two", "a 5-4 decision", "by a 5-4 majority"
    r"|\b(?:ruled|ruling|decided)\s+(?:by\s+)?" + _TALLY_NUM % "a8" + r"(?:\s?[-–]\s?|\s+to\s+)" + _TALLY_NUM % "b8"
    + r"(?![\w.,]\w)"
    r"|(?<![\w.,])(?P<a9>\d{1,2})\s?[-–]\s?(?P<b9>\d{1,2})\s+(?:ruling|decision|majority|verdict)\b"
    r"|\b(?P<a5>\d{1,4})\s+(?:voix|votos)(?:\s+a\s+favor)?\s+(?:contre|contra|y)\s+(?P<b5>\d{1,4})\b"
    # "383 lawmakers voting in favour and 270 against", "Für den Entwurf stimmten 380 Abgeordnete, 270 votierten
    # dagegen"
    r"|(?<![\w.,])(?P<a10>\d{1,4})\s+(?:[^\W\d_]+\s+)?voting\s+(?:for|in\s+favou?r)(?:\s+(?:and|with)\s+|\s*,\s*)"
    r"(?P<b10>\d{1,4})\s+(?:against|opposed)"
    r"|\b(?:stimmten|votierten)\s+(?P<a11>\d{1,4})\s+(?:[^\W\d_]+)?,\s+(?P<b11>\d{1,4})\s+(?:[^\W\d_]+\s+)?"
    r"(?:votierten|stimmten)\s+dagegen")


# An election's turnout: "Die Wahlbeteiligung lag bei 77 Prozent", "Turnout was 79 percent", "a turnout
# of 61.5%", "la participation a atteint 77 %": a share like the vote's, compared on its own
TURNOUT_RE = lazy_regex(r"\b(?:Wahlbeteiligung|turnout|participation|participación)\b(?P<between>[^.;%\d]{0,70}?)"
                        r"(?P<num>(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|percent|per\s+cent|Prozent|pour\s+cent"
                        r"|por\s+ciento)", re.I)


SHARE_WORDS = frozenset(("turnout", "participation", "participación"))    # of anything, a vote's only with a %


def find_turnout(text, start, end):
    """Return ("turnout", 77.0, False, words) for each election's turnout in text[start:end].

    >>> find_turnout("Die Wahlbeteiligung lag bei 77,5 Prozent.", 0, 41)
    [('turnout', 77.5, False, 'Wahlbeteiligung lag bei 77,5 Prozent')]
    """
    return [("turnout", float(m.group("num").replace(",", ".")), bool(MODIFIER_BEFORE_RE.search(m.group("between"))),
             " ".join(m.group().split())) for m in TURNOUT_RE.finditer(text, start, end)]


def find_votes(text, start, end):
    """Return what a vote tells: its tallies and its turnout."""
    return find_tallies(text, start, end) + find_turnout(text, start, end)


def find_tallies(text, start, end):
    """Return ("tally", "51-49", False, words) for each vote's tally in text[start:end].

    >>> [q[1] for q in find_tallies("in a 51-49 vote; voted 52-48; mit 49 zu 51 Stimmen; by 60 votes to 40", 0, 69)]
    ['51-49', '52-48', '51-49', '60-40']
    >>> t = "by a vote of 143-5; mit 141 Ja-Stimmen bei fünf Gegenstimmen; 141 votes in favour and 5 against"
    >>> [q[1] for q in find_tallies(t, 0, len(t))]
    ['143-5', '141-5', '141-5']
    >>> [q[1] for q in find_tallies("141 Staaten stimmten für den Text, 5 dagegen; die Ja-Stimmen und die", 0, 68)]
    ['141-5']
    >>> t = "399 Abgeordnete votierten am Freitag dafür, 275 dagegen; 99 stimmten dafür, 75 stimmten dagegen"
    >>> [q[1] for q in find_tallies(t, 0, len(t))]
    ['399-275', '99-75']
    >>> t = "with 383 lawmakers voting in favour and 270 against; stimmten 380 Abgeordnete, 270 votierten dagegen"
    >>> [q[1] for q in find_tallies(t, 0, len(t))]
    ['383-270', '380-270']
    >>> t = "mit fünf zu drei Stimmen; mit 5:3 Stimmen; ruling six to two that; ruled 6-3; in a 5-4 decision"
    >>> [q[1] for q in find_tallies(t, 0, len(t))]
    ['5-3', '5-3', '6-2', '6-3', '5-4']
    """
    out = []
    for m in TALLY_RE.finditer(text, start, end):
        told = [g for g in m.groups() if g]
        if not all(x.isdigit() or x.lower() in COUNT_WORDS for x in told):
            continue                     # "die Ja-Stimmen": no number
        a, b = (int(x) if x.isdigit() else COUNT_WORDS[x.lower()] for x in told)
        out.append(("tally", "%d-%d" % (max(a, b), min(a, b)), False, " ".join(m.group().split())))
    return out


# A prison term: "zu neun Jahren Haft", "to nine years in prison", "a nine-year prison sentence",
# "eine Haftstrafe von 18 Monaten", "neunjährige Haftstrafe", "six ans de prison", "life in prison",
# "19 years in a special-regime penal colony".
# Read like a score, as one value: the term is the verdict, so two terms are a clash of fact.
# (and a half: "sechseinhalb Jahre", "six and a half years", "seis años y medio" are told around the unit)
_HALF = r"(?:einhalb|\s+and\s+a\s+half)?"
HALF_RE = lazy_regex(r"einhalb|\s+and\s+a\s+half|\s+(?:y\s+medio|et\s+demie?)\b", re.I)
_TERM_UNITS = r"(?P<unit%d>Jahr(?:en?)?|Monat(?:en?)?|years?|months?|ans|mois|años|meses)"
# (and one year, singular: "zu einem Jahr Haft", "to one year in prison", "a year in jail")
_ONE_YEAR = r"ein(?:em)?(?=\s+Jahr\b)|one(?=[\s-]+year\b)|a(?=[\s-]+year\b)"
_TERM_NUM = r"(?P<num%d>(?<![\d.,])\d{1,3}(?![\d.,]\d)|\b(?:" + _COUNT_ALT + r"|anderthalb|eineinhalb|" + _ONE_YEAR \
    + r"))" + _HALF
PRISON_TERM_RE = lazy_regex(
    (_TERM_NUM + r"\s+" + _TERM_UNITS + r"(?:\s+(?:y\s+medio|et\s+demie?))?\s+(?:in\s+(?:a\s+)?|behind\s+|of\s+|de\s+)?"
     r"(?:(?:federal|state|high-security|maximum-security|penal|prison|(?:special|strict|general)[\s-]regime)\s+){0,2}"
     r"(?:Haft|Gefängnis|Straflager|Lagerhaft|Arbeitslager|Jugendhaft|Jugendstrafe|Freiheitsstrafe|Zuchthaus"
     r"|prison|jail|bars|imprisonment|colony|prisión|cárcel|reclusion|réclusion)\b") % (1, 1)
    + (r"|\b(?:Haft|Freiheits|Gefängnis|Jugend)strafe\s+von\s+(?:(?:mindestens|bis\s+zu)\s+)?" + _TERM_NUM
       + r"\s+" + _TERM_UNITS) % (2, 2)
    + (r"|\b(?:prison|jail)\s+(?:term|sentence)\s+of\s+" + _TERM_NUM + r"\s+" + _TERM_UNITS) % (3, 3)
    + (r"|" + _TERM_NUM + r"[\s-]?(?P<unit4>year|month|jährige[nmrs]?|monatige[nmrs]?)\s+"
       r"(?:(?:prison|jail)\s+(?:term|sentence)|(?:Haft|Freiheits|Gefängnis|Jugend)strafe)\b") % (4,)
    # a suspended term is a term: "zu zwei Jahren auf Bewährung", "eine Bewährungsstrafe von zwei Jahren", "a
    # two-year suspended sentence", "a suspended sentence of two years"
    + (r"|" + _TERM_NUM + r"\s+" + _TERM_UNITS + r"\s+auf\s+Bewährung\b") % (5, 5)
    + (r"|\b(?:Bewährungsstrafe|suspended\s+(?:prison\s+|jail\s+)?sentence)\s+(?:von|of)\s+" + _TERM_NUM + r"\s+"
       + _TERM_UNITS) % (6, 6)
    + (r"|" + _TERM_NUM + r"[\s-]?(?P<unit7>year|month|jährige[nmrs]?|monatige[nmrs]?)\s+(?:suspended\s+(?:prison\s+|"
       r"jail\s+)?sentence|Bewährungsstrafe)\b") % (7,)
    # and "jailed for six months", "imprisoned for two years", "jailed former mayor X for four years": the verb's own
    # term (a few words between: whom it jailed)
    + (r"|\b(?:jailed|imprisoned|locked\s+up)\s+(?:[^\W\d_][\w.'’-]*\s+){0,5}?for\s+" + _TERM_NUM + r"\s+"
       + _TERM_UNITS) % (8, 8)
    + r"|\b(?P<life>lebenslange[nr]?\s+(?:Haft|Freiheitsstrafe)|lebenslänglich|life\s+(?:in\s+prison|imprisonment"
      r"|sentence|term|behind\s+bars)|(?:prison|réclusion)\s+à\s+perpétuité|cadena\s+perpetua)\b", re.I)
# Work a court orders instead: "90 days of community service", "300 hours of community service", "120 Sozialstunden"
SERVICE_TERM_RE = lazy_regex(r"(?<![\w.,])(?P<num>\d{1,4}|" + _COUNT_ALT + r")\s+(?:(?P<unit>days?|hours?)\s+of\s+"
                             r"community\s+service|(?P<unit2>Sozialstunden|Stunden\s+gemeinnützige[rn]?\s+Arbeit))\b",
                             re.I)
PRISON_TERM_WORDS = ("aft", "efängnis", "ager", "strafe", "ebensl", "ucht", "prison", "jail", "bars", "life", "colony",
                     "prisi", "cárcel", "clusion", "perp", "ewährung", "suspended", "locked up")


def find_service_terms(text, start, end):
    """Return ("community service", "90 days", False, words) for each term of work a court orders in text[start:end].

    >>> [q[1:] for q in find_service_terms("to 90 days of community service; zu 120 Sozialstunden", 0, 54)]
    [('90 days', False, '90 days of community service'), ('120 hours', False, '120 Sozialstunden')]
    """
    if text.find("ozial", start, end) < 0 and text.find("ommunity", start, end) < 0:
        return []                         # most clauses tell none: str.find is faster than the pattern
    out = []
    for m in SERVICE_TERM_RE.finditer(text, start, end):
        n = m.group("num")
        unit = "days" if (m.group("unit") or "").lower().startswith("d") else "hours"     # Sozialstunden: hours
        out.append(("community service", f"{COUNT_WORDS.get(n.lower(), n)} {unit}", False, " ".join(m.group().split())))
    return out


# A term asked for or threatened, not given: "hatte zehn Jahre Haft gefordert", "prosecutors sought nine years in
# prison", "Ihm drohen bis zu zehn Jahre Haft", "faces up to 20 years in prison"
TERM_ASKED_BEFORE_RE = lazy_regex(
    r"\b(?:forder\w*|beantragt\w*|verlangt\w*|plädiert\w*|drohen|droht|drohte\w*|bis\s+zu|höchstens|demand\w*|sought"
    r"|seek\w*|asked\s+for|call\w*\s+for|request\w*|faces?|facing|up\s+to|maximum(?:\s+of)?)\b[^.,;:!?]*$", re.I)
TERM_ASKED_AFTER_RE = lazy_regex(r"[\s,]*(?:\w+\s+){0,2}?(?:gefordert|beantragt|verlangt|gedroht)\b")


def find_prison_terms(text, start, end):
    """Return ("prison term", "9 years", False, words) for each prison term in text[start:end].

    >>> [q[1:] for q in find_prison_terms("jailed for life; zu neun Jahren Haft", 0, 36)]
    [('9 years', False, 'neun Jahren Haft')]
    >>> [q[1] for q in find_prison_terms("a 30-month prison term and life in prison", 0, 41)]
    ['30 months', 'life']
    >>> t = "Er wurde zu acht Jahren Haft verurteilt; der Staatsanwalt hatte zehn Jahre Haft gefordert."
    >>> [q[1] for q in find_prison_terms(t, 0, len(t))]
    ['8 years']
    """
    out = find_service_terms(text, start, end)
    if not any(text.find(w, start, end) >= 0 for w in PRISON_TERM_WORDS):
        return out
    for m in PRISON_TERM_RE.finditer(text, start, end):
        if TERM_ASKED_BEFORE_RE.search(text[max(start, m.start() - 40):m.start()]) or \
                TERM_ASKED_AFTER_RE.match(text, m.end(), min(end, m.end() + 30)):
            continue                     # what the prosecution asked, or the most the law allows: no verdict
        if m.group("life"):
            out.append(("prison term", "life", False, " ".join(m.group().split())))
            continue
        i = next(i for i in range(1, 9) if m.group("num%d" % i))
        value, at, to = term_told(text, m, "num%d" % i, "unit%d" % i, start, end)
        if value:
            out.append(("prison term", value, False, " ".join(text[at:to].split())))
    return out


CLOCK_PARTS = frozenset(("hours", "minut", "minutes", "seconds", "second", "sekund"))     # counted units of a time
# A race's time: "2:00:35", "in 2:00:35 Stunden", "two hours and 35 seconds", "2 hours, 1 minute and 9 seconds"
RACE_CLOCK_RE = lazy_regex(r"(?<![\d:.,])(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])")
_RACE_NUM = r"(?P<%s>\d{1,2}|one|an?|ein|eine|" + _COUNT_ALT + r")"
RACE_WORDS_RE = lazy_regex(
    r"\b" + _RACE_NUM % "h" + r"\s+(?:hours?|Stunden?)(?:,?\s+(?:and\s+|und\s+)?" + _RACE_NUM % "m"
    + r"\s+(?:Minuten|minutes?))?(?:,?\s+(?:and\s+|und\s+)?" + _RACE_NUM % "s" + r"\s+(?:seconds?|Sekunden?))?",
    re.I)


def find_race_times(text, start, end):
    """Return ("race time", "2:00:35", False, words) for each race's time in text[start:end] (a record's, a win's).

    >>> t = "won in two hours and 35 seconds; the old record of 2:01:09; after 2 hours the rain"
    >>> [q[1] for q in find_race_times(t, 0, len(t))]
    ['2:00:35', '2:01:09']
    """
    if not any(text.find(w, start, end) >= 0 for w in (":", "our", "tunde")):
        return []                         # most clauses tell none
    out = []
    for m in RACE_CLOCK_RE.finditer(text, start, end):
        out.append(("race time", "%d:%s:%s" % (int(m.group("h")), m.group("m"), m.group("s")), False, m.group()))
    for m in RACE_WORDS_RE.finditer(text, start, end):
        if not (m.group("m") or m.group("s")):
            continue                      # "after 2 hours": a span, no time run
        h, mi, se = (0 if not g else int(g) if g.isdigit() else COUNT_WORDS.get(g.lower(), 1)     # "an hour": 1
                     for g in m.group("h", "m", "s"))
        out.append(("race time", "%d:%02d:%02d" % (h, mi, se), False, " ".join(m.group().split())))
    return sorted(out, key=lambda q: text.find(q[3], start, end))


# How long a ban runs: "banned for four years", "für vier Jahre gesperrt", "a two-year ban", "Sperre von 18 Monaten"
BAN_TERM_RE = lazy_regex(
    (r"\b(?:for|für|pour|por|durante|von)\s+" + _TERM_NUM + r"\s+" + _TERM_UNITS) % (1, 1)
    + (r"|" + _TERM_NUM + r"[\s-](?P<unit2>year|month|jährige[nmrs]?|monatige[nmrs]?)\s+(?:[\w-]+\s+)?"
       r"(?:ban|suspension|Sperre|\w*sperre)\b") % (2,)
    # a ban from office: "une peine d'inéligibilité de cinq ans", "cinq ans d'inéligibilité", "seis años de
    # inhabilitación"
    + (r"|\b(?:inéligibilité|inhabilitación)\s+(?:de|pendant|por|durante)\s+" + _TERM_NUM + r"\s+" + _TERM_UNITS)
    % (3, 3) + (r"|" + _TERM_NUM + r"\s+(?P<unit4>ans|años)\s+(?:d['’]inéligibilité|de\s+inhabilitación)") % (4,),
    re.I)


def find_ban_terms(text, start, end):
    """Return ("ban term", "4 years", False, words) for each ban's length in text[start:end] (a ban's clause).

    >>> t = "banned for four years; eine Sperre von 18 Monaten; a two-year ban"
    >>> [q[1] for q in find_ban_terms(t, 0, len(t))]
    ['4 years', '18 months', '2 years']
    >>> t = "une peine d'inéligibilité de cinq ans; à trois ans d'inéligibilité; seis años de inhabilitación"
    >>> [q[1] for q in find_ban_terms(t, 0, len(t))]
    ['5 years', '3 years', '6 years']
    """
    out = []
    for m in BAN_TERM_RE.finditer(text, start, end):
        i = next(i for i in (1, 2, 3, 4) if m.group("num%d" % i))
        value = term_value(m.group("num%d" % i), m.group("unit%d" % i))
        if value:
            out.append(("ban term", value, False, " ".join(m.group().split())))
    return out


def one_or_count(said):
    """Return the number a word or digits tell, "ein" and "a" as one; 0 for none.

    >>> one_or_count("vier"), one_or_count("12"), one_or_count("einem"), one_or_count("a"), one_or_count("Haft")
    (4, 12, 1, 1, 0)
    """
    said = said.lower()
    return int(said) if said.isdigit() else COUNT_WORDS.get(said, 0) or int(
        said in ("ein", "eine", "einem", "einen", "one", "a"))


def term_value(num, unit, half=False, more_months=0):
    """Return a term told as a number and a unit (and a half, and more months), in years if whole ones, else
    months; '' for none.

    >>> term_value("vier", "Jahren"), term_value("30", "months"), term_value("18", "monatige")
    ('4 years', '30 months', '18 months')
    >>> term_value("sechs", "Jahre", True), term_value("anderthalb", "Jahre"), term_value("3", "Monaten", False, 48)
    ('78 months', '18 months', '51 months')
    """
    if num.lower() in ("anderthalb", "eineinhalb"):
        months, half = 1, True
    else:
        months = one_or_count(num)        # (and "ein Jahr Haft", "a year in prison")
    if not unit.lower().startswith(("mo", "me")):
        months = months * 12 + (6 if half else 0)
    months += more_months
    return "" if not months else "1 year" if months == 12 else f"{months // 12} years" if months % 12 == 0 \
        else f"{months} months"


# The years before a term's months: "zu vier Jahren und drei Monaten Haft", "four years and three months in prison"
YEARS_AND_RE = lazy_regex(r"(?<![\d.,])(?P<num>\d{1,2}|\b(?:" + _COUNT_ALT + r"|" + _ONE_YEAR + r"))\s+"
                          r"(?:Jahr(?:en?)?|years?|ans|años)"
                          r"\s+(?:und|and|et|y)\s+$", re.I)
# and the months after its years: "eine Freiheitsstrafe von vier Jahren und sechs Monaten", "jailed for four years
# and six months", "fünf Jahre und drei Monate gefordert"
MONTHS_AFTER_RE = lazy_regex(r"\s+(?:und|and|et|y)\s+(?P<num>\d{1,2}(?![\d.,]\d)|\b(?:" + _COUNT_ALT
                             + r"|eine[mn]?|one|a))\s+(?:Monat(?:en?)?|months?|mois|meses)\b", re.I)


def term_told(text, m, num, unit, start, end=None):
    """Return the value of the term m's groups num and unit tell, with its half, the years told before its months
    and the months told after its years, and where its words start and end.

    >>> t = "zu vier Jahren und drei Monaten Haft; sechseinhalb Jahre Haft; zu 0 Jahren und 3 Monaten Haft"
    >>> [term_told(t, m, "num1", "unit1", 0) for m in PRISON_TERM_RE.finditer(t)]
    [('51 months', 3, 36), ('78 months', 38, 61), ('3 months', 79, 93)]
    >>> t = "zu einem Jahr Haft; zu einem Jahr und drei Monaten Haft; to one year in prison"
    >>> [term_told(t, m, "num1", "unit1", 0)[0] for m in PRISON_TERM_RE.finditer(t)]
    ['1 year', '15 months', '1 year']
    >>> t = "eine Freiheitsstrafe von vier Jahren und sechs Monaten; jailed for two years and one month"
    >>> [term_told(t, m, *next((f"num{i}", f"unit{i}") for i in (2, 8) if m.group(f"num{i}")), 0)[0]
    ...  for m in PRISON_TERM_RE.finditer(t)]
    ['54 months', '25 months']
    """
    said, unit_said = m.group(num), m.group(unit)
    half = HALF_RE.match(m.string, m.end(num)) is not None
    if not unit_said.lower().startswith(("mo", "me")):
        half = half or HALF_RE.match(m.string, m.end(unit)) is not None     # "seis años y medio"
        more = None if half else MONTHS_AFTER_RE.match(text, m.end(unit), len(text) if end is None else end)
        if more and one_or_count(more.group("num")):
            return term_value(said, unit_said, False, one_or_count(more.group("num"))), m.start(), more.end()
        return term_value(said, unit_said, half), m.start(), m.end()
    years = YEARS_AND_RE.search(text, max(start, m.start() - 30), m.start()) if m.start(num) == m.start() \
        else None
    n = years and one_or_count(years.group("num"))
    if not n:                             # (none, or "0 Jahren und drei Monaten": the months alone)
        return term_value(said, unit_said), m.start(), m.end()
    return term_value(said, unit_said, False, 12 * n), years.start(), m.end()


# How long an agreement runs: "mit einer Laufzeit von 20 Jahren", "gilt für 25 Jahre", "einen Vertrag über drei
# Jahre", "a 20-year treaty", "for a period of 20 years"; read only in an agreement's own clauses
DURATION_RE = lazy_regex(
    (r"(?:Laufzeit\s+von\s+|gilt\s+(?:für\s+)?|(?:Vertrag|Abkommen|Pakt)\s+über\s+|"
     r"für\s+(?:die\s+Dauer\s+von\s+)?|for\s+(?:a\s+(?:period|term)\s+of\s+)?"
     r"|lasting\s+|durée\s+de\s+|pour\s+|por\s+|durante\s+)" + _TERM_NUM
     + r"\s+(?P<unit1>Jahre|Jahren|years|ans|años)\b") % (1,)
    # ("ein 20-jähriger Vertrag"; not "Der 30-Jährige erhält einen Vertrag": the noun is a person)
    + (r"|" + _TERM_NUM + r"[\s-](?:year|(?-i:jährige[nmrs]?))\s+(?:[^\W\d_][\w-]*\s+){0,3}?"
       r"(?:treaty|agreement|pact|deal|contract|partnership|Vertrag|Abkommen|Pakt|Partnerschaft\w*)\b") % (2,),
    re.I)


def find_durations(text, start, end):
    """Return ("duration", "20 years", False, words) for each agreement's length told in text[start:end].

    >>> [q[1:] for q in find_durations("ein Vertrag mit einer Laufzeit von 20 Jahren; a 25-year strategic treaty", 0, 72)]
    [('20 years', False, 'Laufzeit von 20 Jahren'), ('25 years', False, '25-year strategic treaty')]
    >>> [q[1:] for q in find_durations("Er erhält einen Vertrag über drei Jahre.", 0, 40)]
    [('3 years', False, 'Vertrag über drei Jahre')]
    >>> [q[:2] for q in find_durations("einen Vertrag bis 2027; a contract extension through 2028", 0, 57)]
    [('runs until', '2027'), ('runs until', '2028')]
    """
    out = []
    for m in DURATION_RE.finditer(text, start, end):
        num = m.group("num1") or m.group("num2")
        years = int(num) if num.isdigit() else COUNT_WORDS.get(num.lower(), 0)
        if years:
            out.append(("duration", f"{years} years", False, " ".join(m.group().split())))
    for m in UNTIL_YEAR_RE.finditer(text, start, end) if text.find("20", start, end) >= 0 else ():
        out.append(("runs until", m.group("year"), False, " ".join(m.group().split())))
    return out


# The year a contract runs until: "einen Vertrag bis 2027", "a contract extension through 2028", "un contrat
# jusqu'en 2027", "un contrato hasta 2027"
UNTIL_YEAR_RE = lazy_regex(r"(?<![^\W\d_])(?:Vertrag|Vertrages|Kontrakt|contract|deal|extension|contrat|contrato)"
                           r"\s+(?:[^\W\d_][\w-]*\s+){0,3}?(?:bis|through|until|till|jusqu['’]en|hasta)\s+"
                           r"(?:(?:Ende|Sommer|Mitte|(?:the\s+)?end\s+of|summer|June|Juni|juin|junio)\s+)?"
                           r"(?P<year>20\d\d)(?!\d|[.,]\d)", re.I)


# A happening told as the first of its kind since a year: the last one before it was then ("the first visit
# by the prince to Turkey since 2018", "der erste Besuch … seit 2019", "erstmals seit 2019", "la première visite
# depuis 2018"); a month may come before the year ("since June 2019")
_SINCE_YEAR = (r"(?:\s+[^\s.;:!?]+){0,8}?\s+(?P<since>(?:since|seit|depuis|desde)\s+"
               r"(?:(?:dem\s+)?Jahr\s+|[^\W\d_]+\s+)?(?P<year>(?:1[89]|20)\d\d))(?!\d)")
FIRST_SINCE_RE = lazy_regex(r"(?<![^\W\d_])(?:first|erste[nrs]?|erstmals|ersten\s+Mal|premi[eè]re?|primer[ao]?)"
                            r"(?![^\W\d_])" + _SINCE_YEAR, re.I)
# and as the worst or largest since a year: a record another source may date otherwise ("the deadliest rail
# accident in Bavaria since 1975", "das schwerste Zugunglück seit 1971", "la pire crue depuis 1910")
RECORD_SINCE_RE = lazy_regex(
    r"(?<![^\W\d_])(?:worst|deadliest|bloodiest|costliest|biggest|largest|heaviest|strongest|fiercest|highest|"
    r"lowest|greatest|(?:schwer|schlimm|tödlich|blutig|verheerend|heftig|stärk|größ|höch|niedrig|tief)ste[nrs]?|"
    r"pire|peor(?:es)?)(?![^\W\d_])" + _SINCE_YEAR, re.I)


def find_since_claims(text, start, end):
    """Return ("first since" or "record since", year, False, words) for each happening told as the first,
    or the worst or largest, since a year.

    >>> t = "the first visit by the prince to Turkey since 2018; erstmals seit Juni 2019; first since they met"
    >>> [q[1:] for q in find_since_claims(t, 0, len(t))]
    [('2018', False, 'first visit by the prince to Turkey since 2018'), ('2019', False, 'erstmals seit Juni 2019')]
    >>> t = "It was the deadliest rail accident in Bavaria since 1975. Das schwerste Unglück seit 1971."
    >>> [q[:2] for q in find_since_claims(t, 0, len(t))]
    [('record since', '1975'), ('record since', '1971')]
    """
    if not SINCE_RE.search(text, start, end):
        return []                         # most clauses tell no "since": each pattern would try every word
    found = sorted((m.start(), kind, m) for kind, pattern in (("first since", FIRST_SINCE_RE),
                                                               ("record since", RECORD_SINCE_RE))
                   for m in pattern.finditer(text, start, end))
    return [(kind, m.group("year"), False, " ".join(m.group().split())) for _, kind, m in found]


def find_claims(text, start, end):
    """Return the first-since and record-since claims (find_since_claims) and the so-manieth ones
    (find_ordinal_claims) of text[start:end]: one finder, for each is asked of every happening's clause."""
    return find_since_claims(text, start, end) + find_ordinal_claims(text, start, end) + \
        find_in_a_row(text, start, end) + find_title_counts(text, start, end) + find_first_spans(text, start, end) + \
        find_spans_after(text, start, end) + find_times_told(text, start, end) + find_thing_ages(text, start, end)


def find_first_spans(text, start, end):
    """Return ("first in a span", "11 years", False, words) for each happening told as the first in so long,
    by a "first" of no noun of its own: "a state visit, the first by a Spanish monarch in 11 years".

    (With a noun, "his first visit in five years", the span dates the visit before: see first_since_dates.)
    >>> t = "the first by a Spanish monarch in 11 years; la première d'un roi depuis un an; his first visit in 5 years"
    >>> [q[1] for q in find_first_spans(t, 0, len(t))]
    ['11 years', '1 year']
    """
    if not any(text.find(w, start, end) >= 0 for w in ("irst", "rste", "remi", "rimer")):
        return []                         # most clauses tell no "first"
    return [("first in a span", span_told(m.group("n").lower(), m.group("unit")), False, " ".join(m.group().split()))
            for m in FIRST_BARE_SPAN_RE.finditer(text, start, end)]


def span_told(count, unit):
    """Return a span told as so many of a unit, as days, months or years: ("zwei", "Wochen") is "14 days"."""
    n = COUNT_WORDS.get(count) or (int(count) if count.isdigit() else 1)       # ("a week", "einer Woche": one)
    days, unit = WITHIN_UNITS[unit.lower()]
    return f"{n * days} {unit[:-1] if n * days == 1 else unit}"


# the units of a span the so-manieth happening is told within, each as so many days or months (a month is no set
# number of days: "in a month" and "in four weeks" are told apart)
WITHIN_UNITS = {**dict.fromkeys("day days tag tage tagen jour jours día días".split(), (1, "days")),
                **dict.fromkeys("week weeks woche wochen semaine semaines semana semanas".split(), (7, "days")),
                **dict.fromkeys("month months monat monate monaten mois mes meses".split(), (1, "months")),
                **dict.fromkeys("year years jahr jahre jahren an ans año años".split(), (1, "years"))}
_WITHIN_UNIT_ALT = trie_pattern(WITHIN_UNITS)
# "the first by a Spanish monarch in 11 years", "la primera de un monarca español desde hace nueve años", "der erste
# eines französischen Präsidenten seit 24 Jahren": a preposition or article after "first", no noun
FIRST_BARE_SPAN_RE = lazy_regex(
    r"(?<![^\W\d_])(?:erste[nrs]?|first|premier|première|primer[oa]?)\s+"
    r"(?=(?:by|of|in|for|since|de|del|par|por|von|eines|einer|seit|depuis|desde|en)\s|d['’])(?:[^\s.!?,;]+\s+){0,7}?"
    r"(?:in|seit|since|depuis|desde\s+hace)\s+(?P<n>\d{1,3}|" + _COUNT_ALT + r"|an?|one|einem|einer|une?|una)\s+"
    r"(?P<unit>" + _WITHIN_UNIT_ALT + r")(?![^\W\d_])", re.I)


def find_spans_after(text, start, end):
    """Return ("years after", "5 years", False, words) for each span a happening is told to have come after:
    "five years after a fire destroyed its roof", "sechs Jahre nach dem Brand"; and ("after how many days", "17 days",
    ...) for one it ended: "after 17 days underground", "nach 16 Tagen". Each form and unit is compared only
    with its own ("after 21 years in power" and "two years after his death" tell of two spans).

    (Days counted from a day told are dates: "two days after the river burst its banks" is a Monday.)
    >>> t = "reopened five years after a fire; Nach 16 Tagen gerettet; two days after the flood"
    >>> [q[1] for q in find_spans_after(t, 0, len(t))]
    ['5 years', '16 days']
    """
    if not any(text.find(w, start, end) >= 0 for w in ("fter", "ach", "près", "spués", "ras")):
        return []                         # most clauses tell no span after anything
    out = []
    for m in TIME_AFTER_RE.finditer(text, start, end):
        n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        if m.group("n") and WITHIN_UNITS[unit.lower()][1] == "days" and COUNT_WORDS.get(n.lower(), 99) < 7:
            continue                      # a few days after a day: a date (see spans_from_days)
        span = span_told(n.lower(), unit)
        unit = span.split()[1].rstrip("s") + "s"
        kind = f"{unit} after" if m.group("n") else f"after how many {unit}"
        out.append((kind, span, bool(m.group("about")), " ".join(m.group().split())))
    return out


# "five years after", "sechs Jahre nach", "cinq ans après"; "after 17 days", "nach 16 Tagen", "au bout de"
TIME_AFTER_RE = lazy_regex(
    r"(?<![^\W\d_])(?:(?P<n>\d{1,3}|" + _COUNT_ALT + r")\s+(?P<unit>" + _WITHIN_UNIT_ALT + r")\s+"
    r"(?:after|nach|après|después\s+de)\s"
    r"|(?:after|nach|après|tras|después\s+de)\s+(?P<about>(?:more\s+than|nearly|almost|mehr\s+als|fast|knapp|"
    r"plus\s+de|près\s+de|más\s+de|casi)\s+)?(?P<n2>\d{1,3}|" + _COUNT_ALT + r")\s+(?P<unit2>" + _WITHIN_UNIT_ALT +
    r")(?![^\W\d_])(?!\s+(?:of|de|des)\s+(?!operation|service|servicio|funcionamiento)|\s+d['’](?!exploitation))"
    r")", re.I)      # ("after eight days of riots": the riots' length; "after 41 years of operation" the plant's)


def find_thing_ages(text, start, end):
    """Return ("age of the church", "200", False, words) for each building's or vehicle's age told with it.

    >>> t = "a 200-year-old church in; die 150 Jahre alte Kirche; die 120-jährige Brücke; a 24-year-old man's house"
    >>> [q[:2] for q in find_thing_ages(t, 0, len(t))]
    [('age of the church', '200'), ('age of the church', '150'), ('age of the bridge', '120')]
    >>> find_thing_ages("a 150-year-old wooden church on Sunday", 0, 38)
    [('age of the church', '150', False, '150-year-old wooden church')]
    """
    if not THING_AGE_CUE_RE.search(text, start, end):
        return []                         # most clauses tell no age of a thing
    out = []
    for m in THING_AGE_RE.finditer(text, start, end):
        # (the noun right after the age, or after one adjective: "a 200-year-old wooden church")
        word = "w1" if m.group("w1").lower() in THINGS else "w2" if m.group("w2") else ""
        thing = THINGS.get(m.group(word).lower()) if word else None
        if thing:
            out.append((f"age of the {thing}", m.group("n") or m.group("n2"), False,
                        " ".join(text[m.start():m.end(word)].split())))
    return out


# What a building's or a vehicle's age is told of, in German and English (each by its English name)
THINGS = {w: english for english, words in (
    ("church", "church kirche dom kathedrale cathedral"), ("mosque", "mosque moschee"), ("temple", "temple tempel"),
    ("synagogue", "synagogue synagoge"), ("building", "building gebäude"), ("house", "house haus"),
    ("bridge", "bridge brücke"), ("tower", "tower turm"), ("castle", "castle burg schloss"),
    ("palace", "palace palast"), ("theatre", "theatre theater"), ("hotel", "hotel"), ("school", "school schule"),
    ("factory", "factory fabrik"),
    ("mill", "mill mühle"), ("ship", "ship schiff vessel"), ("ferry", "ferry fähre"),
    ("plane", "plane aircraft jet flugzeug"), ("train", "train zug"), ("tree", "tree baum oak eiche"),
    ("dam", "dam damm staudamm"), ("monastery", "monastery kloster"), ("museum", "museum"),
    ("stadium", "stadium stadion"), ("station", "station bahnhof"), ("market", "market markt"))
    for w in words.split()}
THING_AGE_CUE_RE = lazy_regex(r"-year-old|-jährige|Jahre\s+alte")
THING_AGE_RE = lazy_regex(r"(?<![\w-])(?:(?P<n>\d{1,4})-(?:year-old|jährige[nmrs]?)"
                          r"|(?P<n2>\d{1,4})\s+Jahre\s+alte[nmrs]?)"
                          r"\s+(?P<w1>[^\W\d_]+)\b(?:\s+(?P<w2>[^\W\d_]+)\b)?")


def find_times_told(text, start, end):
    """Return ("which time", "3", False, words) for each "zum dritten Mal", "for the third time" of no span.

    >>> t = "kam zum dritten Mal; met for the second time; pour la troisième fois; for the 5th time this year"
    >>> [q[1] for q in find_times_told(t, 0, len(t))], find_times_told("for the first time", 0, 18)
    (['3', '2', '3'], [])
    """
    if not TIME_TOLD_CUE_RE.search(text, start, end):
        return []                         # most clauses tell no so-manieth time
    out = []
    for m in TIME_TOLD_RE.finditer(text, start, end):
        n = ordinal_value(m.group("ord").lower())
        # (not "for the first time": as often told of a part of it, "for the first time, women could vote")
        if n and n > 1 and not so_manieth_of_span(text, m.start("ord"), end):
            out.append(("which time", str(n), False, " ".join(m.group().split())))
    return out


def which_time_before(text, at, end):
    """Return ("which time", "2", False, words) when an ordinal with its owner (or its article after a verb of
    being) stands right before the happening's word at text[at:] ("his third trip", "sein zweiter Besuch", "Es
    ist der vierte Besuch"), told as the so-manieth of no span (no year, war or time in office: those are
    find_ordinal_claims'), or None.

    >>> t = "sein zweiter Besuch; the eleventh consecutive rise; his third trip since taking office; first aid"
    >>> which_time_before(t, 13, len(t)), which_time_before(t, 125, len(t))
    (('which time', '2', False, 'zweiter Besuch'), None)
    >>> which_time_before("the second quake", 11, 16), which_time_before("Brandts zweite Indienreise", 15, 26)[1]
    (None, '2')
    >>> which_time_before("Das zweite Treffen", 11, 18), which_time_before("This second visit", 12, 17)
    (None, None)
    >>> which_time_before("Für ihn ist es der vierte Besuch", 26, 32)[1], which_time_before("It was the third visit",
    ...                                                                                       17, 22)[1]
    ('4', '3')
    >>> which_time_before("the bloc's 14th package of sanctions", 27, 36)
    ('which time', '14', False, '14th package of sanctions')
    >>> which_time_before(t, 46, len(t)), which_time_before(t, 68, len(t))
    (None, None)
    >>> t = "zum ersten Mal seit 2000; his first visit in five years; the first visit since March"
    >>> [which_time_before(t, at, len(t)) for at in (4, 39, 67)], find_times_told(t, 0, len(t))
    ([None, None, None], [])
    """
    words = text[max(0, at - ORDINAL_REACH):at].split()
    if len(words) > 2 and words[-1] == "of":
        words = words[:-2]                # ("14th package of sanctions")
    # (most happenings' words have no ordinal before them: its first letters, before the pattern)
    if not words or not (words[-1][:1].isdigit() or words[-1][:3].lower() in ORDINAL_PREFIXES):
        return None
    o = ORDINAL_WORD_BEFORE_RE.search(text, max(0, at - ORDINAL_REACH), at)
    if not o or so_manieth_of_span(text, o.start("ord"), end):
        return None
    n = ordinal_value(o.group("ord").lower())
    word = WORD_RE.match(text, at)
    return ("which time", str(n), False, " ".join((text[o.start("ord"):at] + word.group()).split())) \
        if n and word else None


def so_manieth_of_span(text, at, end):
    """True when the ordinal at text[at:] tells the so-manieth of a year, a war, a time in office, a row of
    days or happenings, or of titles: what the other finders read of it."""
    end = min(end, at + SPAN_CLAIM_REACH)
    if TITLE_COUNT_RE.match(text, at, end) or ORDINAL_CLAIM_RE.match(text, at, end) \
            or FIRST_IN_SPAN_RE.match(text, at, end):
        return True
    row = IN_A_ROW_RE.match(text, at, end)
    return bool(row and (row.group("before") or row.group("after")))


def find_title_counts(text, start, end):
    """Return ("how many titles", "15", False, words) for each title told as the so-manieth of its winner.

    >>> t = "won his 15th French Open title; seinen 14. French-Open-Titel; son 13e titre; their first title fight"
    >>> [q[1] for q in find_title_counts(t, 0, len(t))]
    ['15', '14', '13']
    """
    if not TITLE_CUE_RE.search(text, start, end):
        return []                         # most clauses tell no title
    out = []
    for m in TITLE_COUNT_RE.finditer(text, start, end):
        n = ordinal_value(m.group("ord").lower())
        if n:
            out.append(("how many titles", str(n), False, " ".join(m.group().split())))
    return out


def ordinal_value(word):
    """Return the number a lower-case ordinal tells ("15th", "58.", "dritten", "tercera"), or None.

    >>> ordinal_value("15th"), ordinal_value("58."), ordinal_value("dritten"), ordinal_value("tercera")
    (15, 58, 3, 3)
    """
    digits = DIGITS_RE.match(word)
    return int(digits.group()) if digits else ORDINALS.get(word) or ORDINALS.get(ORDINAL_ENDING_RE.sub("", word))


def find_in_a_row(text, start, end):
    """Return ("how many in a row", "4 nights", False, words) for each night, day, week or year told as the
    so-manieth in a row, and ("how many in a row", "12", ...) for each happening so told.

    >>> t = "pour la quatrième nuit consécutive; die dritte Nacht in Folge; a fourth straight day"
    >>> [q[1] for q in find_in_a_row(t, 0, len(t))]
    ['4 nights', '3 nights', '4 days']
    >>> t = "its twelfth increase in a row; the eleventh consecutive rise; die zwölfte Erhöhung in Folge"
    >>> [q[1] for q in find_in_a_row(t, 0, len(t))]
    ['12', '11', '12']
    >>> find_in_a_row("the fourth night of the festival, in a row of seats; die dritte Runde in Folge der Krise", 0, 88)
    []
    """
    if not IN_A_ROW_CUE_RE.search(text, start, end):
        return []                         # most clauses tell nothing in a row
    out = []
    for m in IN_A_ROW_RE.finditer(text, start, end):
        if not (m.group("before") or m.group("after")):
            continue                      # "the fourth night of the festival"
        word = m.group("ord").lower()
        n = ordinal_value(word)
        unit = IN_A_ROW_UNITS.get(fold(m.group("unit")).rstrip("s"))
        if n:                             # (a happening's count bare: "the twelfth increase in a row")
            out.append(("how many in a row", f"{n} {unit}" if unit else str(n), False, " ".join(m.group().split())))
    return out


def find_ordinal_claims(text, start, end):
    """Return ("how many this year", "3", False, words) for each happening told as the so-manieth of its year,
    or ("how many since the war began", ...) of its war.

    >>> t = "der dritte Raketentest Nordkoreas in diesem Jahr; North Korea's fourth missile test this year"
    >>> [q[:2] for q in find_ordinal_claims(t, 0, len(t))]
    [('how many this year', '3'), ('how many this year', '4')]
    >>> t = "der 58. Gefangenenaustausch seit Kriegsbeginn, the 59th exchange since the start of the war"
    >>> [q[:2] for q in find_ordinal_claims(t, 0, len(t))]
    [('how many since the war began', '58'), ('how many since the war began', '59')]
    >>> find_ordinal_claims("the third time, this year", 0, 25), find_ordinal_claims("am 3. März dieses Jahres", 0, 24)
    ([], [])
    >>> find_ordinal_claims("for the 5th time so far this year", 0, 33)[0][1]
    '5'
    >>> find_ordinal_claims("a two-day visit, his third this year", 0, 36)[0][:2]
    ('how many this year', '3')
    >>> t = "ihr drittes Treffen seit Mai; their fourth meeting since May; leur quatrième rencontre depuis mai"
    >>> [q[:2] for q in find_ordinal_claims(t, 0, len(t))]
    [('how many since a month', '3'), ('how many since a month', '4'), ('how many since a month', '4')]
    >>> t = "sein zweiter Besuch innerhalb von drei Wochen; his third trip in as many years; his first in five years"
    >>> [q[1] for q in find_ordinal_claims(t, 0, len(t))]
    ['2 in 21 days', '3 in 3 years']
    >>> t = "sein dritter Besuch seit 2023; his fourth visit since 2022; the first visit since 2019"
    >>> [q[:2] for q in find_ordinal_claims(t, 0, len(t))]
    [('how many since a year', '3 since 2023'), ('how many since a year', '4 since 2022')]
    >>> t = "sein zweiter Besuch in dem Land seit Amtsantritt; his third trip to the country since taking office"
    >>> [q[:2] for q in find_ordinal_claims(t, 0, len(t))]
    [('how many in office', '2'), ('how many in office', '3')]
    >>> t = ("der vierte Besuch des 60-Jährigen seit Beginn des russischen Angriffskriegs; "
    ...      "his fifth visit since Russia's invasion")
    >>> [q[:2] for q in find_ordinal_claims(t, 0, len(t))]
    [('how many since the war began', '4'), ('how many since the war began', '5')]
    """
    if not ORDINAL_SPAN_CUE_RE.search(text, start, end):
        return []                         # most clauses tell no year or war so far: the pattern would try every word
    out = []
    for m in ORDINAL_CLAIM_RE.finditer(text, start, end):
        word = m.group("ord").lower()
        if word.endswith("."):            # "der 58. Austausch", not "am 3. März"
            after = NEXT_WORD_RE.match(text, m.end("ord"))
            if not after or fold(after.group(1)) in _MONTHS:
                continue
        n = ordinal_value(word)
        if not n:
            continue
        if m.group("within"):            # "his second visit in two weeks": so many in so long
            if n < 2:
                continue                 # ("his first visit in five years" tells of the time before: FIRST_SPAN_RE)
            span = m.group("span").lower()
            told = f"{n} in " + span_told(str(n) if span.startswith("as") else span, m.group("unit"))
            out.append(("how many within a span", told, False, " ".join(m.group().split())))     # "2 in 14 days"
            continue
        if m.group("sinceyear") and n < 2:
            continue                     # "the first visit since 2019": the time before (find_since_claims)
        kind = "how many this year" if m.group("year") else "how many this month" if m.group("themonth") \
            else "how many in office" if m.group("office") \
            else "how many since a month" if m.group("month") \
            else "how many since a year" if m.group("sinceyear") else "how many since the war began"
        # (of a year, with it: "third since 2022" and "third since 2023" are two claims)
        told = f"{n} since {m.group('sinceyear')[-4:]}" if m.group("sinceyear") else str(n)
        out.append((kind, told, False, " ".join(m.group().split())))
    return out


# A happening told as the so-manieth of its year or of a war: "the fourth missile test this year", "der dritte
# Raketentest in diesem Jahr", "zum dritten Mal seit Jahresbeginn", "der 58. Gefangenenaustausch seit Kriegsbeginn"
ORDINALS = {w: n for n, words in enumerate((
    "first erst premier première primer primera primero", "second zweit deuxième second seconde segund",
    "third dritt troisième tercer tercera", "fourth viert quatrième cuart", "fifth fünft cinquième quint",
    "sixth sechst sixième sext", "seventh siebt septième séptim", "eighth acht huitième octav",
    "ninth neunt neuvième noven", "tenth zehnt dixième décim", "eleventh elft onzième",
    "twelfth zwölft douzième"), 1) for w in words.split()}
DIGITS_RE = lazy_regex(r"\d+")
ORDINAL_ENDING_RE = lazy_regex(r"(?:e[nrs]?|[oa]s?)$")     # "dritten", "tercera", "cuartos": the stem ORDINALS has
ORDINAL_SPAN_CUES = ("this year", "diesem Jahr", "dieses Jahr", "Jahresbeginn", "Jahresanfang", "cette année",
                     "this month", "diesem Monat", "diesen Monat", "Monatsbeginn", "ce mois", "este mes",
                     "este año", "del año", "of the war", "war began", "war started", "Krieg", "krieg",
                     "de la guerre", "de la guerra", "nvasion", "nvasión",
                     # (in office: "als Kanzler", "as president", "en tant que président")
                     "anzler", "hancel", "anciller", "resident", "räsident", "ésident", "minister",
                     "Pope", "pope", "apst", "pape", "papa",
                     "presidency", "tenure", "term", "papacy", "pontific", "Amtszeit", "mandat", "quinquennat",
                     "seit ", "since ", "depuis ", "desde ",     # (since a month: "ihr drittes Treffen seit Mai")
                     # (within a span: "his second visit in two weeks")
                     "day", "Tag", "jour", "día", "week", "Woche", "semain", "seman", "month", "Monat", "mois", "mes",
                     "year", "Jahr", " an", "año")
ORDINAL_SPAN_CUE_RE = lazy_regex("|".join(map(re.escape, ORDINAL_SPAN_CUES)))     # one search, not fifteen
_ORDINAL_ALT = (r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                r"\d{1,3}(?:st|nd|rd|th)|"
                r"\d{1,3}\.|\d{1,3}(?:ème|e|er|re|º|ª)|"       # "der 58. Austausch", "le 55e échange"
                r"(?:erst|zweit|dritt|viert|fünft|sechst|siebt|acht|neunt|zehnt|elft|zwölft)e[nrs]?|"
                r"(?:premi[eè]re?|deuxième|troisième|quatrième|cinquième|sixième|septième|huitième|neuvième|dixième|"
                r"onzième|douzième)|"
                r"(?:primer|segund|tercer|cuart|quint|sext|séptim|octav|noven|décim)[oa]?s?")
# An anniversary's count: "den 80. Jahrestag", "the 75th anniversary", "le 80e anniversaire", "el 80 aniversario"
ANNIVERSARY_CUES = ("ahrestag", "nniversa", "Jubiläum", "niversario")
ANNIVERSARY_RE = lazy_regex(r"(?<![\w.,])(?P<ord>" + r"\d{1,3}(?=\s)|" + _ORDINAL_ALT + r")\s+(?:Jahrestag\w*|"
                            r"Jubiläum\w*|anniversary|anniversaire|aniversario)(?![^\W\d_])", re.I)
ORDINAL_CLAIM_RE = lazy_regex(
    r"(?<![^\W\d_])(?P<ord>" + _ORDINAL_ALT + r")(?![^\W\d_])"
    r"(?:\s+(?!(?:serve|become|be|werden|devenir|ser)\s)[\w'’-]+){0,6}?"      # (not "the first woman to serve as")
    r"\s+(?:so\s+far\s+)?(?:(?P<themonth>this\s+month|in\s+diesem\s+Monat|diesen\s+Monat|seit\s+Monatsbeginn|"
    r"ce\s+mois(?:-ci)?|este\s+mes)|(?P<year>this\s+year|in\s+diesem\s+Jahr|"
    r"dieses\s+Jahr(?:es)?|seit\s+Jahres(?:beginn|anfang)|cette\s+année|este\s+año|en\s+lo\s+que\s+va\s+del\s+año)|"
    # "since the start of the war", "since Russia's full-scale invasion", "seit Beginn des russischen Angriffskriegs"
    r"(?:since\s+(?:the\s+)?(?:(?:start|beginning|outbreak)\s+of\s+(?:the\s+)?)?(?:[^\W\d_][\w-]*(?:['’]s)?\s+){0,2}?"
    r"(?:war|invasion)|seit\s+(?:dem\s+)?(?:Beginn|Anfang|Ausbruch)\s+(?:des|der)\s+(?:[^\W\d_][\w-]*\s+){0,2}?"
    r"[\w-]*?(?:krieg(?:e?s)?|invasion)|seit\s+Kriegs(?:beginn|ausbruch)|"
    r"depuis\s+le\s+début\s+de\s+(?:la\s+guerre|l['’]invasion)|"
    r"desde\s+el\s+(?:inicio|comienzo)\s+de\s+la\s+(?:guerra|invasión)|"
    # "ihr drittes Treffen seit Mai", "their fourth meeting since May", "leur quatrième rencontre depuis mai"
    r"(?P<month>(?:seit|since|depuis|desde)\s+(?:(?:dem|the|le|el)\s+)?(?:" + _MONTH_ALT + r")(?:\s+\d{4})?)|"
    # "sein dritter Besuch seit 2023", "his fourth visit since 2022"
    r"(?P<sinceyear>(?:seit|since|depuis|desde)\s+(?:(?:dem\s+Jahr|l['’]an|el\s+año)\s+)?(?:19|20)\d\d(?!\d))|"
    # "his second visit in two weeks", "sein zweiter Besuch innerhalb von drei Wochen", "his third trip in as many
    # years", "sa deuxième visite en deux semaines" (not "the first … in five years": the time before)
    r"(?P<within>(?:within|in(?:nerhalb(?:\s+von)?)?|binnen|en|dans)\s+(?:(?:the|den|les|las|los)\s+)?"
    r"(?:(?:past|last|letzten|vergangenen|derniers|dernières|últimos|últimas)\s+)?"
    r"(?P<span>\d{1,3}|as\s+many|" + _COUNT_ALT + r"|an?|one|einem|einer|une?|una)\s+(?P<unit>" + _WITHIN_UNIT_ALT +
    r"))|"
    # "seine zweite China-Reise als Kanzler", "his third trip to China as chancellor": so far in office
    r"(?P<office>(?:as|als|en\s+tant\s+que|como)\s+(?:(?:US-|U\.S\.\s+|prime\s+|premier\s+)?"
    r"(?:chancellor|president|minister|pope|Kanzler(?:in)?|Bundeskanzler(?:in)?|Präsident(?:in)?|"
    r"\w*minister(?:in)?|Papst|chancelier|chancelière|président|présidente|pape|canciller|presidente|papa))|"
    # "the 12th veto of his presidency", "das 14. Veto seiner Amtszeit", "le 12e veto de son mandat"
    r"of\s+(?:his|her|their)\s+(?:presidency|tenure|term|papacy|pontificate|chancellorship)|"
    # "his third trip since taking office", "sein zweiter Besuch seit Amtsantritt", "depuis son investiture"
    r"since\s+(?:taking|(?:he|she)\s+took)\s+office|seit\s+(?:seinem\s+|ihrem\s+)?Amtsantritt|"
    r"depuis\s+son\s+(?:investiture|arrivée\s+au\s+pouvoir|entrée\s+en\s+fonctions?)|"
    r"desde\s+(?:que\s+asumió(?:\s+el\s+cargo)?|su\s+llegada\s+al\s+poder)|"
    r"(?:in\s+)?(?:seiner|ihrer)\s+Amtszeit|de\s+son\s+(?:mandat|quinquennat|pontificat)|"
    r"de\s+su\s+(?:mandato|pontificado))))"
    r"(?![^\W\d_])", re.I)
ORDINAL_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:" + _ORDINAL_ALT + r")\s+$", re.I)     # "the 55th exchange"
# "zum dritten Mal", "for the third time", "pour la troisième fois", "por tercera vez": the so-manieth time
TIME_TOLD_CUE_RE = lazy_regex(r"(?i:\bmal\b|\btime\b|\bfois\b|\bvez\b)")
TIME_TOLD_RE = lazy_regex(r"(?<![^\W\d_])(?:zum|for\s+the|pour\s+la|por(?:\s+la)?)\s+(?P<ord>" + _ORDINAL_ALT +
                          r")\s+(?:Mal|time|fois|vez)(?![^\W\d_])", re.I)
# "first" before a span or "since": the time before is told (find_since_claims, first_since_dates), not a count
FIRST_IN_SPAN_RE = lazy_regex(
    r"(?:erste[nrs]?|first|premier|première|primer[oa]?)\s+(?:[^\s.!?,;]+\s+){0,7}?(?:(?:since|seit|depuis|desde)\s|"
    r"(?:in|seit|depuis|desde\s+hace|en)\s+(?:\d{1,3}|" + _COUNT_ALT + r"|an?|one|einem|einer|une?|una)\s+"
    r"(?:" + _WITHIN_UNIT_ALT + r")(?![^\W\d_]))", re.I)
# an ordinal with its owner right before a happening's word: "his third trip", "Brandts zweite Indienreise",
# "su tercera visita" (the count of the owner's: not "the second quake", "a third victim", which tell one happening
# of a story's several from another; not "first aid", "am 3. März")
ORDINAL_WORD_BEFORE_RE = lazy_regex(
    # (or with its article after a verb of being: "Es ist der vierte Besuch", "It was the third visit")
    r"(?<![^\W\d_])(?:(?i:(?:(?:ist|war|sei|is|was|marks|marked|est|fue|es)\s+(?:es\s+)?"
    r"(?:(?:bereits|schon|already|now|nun)\s+)?(?:der|die|das|the|le|la|el))|"
    r"his|her|its|their|sein(?:e[nmrs]?)?|ihre?[nmrs]?|sa|son|leur|su)|"
    r"(?!(?:This|Das|Des|Dies|Les|Las|Los|As|Was|Is|Has|Thus|Plus)\s)[A-ZÄÖÜ][\w-]*s|[^\W\d_][\w-]*['’]s)\s+"
    # (and a batch of them: "the bloc's 14th package of sanctions", "their third round of talks")
    r"(?P<ord>" + _ORDINAL_ALT + r")\s+(?:(?:package|round|wave|tranche|batch)\s+of\s+)?$")
ORDINAL_REACH = 32       # letters before a happening's word its ordinal and its owner may take
ORDINAL_PREFIXES = frozenset(w[:3] for w in (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth erst zweit dritt viert "
    "fünft sechst siebt acht neunt zehnt elft zwölft premier première deuxième troisième quatrième cinquième "
    "sixième septième huitième neuvième dixième onzième douzième primer segund tercer cuart quint sext séptim "
    "octav noven décim").split())
SPAN_CLAIM_REACH = 160   # letters after an ordinal the span it is the so-manieth of may take ("... seit Amtsantritt")

TITLE_CUE_RE = lazy_regex(r"itle|itel|hampionship|rown|itre|ítulo|rophy|rophäe")
# "his 15th French Open title", "his 14th Grand Slam championship", "seinen 14. French-Open-Titel", "son 14e titre à
# Roland-Garros", "su decimocuarto título" (a name of up to three words between: the tournament's)
TITLE_COUNT_RE = lazy_regex(
    r"(?<![^\W\d_])(?P<ord>" + _ORDINAL_ALT + r")\s+(?:[A-Z][\w'’.-]*\s+){0,3}?"
    r"(?:(?:major\s+)?(?:titles?|championships?|crowns?|trophy)|[\w-]*(?:Titel|titel)|titres?|sacre|títulos?|trofeo)"
    r"(?![^\W\d_])(?!\s+(?:fight|bout|defen[cs]e|match|game|race|shot|chance|hopes?|run)\b)")     # "first title fight"


# A night, a day or a week of protest told as the so-manieth in a row: "the fourth consecutive night", "die dritte
# Nacht in Folge", "la quatrième nuit consécutive", "la cuarta noche seguida"
IN_A_ROW_CUE_RE = lazy_regex(r"(?i:consecutiv|consécutiv|straight|in\s+a\s+row|in\s+Folge|affilée|seguid|"
                             r"aufeinanderfolgend)")
IN_A_ROW_RE = lazy_regex(
    r"(?<![^\W\d_])(?P<ord>" + _ORDINAL_ALT + r")\s+(?P<before>(?:consecutive|straight|aufeinanderfolgende[nrs]?)\s+)?"
    r"(?P<unit>[^\W\d_][\w-]{1,30})(?![\w-])"
    # (not "in Folge der Krise", "in Folge dessen": because of it)
    r"(?P<after>\s+(?:in\s+(?:a\s+row|Folge(?!\s+(?:des|der|dessen|von)\b))|consécutive?s?|consecutiv[oa]s?|"
    r"d['’]affilée|seguid[oa]s?))?", re.I)
IN_A_ROW_UNITS = {"night": "nights", "nacht": "nights", "nuit": "nights", "noche": "nights",
                  "day": "days", "tag": "days", "jour": "days", "dia": "days",
                  "week": "weeks", "woche": "weeks", "semaine": "weeks", "semana": "weeks",
                  "year": "years", "jahr": "years", "annee": "years", "ano": "years",
                  "month": "months", "monat": "months", "moi": "months", "me": "months", "mese": "months"}

# How long a happening lasted, told in one word: "ein dreistündiges Gespräch", "a 48-hour strike"
LENGTH_CUES = ("stündig", "tägig", "wöchig", "-hour", "-day", "-week", "-Hour", "-Day", "-Week", "-long", "jährig",
               "monatig", "-year", "-month")
# (and one, in no number: "ein einwöchiger Streik", "a week-long strike")
LENGTH_CUE_RE = lazy_regex(r"-?(?P<de>stündig|tägig|wöchig|jährig|monatig)"
                           r"|-(?P<en>hour|day|week|year|month)(?![\w-])"
                           r"|(?<![\w-])(?P<long>hour|day|week)-long(?![\w-])", re.I)
LENGTH_NUM_RE = lazy_regex(r"(?:(?P<about>gut|" + MODIFIER_ALT + r")\s+)?(?<![\w-])(?P<num>\d{1,3}|"
                           + _COUNT_ALT + r")$", re.I)      # the number right before a length's unit
LENGTH_UNITS = {"stündig": "hours", "tägig": "days", "wöchig": "weeks", "hour": "hours", "day": "days",
                "week": "weeks", "jährig": "years", "monatig": "months", "year": "years", "month": "months"}
# Happenings a length in years or months is told of right before their word ("nach siebenjähriger Renovierung",
# "a five-year renovation"; not "ein 34-jähriger Mann wurde festgenommen": an age)
LONG_FAMILIES = frozenset(("renovate",))
# A length in days or weeks told after its happening's word: "eine Feuerpause von vier Tagen", "visited Moscow for
# three days", "une visite de deux jours" (hours are counted as they are: "für 24 Stunden"; days and weeks are
# no counts, for "vor drei Tagen" and "two weeks ago" are dates)
# ("Der Besuch soll zwei Tage dauern", "The talks will last three days": or a verb of lasting after it)
LENGTH_AFTER_RE = lazy_regex(      # (a word between may hold an apostrophe: "une visite d'État de quatre jours")
    # (not "Besuch innerhalb von drei Wochen": a span the visit fell within)
    # ("Der Besuch dauert vier Tage", "the visit will last three days", "la visite durera trois jours")
    r"\s+(?:[^\W\d_][\w'’-]*\s+){0,2}?(?<!innerhalb\s)(?P<told>(?P<prep>(?:von|für|of|for|lasting|last|lasts|lasted|"
    r"dauert|dauerte|dauern|dauerten|dure|durera|durait|a\s+duré|dura|durará|duró|de|durante)\s+)?"
    r"(?:(?P<about>gut|" + MODIFIER_ALT
    + r")\s+)?(?<![\w-])(?P<num>\d{1,3}|" + _COUNT_ALT + r")\s+(?P<unit>(?P<days>Tagen?|days?|jours?|días?)"
    r"|Wochen?|weeks?|semaines?|semanas?))\b(?!\s+(?:ago|zuvor|davor|plus\s+tôt|antes))"
    r"(?(prep)|(?=\s+(?:dauern|dauert|dauerte|dauerten|dauernden|gedauert|lang|long)\b))", re.I)
# ... and one hour, which is no count ("eine", "an"): "Der Gipfel dauerte nur gut eine Stunde", "The talks lasted
# about an hour" ("less than an hour": at most one)
ONE_HOUR_AFTER_RE = lazy_regex(r"\s+(?:[^\W\d_][\w-]*\s+){0,2}?(?P<told>(?:dauerte|dauerten|dauert|lasted|lasts)\s+"
                               r"(?:nur\s+|only\s+|just\s+)?(?:(?P<about>gut|knapp|etwa|rund|about|nearly|around|"
                               r"weniger\s+als|less\s+than)\s+)?(?:eine|an|one|(?P<half>eine\s+halbe|half\s+an))\s+"
                               r"(?:Stunde|hour))\b", re.I)      # ("about half an hour": 30 minutes)
# ... or before it, as what it is a length of, where the length was set beforehand (a riot's five days
# and eight days are two days' news, not a disagreement): "10 days of naval exercises", "after five days of talks",
# "quatre jours de négociations" (not "the first 10 days of the war", "within 30 days of the vote": a span in it)
LENGTH_BEFORE_RE = lazy_regex(
    r"(?<![^\W\d_])(?<!first\s)(?<!last\s)(?<!next\s)(?<!within\s)(?P<told>(?:(?P<about>" + MODIFIER_ALT
    + r")\s+)?(?<![\w-])(?P<num>\d{1,3}|" + _COUNT_ALT + r")\s+(?:(?:(?P<days>days|jours|días)|weeks|semaines|"
    r"semanas)\s+(?:of|de)|(?P<de>(?P<daysde>Tage)|Wochen)))\s+(?(de)|(?:[^\W\d_][\w-]*\s+){0,2}?)$", re.I)

# ... or, of what goes on, as the time it has gone on: "ein seit neun Tagen vermisster Wanderer", "die seit drei
# Wochen andauernden Proteste" (as "missing for six days"; a "since" of a day is the day it began: began_days)
SINCE_LENGTH_BEFORE_RE = lazy_regex(
    r"(?<![^\W\d_])(?P<told>seit\s+(?:(?P<about>" + MODIFIER_ALT + r")\s+)?(?P<num>\d{1,3}|" + _COUNT_ALT
    + r")\s+(?:(?P<days>Tagen)|Wochen))\s+(?:[^\W\d_][\w-]*\s+){0,2}?$", re.I)


def find_lengths(text, start, end):
    """Return ("hours", 3.0, approximate, words, end) for each length told in one word in text[start:end].

    >>> [q[:3] for q in find_lengths("das rund dreistündige Gespräch, a two-day visit, a 48-hour strike", 0, 66)]
    [('hours', 3.0, True), ('days', 2.0, False), ('hours', 48.0, False)]
    >>> [q[:4] for q in find_lengths("ein einwöchiger Streik, a week-long strike, a year-long", 0, 55)]
    [('weeks', 1.0, False, 'einwöchiger'), ('weeks', 1.0, False, 'week-long')]
    >>> [q[:4] for q in find_lengths("nach siebenjähriger Renovierung, a five-year renovation, a 34-year-old", 0, 70)]
    [('years', 7.0, False, 'siebenjähriger'), ('years', 5.0, False, 'five-year')]
    """
    out = []
    if not any(text.find(w, start, end) >= 0 for w in LENGTH_CUES):
        return out                        # most articles tell none: str.find is many times faster than a search
    for cue in LENGTH_CUE_RE.finditer(text, start, end):
        if cue.group("long") or text[max(start, cue.start() - 3):cue.start()].lower() == "ein":
            tail = LENGTH_TAIL_RE.match(text, cue.end(), end).end()      # "einwöchig|er", "week-long"
            begin = cue.start() - (3 if not cue.group("long") else 0)
            out.append((LENGTH_UNITS[(cue.group("long") or cue.group("de")).lower()], 1.0, False, text[begin:tail],
                        tail))
            continue
        m = LENGTH_NUM_RE.search(text, max(start, cue.start() - 30), cue.start())
        num = m.group("num") if m else ""
        n = int(num) if num.isdigit() else COUNT_WORDS.get(num.lower(), 0)
        if n:
            tail = LENGTH_TAIL_RE.match(text, cue.end(), end).end()      # "dreistündig|en"
            out.append((LENGTH_UNITS[(cue.group("de") or cue.group("en")).lower()], float(n), bool(m.group("about")),
                        text[m.start():tail], tail))
    return out


LENGTH_TAIL_RE = lazy_regex(r"[^\W\d_]*")
LENGTH_AFTER_REACH = 60      # letters after a happening's word its length may be told in
LENGTH_GAP_RE = lazy_regex(r"\s+(?:[^\W\d_][\w-]*\s+){0,2}")     # up to two words between a length and its word
YEARS_GAP_RE = lazy_regex(r"\s+(?:[a-zäöü][\w-]*\s+)?")     # ... and for years, one word in lower case at most


# A clock time: "um 14.30 Uhr", "gegen 15 Uhr", "at 2:30 p.m.", "à 14h30". A time with a zone
# ("13:30 GMT") is another kind: two sources may give one moment in two zones (see ZONED_CLOCK_RE).
# Hours each zone is ahead of world time (UTC)
ZONE_HOURS = {"GMT": 0, "UTC": 0, "BST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2, "EST": -5, "EDT": -4,
              "CST": -6, "CDT": -5, "PST": -8, "PDT": -7}
ZONE_CUES = ("GMT", "UTC", "ME", "CET", "ST", "DT")     # one of these is in each zone's name: a text of none is skipped
CLOCK_KINDS = ("time of day", "time (UTC)")             # a clock time told without its zone, and with it


def clock_kind(kind):
    """True for a clock time's kind: told without its zone, in world time, or by another place's clock.

    >>> clock_kind("time of day"), clock_kind("time (UTC)"), clock_kind("time (Paris)"), clock_kind("hours")
    (True, True, True, False)
    """
    return kind in CLOCK_KINDS or kind.startswith("time (")
CLOCK_RE = lazy_regex(          # read from a digit only (the lookahead): elsewhere a fast miss
    r"(?=\d)(?<![\d.:])(?<![^\W\d_])(?P<h>[01]?\d|2[0-3])(?:[.:](?P<m>[0-5]\d))?\s?"
    r"(?:(?P<uhr>Uhr)|(?P<ampm>[ap])(?:\.m\.|m\b)|h(?P<m2>[0-5]\d)?\b|(?<=:\d\d)(?P<bare>)(?![\d:]|\s?Uhr)"
    r"|(?<=\d[.:]\d\d)\s?(?P<hora>horas?)\b)"      # "las 13.20 hora local", "a las 13:20 horas"
    r"(?!\s*\(?(?:" + "|".join(ZONE_HOURS) + r"|ET|PT)\b)",
    re.I)
# ... and after it, the place whose clock it is: "heure de Paris", "Moskauer Zeit", "Beijing time" (or the place's own:
# "Ortszeit", "local time")
ZONE_PHRASE_RE = lazy_regex(r"\s*\(?(?:(?P<local>Ortszeit|local\s+time|heure\s+locale|hora\s+local)"
                            r"|(?:heure|hora)\s+(?:de\s+|d['’])(?P<city1>[A-Z][\w-]+)"
                            r"|(?P<city2>[A-Z][\w-]+?)(?:er)?\s+(?:Zeit|time)\b)")
# A clock time with its zone: "um 14.32 Uhr MEZ", "at 13:32 GMT", "1:32 p.m. EDT", "0300 GMT" (told as world time,
# each compared with others so told: "14.32 Uhr MEZ" and "13:32 GMT" are one moment)
ZONED_CLOCK_RE = lazy_regex(
    r"(?<![\d.:])(?P<h>[01]?\d|2[0-3])(?:[.:]?(?P<m>[0-5]\d))?\s?(?:Uhr\s+|(?P<ampm>[ap])(?:\.m\.|m\b)\s*)?"
    r"\(?(?P<zone>" + "|".join(ZONE_HOURS) + r")\b")
# The words before a clock time: how roughly it is told, and its preposition
CLOCK_ABOUT = (r"gegen|etwa|rund|kurz\s+(?:nach|vor)|around|about|shortly\s+(?:after|before)|just\s+(?:after|before)"
               r"|vers|hacia")
# (each from a word's start: "hacia las 3.00 horas" is told roughly, and "a las" is no part of "hacia las")
CLOCK_BEFORE_RE = lazy_regex(r"(?:(?<![^\W\d_])(?P<about>" + CLOCK_ABOUT + r")\s+)?"
                             r"(?:(?<![^\W\d_])(?P<at>um|at|à|(?:a\s+)?las)\s+)?$", re.I)
CLOCK_ROUGH_RE = lazy_regex(r"(?:" + CLOCK_ABOUT + r")\s", re.I)       # a clock time's words that start roughly
UNTIL_RE = lazy_regex(r"\b(?:bis|until|till|jusqu'à|hasta)\s+(?:um\s+|at\s+|las\s+)?$", re.I)
# A number that names a road, a line or a flight rather than counting: "Autobahn 7", "Route 66"
NAME_NUMBER_BEFORE_RE = lazy_regex(r"\b(?:Autobahn|Bundesstraße|Landstraße|Route|Highway|Interstate|Linie|Line|"
                                   r"Flight|Flug|Gleis|Platform|Terminal|Gate|Bus|Kanal|Channel|Room|Zimmer|Artikel|"
                                   r"Article|Paragraf|Section|Kapitel|Chapter|Nummer|Number|No\.|Nr\.)\s+$", re.I)


def find_clock_times(text, start, end):
    """Return ("time of day", "14:30", approximate, words) for each clock time in text[start:end].

    >>> [q[1:] for q in find_clock_times("um 14.30 Uhr, at 2:30 p.m., gegen 15 Uhr, à 9h, at 12 a.m.", 0, 58)]
    [('14:30', False, 'um 14.30 Uhr'), ('14:30', False, 'at 2:30 p.m.'), ('15:00', True, 'gegen 15 Uhr'), ('09:00', False, 'à 9h'), ('00:00', False, 'at 12 a.m.')]
    >>> find_clock_times("at 13:30 GMT, in 2010, 3.5 hours", 0, 32), find_clock_times("um 21:24 Uhr MESZ", 0, 17)
    ([('time (UTC)', '13:30', False, 'at 13:30 GMT')], [('time (UTC)', '19:24', False, 'um 21:24 Uhr MESZ')])
    >>> [q[1] for q in find_clock_times("a las 23:11, um 8:05, at 21:40; 3:1, at 1:30, 13:49", 0, 51)]
    ['23:11', '08:05', '21:40']
    >>> find_clock_times("auf der A1 am Sonntag, the M4 pm update", 0, 39)      # a road's number, no clock
    []
    >>> [q[1] for q in find_clock_times("bis etwa 1.30 Uhr gesperrt, until about 2 a.m., gegen 5 Uhr", 0, 59)]
    ['05:00']
    >>> [q[1] for q in find_clock_times("después de las 13.20 hora local; durante 13 horas", 0, 50)]
    ['13:20']
    >>> t = "à 13h20 heure de Paris, um 21 Uhr Moskauer Zeit, at 2 p.m. local time"
    >>> [q[0] for q in find_clock_times(t, 0, len(t))]
    ['time (Paris)', 'time (Moscow)', 'time of day']
    >>> [q[1:3] for q in find_clock_times("hacia las 15 horas, a las 8 horas de la tarde; a 6 horas de Madrid", 0, 66)]
    [('15:00', True), ('20:00', False)]
    >>> t = "um Mitternacht, kurz nach Mitternacht, at noon, nach Mitternacht, the midnight deadline, a medianoche"
    >>> [q[1:] for q in find_clock_times(t, 0, len(t))][:2]
    [('00:00', False, 'um Mitternacht'), ('00:00', True, 'kurz nach Mitternacht')]
    >>> [q[1:] for q in find_clock_times(t, 0, len(t))][2:]
    [('12:00', False, 'at noon'), ('00:00', False, 'a medianoche')]
    """
    out = []
    for m in CLOCK_RE.finditer(text, start, end):
        h, minutes = int(m.group("h")), int(m.group("m") or m.group("m2") or 0)
        if m.group("ampm"):
            if h > 12:
                continue
            h = h % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        before = CLOCK_BEFORE_RE.search(text, max(start, m.start() - 24), m.start())
        if m.group("bare") is not None and not (before.group("at") and (h > 12 or before.group("at") != "at")):
            continue                      # "13:49" alone may be a score; "a las 23:11", "at 23:11" are times
        if UNTIL_RE.search(text, max(start, before.start() - 12), before.start() if before.group("about") else
                           m.start()):
            continue                      # "bis (etwa) 10 Uhr gesperrt", "until 11 a.m.": when something else ended
        # (most clock times have no zone after them: a plain search first)
        zone = ZONE_PHRASE_RE.match(text, m.end(), min(end, m.end() + 24)) if any(
            text.find(w, m.end(), m.end() + 24) >= 0 for w in ("eure", "ime", "Zeit", "hora")) else None
        place = zone and (zone.group("city1") or zone.group("city2"))
        # "13h20 heure de Paris", "21 Uhr Moskauer Zeit": another place's clock, compared only with its own
        kind = f"time ({CITIES.get(fold(place)) or place})" if place else "time of day"
        out.append((kind, f"{h:02d}:{minutes:02d}", bool(before.group("about")),
                    " ".join(text[before.start():zone.end() if place else m.end()].split())))
    for m in ZONED_CLOCK_RE.finditer(text, start, end) if any(text.find(z, start, end) >= 0 for z in ZONE_CUES) \
            else ():
        h, minutes = int(m.group("h")), int(m.group("m") or 0)
        if m.group("ampm"):
            if h > 12:
                continue
            h = h % 12 + (12 if m.group("ampm").lower() == "p" else 0)
        before = CLOCK_BEFORE_RE.search(text, max(start, m.start() - 24), m.start())
        world = (h * 60 + minutes - ZONE_HOURS[m.group("zone")] * 60) % (24 * 60)
        out.append(("time (UTC)", f"{world // 60:02d}:{world % 60:02d}", bool(before.group("about")),
                    " ".join(text[before.start():m.end()].split())))
    for m in MIDNIGHT_RE.finditer(text, start, end) if any(text.find(w, start, end) >= 0 for w in MIDNIGHT_CUES) \
            else ():                      # "um Mitternacht", "shortly after midnight", "at noon", "à minuit"
        noon = m.group("w").lower() in ("noon", "midi", "mediodía")
        out.append(("time of day", "12:00" if noon else "00:00", bool(m.group("about")), " ".join(m.group().split())))
    for m in HOURS_FR_RE.finditer(text, start, end) if text.find("heure", start, end) >= 0 or text.find(
            "hora", start, end) >= 0 else ():
        h = int(m.group("h")) + (12 if m.group("pm") and int(m.group("h")) < 12 else 0)
        if h < 24:                        # "à 14 heures", "vers 6 heures du matin", "à 8 heures 30"
            out.append(("time of day", f"{h:02d}:{int(m.group('m') or 0):02d}",
                        m.group("at").lower().startswith(("vers", "hacia", "sobre")), " ".join(m.group().split())))
    return out


MIDNIGHT_CUES = ("idnight", "itternacht", "minuit", "medianoche", "noon", "midi", "mediodía")
# Midnight and noon told as the hour of something ("um Mitternacht in Kraft", "at noon on Friday", "à minuit",
# "a medianoche", "al mediodía", "ab Mitternacht"; not "nach Mitternacht" nor "the midnight deadline": no hour told)
MIDNIGHT_RE = lazy_regex(r"(?<![^\W\d_])(?:(?P<about>" + CLOCK_ABOUT + r")\s+|(?:um|at|à|a|al|ab|from)\s+)"
                         r"(?P<w>Mitternacht|midnight|minuit|medianoche|noon|midi|mediodía)(?![^\W\d_])", re.I)
CLOCK_HOUR_WORDS = frozenset("heure heures hora horas".split())
# "à 14 heures", "a las 6 horas" (not "il a 6 heures pour partir", "a 6 horas de Madrid": a length)
CLOCK_AT_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:à|vers|las)\s+$", re.I)
# A French clock time told in hours: "à 14 heures", "vers 6 heures du matin", "à 8 heures 30" (not "pendant
# 14 heures", a length)
HOURS_FR_RE = lazy_regex(r"(?<![^\W\d_])(?P<at>à|vers|[AÀ]|Vers|(?:[aA]|[hH]acia|[sS]obre)\s+las)\s+"
                         r"(?P<h>[01]?\d|2[0-3])\s+(?:heures?|horas?)"
                         r"(?:\s+(?P<m>[0-5]\d)(?!\d))?(?:\s+du\s+matin|\s+de\s+la\s+mañana"
                         r"|\s+(?P<pm>du\s+soir|de\s+l['’]après-midi|de\s+la\s+(?:tarde|noche)))?")


# The age of someone a clause does not name: "einen 34-jährigen Mitarbeiter", "einen 43 Jahre alten
# Beamten", "a 34-year-old ministry employee", "un homme de 34 ans"
UNNAMED_AGE_RE = lazy_regex(
    r"(?<![\d.,])(?P<n>\d{1,3})(?:-(?:year-old|[jJ]ährige[nmrs]?)|\s+Jahre\s+alte[nmrs]?)\s+"
    r"(?P<noun>(?:[a-zäöüß][\w-]*\s+){0,2}[^\W\d_][\w-]*)"
    r"|\b(?:homme|femme|garçon|fille|hombre|mujer|joven)\s+de\s+(?P<n2>\d{1,3})\s+(?:ans|años)\b"
    # "The driver, 55, was arrested", "Der Fahrer, 55, wurde festgenommen"
    r"|\b(?:[Tt]he|[Dd]er|[Dd]ie|[Ll]e|[Ll]a|[Ee]l)\s+(?P<noun3>[^\W\d_]{3,}),\s(?P<n3>\d{1,3}),"
    # "Der Verdächtige ist 31 Jahre alt", "The suspect is 31 years old"
    r"|\b(?:[Tt]he|[Dd]er|[Dd]ie)\s+(?P<noun4>[^\W\d_]{3,})\s+(?:is|was|ist|war)\s+(?P<n4>\d{1,3})\s+"
    r"(?:years\s+old|Jahre\s+alt)\b")
AGE_APPOSITION_RE = lazy_regex(r",\s\d{1,3},")


AGE_NOUN_PLACE_WORDS = frozenset("outside inside near in at on behind".split())    # "a 19-year-old outside a store"
AGE_WORDS = ("year-old", "ährig", "Jahre alt", " ans", " años", "years old")
THE_BEFORE_RE = lazy_regex(r"\b(?:the|The)\s+$")


def find_unnamed_ages(text, start, end, language):
    """Return ("age", "34", False, words, where the noun starts, where the age starts) for each unnamed person's age.

    In English a capital after the age is a name ("the 61-year-old Harwell"): the person's own age.

    >>> [q[1:4] for q in find_unnamed_ages("a 34-year-old ministry employee and the 61-year-old Harwell", 0, 59, "en")]
    [('34', False, '34-year-old ministry employee')]
    >>> [q[1] for q in find_unnamed_ages("einen 43 Jahre alten Beamten, einen 34-jährigen Verdächtigen", 0, 61, "de")]
    ['43', '34']
    >>> [q[3] for q in find_unnamed_ages("Der 28-Jährige hatte, die 30-jährige hatte", 0, 42, "de")]
    ['28-Jährige']
    >>> [q[3] for q in find_unnamed_ages("The 26-year-old was arrested; a 40-year-old was built", 0, 53, "en")]
    ['26-year-old']
    >>> [q[3] for q in find_unnamed_ages("The driver, 55, was arrested; the bus, 12, was old", 0, 50, "en")]
    ['driver, 55']
    >>> [q[3] for q in find_unnamed_ages("a 53-year-old dispatcher, a 40-year-old tower", 0, 45, "en")]
    ['53-year-old dispatcher']
    >>> find_unnamed_ages("said 32-year-old protester Paris Kyriakides", 0, 43, "en")   # his own age
    []
    """
    out = []
    if not any(text.find(w, start, end) >= 0 for w in AGE_WORDS) and not AGE_APPOSITION_RE.search(text, start, end):
        return out                        # most clauses tell no age: skip the pattern
    for m in UNNAMED_AGE_RE.finditer(text, start, end):
        if m.group("n3"):                 # "The driver, 55,": a noun for a person, and its age after it
            if person_head(m.group("noun3"), language) and int(m.group("n3")) <= 120:
                out.append(("age", str(int(m.group("n3"))), False, f"{m.group('noun3')}, {m.group('n3')}",
                            m.start("noun3"), m.start()))
            continue
        if m.group("n4"):                 # "Der Verdächtige ist 31 Jahre alt": the same, in a sentence
            if person_head(m.group("noun4"), language) and int(m.group("n4")) <= 120:
                out.append(("age", str(int(m.group("n4"))), False, " ".join(m.group().split()),
                            m.start("noun4"), m.start()))
            continue
        n = int(m.group("n") or m.group("n2"))
        noun, stop = m.group("noun"), m.end()
        if n > 120 or (noun and language != "de" and noun[:1].isupper()):
            continue
        if "Jährig" in m.group():         # "Der 28-Jährige": the noun is the age, a person's
            word = text[m.start():m.start("noun")].rstrip()
            out.append(("age", str(n), False, word, m.start("noun"), m.start()))
            continue
        if noun and language == "en" and (noun.split()[0] in ("was", "is", "had", "has", "who", "said", "told")
                                           and THE_BEFORE_RE.search(text, max(start, m.start() - 5), m.start())
                                           or noun.split()[0] in AGE_NOUN_PLACE_WORDS
                                           and text.endswith((" a ", " an "), max(start, m.start() - 4), m.start())):
            # "The 26-year-old was arrested", "shooting a 19-year-old outside a store": the age is the noun, a
            # person's (as "Der 28-Jährige"; not "said the 29-year-old on the eve of": the speaker's own)
            out.append(("age", str(n), False, text[m.start():m.start("noun")].rstrip(), m.start("noun"), m.start()))
            continue
        if noun:                          # up to its first noun for a person: "a 34-year-old ministry employee on"
            stop = None
            for w in re.finditer(r"\S+", noun):
                word = w.group()
                if language != "de" and (word in STOPWORDS["en"] or word in STOPWORDS["fr"]):
                    break
                if person_head(word, language) and (language != "de" or word[:1].isupper()):
                    stop = m.start("noun") + w.end()
                    break
                if language == "de" and word[:1].isupper():
                    break                 # German: its capitalised noun is the last word it may be
            if stop is None:
                continue                  # "a 40-year-old contract", "a 41-year-old murder case"
            # "32-year-old protester Paris Kyriakides", "der 45-jährige Unternehmer Klaus Berger": a named
            # person's age (German capitalises its nouns: a name there is two capitalised words)
            name = NAME_AFTER_RE.match(text, stop)
            if name and fold(name.group(1)) not in NOT_NAMES_AFTER and (
                    language != "de" or NAME_AFTER_RE.match(text, name.end())):
                continue
        out.append(("age", str(n), False, " ".join(text[m.start():stop].split()), m.start("noun") if noun else -1,
                    m.start()))
    return out


NAME_AFTER_RE = lazy_regex(r" ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\b(?![-'’])")
NOT_NAMES_AFTER = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset("""on in at of from with who and or but
the this last after before when while near for to by was is had has said told""".split())  # "a man Tuesday"
PERSON_HEADS = frozenset("""man woman boy girl men women child children mother father son daughter wife husband
suspect victim student teenager teen gunman person mann frau junge jungen mädchen kind kinder sohn tochter
beamte beamten beamter deutsche deutschen driver worker member officer teacher soldier farmer manager leader
player lawyer owner reporter passenger rider brother sister partner singer writer fighter shooter attacker
robber killer prisoner resident homme femme garçon fille hombre mujer joven
arzt ärztin soldat soldatin afghane afghanin doctor nurse pilot schütze schützen""".split())
# German nouns for people end so (Mitarbeiter, Polizistin, Angestellten); English ones are listed, or end
# so, as "-er" ends murder and order too
PERSON_HEAD_ENDINGS = {"de": ("er", "erin", "ist", "istin", "ent", "entin", "ant", "antin", "ling", "te", "ten",
                              "mann", "frau", "beamte", "beamten",
                              # nouns of adjectives: Tatverdächtige(n), Jugendliche(n)
                              "ige", "igen", "iger", "liche", "lichen", "licher"),
                       "en": ("ee", "ist", "ian", "ent", "or", "er")}
# nouns of those endings that an age is told with and are no person: "a 40-year-old tower"
NOT_PERSON_HEADS = frozenset("""event moment agreement comment segment door floor motor sector factor error
murder order border number water letter paper tower computer container center centre quarter matter chapter
river winter summer cancer power theater theatre disaster register trailer tanker freighter steamer boiler
heater poster monster shelter cluster charter barrier corner former other older younger earlier later further
never ever over under helicopter reactor tractor monitor sensor meter liter litre chamber
laser""".split())


# One person's noun in four languages: "26-jähriger Mann" and "27-year-old man" tell of one man
PERSON_CLASS = {w: line.split()[0] for line in """man mann homme hombre
woman frau femme mujer
boy junge jungen garcon nino
girl madchen fille nina""".splitlines() for w in line.split()}


def age_noun(words):
    """Return the noun an unnamed person's age is told with, folded: its last word of letters.

    >>> age_noun("52-year-old driver"), age_noun("driver, 55"), age_noun("26-jähriger Mann")
    ('driver', 'driver', 'mann')
    >>> age_noun("una mujer de 38 años"), age_noun("un homme de 45 ans")      # (the noun before "de")
    ('mujer', 'homme')
    """
    told = [fold(w.strip(".,;:")) for w in words.split() if w.strip(".,;:").isalpha()]
    if told and told[-1] in AGE_YEARS_WORDS and "de" in told:
        return told[told.index("de") - 1] if told.index("de") else ""
    return told[-1] if told else ""


AGE_YEARS_WORDS = frozenset(("anos", "ans"))      # (folded) "de 38 años", "de 45 ans"


def person_head(word, language):
    """True when the noun an age is given with names a person ("employee", "Mitarbeiter", "Polizeibeamten").

    >>> person_head("employee", "en"), person_head("Polizeibeamten", "de"), person_head("case", "en")
    (True, True, False)
    >>> person_head("murder", "en"), person_head("over", "en"), person_head("driver", "en")
    (False, False, True)
    """
    w = word.lower()
    return w in PERSON_HEADS or (w not in NOT_PERSON_HEADS and w.endswith(
        PERSON_HEAD_ENDINGS["de" if language == "de" else "en"]))


# The values only a family's events have, each read in the event's own clauses
# A rate's level and its step: "auf 4,25 Prozent", "to 4.25%", "um 0,5 Prozentpunkte", "by 25 basis points".
# A level is what a preposition of place gives ("bei 5,8 Prozent", "at 6.1 percent"); "um 2 Prozent" and
# "by 2 percent" are a change, which a rate told as a percent of itself does not compare
_PERCENT = r"\s?(?:%|percent|per\s+cent|Prozent|pour\s+cent|por\s+ciento)(?![\w-])"
# (or a verb of being: "Inflation was 3.4 percent in June", not "was 3 percent higher": a change)
RATE_LEVEL_RE = lazy_regex(r"(?<![^\W\d_])(?:auf|bei|von|to|at|of|on|from|à|a|al|de|en|del|(?P<be>was|is|were|are|war|"
                           r"ist|était|est|fue|es))\s+"
                           r"(?P<mod>(?:rund|etwa|knapp|about|around|nearly|almost|environ|alrededor\s+del?)\s+)?"
                           r"(?P<num>\d{1,2}(?:[.,]\d{1,3})?)"
                           + _PERCENT + r"(?(be)(?!\s+(?:higher|lower|more|less|above|below|up|down|höher|niedriger|"
                           r"mehr|weniger|über|unter|de\s+plus|de\s+moins|más|menos)\b))", re.I)
RATE_STEP_RE = lazy_regex(r"(?<![^\W\d_])(?:um|by|de)\s+(?P<num>\d{1,3}(?:[.,]\d{1,2})?)\s?(?:(?P<basis>"
                          r"Basispunkte?n?|basis\s+points?|points?\s+de\s+base|puntos\s+básicos)|Prozentpunkte?n?|"
                          r"percentage\s+points?|points?\s+de\s+pourcentage|puntos?\s+porcentuales?)(?![\w-])", re.I)
# and in words: "by a quarter point", "by half a percentage point", "um einen halben Prozentpunkt"
RATE_STEP_WORDS_RE = lazy_regex(r"(?<![^\W\d_])(?:by|um)\s+(?:(?P<quarter>a\s+quarter(?:\s+of\s+a)?|einen\s+Viertel)|"
                                r"(?P<half>half\s+a|einen\s+halben))[\s-]?(?:percentage[\s-]+)?(?:point|Prozentpunkt|"
                                r"Punkt)\b", re.I)
PRICES_RE = lazy_regex(r"(?<![^\W\d_])(?:Verbraucherpreise|Lebenshaltungskosten|consumer\s+prices|prix\s+à\s+la\s+"
                       r"consommation|precios\s+al\s+consumo)(?![^\W\d_])", re.I)
PRICES_ROSE_RE = lazy_regex(r"(?<![^\W\d_])(?:um|by|rose|increased|climbed|were\s+up)\s+(?:by\s+)?(?P<mod>(?:rund|etwa|"
                            r"about|around)\s+)?(?P<num>\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|Prozent|percent|per\s+cent)"
                            r"(?:\s+(?:gestiegen|höher))?(?![\w-])", re.I)
RATE_MEASURES = {"rates": "interest rate", "inflation": "inflation rate", "unemployment": "unemployment rate"}
# The words that name which rate a level is of ("the inflation rate" one word, not "rate"; "rate" alone tells none)
MEASURE_WORD_RE = lazy_regex(
    r"(?<![^\W\d_])(?:(?P<inflation>inflation(?:\s+rate)?|inflationsrate|teuerung\w*|inflación|verbraucherpreise|"
    r"consumer\s+prices|prix\s+à\s+la\s+consommation)|(?P<unemployment>(?:unemployment|jobless)(?:\s+rate)?|"
    r"arbeitslos\w*|chômage|desempleo|paro)|(?P<rates>(?:interest|key|benchmark|policy|base|lending|deposit)\s+rates?|"
    r"\w*zins\w*|taux\s+directeurs?|taux\s+d['’]intérêt|tipos?\s+de\s+interés))(?![^\W\d_])", re.I)
MEASURE_REACH = 80       # letters before a rate's level the name of its measure may stand


def find_rates(family):
    """Return a finder of a rate's level and step (in percentage points) for an event family.

    >>> find_rates("rates")("den Leitzins um 0,5 Prozentpunkte auf 4,25 Prozent angehoben", 0, 62)
    [('interest rate', 4.25, False, 'auf 4,25 Prozent'), ('rate step', 0.5, False, 'um 0,5 Prozentpunkte')]
    >>> find_rates("inflation")("inflation stood at about 6.1% in May, up by 25 basis points", 0, 60)
    [('inflation rate', 6.1, True, 'at about 6.1%'), ('rate step', 0.25, False, 'by 25 basis points')]
    >>> [q[1] for q in find_rates("rates")("cut by a quarter point, um einen halben Prozentpunkt", 0, 52)]
    [0.25, 0.5]
    """
    measure = RATE_MEASURES[family]

    def found(text, start, end):
        out = [rate_period(text, start, end, m, measure) for m in RATE_LEVEL_RE.finditer(text, start, end)
               if measure_before(text, max(start, m.start() - MEASURE_REACH), m.start()) in ("", family)]
        if family == "inflation" and PRICES_RE.search(text, start, end):
            # "Die Verbraucherpreise sind im Oktober um 2,4 Prozent gestiegen", "consumer prices rose 2.4%":
            # how much prices rose is the rate
            out += [told_of_period(text, start, end, m, (measure, float(m.group("num").replace(",", ".")),
                                                         bool(m.group("mod")), " ".join(m.group().split())),
                                   MONTH_PERIODS) for m in PRICES_ROSE_RE.finditer(text, start, end)]
        out += [("rate step", float(m.group("num").replace(",", ".")) / (100 if m.group("basis") else 1),
                 False, " ".join(m.group().split())) for m in RATE_STEP_RE.finditer(text, start, end)
                if measure_before(text, max(start, m.start() - MEASURE_REACH), m.start()) in ("", family)]
        return out + [("rate step", 0.25 if m.group("quarter") else 0.5, False, " ".join(m.group().split()))
                      for m in RATE_STEP_WORDS_RE.finditer(text, start, end)
                      if measure_before(text, max(start, m.start() - MEASURE_REACH), m.start()) in ("", family)]
    return found


def measure_before(text, start, end):
    """Return the rate family ('rates', 'inflation', 'unemployment') of the last measure named in text[start:end],
    or '': a level told after "as inflation stayed … at 3.2 percent" is inflation's, not the interest rate's.

    >>> t = "raised its key interest rate to 4.5 percent as inflation stayed at 3.2 percent"
    >>> measure_before(t, 0, 30), measure_before(t, 0, 65), measure_before("the rate cut", 0, 12)
    ('rates', 'inflation', '')
    """
    family = ""
    for m in MEASURE_WORD_RE.finditer(text, start, end):
        family = m.lastgroup
    return family


def rate_period(text, start, end, m, measure):
    """Return a rate's level (a RATE_LEVEL_RE match) as a quantity told of its month or of a forecast
    (see told_of_period): "im Oktober auf 2,4 Prozent" and "to 2.2% in October" are October's, "from
    2.9% in September" September's, "forecasts of 2.6%" a forecast's.

    >>> t = "inflation eased to 2.2% in October from 2.9% in September, below forecasts of 2.6%"
    >>> [(q[0], q[3]) for q in find_rates("inflation")(t, 0, len(t))]     # doctest: +NORMALIZE_WHITESPACE
    [('inflation rate@october', 'to 2.2% in October'), ('inflation rate@september', 'from 2.9% in September'),
     ('inflation rate@forecast', 'forecasts of 2.6%')]
    """
    value, approx = float(m.group("num").replace(",", ".")), bool(m.group("mod"))
    # "from 2.9%" of no month: an earlier level, not this one's
    earlier = "earlier" if m.group().lower().startswith(("from", "von")) else ""
    return told_of_period(text, start, end, m, (measure, value, approx, " ".join(m.group().split())), MONTH_PERIODS,
                          earlier)


def told_of_period(text, start, end, m, quantity, periods, untold=""):
    """Return quantity, told at the match m, tagged with the period its stretch of the clause tells it of.

    periods is (pattern, tag of a match, pattern of the period before, its tag): the period right after
    it ("from 2.9% in September"), else the nearest ("im Oktober auf 2,4 Prozent"), else the one before
    ("im Vormonat"); a forecast's cue before or after it makes it a forecast's. With none, the tag is
    untold ("" leaves it as it was).
    """
    unit, value, approx, words = quantity
    pattern, tag_of, before_re, before_tag = periods
    lo, hi = max(start, m.start() - PERIOD_REACH), min(end, m.end() + PERIOD_REACH)
    for b in SEGMENT_BREAK_RE.finditer(text, lo, m.start()):
        lo = b.end()
    cut = SEGMENT_BREAK_RE.search(text, m.end(), hi)
    hi = cut.start() if cut else hi
    found = FORECAST_RE.search(text, lo, m.start()) or FORECAST_RE.search(text, m.end(), hi)
    tag = "forecast" if found else ""
    if not found:
        told = list(pattern.finditer(text, lo, hi))
        found = next((x for x in told if PERIOD_AFTER_RE.fullmatch(text, m.end(), x.start())), None) or min(
            told, key=lambda x: x.start() - m.end() if x.start() >= m.end() else m.start() - x.end(), default=None)
        tag = tag_of(found) if found else ""
    if not found:
        found = before_re.search(text, lo, hi)
        tag = before_tag if found else untold
    if not found:
        return (f"{unit}@{tag}" if tag else unit), value, approx, words
    a, b = min(found.start(), m.start()), max(found.end(), m.end())
    return f"{unit}@{tag}", value, approx, " ".join(text[a:b].split())


PERIOD_REACH = 40       # letters either side of a rate or a change its period is told in
RATE_MONTH_RE = lazy_regex(r"(?<![^\W\d_])(?:" + "|".join(sorted(
    (k.capitalize() for k in MONTHS if len(k) >= 4 or k == "mai"), key=lambda k: -len(k))) + r")(?![^\W\d_])")
# (in lower case: two months are no two names of one party, which counted_alike sets against each other)
MONTH_TAGS = {n: name for n, name in enumerate(("", "january", "february", "march", "april", "may", "june", "july",
                                                "august", "september", "october", "november", "december"))}
PERIOD_AFTER_RE = lazy_regex(r"\s+(?:in|im|en|for|für|del?|of)\s+(?:the\s+(?:month\s+of\s+)?)?")
PREVIOUS_MONTH_RE = lazy_regex(r"(?<![^\W\d_])(?:Vormonat\w*|Monat\s+zuvor|(?:previous|prior|preceding)\s+month|"
                               r"a\s+month\s+(?:earlier|before)|mois\s+précédent|mes\s+anterior)(?![^\W\d_])", re.I)
MONTH_PERIODS = (RATE_MONTH_RE, lambda x: MONTH_TAGS[MONTHS[x.group().lower()]], PREVIOUS_MONTH_RE, "previous month")
# A quarter a change is told of: "im dritten Quartal", "in the third quarter", "Q3"
QUARTER_RE = lazy_regex(r"(?<![^\W\d_])(?:(?P<n>erste|zweite|dritte|vierte|first|second|third|fourth)[nm]?\s+"
                        r"(?:Quartal|Vierteljahr|quarter)|Q(?P<q>[1-4]))(?![^\W\d_])", re.I)
QUARTER_TAGS = {"erste": "q1", "first": "q1", "zweite": "q2", "second": "q2", "dritte": "q3", "third": "q3",
                "vierte": "q4", "fourth": "q4"}
PREVIOUS_QUARTER_RE = lazy_regex(r"(?<![^\W\d_])(?:Vorquartal\w*|Quartal\s+zuvor|(?:previous|prior|preceding)\s+"
                                 r"quarter|a\s+quarter\s+(?:earlier|before))(?![^\W\d_])", re.I)
QUARTER_PERIODS = (QUARTER_RE, lambda x: QUARTER_TAGS[x.group("n").lower()] if x.group("n") else "q" + x.group("q"),
                   PREVIOUS_QUARTER_RE, "previous quarter")
# What a forecast is told with: "Ökonomen hatten mit 2,6 Prozent gerechnet" is told after it (see rate_period)
FORECAST_RE = lazy_regex(r"(?<![^\W\d_])(?:forecasts?|expected|expectations?|predicted|Prognosen?|erwartet\w*|"
                         r"gerechnet|prévisions?|previsiones?)(?![^\W\d_])", re.I)


# A percentage a happening is told with: a duty's rate ("Zölle von 25 Prozent", "tariffs of 20 percent", "20%
# tariffs", "25-Prozent-Zölle"), a union's pay claim ("fordert 8,5 Prozent mehr"). Not "um 5 Prozent" or
# "by 5 percent": a change of something
PERCENT_RE = lazy_regex(r"(?<![^\W\d_])(?:(?P<by>um|by)\s+)?(?P<mod>(?:" + MODIFIER_ALT + r")\s+)?"
                        r"(?<![\d.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?|(?<![^\W\d_])" + _COUNT_ALT + r")(?:" + _PERCENT
                        + r"|-(?:Prozent|percent)(?=-))", re.I)      # ("acht Prozent mehr Lohn": in words too)


def find_percents(measure):
    """Return a finder of the percentages told in a clause (not changes "by" some percent), as measure.

    >>> rate = find_percents("tariff rate")
    >>> [q[:3] for q in rate("Zölle von rund 25 Prozent, 20% tariffs, 10-Prozent-Zölle", 0, 56)]
    [('tariff rate', 25.0, True), ('tariff rate', 20.0, False), ('tariff rate', 10.0, False)]
    >>> find_percents("tariff rate")("shares fell by 3 percent", 0, 24)
    []
    >>> find_percents("rise demanded")("fordert acht Prozent mehr Lohn", 0, 30)
    [('rise demanded', 8.0, False, 'acht Prozent')]
    """
    def found(text, start, end):
        return [(measure, float(COUNT_WORDS.get(m.group("num").lower()) or m.group("num").replace(",", ".")),
                 bool(m.group("mod")), " ".join(m.group().split()))
                for m in PERCENT_RE.finditer(text, start, end) if not m.group("by")]
    return found


# How much a company's figure changed: "stieg um 18 Prozent", "rose 16%", "up 4 percent", "fiel um 3,5 Prozent"
CHANGE_RE = lazy_regex(r"(?<![^\W\d_])(?P<verb>stieg|stiegen|legte|legten|wuchs|fiel|fielen|sank|sanken|ging|gingen|"
                       r"rose|fell|grew|jumped|climbed|dropped|slipped|sank|gained|declined|increased|decreased|"
                       r"plunged|tumbled|slumped|plummeted|soared|surged|lost|verlor|verloren|sackte|sackten|"
                       r"steigerte|steigerten|erhöhte|erhöhten|senkte|senkten|verringerte|verringerten|"
                       r"up|down|plus|minus)\s+(?:[^\W\d_]+\s+){0,4}?(?:(?:um|by)\s+)?"
                       r"(?P<mod>(?:" + MODIFIER_ALT + r")\s+)?"
                       r"(?P<num>\d{1,3}(?:[.,]\d{1,2})?|" + _COUNT_ALT + r")\s?"
                       r"(?:%|Prozent|percent|per\s+cent)", re.I)
# and German told with its verb last: "war um sieben Prozent auf 21,4 Milliarden Euro gesunken"
CHANGE_LAST_RE = lazy_regex(r"(?<![^\W\d_])um\s+(?P<mod>(?:" + MODIFIER_ALT + r")\s+)?"
                            r"(?P<num>\d{1,3}(?:,\d{1,2})?|" + _COUNT_ALT + r")\s?(?:%|Prozent)\s+(?:\S+\s+){0,6}?"
                            r"(?P<verb>gestiegen|gesunken|gefallen|gewachsen|zurückgegangen|geschrumpft|eingebrochen|"
                            r"zugelegt|verloren|gesteigert|erhöht|gesenkt|verringert)\b", re.I)
FALLING = ("fiel", "sank", "ging", "gingen", "fell", "dropped", "slipped", "declined", "decreased", "down", "minus",
           "plunged", "tumbled", "slumped", "plummeted", "lost", "verlor", "verloren", "sackte", "sackten",
           "gesunken", "gefallen", "zurückgegangen", "geschrumpft", "eingebrochen", "senkte", "senkten",
           "verringerte", "verringerten", "gesenkt", "verringert")


def find_changes(family):
    """Return a finder of how much a company's figure (family) changed, in percent, falling ones below zero.

    >>> find_changes("profit")("Der Gewinn stieg um 18 Prozent; revenue fell 3.5%", 0, 50)
    [('change in profit', 18.0, False, 'stieg um 18 Prozent'), ('change in profit', -3.5, False, 'fell 3.5%')]
    >>> find_changes("profit")("Its shares fell 18 percent", 0, 27)
    []
    >>> find_changes("share price")("Its shares fell 18%", 0, 19)
    [('change in share price', -18.0, False, 'fell 18%')]
    >>> find_changes("share price")("Die Aktie verlor in Oslo 5,9 Prozent", 0, 36)    # words between, no comma
    [('change in share price', -5.9, False, 'verlor in Oslo 5,9 Prozent')]
    >>> find_changes("revenue")("Der Umsatz war um sieben Prozent auf 21,4 Milliarden Euro gesunken", 0, 67)
    [('change in revenue', -7.0, False, 'um sieben Prozent auf 21,4 Milliarden Euro gesunken')]
    >>> [q[1] for q in find_changes("revenue")("hat den Umsatz um 12 Prozent gesteigert, die Kosten um 3 Prozent "
    ...                                           "gesenkt; senkte seine Kosten um 2 Prozent", 0, 106)]
    [12.0, -3.0, -2.0]
    """
    measure = "change in " + family
    shares = family == "share price"      # a share price's change is told after its shares, a company's figure's not

    def found(text, start, end):
        if not any(text.find(w, start, end) >= 0 for w in ("%", "rozent", "cent")):
            return []
        return [(measure, number * (-1 if m.group("verb").lower() in FALLING else 1), bool(m.group("mod")),
                 " ".join(m.group().split())) for m in sorted(chain(CHANGE_RE.finditer(text, start, end),
                                                                    CHANGE_LAST_RE.finditer(text, start, end)),
                                                              key=methodcaller("start"))
                if shares == bool(SHARES_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
                                  or AKTIE_BEFORE_RE.search(text, max(start, m.start() - 60), m.start()))
                for number in [float(COUNT_WORDS.get(m.group("num").lower()) or m.group("num").replace(",", "."))]]
    return found


def find_growth(text, start, end):
    """Return ("change in output@q3", -0.2, approximate, words) for each change of a country's output in
    text[start:end], told of its quarter (see told_of_period), falling ones below zero.

    >>> t = ("Die Wirtschaft ist im dritten Quartal um 0,2 Prozent geschrumpft, "
    ...      "nach einem Plus von 0,1 Prozent im Vorquartal")
    >>> [q[:2] for q in find_growth(t, 0, len(t))]
    [('change in output@q3', -0.2), ('change in output@previous quarter', 0.1)]
    >>> t = "Germany's economy shrank by 0.1% in the third quarter, after growth of 0.1% in the second quarter"
    >>> [q[:2] for q in find_growth(t, 0, len(t))]
    [('change in output@q3', -0.1), ('change in output@q2', 0.1)]
    """
    if not any(text.find(w, start, end) >= 0 for w in ("%", "rozent", "cent")):
        return []
    out = []
    for m in GROWTH_RE.finditer(text, start, end):
        word = (m.group("verb") or m.group("verb2") or m.group("noun3")).lower()
        num = m.group("num") or m.group("num2") or m.group("num3")
        value = float(num.replace(",", ".")) * (-1 if word in SHRINKING else 1)
        mod = m.group("mod") or m.group("mod2")
        out.append(told_of_period(text, start, end, m, ("change in output", value, bool(mod),
                                                        " ".join(m.group().split())), QUARTER_PERIODS))
    return out


_GROWTH_NUM = r"(?P<num%s>(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%%|Prozent|percent|per\s+cent)(?![\w-])"
# "shrank by 0.1%", "growth of 0.1%", "ein Plus von 0,1 Prozent"; "um 0,2 Prozent geschrumpft"; "a 0.1% contraction"
GROWTH_RE = lazy_regex(
    r"(?<![^\W\d_])(?P<verb>shrank|shrunk|contracted|grew|expanded|schrumpfte|wuchs|growth|contraction|expansion|"
    r"Wachstum|Rückgang|Plus|Minus)\s+(?:(?:by|of|um|von)\s+)?(?P<mod>(?:" + MODIFIER_ALT + r")\s+)?"
    + _GROWTH_NUM % ""
    + r"|(?<![^\W\d_])um\s+(?P<mod2>(?:" + MODIFIER_ALT + r")\s+)?" + _GROWTH_NUM % "2"
    + r"\s+(?P<verb2>geschrumpft|gewachsen|zurückgegangen|gesunken|gestiegen)\b"
    + r"|" + _GROWTH_NUM % "3" + r"\s+(?P<noun3>contraction|growth|expansion|decline|drop|rise)\b", re.I)
SHRINKING = frozenset("shrank shrunk contracted schrumpfte contraction rückgang minus geschrumpft zurückgegangen "
                      "gesunken decline drop".split())


# A temperature: "46,2 Grad", "45.8 degrees Celsius", "115 degrees Fahrenheit", "minus 12 °C". In Celsius:
# one in Fahrenheit is converted, and agrees only roughly. What bounds it ("bis zu") is left out: a
# heat wave's "up to 46 degrees" is the hottest it was
TEMPERATURE_RE = lazy_regex(r"(?<![\w.,])(?P<sign>(?:minus|moins|menos)[\s-]+|[-−])?(?P<num>\d{1,3}(?:[.,]\d)?)\s?"
                            r"(?:°\s?(?P<unit>[CF])\b|(?:Grad|degrees?|degrés|grados)(?:\s+(?P<unit2>Celsius|Fahrenheit|"
                            r"centígrados)|(?![\w-])))", re.I)


def find_temperatures(text, start, end):
    """Return ("temperature", degrees Celsius, converted, words) for each temperature in text[start:end].

    >>> [q[:3] for q in find_temperatures("bis zu 46,2 Grad, 115 degrees Fahrenheit, minus-4 °C", 0, 52)]
    [('temperature', 46.2, False), ('temperature', 46.1, True), ('temperature', -4.0, False)]
    """
    out = []
    for m in TEMPERATURE_RE.finditer(text, start, end):
        value = float(m.group("num").replace(",", ".")) * (-1 if m.group("sign") else 1)
        fahrenheit = (m.group("unit") or m.group("unit2") or "").upper().startswith("F")
        if fahrenheit:
            value = round((value - 32) * 5 / 9, 1)
        out.append(("temperature", value, fahrenheit, " ".join(m.group().split())))
    return out


# One person harmed, which no count of numbers gives ("one" is also a pronoun, "ein" an article): "One person
# died", "Ein Mensch kam ums Leben", "a 34-year-old man was killed", "eine Frau wurde schwer verletzt",
# "one dead", "ein Todesopfer". Only with a word of harm after it: "a man killed three" counts no dead
ONE_HARMED_RE = lazy_regex(r"(?<![^\W\d_])(?P<one>one|a|an|ein|eine|einen|einer|un|une|una|uno)\s+"
                           r"(?:(?:[\w-]+\s+)?(?P<who>person|man|woman|child|boy|girl|Mensch|Mann|Frau|Person|Kind|"
                           # and who they were: "Ein Feuerwehrmann wurde leicht verletzt", "a police officer was shot"
                           r"Junge|Mädchen|[a-zäöüß]+(?:mann|frau)|Polizist(?:in)?|Polizeibeamt(?:er|in)|Soldat(?:in)?|"
                           r"Fahrer(?:in)?|Arbeiter(?:in)?|Passant(?:in)?|Fußgänger(?:in)?|Radfahrer(?:in)?|"
                           r"firefighter|officer|soldier|driver|worker|passenger|pedestrian|cyclist|resident|"
                           # "a tué une personne", "mató a una persona"
                           r"personne|homme|femme|enfant|policier|persona|hombre|mujer|niñ[oa]|policía)|"
                           r"(?P<harm>dead|killed|injured|wounded|Toter|Toten|Todesopfer|Verletzter|"
                           r"Verletzten))\b", re.I)
PARENT_OF_RE = lazy_regex(r"\b(?:mother|father|mom|dad|parent|parents|Mutter|Vater|Eltern)\s+(?:of|von)\s+$", re.I)
LIST_BEFORE_RE = lazy_regex(r"(?:\b(?:and|und|or|oder|plus|sowie|et|y)|,)\s+$")
HARM_VERB_BEFORE_RE = lazy_regex(r"([^\W\d_]+)\s+(?:a\s+)?$")     # ("a": Spanish's person after its verb)
ONE_HARM_CUES = ("one ", "One ", "a ", "A ", "an ", "ein", "Ein", "un", "Un")


def find_single_harms(text, start, end):
    """Return ('dead' or 'injured' ..., 1.0, False, words) for each one person harmed in text[start:end].

    Its words of harm are those of any language's lexicon (it is a family's finder: told no language).

    >>> [q[0] for q in find_single_harms("One person died. A man was injured; a man killed three.", 0, 55)]
    ['dead', 'injured']
    >>> find_single_harms("Two women and a man were killed.", 0, 32)     # a list of three
    []
    >>> [q[3] for q in find_single_harms("Ein Mensch kam ums Leben, es gab einen Toten.", 0, 45)]
    ['Ein Mensch kam ums Leben', 'einen Toten']
    >>> [q[3] for q in find_single_harms("ist ein Mensch ums Leben gekommen. Eine Frau wurde schwer verletzt.", 0, 67)]
    ['ein Mensch ums Leben', 'Eine Frau wurde schwer verletzt']
    >>> t = "Ein Feuerwehrmann wurde leicht verletzt. A police officer was killed."
    >>> [q[:2] for q in find_single_harms(t, 0, len(t))]
    [('injured', 1.0), ('dead', 1.0)]
    """
    if not any(text.find(c, start, end) >= 0 for c in ONE_HARM_CUES):
        return []
    out = []
    for m in ONE_HARMED_RE.finditer(text, start, end):
        if LIST_BEFORE_RE.search(text, max(start, m.start() - 8), m.start()):
            continue                     # "two women and a man were killed": three, counted as a list
        if m.group("harm"):              # "one dead", "einen Toten": the noun is the harm
            kind, words = unit_lemma(m.group("harm")), m.group()
        else:
            behind = [w.rstrip(";:") for w in text[m.end():min(end, m.end() + BEHIND_REACH)].split()[:3]]
            # "kam ums Leben", and the perfect's "ist ein Mensch ums Leben gekommen"
            lost = LOST_LIFE_RE.match(text, m.end() + (len(behind[0]) + 1 if behind[0] in ("kam", "kamen") else 0),
                                      end) if behind and behind[0] in ("kam", "kamen", "ums") else None
            if lost:
                kind, words = "dead", text[m.start():lost.end()]
            elif behind and (behind[0].lower() in BE_WORDS or behind[0].lower() in ("wurde", "ist", "was")):
                kind = people_counted([], behind, "", "und")      # "a man was killed", "wurde verletzt"
                harm = next((i for i, w in enumerate(behind) if COUNTED_AS.get(word_event(w.strip(".,;:!?"),
                                                                                          "und"))), 2)
                words = " ".join([m.group()] + behind[:harm + 1]).rstrip(".,;:!?")
                if kind == "injured" and SERIOUS_RE.search(words):
                    kind = "seriously injured"      # "eine Frau wurde schwer verletzt"
            elif behind and word_event(behind[0].strip(".,;:!?"), "und") == "die":
                kind, words = "dead", m.group() + " " + behind[0].rstrip(".,;:!?")     # "one person died"
            else:
                # the verb before: "a tué une personne", "mató a una persona", "killed a man"
                verb = HARM_VERB_BEFORE_RE.search(text, max(start, m.start() - 24), m.start())
                kind = COUNTED_AS.get(word_event(verb.group(1).lower(), "und")) if verb else None
                if not kind:
                    continue
                words = text[verb.start(1):m.end()]
        if kind in HARMED or kind == "seriously injured":
            out.append((kind, 1.0, False, " ".join(words.split())))
    return out


# How far a fire is held: "was 20 percent contained", "20% containment", "zu 40 Prozent eingedämmt", "contenido al
# 30 por ciento"
CONTAINMENT_RE = lazy_regex(
    r"(?<![\d.,])(?P<num>\d{1,3})\s?(?:%|percent|per\s+cent)\s+(?:contained|containment)\b"
    r"|\bcontainment\s+(?:of|at|to)\s+(?P<num2>\d{1,3})\s?(?:%|percent|per\s+cent)"
    r"|\bzu\s+(?P<num3>\d{1,3})\s+Prozent\s+(?:eingedämmt|unter\s+Kontrolle)"
    r"|\b(?:contenido|controlado)\s+(?:en\s+un|al)\s+(?P<num4>\d{1,3})\s?(?:%|por\s+ciento)", re.I)


def find_containment(text, start, end):
    """Return ("containment", 20.0, True, words) for each share of a fire told as held: it changes by the hour, so
    two sources' shares differ softly.

    >>> [q[1] for q in find_containment("was 20 percent contained; zu 40 Prozent eingedämmt; 5% containment", 0, 67)]
    [20.0, 40.0, 5.0]
    """
    if text.find("ontain", start, end) < 0 and text.find("Prozent", start, end) < 0 and \
            text.find("contenido", start, end) < 0 and text.find("controlado", start, end) < 0:
        return []
    out = []
    for m in CONTAINMENT_RE.finditer(text, start, end):
        n = int(next(g for g in m.groups() if g))
        if n <= 100:
            out.append(("containment", float(n), True, " ".join(m.group().split())))
    return out


def find_harms(text, start, end):
    """Return the harms of one (find_single_harms) and of none (find_no_harms) told in text[start:end]."""
    return find_single_harms(text, start, end) + find_no_harms(text, start, end)


def find_no_harms(text, start, end):
    """Return ("injured" or "dead", 0.0, False, words) for each harm told as befalling no one.

    >>> t = "Nobody was injured. Verletzt wurde nach Angaben der Polizei niemand. Es gab keine Toten."
    >>> [q[:2] for q in find_no_harms(t, 0, len(t))]
    [('injured', 0.0), ('injured', 0.0), ('dead', 0.0)]
    >>> find_no_harms("No one was available for comment; keine Angaben", 0, 48)
    []
    """
    if not NO_HARM_CUE_RE.search(text, start, end):
        return []
    out = []
    for m in NO_HARM_RE.finditer(text, start, end):
        harm = fold(next(g for g in m.groups() if g))
        kind = "injured" if harm.startswith(INJURED_STARTS) else "dead"
        out.append((kind, 0.0, False, " ".join(m.group().split())))
    return out


NO_HARM_CUE_RE = lazy_regex("nobody|no one|niemand|keine|no injur|no death|no fatal|personne|no hubo|aucun", re.I)
INJURED_STARTS = ("injur", "hurt", "wound", "verletz", "bless", "herid")
# Harm told as befalling no one: "Nobody was injured", "no one was killed", "there were no injuries", "Verletzt
# wurde niemand", "niemand wurde verletzt", "es gab keine Toten", "personne n'a été blessé", "no hubo heridos"
NO_HARM_RE = lazy_regex(
    r"\b(?:(?:no\s+one|nobody)\s+(?:was|were|had\s+been|has\s+been|is)\s+(?:(?:seriously|badly|reported)\s+)?"
    r"(?P<harm>injured|hurt|wounded|killed)"
    r"|no\s+(?P<harm2>injuries|deaths|fatalities)\b"
    r"|niemand\s+(?:(?:wurde|ist|sei|wurden)\s+)?(?:[^\W\d_]+\s+){0,3}?(?P<harm3>verletzt|getötet|ums\s+Leben)"
    r"|(?P<harm4>Verletzt|Getötet)\s+(?:wurde|worden\s+sei|sei|ist)\s+(?:[^\W\d_]+\s+){0,4}?niemand"
    r"|keine\s+(?P<harm5>Verletzten|Toten|Todesopfer)"
    r"|personne\s+n['’](?:a|ont)\s+été\s+(?P<harm6>blessée?|tuée?)|aucun(?:e)?\s+(?P<harm7>blessée?|mort)"
    r"|no\s+hubo\s+(?P<harm8>heridos|muertos|víctimas\s+mortales))(?![^\W\d_])", re.I)


def find_vote_figures(text, start, end):
    """Return a vote's shares and turnout (find_votes), then its tallies (find_tallies): an assembly's vote has both."""
    return find_votes(text, start, end) + find_tallies(text, start, end)


GOAL_MINUTE_RE = lazy_regex(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+(?:and\s+(?P<m>\d{1,3})(?:st|nd|rd|th)\s+)?minutes?\b"
                            r"|\b(?P<n2>\d{1,3})\.\s+(?:und\s+(?P<m2>\d{1,3})\.\s+)?Minute\b")


def find_goal_minutes(text, start, end):
    """Return ("minute", "87", False, words) for each minute of a game told in text[start:end].

    >>> [q[1] for q in find_goal_minutes("scored in the 87th minute; traf in der 78. Minute; the 12th and 81st "
    ...                                  "minutes", 0, 84)]
    ['87', '78', '12', '81']
    """
    out = []
    for m in GOAL_MINUTE_RE.finditer(text, start, end):
        second = "m" if m.group("m") else "m2" if m.group("m2") else ""
        first = "n" if m.group("n") else "n2"
        if second:                        # "the 12th and 81st minutes": "12th", "81st minutes"
            out.append(("minute", m.group(first), False, text[m.start():m.end(first) + (2 if first == "n" else 1)]))
            out.append(("minute", m.group(second), False, text[m.start(second):m.end()]))
        else:
            out.append(("minute", m.group(first), False, m.group()))
    return out


CARRIED_FINDS = frozenset(("win", "record"))     # a game's length, told in a sentence of its own
FAMILY_FINDERS = {"win": lambda text, a, b: find_scores(text, a, b) + find_race_times(text, a, b),
                  "goal": find_goal_minutes,
                  "record": find_race_times, "sentence": find_prison_terms, "agreement": find_durations,
                  "ban": find_ban_terms,
                  "elect": find_votes, "vote": find_vote_figures, "decide": find_tallies, "ruling": find_tallies,
                  "profit": find_changes("profit"), "revenue": find_changes("revenue"), "loss": find_changes("loss"),
                  "shares": find_changes("share price"), "economy": find_growth,
                  "exports": find_changes("exports"), "imports": find_changes("imports"),
                  "heat": find_temperatures, "tariff": find_percents("tariff rate"),
                  "countertariff": find_percents("tariff rate"), "demand": find_percents("rise demanded"),
                  **{family: find_rates(family) for family in RATE_MEASURES},
                  **{family: find_harms for family in ("death", "injure", "attack", "crash", "blast", "fire",
                                                       "collapse", "storm", "flood", "quake", "sink", "landing")},
                  "fire": lambda text, a, b: find_harms(text, a, b) + find_containment(text, a, b)}


# What is measured rather than counted: the note names the measure ("speed"), not "number of"
MEASURES = frozenset(("magnitude", "category", "speed", "share of the vote", "turnout", "rate step", "temperature",
                      "change in profit", "change in revenue", "change in loss", "change in share price", "tariff rate",
                      "change in output", "change in exports", "change in imports",
                      "rise demanded", "containment",
                      *RATE_MEASURES.values()))


# A share of the vote: "54,3 Prozent der Stimmen", "56.1% of the vote". Other percentages are
# not compared: one clause often holds several of different things (a turnout, a fall).
VOTE_SHARE_RE = lazy_regex(r"(?P<num>(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?)\s?"
                           r"(?:%|percent|per\s+cent|Prozent|pour\s+cent|por\s+ciento)\s+"
                           r"(?:of\s+the\s+(?:popular\s+)?(?:votes?|ballots)|der\s+(?:abgegebenen\s+)?(?:Wähler)?"
                           r"[sS]timmen|des\s+(?:voix|suffrages)|de\s+los\s+votos"
                           # a referendum's: "54,2 Prozent der Wähler", "52.4 percent of voters voting yes"
                           r"|der\s+Wähler(?:innen)?|of\s+(?:the\s+)?voters|voting\s+(?:yes|in\s+favou?r))\b", re.I)


# A share got, told by its verb or preposition where votes are counted ("kam auf 57 Prozent", "with 56%", "to 43%");
# not a turnout ("lag bei 52 Prozent", "was 54%"), which has its own pattern
VOTE_GOT_RE = lazy_regex(r"(?:\b(?P<verb>auf|mit|with|won|took|got|received|erhielt|holte|erreichte|on)"
                         r"|(?<=%)(?:\s+of\s+the\s+(?:popular\s+)?vote)?\s+(?P<to>to)|(?<=Prozent)\s+(?P<zu>gegen|zu))\s+"
                         r"(?P<about>(?:rund|etwa|knapp|fast|about|nearly|almost|around)\s+)?"
                         r"(?P<num>(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|percent|per\s+cent|Prozent)(?!\w)", re.I)
ELIDED_SHARE_RE = lazy_regex(r"(?:,|\b(?:und|and|et|y))\s+(?:(?:die|der|the|les?|la|los|las)\s+)?"
                             r"[A-ZÄÖÜ][\w/-]*(?:\s+[A-ZÄÖÜ][\w/-]*)?\s+"
                             r"(?P<num>(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?)\s?(?:%|percent|per\s+cent|Prozent)(?!\w)")
TURNOUT_BEFORE_RE = lazy_regex(r"(?:beteiligung|turnout|participation|participación)\b[^.;]{0,30}$", re.I)
# ("Landtagswahl"; and a poll's shares: "kommt in einer Umfrage auf 31 Prozent")
VOTE_CUES = ("Stimmen", "Auszählung", "Wahl", "wahl", "vote", "ballot", "election", "votos", "voix",
             "mfrage", "poll", "sondage", "encuesta")
VOTE_CUE_REACH = 200     # letters before a clause its cue of votes may stand in ("Nach Auszählung …, kam sie auf …")
# The strength of an earthquake: "magnitude 6.8", "6.8-magnitude", "der Stärke 6,8", "6.8 on the Richter scale",
# "put the magnitude at 5.9", "eine Stärke von 5,9", "de magnitud de 5,9"
MAGNITUDE_RE = lazy_regex(r"\b(?=[msMS])(?:magnitude|Stärke|magnitud)(?:\s+(?:of|at|von|de)\s+|[\s-]+)"
                          r"(?P<num>\d(?:[.,]\s?\d{1,2})?)(?![\d.,]\d)"
                          r"|(?<![\d.,])(?<!\d[.,]\s)(?P<num2>\d(?:[.,]\s?\d{1,2})?)(?:[\s-]+magnitude\b|\s+on\s+the\s+Richter)",
                          re.I)                    # "6. 0 on the Richter scale": a decimal a wire split
# A storm's category: "a Category 3 storm", "Hurrikan der Kategorie 4", "de catégorie 3"
CATEGORY_RE = lazy_regex(r"\b(?:Category|Kategorie|catégorie|categoría)[\s-]+(?P<num>[1-5])\b", re.I)
# A speed, in kilometres an hour: "winds of 120 mph", "205 Kilometern pro Stunde", "193 km/h",
# "120 miles per hour"; a speed in miles is converted, so it agrees only roughly
# A speed told after its word: "a train travelling at 300 km/h" (no visit's travel), "bei Tempo 250"
AT_SPEED_RE = lazy_regex(r"\s+(?:at|mit)\s+(?:(?:about|around|more\s+than|over|up\s+to|rund|etwa|über)\s+)?\d{1,3}"
                         r"(?:[.,]\d)?\s?(?:mph|km/h|kph|miles|kilomet|Stundenkilometer)", re.I)
SPEED_RE = lazy_regex(r"(?<![\d.,])(?P<num>\d{1,3}(?:[.,]\d)?)\s?(?:(?P<miles>mph|miles\s+(?:per|an)\s+hour)|km/h|"
                      r"kph|Stundenkilometer[n]?|Kilometer[n]?\s+(?:pro|je|in\s+der)\s+Stunde|"
                      r"kilomet(?:re|er)s?\s+(?:per|an)\s+hour|"
                      r"kilomètres?(?:-heure|\s+par\s+heure)|kilómetros?\s+por\s+hora)(?![\w/])", re.I)
TEMPO_RE = lazy_regex(r"\bTempo\s+(?P<num>\d{2,3})(?![\d.,]?\d)")     # "bei Tempo 250": km/h, as German says it
KM_PER_MILE = 1.609344
# A death toll says its number a few words on: "the death toll has risen to 51", "Zahl der Toten stieg auf 51"
# (and of the injured and the missing: "Die Zahl der Verletzten stieg auf 40", "the number of missing stood at 12")
TOLL_RE = lazy_regex(r"\b(?=[dnztDNZT])(?:(?P<dead>death\s+toll|number\s+of\s+(?:dead|deaths)|Zahl\s+der\s+"
                     r"(?:Toten|Todesopfer)|Todeszahl|Totenzahl)|(?P<injured>number\s+of\s+(?:injured|wounded)|"
                     r"Zahl\s+der\s+Verletzten)|(?P<missing>number\s+of\s+(?:missing|people\s+missing)|"
                     r"Zahl\s+der\s+Vermissten))\b", re.I)
# "die Zahl der nordkoreanischen Soldaten", "the number of North Korean troops": what is counted, its adjectives before
NUMBER_OF_RE = lazy_regex(r"\b(?:Zahl\s+der|Anzahl\s+der|number\s+of)\s+"
                          r"(?:[a-zäöüß]+(?:e|en|er)\s+|[A-Z][a-z]+\s+){0,2}(?P<unit>[A-ZÄÖÜ][a-zäöüß]{2,}|[a-z]{3,}s)\b")
TOLL_NUMBER_RE = lazy_regex(r"\b(?:to|at|of|is|was|reached|hit|auf|bei|liegt|lag)\s+(?:(?:at\s+least|more\s+than|"
                            r"nearly|about|mindestens|über|rund|fast|knapp)\s+)?(?P<num>\d{1,3}(?:[.,\u00a0]\d{3})+|\d+"
                            r"|\b(?:" + _COUNT_ALT + r")\b)(?![\d%])", re.I)


YEAR_NUMBER_RE = lazy_regex(r"(?:1[89]|20)\d\d")     # 1990, 2024: a year, not a count
VOTE_ADJECTIVES = frozenset("valid invalid spoiled blank eligible".split())
# "19 of the 25", "1.045 von 1.460 gültigen Stimmen": a part of a whole
PART_OF_RE = lazy_regex(r"(?<![\d.,])(?<![^\W\d_])(?P<part>\d{1,3}(?:[.,\u00a0]\d{3})+|\d{1,4}|" + _COUNT_ALT + r")\s+"
                        r"(?:of\s+(?:the|its)(?:\s+[^\W\d_]+['’]s)?|of|der|von|de\s+los|des)\s+$", re.I)
PART_COUNTED = frozenset(("seats", "votes", "carriages"))    # of these the part is what a source counts


# A street after a number: "at 40 East Fifth Avenue", "12 West 45th Street", "40 Main St."
ADDRESS_AFTER_RE = lazy_regex(r"(?:\s+[A-Z0-9][\w.'’-]*){1,3}?\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|"
                              r"Lane|Drive|Place|Court|Terrace|Parkway)\b")
GERMAN_PREPOSITIONS = frozenset("gegen wegen ohne unter über zwischen seit bis vor nach gegenüber binnen trotz "
                                "während neben hinter durch entlang".split())


def name_number(text, at, language):
    """True when the digits at text[at] are part of a name: "Covid-19", "F-16", "Ariane-6-Rakete", and in
    English after a capitalised word within a sentence ("the Ariane 6 rocket", "a Boeing 737").

    >>> [name_number(t, t.index("1"), "en") for t in ("two F-16 jets", "the Apollo 11 crew", "About 10 died",
    ...                                                "on Monday 12 died", "killed 14-year-old", "Leaves 1 Dead",
    ...                                                "Follow-Up-1 Dead", "In Gaza 12 people died")]
    [True, True, False, False, False, False, False, False]
    >>> [name_number(t, t.index("1"), "de") for t in ("hat das Modell Pulse 1 vorgestellt.", "wurden 12 verletzt.",
    ...                                                "Laut Polizei 12 verletzte Menschen", "Insgesamt 12 verletzt.")]
    [True, False, False, False]
    """
    if not text[at:at + 1].isdigit() or at < 2:
        return False
    if text[at - 1] == "-":               # not "a 51-49 vote", nor a headline's "Follow-Up-1 Dead"
        return text[at - 2].isalpha() and bool(HYPHENED_NAME_NUMBER_RE.match(text, at))
    before = text[max(0, at - 12):at - 1].split() if text[at - 1] == " " else ()
    if before and fold(before[-1]) in MODEL_MAKERS:
        return True                       # "eine Boeing 757 der Condor", "un Airbus 320": a model's number
    if language == "de" and text[at - 1] == " " and PARTICIPLE_LAST_RE.match(text, at):
        word = NAME_BEFORE_DE_RE.search(text, max(0, at - 30), at)
        # "hat sein Smartphone Pulse 9 vorgestellt": a name's number before the participle that ends the clause
        return bool(word) and fold(word.group(1)) not in MONTH_OR_WEEKDAY
    if language != "en" or text[at - 1] != " ":
        return False                      # German nouns come before counts: "nahm die Polizei 20 Verdächtige fest"
    word = NAME_BEFORE_RE.search(text, max(0, at - 30), at)
    # the next word in lower case: a headline's "Shooting Leaves 1 Dead" is a count; so is a sum "fined Orbital
    # 2.9 billion euros" (a name's number is whole); and a place's after its preposition ("In Gaza 12 people")
    after = NAME_NUMBER_AFTER_RE.match(text, at)
    return bool(word and after) and fold(word.group(1)) not in MONTH_OR_WEEKDAY and not (
        PLACE_BEFORE_NAME_RE.search(text, max(0, word.start() - 12), word.start())
        and after.group("next") not in FUNCTION_WORDS)        # but "on Oregon 214 about 500 feet" is a road's


# Makers of aircraft and rockets, whose models are numbers after their names
MODEL_MAKERS = frozenset("boeing airbus embraer bombardier tupolev tupolew ilyushin iljuschin sukhoi suchoi antonov "
                         "antonow cessna soyuz sojus ariane".split())
PLACE_BEFORE_NAME_RE = lazy_regex(r"\b(?:in|at|on|near|across|from|throughout|outside)\s+$", re.I)
HYPHENED_NAME_NUMBER_RE = lazy_regex(r"\d{1,4}(?:\s[a-z]|-[^\W\d_])")
NAME_BEFORE_RE = lazy_regex(r"(?<=[\w,] )([A-Z][\w]*) $")      # a capitalised word with a word before it
NAME_BEFORE_DE_RE = lazy_regex(r"(?<=\w )([A-ZÄÖÜ][\w]*) $")    # and in German, not after a comma
PARTICIPLE_LAST_RE = lazy_regex(r"\d{1,4}\s[a-zäöüß]+[.;:!?]")   # a number, then one word in lower case ending it
NAME_NUMBER_AFTER_RE = lazy_regex(r"\d{1,4}\s(?!(?:million|billion|trillion|thousand|dollars|euros|pounds|percent|"
                                  r"per|of)\b)(?P<next>[a-z]+)")
MONTH_OR_WEEKDAY = frozenset(fold(w) for w in list(MONTHS) + list(WEEKDAYS))


# Counted things a noun before tells the kind of, all of one count: "15 cooperation agreements", "12 cruise missiles"
# (not "12 worst-hit villages", "31 separate pieces": an adjective may tell a part)
KINDED_UNITS = frozenset(("agreements", "missiles", "drones", "flights", "trains"))
# What a vote needed, not what it got: "nötig waren 288 Stimmen", "well above the 288 needed", "il fallait 288 voix"
NEEDED_BEFORE_RE = lazy_regex(r"(?:\b(?:nötig|notwendig|erforderlich)\s+(?:waren|sind|wären|seien)|"
                              r"\bil\s+(?:fallait|faut|faudrait)|\bse\s+necesita(?:ba)?n|\bhac(?:ía|e)n\s+falta|"
                              r"\b(?:needed|required|needs|need))\s+(?:(?:the|die|les|los)\s+)?$", re.I)
NEEDED_AFTER_RE = lazy_regex(r"\s+(?:(?:were|are|was|is|wären|waren|sind|seien)\s+)?"
                             r"(?:needed|required|nötig|notwendig|erforderlich|nécessaires|necesarios)\b", re.I)
VOTED_FOR_AFTER_RE = lazy_regex(r"\s+(?:stimmten|votierten|voted|voting)\s+(?:am\s+\w+\s+|on\s+\w+\s+)?(?:für|dafür|"
                                r"for|in\s+favou?r)\b|\s+(?:stimmten|votierten)\s+(?:am\s+\w+\s+)?mit\s+Ja\b", re.I)
VOTED_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(Für|Gegen|Dafür|Dagegen)\s+(?:[^\W\d_]+\s+){0,4}?(?:stimmten|votierten)"
                             r"\s+(?:(?:" + MODIFIER_ALT + r")\s+)?$")
VOTES_CUE_RE = lazy_regex(r"vot|Stimm|voix|motion|majority|Mehrheit|majorité|mayoría", re.I)


# A share of a thing told as a fraction: "jeder dritte Flug", "half of all flights", "ein Drittel der Schüler",
# "one in four voters" (a noun's share, compared with another source's share of that noun)
ORDINAL_SHARES = {"zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "zehnte": 10, "second": 2,
                  "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "tenth": 10}
FRACTION_WORDS = {"half": 1 / 2, "die hälfte": 1 / 2, "a third": 1 / 3, "one third": 1 / 3, "ein drittel": 1 / 3,
                  "two thirds": 2 / 3, "zwei drittel": 2 / 3, "a quarter": 1 / 4, "one quarter": 1 / 4,
                  "ein viertel": 1 / 4, "three quarters": 3 / 4, "drei viertel": 3 / 4}
FRACTION_CUES = ("jede", "Jede", "every", "Every", "alf", "Hälfte", "rittel", "third", "iertel", "quarter", "one in ",
                 "One in ")
FRACTION_RE = lazy_regex(r"(?<![^\W\d_])(?:(?i:jede[rsn]?|every)\s+(?P<ord>(?i:%s))\s+(?P<noun1>[^\W\d_]+)"
                         r"|(?P<frac>(?i:%s))\s+(?:of\s+(?:all\s+)?(?:the\s+)?|der\s+|aller\s+)(?P<noun2>[^\W\d_]+)"
                         r"|(?i:one)\s+in\s+(?P<den>two|three|four|five|six|ten|\d{1,2})\s+(?P<noun3>[^\W\d_]+))"
                         % ("|".join(ORDINAL_SHARES), "|".join(w.replace(" ", r"\s+") for w in FRACTION_WORDS)))


NOT_SHARED = frozenset("them whom those these it us which what ihnen denen".split())


def find_fraction_shares(text, start, end):
    """Return ("share of flights", 0.333, False, words) for each share told as a fraction in text[start:end].

    >>> [(q[0], round(q[1], 3)) for q in find_fraction_shares("jeder dritte Flug; half of all flights", 0, 38)]
    [('share of flights', 0.333), ('share of flights', 0.5)]
    >>> [(q[0], q[1]) for q in find_fraction_shares("one in four voters; die Hälfte der Schüler", 0, 42)]
    [('share of voter', 0.25), ('share of students', 0.5)]
    """
    out = []
    for m in FRACTION_RE.finditer(text, start, end):
        if m.group("ord"):
            value, noun = 1 / ORDINAL_SHARES[m.group("ord").lower()], m.group("noun1")
        elif m.group("frac"):
            value, noun = FRACTION_WORDS[" ".join(m.group("frac").lower().split())], m.group("noun2")
        else:
            value, noun = 1 / (number_value(m.group("den")) or 1), m.group("noun3")
        if noun.lower() in STOPWORDS["en"] or noun.lower() in STOPWORDS["de"] or noun.lower() in NOT_SHARED:
            continue                      # "half of them", "half of whom", "die Hälfte der von"
        out.append(("share of " + unit_lemma(noun), value, False, " ".join(m.group().split())))
    return out


def find_quantities(doc, start, end, names=()):
    """Return (unit, value, approximate, words) for each counted thing in text[start:end].

    An earthquake's magnitude is a quantity too, with the unit 'magnitude'. names holds the
    (start, end, label) of the people named in it, in text order: whose share of the vote it is.
    """
    out = []
    text = doc.text
    vague = vague_counts(text, start, end, doc.language) if any(
        text.find(w, start, end) >= 0 for w in VAGUE_CUES) else []
    if any(text.find(w, start, end) >= 0 for w in FRACTION_CUES):
        vague = vague + find_fraction_shares(text, start, end)
    first = NUMBER_START_RE.search(text, start, end)
    if not first:                        # most sentences count nothing: skip the slow scan
        return vague
    measured = set()                     # where a magnitude's number is: "a 6.8 earthquake" counts no quakes
    # a plain search for a word of each is cheaper than the patterns, and most clauses have neither
    magnitudes = any(text.find(w, start, end) >= 0 for w in ("agnitud", "tärke", "Richter"))
    tolls = any(text.find(w, start, end) >= 0 for w in ("toll", "ahl", "number of "))
    for m in MAGNITUDE_RE.finditer(text, max(start, first.start() - 20), end) if magnitudes else ():
        num = m.group("num") or m.group("num2")
        out.append(("magnitude", float(num.replace(",", ".").replace(" ", "")), False, " ".join(m.group().split())))
        measured.add(m.start("num") if m.group("num") else m.start("num2"))
    for m in ANNIVERSARY_RE.finditer(text, start, end) if any(
            text.find(w, start, end) >= 0 for w in ANNIVERSARY_CUES) else ():
        n = ordinal_value(m.group("ord").lower())     # "den 80. Jahrestag", "the 75th anniversary"
        if n:
            out.append(("anniversary", float(n), False, " ".join(m.group().split())))
            measured.add(m.start())
    for m in CATEGORY_RE.finditer(text, start, end) if text.find("ategor", start, end) >= 0 else ():
        out.append(("category", float(m.group("num")), False, " ".join(m.group().split())))
        measured.add(m.start("num"))
    speeds = any(text.find(w, first.start(), end) >= 0 for w in ("mph", "km", "ilom", "ilóm", "iles", "kph"))
    for m in SPEED_RE.finditer(text, first.start(), end) if speeds else ():
        value, mod, words = told_number(doc, start, m)
        if value is not None:
            out.append(("speed", float(round(value * KM_PER_MILE)) if m.group("miles") else value,
                        bool(mod or m.group("miles")), words))
            measured.add(m.start("num"))
    for m in TEMPO_RE.finditer(text, start, end) if text.find("Tempo", start, end) >= 0 else ():
        out.append(("speed", float(m.group("num")), False, m.group()))
        measured.add(m.start("num"))
    for m in TOLL_RE.finditer(text, start, end) if tolls else ():
        n = TOLL_NUMBER_RE.search(text, m.end(), min(end, m.end() + 100))
        if n:
            try:                         # "auf 51", "auf fünf"
                value = float(COUNT_WORDS.get(n.group("num").lower()) or parse_number(n.group("num"), doc.language))
            except ValueError:
                continue
            unit = "dead" if m.group("dead") else "injured" if m.group("injured") else "missing"
            out.append((unit, value, False, " ".join(text[m.start():n.end()].split())))
            measured.add(n.start("num"))
    # and of anything else counted so: "Die Zahl der nordkoreanischen Soldaten ist auf 11.000 gestiegen"
    for m in NUMBER_OF_RE.finditer(text, start, end) if tolls else ():
        n = TOLL_NUMBER_RE.search(text, m.end(), min(end, m.end() + 60))
        if n and n.start("num") not in measured and not TOLL_RE.match(text, m.start()):
            try:
                value = float(COUNT_WORDS.get(n.group("num").lower()) or parse_number(n.group("num"), doc.language))
            except ValueError:
                continue
            out.append((unit_lemma(m.group("unit")), value, bool(bound_of(n.group())),
                        " ".join(text[m.start():n.end()].split())))
            measured.add(n.start("num"))
    # the sign stands before the first digit: "US$ 5" is four letters before it
    for m in MONEY_RE.finditer(text, max(start, first.start() - 4), end) if has_sign(text, start, end) else ():
        try:
            scale = scale_of(m.group("scale") or m.group("scale_letter"))
            value = parse_number(m.group("num"), doc.language) * scale
            if m.group("num2"):
                value = (value + parse_number(m.group("num2"), doc.language) * scale) / 2
        except ValueError:
            continue
        mod = modifier_before(text, start, m.start())
        share = PER_SHARE_RE.match(text, m.end(), end)
        fine = not share and FINE_BEFORE_RE.search(text, max(start, m.start() - FINE_REACH), m.start())
        share_told = share or PER_SHARE_BEFORE_RE.search(text, max(start, m.start() - 40), m.start())
        bonus = not (share_told or fine) and bonus_told(text, start, m.start(), m.end(), end)
        unit = CURRENCY_SIGNS[m.group("sign")] + (" per share" if share_told else " (fine)" if fine else
                                                  " (bonus)" if bonus else "")
        out.append((unit, value, bool(mod or m.group("num2")),
                    " ".join(text[mod.start() if mod else m.start():share.end() if share else m.end()].split())))
        measured.update((m.start("num"), m.start("num2")))
    shares = any(text.find(w, start, end) >= 0 for w in ("%", "cent", "rozent", "ciento"))
    for m in VOTE_SHARE_RE.finditer(text, first.start(), end) if shares else ():
        value, mod, words = told_number(doc, start, m)
        if value is not None:
            out.append(told_of(text, start, m.start(), ("share of the vote", value, bool(mod), words), doc.language,
                               names))
            measured.add(m.start("num"))
    # "kam sie auf 57 Prozent", "with 56% … to 43%": a share a candidate got, where votes are counted
    got = shares and any(text.find(w, max(0, start - VOTE_CUE_REACH), end) >= 0 for w in VOTE_CUES)
    for m in VOTE_GOT_RE.finditer(text, max(start, first.start() - 30), end) if got else ():
        if m.start("num") not in measured and not TURNOUT_BEFORE_RE.search(text, max(start, m.start() - 40),
                                                                            m.start()):
            value, mod, words = told_number(doc, start, m)     # not "Die Wahlbeteiligung stieg auf 60 Prozent"
            if value is not None:
                said = m.start("verb") if m.group("verb") else m.start("to") if m.group("to") else m.start("zu")
                out.append(told_of(text, start, said, ("share of the vote", value, bool(mod or m.group("about")),
                                                        " ".join(text[said:m.end()].split())), doc.language, names))
                measured.add(m.start("num"))
    # "… kam auf 30,9 Prozent, die AfD 29,2 Prozent und die Grünen 11,8": a list after a share told with its
    # verb goes on without it
    for m in ELIDED_SHARE_RE.finditer(text, start, end) if got and measured else ():
        if m.start("num") not in measured and m.start() > min(measured):
            value, mod, words = told_number(doc, start, m)
            if value is not None:
                share = told_of(text, start, m.start("num"), ("share of the vote", value, bool(mod),
                                                               " ".join(text[m.start("num"):m.end()].split())),
                                doc.language, names)
                if "@" in share[0]:       # only a party's or a person's: a bare number in a list may be anything
                    out.append(share)
                    measured.add(m.start("num"))
    after = start                        # where the last count ended: a modifier is not shared
    cues = None                          # who may have counted a crowd (counted_by), found when one is
    for m in QUANTITY_RE.finditer(text, first.start(), end):
        at = m.start()
        if at in measured:
            continue
        mod = modifier_before(text, after, at)
        begin = mod.start() if mod else at
        unit, unit_end = m.group("unit") or "", m.end()
        if unit and text[m.start("unit") - 1] == "-" and "-" in unit:
            unit = unit.partition("-")[0]         # "ein 80-Meter-Abschnitt": the measure, not what is measured
            unit_end = m.start("unit") + len(unit)
        qualifier = ""                    # whose they are: "russische Soldaten" are not all the soldiers
        if unit in GERMAN_PREPOSITIONS:     # "17:24 gegen X", "5 vor Ort": nothing counted
            unit = ""
        if unit.lower() in VOTED_VERBS:
            nxt = NEXT_WORD_RE.match(text, unit_end, end)
            if nxt and unit_lemma(nxt.group(1)) == "votes against":
                unit, unit_end = nxt.group(1), nxt.end()      # "275 stimmten dagegen", "257 voted against"
        elif unit.lower() == "against" and not TALLY_CUE_RE.search(text, start, end):
            unit = ""                     # "two of six against the Pistons": no vote
        if doc.language == "de" and unit[:1].islower() and unit_lemma(unit) not in UNIT_CLASS_NAMES \
                and not unit.startswith("köpfig"):     # "45-köpfige Delegation": 45 members, not delegations
            noun = GERMAN_NOUN_AFTER_RE.match(text, m.end(), end)
            # "gut ausgebildete Soldaten": an adverb too, before an adjective
            if noun and (unit.endswith(ADJECTIVE_ENDINGS) or noun.group("adjective")):
                qualifier = " ".join(a for a in PEOPLES_ADJECTIVE_RE.findall(text, m.start("unit"), noun.start("unit"))
                                     if a not in NOT_PEOPLES_DE)
                unit, unit_end = noun.group("unit"), noun.end()
        elif doc.language == "en" and unit in ("gold", "silver", "bronze") and (
                medals := MEDALS_AFTER_RE.match(text, unit_end, end)):
            unit, unit_end = unit + " medals", medals.end()     # "three gold medals": of gold, not gold
        elif doc.language == "en" and unit[:1].isupper() and (unit.endswith(DEMONYM_ENDINGS)
                                                             or unit.lower() in COMPASS_WORDS):
            plural = BRANDED_PLURAL_RE.match(text, m.end(), end)     # "5 Indian merchant vessels" are vessels
            noun = plural or ENGLISH_NOUN_AFTER_RE.match(text, m.end(), end)
            if noun and noun.group("unit") not in STOPWORDS["en"]:
                qualifier = unit.lower() if plural else \
                    " ".join(text[m.start("unit"):noun.start("unit")].lower().split())
                unit, unit_end = noun.group("unit"), noun.end()
        elif doc.language == "en" and unit.endswith("ly") and unit.islower() and unit not in STOPWORDS["en"] \
                and (noun := BRANDED_PLURAL_RE.match(text, unit_end, end)):
            unit, unit_end = noun.group("unit"), noun.end()     # "23 heavily armed pirates": pirates
        elif doc.language == "en" and unit[:1].isupper() and unit.isalpha():
            # "28 Starlink internet satellites", "12 Boeing jets": a name's, the things counted are the plural after
            noun = BRANDED_PLURAL_RE.match(text, unit_end, end)
            if noun and noun.group(1) not in STOPWORDS["en"]:
                unit, unit_end = noun.group(1), noun.end()
        elif doc.language == "en" and unit in VOTE_ADJECTIVES and text.startswith(" votes", unit_end):
            unit, unit_end = "votes", unit_end + 6     # "1,460 valid votes": the votes
        elif doc.language == "en" and unit[:1].islower() and (not unit.endswith("s") or unit.endswith("ss")) \
                and unit not in STOPWORDS["en"] and (unit_lemma(unit) not in UNIT_CLASS_NAMES
                                                     or text.startswith(" members", unit_end)):
            # "six construction workers", "14 police officers": a noun before a plural noun for people says
            # which; the two are the unit ("13 home runs" and "47 assault rifles" keep the first word alone)
            noun = NEXT_WORD_RE.match(text, unit_end, end)
            if noun and (unit.endswith(ADJECTIVE_ENDS_EN) or unit in PLAIN_ADJECTIVES or (
                    "-" not in unit and unit_lemma(noun.group(1)) in KINDED_UNITS)) \
                    and noun.group(1)[:1].islower() and unit_lemma(noun.group(1)) in UNIT_CLASS_NAMES:
                unit, unit_end = noun.group(1), noun.end()    # "four masked thieves", "two young children"
                #                                               (and "15 cooperation agreements": what kind)
            elif noun and noun.group(1)[:1].islower() and noun.group(1) not in STOPWORDS["en"] \
                    and plural_people(noun.group(1)):     # "two railway employees"
                unit, unit_end = unit + " " + noun.group(1), noun.end()
        elif doc.language in ("fr", "es") and unit[:1].islower():
            crew = CREW_AFTER_RE.match(text, unit_end, end) if unit in ("membres", "miembros") else None
            if crew:                      # "14 membres d'équipage", "16 miembros de la tripulación"
                unit, unit_end = "crew", crew.end()
            # "13 diplomates russes", "26 soldados ucranianos": whose they are follows the noun
            adjective = HYPHENED_WORD_AFTER_RE.match(text, unit_end, end)
            people = romance_demonym(adjective.group(1)) if adjective and adjective.group(1)[:1].islower() else ""
            if people:
                qualifier, unit_end = people, adjective.end()
        if unit.lower() in OTHER_WORDS and not DEFINITE_BEFORE_RE.search(text, max(start, at - 5), at) \
                or unit.lower() in STILL_WORDS:     # "with 15 still missing": what follows the adverb
            # "fünf weitere verletzt", "five other people": what follows ("the two other men": those known)
            nxt = NEXT_WORD_RE.match(text, unit_end, end)
            if nxt and (counted_noun(nxt.group(1), doc.language) or unit_lemma(nxt.group(1)) in HARMED
                        or nxt.group(1).lower() in BE_WORDS):     # "sieben weitere wurden verletzt"
                unit, unit_end = nxt.group(1), nxt.end()
            elif unit.lower() in BARE_OTHERS:
                unit = ""                 # "and injured five others": a bare count, its verb says of whom
        since, after = after, unit_end
        if fold(unit) in _MONTHS or fold(unit) in _WEEKDAYS or unit.lower() in NOT_UNITS or (
                unit[:1].islower() and NOT_AFTER_RE.match(text, unit_end)):    # "zwei überlebten nicht"
            continue
        if unit[:1] in "hH" and unit.lower() in CLOCK_HOUR_WORDS and (
                CLOCK_AT_BEFORE_RE.search(text, max(start, m.start() - 12), m.start()) or ":" in m.group("num")
                or "." in m.group("num") and m.group("num").endswith("00")):
            continue                      # "hacia las 6.00 horas", "vers 6 heures du matin": a time, no length
        crowd = CROWD_AFTER_RE.match(text, m.end("num"), end)        # "60,000 took part": no noun
        be_after = unit.lower() in BE_WORDS        # "three were killed": the verb after tells who they are
        # "drei kamen ums Leben", "zwei kamen bei dem Brand ums Leben": the dead, told by the verb after
        lost = unit in ("kamen", "kam") and LOST_LIFE_RE.match(text, unit_end, end)
        be_after = be_after or bool(lost)
        of_them = OF_THEM_AFTER_RE.match(text, m.end("num"), end) if not unit or unit.lower() in OF_WORDS else None
        told_before = LAST_WORD_RE.search(text, max(start, at - 16), at) if of_them else None
        if of_them and not SERIOUS_OF_RE.match(text, m.end("num"), end) and not (
                told_before and COUNTED_AS.get(word_event(told_before.group(1), doc.language))):
            # "Two of them were found dead": told by the verb after (not "killing two of them": by the one before)
            unit_end, be_after = of_them.end(), True
        bare = not unit or crowd or unit.lower() in STOPWORDS["en"] or unit.lower() in STOPWORDS["de"] or be_after \
            or unit.lower() in BARE_BEFORE      # "wounding nine before he was arrested"
        if not unit and text.startswith(".", m.end("num")) and m.group("num")[:1].isdigit() \
                and not CROWD_BEFORE_RE.search(text, max(start, at - 40), at):
            continue                     # "am 3. April": a day; only a crowd's count ends a sentence bare
            #                              ("and wounding nine." is a count)
        if YEAR_NUMBER_RE.fullmatch(m.group("num")) and not counted_year(text, start, at, unit):
            after = since                # "bis 2027 rund 900 Stellen": the year's "unit" is the count's modifier
            continue
        if " " in m.group("num") and doc.language == "en" and m.group("num")[:1].isdigit():
            continue                     # "on May 5 300 people": English groups no digits with a space
        if len(m.group("num")) == 3 and SPLIT_GROUP_RE.match(text, max(0, at - 3)):
            continue                     # "26, 000 people": the end of a number split at its comma
        if at >= 2 and text[at - 1] in "-–" and text[at - 2].isdigit():
            continue                     # "a 51-49 vote", "won 3-1": the second number of a tally or score
        if month_day(text, start, m.start("num"), m.group("num")):
            continue                     # "on March 4 killed 12": the 4 is a day of the month, not a count
        if NAME_NUMBER_BEFORE_RE.search(text, max(start, at - 14), at) or name_number(text, at, doc.language) \
                or ADDRESS_AFTER_RE.match(text, m.end("num"), end):
            continue                     # "auf der Autobahn 7 ums Leben gekommen": a road's number; "40 East Fifth
            #                              Avenue": a house's
        if PARENT_OF_RE.search(text, max(start, at - 16), at):
            continue                     # "leaves mother of 2 dead": her children, not the dead
        if len(m.group("num")) > MAX_DIGITS + 6:
            continue                     # no count has so many digits (and float() would make it inf)
        word = m.group("num").lower()
        if word == "sept" and doc.language != "fr":
            continue                     # "Sept" is September's in English: seven only in French
        serious = SERIOUS_OF_RE.match(text, m.end("num"), end)
        if not serious and text.startswith(" ", m.end("num")):      # "24 blessés, dont quatre graves"
            serious = SERIOUS_AFTER_RE.match(text, m.end("num"), end)
            if serious and not serious.group("of") and not OF_THEM_BEFORE_RE.search(
                    text, max(start, m.start() - 8), m.start()):
                serious = None            # ("cuatro de ellos graves" says of whom itself; "quatre graves" alone not)
        one = ONE_SCALED.get(" ".join(word.split()))      # "eine halbe Million Menschen", "a million people"
        if one:
            if word in ("a", "an") and unit_lemma(unit) not in UNIT_CLASS_NAMES:
                continue                  # "she has dated a million guys": a way of speaking
            value = one
        elif word in COUNT_WORDS:
            if not bare and (unit.lower() in TIME_UNITS or not counted_noun(unit, doc.language)) \
                    and unit_lemma(unit) not in HARMED and unit_lemma(unit) not in TALLY and not serious:
                # ("sechs verletzt", "fünf enthielten sich", "four against" are counts)
                continue                 # "the two other", "three ladder trucks": not what is counted
            value = float(COUNT_WORDS[word])
        else:
            try:
                value = parse_number(m.group("num"), doc.language)
            except ValueError:
                continue
        scale, _, rest = unit.rpartition("-")
        if m.group("scale") or scale_of(scale) == 1:
            scale, rest = m.group("scale"), unit
        value *= scale_of(scale)          # "2 mn-euro": the scale is before the hyphen, the unit after
        # "3 died", "drei starben", "3 murieron": the dead, told by their verb
        told = "" if bare else COUNTED_AS.get(word_event(rest if doc.language == "de" else rest.lower(), doc.language))
        unit = "" if bare else told or unit_lemma(rest)
        if unit == "people" and HOSTAGES_AFTER_RE.match(text, unit_end):
            unit = "hostages"             # "held 12 people hostage", "zwölf Menschen als Geiseln": the hostages
        elif unit in ("needed", "required") and VOTES_CUE_RE.search(text, start, end) or unit == "votes" and (
                NEEDED_BEFORE_RE.search(text, max(start, begin - 24), begin)
                or NEEDED_AFTER_RE.match(text, unit_end, min(end, unit_end + 24))):
            unit = "votes needed"         # "nötig waren 288 Stimmen", "the 288 needed": what it took, not the votes
        elif unit == "lawmakers" and VOTED_FOR_AFTER_RE.match(text, unit_end, min(end, unit_end + 40)):
            unit = "votes"                # "311 Abgeordnete stimmten für den Antrag", "331 lawmakers voted for it"
        elif unit == "lawmakers" and (side := VOTED_BEFORE_RE.search(text, max(start, begin - 60), begin)):
            # "Für das Gesetz stimmten 367 Abgeordnete", "Dagegen votierten 281 Abgeordnete"
            unit = "votes" if side.group(1).lower() in ("für", "dafür") else "votes against"
        if serious:                      # "acht verletzt, vier davon schwer", "four of them seriously"
            unit, bare, unit_end = "seriously injured", False, serious.end()
        if unit in TOLD_BY_VERB or unit in SOME_PEOPLE or unit not in UNIT_CLASS_NAMES and (
                # ("two railway employees": the head noun says so)
                (person_noun(rest) or (" " in rest and plural_people(rest.rpartition(" ")[2])))
                if doc.language == "en" else doc.language == "de" and person_head(rest, "de")):
            # "killing 42 people", "300 people were injured": who they are; and who else the verb
            # befell ("killed five skiers", "vier Skifahrer ums Leben gekommen"), but no named class:
            # "12 soldiers were killed" counts the soldiers
            before = SEGMENT_BREAK_RE.split(text[max(since, begin - 24):begin])[-1].split()[-2:]
            # a bare count is told by its verb before it ("killing 3"), or after it when a form of "be"
            # follows ("two were critically injured", "drei wurden verletzt")
            told_after = not bare or be_after
            # (up to six words: "zwei Menschen kamen in den Fluten ums Leben")
            behind = SEGMENT_BREAK_RE.split(text[unit_end:min(end, unit_end + BEHIND_REACH)])[0].split()[:6] \
                if told_after else []
            counted = "dead" if lost else people_counted(before, behind, unit, doc.language)
            # "drei Bewohner kamen ums Leben", "12 soldiers were killed": some of the dead, by who they were
            # (set against a whole count only where they are more: see part_disagreement)
            # (but those arrested are counted whoever they are: "arrested two men" / "three suspects were arrested")
            unit = f"{counted} {unit}" if unit in SOME_PEOPLE and counted not in (unit, "arrested") else counted
            if bare and not unit and (crowd or CROWD_BEFORE_RE.search(text, max(start, begin - 40), begin)):
                # "put the turnout at 35,000", "said 60,000 took part"; a game's are its spectators, as "42,000
                # fans" are ("A crowd of 38,000 watched the game")
                unit = "spectators" if GAME_WORDS_RE.search(text, start, end) else "people"
        if unit == "injured" and SERIOUS_RE.search(text, max(start, begin - 30), min(end, unit_end + 30)):
            unit = "seriously injured"   # "vier Menschen wurden schwer verletzt", "two critically injured"
        kind = unit                       # the noun alone: "russische Drohnen" are drones
        if qualifier and unit:                # "11 Yemeni pirates" and "23 pirates" are no rival counts
            unit = " ".join(GERMAN_DEMONYMS.get(w, w) for w in fold(qualifier).split()) + " " + unit
        each = EACH_BEFORE_RE.search(text, max(start, begin - 9), begin) if unit and not bare else None
        each_after = EACH_AFTER_RE.match(text, unit_end, end) if unit and not bare and not each else None
        if each or each_after:            # "je 48 Gefangene", "freed 55 prisoners each": a side's, not all
            unit += " each"
            begin, unit_end = (each.start(), unit_end) if each else (begin, each_after.end())
        # "61 der 169 Sitze", "landed 178 of 369 punches": the part is what is counted; of people it is
        # the whole ("30 of the 80 wounded were flown out": 80 were wounded), quoted with its part, which
        # another source may count alone ("rescued 19 of the 25 students abducted": 19 rescued)
        if mod and unit in CURRENCIES and text.startswith("über", mod.start()) \
                and NOUN_BEFORE_RE.search(text, max(start, mod.start() - 30), mod.start()):
            mod, begin = None, at         # "Hilfen über 1,8 Milliarden Euro", "ein Scheck über 500 Euro"
        part = PART_OF_RE.search(text, max(start, begin - 32), begin) if not bare else None
        if part and part.group("part")[:1].isalpha() and unit not in PART_COUNTED:
            part = None                   # "hit by three of the seven bullets" fired: a part in words, only where
            #                               the part is what is counted ("Six of the train's eight carriages")
        twin = None                       # the whole of "50 of 73 shells", which another source may tell otherwise
        if part and kind in UNIT_CLASS_NAMES and unit not in PART_COUNTED:
            begin = part.start()
        elif part:
            n = part.group("part")
            twin = value if unit not in PART_COUNTED else None     # (not "61 der 169 Sitze": all the seats)
            value, begin = float(COUNT_WORDS[n.lower()]) if n[:1].isalpha() else parse_number(n, doc.language), \
                part.start()
        if not bare:
            words = " ".join(text[begin:unit_end].split())
        elif be_after:                   # "two were critically injured", not "... on Tuesday"
            harm = next((i for i, w in enumerate(behind) if COUNTED_AS.get(word_event(w.strip(".,!?"), doc.language))
                         or unit_lemma(w.strip(".,!?")) in HARMED), min(len(behind), 3) - 1)
            words = " ".join(text[begin:lost.end()].split()) if lost else \
                " ".join(text[begin:unit_end].split() + behind[:harm + 1]).rstrip(".,;:!?")
        else:                            # "killing 3", "a crowd of 38,000"
            words = " ".join(before[-2 if before[-1:] == ["of"] else -1:] + text[begin:m.end("num")].split())
        if unit == "people":             # a crowd the police count one way and its organisers another
            if cues is None:             # once a clause; only a crowd's clause (not "a bus with 40 passengers")
                crowd_told = any(text.find(c, start, end) >= 0 for c in CROWD_CUES)
                cues = list(COUNTED_BY_RE.finditer(text, start, end)) if crowd_told else []
            by = counted_by(cues, at)
            if by:
                unit, words = unit + "@" + by[0], f"{words} ({by[1]})"
        elif unit == "seats":            # "die SPD 32 der 88 Sitze": whose seats
            unit, _, _, words = told_of(text, start, begin, (unit, value, False, words), doc.language, names)
        if bare:                         # no noun: a count only of the dead or injured a verb names,
            if unit:                     # quoted with its verb: "killing 3"
                out.append((unit, value, bool(mod), words))
            continue
        approx = bool(mod) or word in ROUND_NUMBER_WORDS      # "une vingtaine": about twenty
        share = unit in CURRENCIES and PER_SHARE_RE.match(text, unit_end, end)
        if share:                        # "41 Dollar je Aktie": a share's price, not the deal's
            unit, words = unit + " per share", " ".join(text[begin:share.end()].split())
        elif unit in CURRENCIES and PER_SHARE_BEFORE_RE.search(text, max(start, begin - 40), begin):
            unit += " per share"          # "je Aktie waren es 2,42 Dollar", "earnings per share of $2.40"
        elif unit in CURRENCIES and (FINE_BEFORE_RE.search(text, max(start, begin - FINE_REACH), begin)
                                     or FINE_AFTER_RE.match(text, unit_end)):
            unit += " (fine)"             # "a fine of 2 million pounds": not the sum of the fraud; "50 000 euros
            #                               d'amende"
        elif unit in CURRENCIES and bonus_told(text, start, begin, unit_end, end):
            unit += " (bonus)"            # "Bonuszahlungen von bis zu zehn Millionen Euro": not the fee
        if unit in IMPERIAL:             # "2,000 feet" and "609 metres": one height, told roughly in one unit
            unit, factor = IMPERIAL[unit]
            value, approx = float(round(value * factor)), True
        elif unit == "tonnes":           # "13 tonnes" and "12.000 Kilogramm": one weight, in kilograms exactly
            unit, value = "kilograms", value * 1000
        elif unit in ("squar", "quadratkilomet"):      # an area: "20 square miles", "57 Quadratkilometer"
            square = SQUARE_UNIT_RE.match(text, unit_end, end) if unit == "squar" else None
            if square or unit == "quadratkilomet":
                factor = HECTARES_PER_SQUARE_MILE if square and square.group(1).startswith("mile") else 100.0
                unit, value, approx = "hectares", float(round(value * factor)), True
                words = " ".join(text[begin:square.end() if square else unit_end].split())
        elif twin is not None and unit not in CURRENCIES:
            out.append((unit, max(value, twin), approx, words))     # (the whole first)
            value = min(value, twin)
        out.append((unit, value, approx, words))
    if out and any(text.find(w, start, end + PART_PLACE_REACH) >= 0 for w in PART_IN_PLACE_CUES):   # (seldom)
        out += placed_parts(doc, start, end, out)
    return out + vague


def vague_counts(text, start, end, language):
    """Return (unit, value, True, words) for each count told by a word of no number ("Zehntausende Menschen",
    "dozens of protesters"): the least it may be, which its words make a bound (see bound_of).

    >>> t = "Zehntausende Menschen; hundreds of protesters; des centaines de manifestants; miles de personas"
    >>> [q[:2] for q in vague_counts(t, 0, len(t), "de")]
    [('people', 10000.0), ('people', 100.0), ('manifestant', 100.0), ('people', 1000.0)]
    >>> t = "Hunderte Tote; Hunderte Menschen kamen ums Leben; killing hundreds of people"
    >>> [q[:2] for q in vague_counts(t, 0, len(t), "de")]
    [('dead', 100.0), ('dead', 100.0), ('dead', 100.0)]
    >>> vague_counts("Hunderte wurden verletzt; miles of coastline; thousands of the; hundreds of years", 0, 80, "en")
    []
    >>> t = "tens of thousands of people; des dizaines de milliers de personnes; decenas de miles de personas"
    >>> [q[1] for q in vague_counts(t, 0, len(t), "en")]
    [10000.0, 10000.0, 10000.0]
    """
    out = []
    for m in VAGUE_COUNT_RE.finditer(text, start, end):
        noun, told_in = m.group("unit"), next(g for g in ("de", "en", "fr", "es") if m.group(g))
        if counted_noun(noun, told_in) and fold(noun) not in STOPWORDS["en"] and noun.lower() not in TIME_UNITS \
                and not MEASURE_NOUN_RE.match(noun):     # ("hundreds of years", "Hunderte Kilometer": no count)
            words = [fold(w) for w in m.group(told_in).split() if fold(w) not in ("des", "de", "of")]
            # "tens of thousands", "des dizaines de milliers": so many of the last
            value = VAGUE_COUNTS[words[-1]] * (VAGUE_COUNTS[words[0]] if len(words) > 1 else 1)
            # what they are, as a number's count is ("Hunderte Tote": dead), and what befell them by the
            # words after ("Hunderte Menschen kamen ums Leben": dead)
            unit = COUNTED_AS.get(word_event(noun if told_in == "de" else noun.lower(), told_in)) or unit_lemma(noun)
            if unit in TOLD_BY_VERB:
                behind = SEGMENT_BREAK_RE.split(text[m.end():min(end, m.end() + BEHIND_REACH)])[0].split()[:6]
                before = SEGMENT_BREAK_RE.split(text[max(start, m.start() - 24):m.start()])[-1].split()[-2:]
                unit = people_counted(before, behind, unit, told_in)
            out.append((unit, float(value), True, " ".join(m.group().split())))
    return out


def placed_parts(doc, start, end, counts):
    """Return the parts of counts told in a place after them: "3500 Stellen, davon 1400 in Deutschland" is
    ("jobs in Germany", 1400.0, False, "davon 1400 in Deutschland"), which "including 1,600 in Germany" differs from.

    >>> t = "Vantec will cut 3,500 jobs, including 1,600 in Germany."
    >>> placed_parts(Document("S1", "", "", "en", t, "", 0), 0, len(t), [("jobs", 3500.0, False, "3,500 jobs")])
    [('jobs in Germany', 1600.0, False, 'including 1,600 in Germany')]
    """
    text, out = doc.text, []
    # (the part may follow the clause: "va supprimer 2 000 emplois dans le monde, dont 650 en Autriche, a annoncé")
    for m in PART_IN_PLACE_RE.finditer(text, start, min(len(text), end + PART_PLACE_REACH)):
        if m.start() > end + 3:
            break
        place = fold(m.group("place"))
        place = COUNTRIES.get(place) or CITIES.get(place)
        told = [(text.rfind(q[3], start, m.start()), q) for q in counts if q[0] and "@" not in q[0]
                and q[0] not in MEASURES and " in " not in q[0]]
        at, whole = max(told, key=lambda x: x[0], default=(-1, None))
        if place is None or at < 0:
            continue                      # a place the gazetteer knows, after a count of the clause
        try:
            value = parse_number(m.group("num"), doc.language)
        except ValueError:
            continue
        out.append((f"{whole[0]} in {place}", value, bool(m.group("about")), " ".join(m.group().split())))
    return out


# "davon 1400 in Deutschland", "including 1,600 in Germany", "dont 1 400 en France", "de ellos 1.400 en España"
PART_PLACE_REACH = 60     # letters after a clause a part of its count told in a place may stand in
PART_IN_PLACE_CUES = ("davon", "darunter", "ncluding", "among them", "of them", "of which", "dont", "de ell", "cuales")
PART_IN_PLACE_RE = lazy_regex(
    r"(?<![^\W\d_])(?:davon|darunter|including|among\s+them|of\s+(?:them|which)|dont|de\s+ellos|de\s+ellas|"
    r"de\s+l[oa]s\s+cuales)\s+(?:(?P<about>rund|etwa|knapp|about|around|some|nearly|environ|près\s+de|unos|unas|"
    r"cerca\s+de)\s+)?(?P<num>\d{1,3}(?:[.,\u00a0 ]\d{3})+|\d{1,6})\s+(?:in|en|au|aux|à)\s+"
    r"(?:(?:der|den|dem|the)\s+)?(?P<place>[A-ZÄÖÜ][\w-]+)")


def counted_year(text, start, at, unit):
    """True when a number like a year counts people or things: "weltweit 2000 Stellen", "weitere 2000 Soldaten"
    (not "bis 2030 Stellen abbauen", "seit 2022 Flüchtlinge aufgenommen": a year, before a noun of no count).

    >>> t = "weltweit 2000 Stellen; bis 2030 Stellen; im Mai 2024 Soldaten"
    >>> [counted_year(t, 0, t.index(n), "Stellen") for n in ("2000", "2030", "2024")]
    [True, False, False]
    """
    if unit_lemma(unit) not in UNIT_CLASS_NAMES or unit_lemma(unit) in CURRENCIES:
        return False
    before = text[max(start, at - 16):at].split()
    word = fold(before[-1].strip(",;:()")) if before else ""
    return bool(word) and word not in YEAR_CUES and word not in _MONTHS and word not in SEASONS


# words a year follows: "bis 2030", "seit 2022", "in 2024", "Anfang 2025"
YEAR_CUES = frozenset("im in jahr jahres jahren seit bis von vom ab vor nach anfang mitte ende um zum zur und oder "
                      "since until till by of from to early late mid before after and or at en a de desde hasta "
                      "depuis jusqu'en".split())


TALLY = frozenset(("votes against", "abstentions"))
TALLY_CUE_RE = lazy_regex(r"\b(?:in\s+favou?r|vot(?:e|es|ed|ing))\b", re.I)     # "nine in favor and three against"
VOTED_VERBS = frozenset("stimmten stimmte votierten votierte voted".split())
# Words of time or manner that may follow a bare count: no noun of it ("killing 3 before he fled", "injured 85
# late on Tuesday")
BARE_BEFORE = frozenset("before until while when since during then bevor ehe während als nachdem late early "
                        # "Quake kills 12 near Agadir": where, not what was counted
                        "near outside inside across along off nahe près cerca".split())
BE_WORDS = frozenset("were was are is have had remain remained remains wurden wurde waren sind werden würden seien "
                     "bleiben blieben gelten galten fueron resultaron ont "
                     "sont están estaban siguen permanecen".split())
#                                                         ("four remain missing": the word after tells who they are)
LOST_LIFE_RE = lazy_regex(r"\s+(?:[^\W\d_]+\s+){0,4}?ums\s+Leben\b")
BEHIND_REACH = 40        # letters after a count that its four words are read from ("unter Tage eingeschlossen")
# Of the injured, those hurt badly: "schwer verletzt", "critically injured", "grièvement blessés"
# (next to the word of harm: in "12 injured, two of them seriously" the 12 are not all badly hurt)
SERIOUS_RE = lazy_regex(r"\b(?:schwer|schwerst|lebensgefährlich|seriously|critically|severely|gravement|grièvement)"
                        r"\s+(?:verletzt\w*|injured|wounded|hurt|bless[ée]e?s?)\b|\b(?:injured|wounded|heridos?)\s+"
                        r"(?:seriously|critically|severely|de\s+gravedad)\b", re.I)
OF_THEM_BEFORE_RE = lazy_regex(r"\b(?:dont|davon|darunter)\s+$")
# "zwei von ihnen", "two of them", "deux d'entre eux", "dos de ellos": a part of those told before
OF_WORDS = frozenset(("of", "von"))     # (the Romance ones are read as no unit)
OF_THEM_AFTER_RE = lazy_regex(r"\s+(?:von\s+ihnen|of\s+them|d['’]entre\s+(?:eux|elles)|de\s+(?:ellos|ellas))\b")
SERIOUS_AFTER_RE = lazy_regex(r"(?P<of>\s+de\s+ellos)?\s+(?:graves|grave|(?:gravement|grièvement)(?:\s+blessés)?|"
                              r"en\s+estado\s+grave|dans\s+un\s+état\s+grave)\b")
SERIOUS_OF_RE = lazy_regex(r"\s+(?:davon|darunter|of\s+them|von\s+ihnen|dont|de\s+ellos)\s+(?:\w+\s+)?"
                           r"(?:schwer|lebensgefährlich|seriously|critically|severely|gravement|grièvement|"
                           r"de\s+gravedad)\b"
                           # "nine of them in serious condition", "sechs davon in kritischem Zustand"
                           r"|\s+(?:of\s+them|davon|darunter)\s+in\s+(?:a\s+)?(?:serious|critical|grave|"
                           r"kritischem|lebensbedrohlichem)\s+(?:condition|Zustand)\b"
                           r"|\s+of\s+the\s+(?:injured|wounded)\s+(?:were|are|was|is|remain|remained)\s+(?:in\s+"
                           r"(?:serious|critical|grave)\s+condition\b|(?:seriously|critically|severely)\s+"
                           r"(?:hurt|injured|wounded)\b)", re.I)
# A count each of several has: "je 48 Gefangene", "jeweils 48", "55 prisoners each", "apiece"
EACH_BEFORE_RE = lazy_regex(r"\b(?:je|jeweils)\s+$", re.I)
# "115 prisoners of war each", "110 prisonniers de guerre chacune"
# ("24 prisonniers de guerre de chaque côté", "26 prisioneros de cada bando")
EACH_AFTER_RE = lazy_regex(r"(?:\s+(?:of|de)\s+(?:war|guerre|guerra))?\s+(?:each|apiece|chacune?|cada\s+un[oa]|"
                           r"de\s+chaque\s+(?:côté|camp|partie)|de\s+(?:cada|ambos)\s+(?:lados?|bandos?|partes?)|"
                           r"por\s+(?:cada\s+)?(?:lado|bando))(?![^\W\d_])")
# A price a share: "$38 per share", "41 Dollar je Aktie", "38 euros par action"
PER_SHARE_RE = lazy_regex(r"\s+(?:per|a|je|pro|par|por)\s+(?:share|Aktie|action|acción)\b", re.I)
PER_SHARE_BEFORE_RE = lazy_regex(r"\b(?:per|je|pro)[\s-](?:share|Aktie)\s+(?:[^\W\d_]+\s+){0,3}(?:[$€£]\s?)?$",
                                 re.I)
# A fine's sum: "a fine of", "fined", "eine Geldstrafe von", "une amende de", "una multa de"
FINE_AFTER_RE = lazy_regex(r"\s+(?:d['’]amende|de\s+multa|Geldstrafe|Geldbuße|in\s+fines)(?![^\W\d_])")
FINE_REACH = 60          # characters before a sum that its "fined" may stand: "fined tech company Orbital 2.9 billion"
FINE_BEFORE_RE = lazy_regex(r"\b(?:fine\s+of|fined(?:\s+[^\s\d]+){0,4}|"
                            r"(?:Geld|Kartell|Wettbewerbs|Rekord)?[sS]trafe\s+(?:in\s+Höhe\s+)?von|"
                            r"Geldbuße\s+(?:in\s+Höhe\s+)?von|amende\s+de|multa\s+de)\s+"
                            r"(?:(?:about|around|some|nearly|rund|etwa|more\s+than|mehr\s+als)\s+)?$",
                            re.I)


def bonus_told(text, start, begin, finish, end):
    """True when a sum at text[begin:finish] (in the clause start..end) is told as a bonus on top of a fee.

    >>> t = "85 Millionen Euro, dazu Bonuszahlungen von bis zu zehn Millionen; 80 million plus 5 million in add-ons"
    >>> words = ("85 Millionen", "bis zu", "80 million", "5 million")
    >>> [bonus_told(t, 0, t.index(w), t.index(w) + len(w), len(t)) for w in words]
    [False, True, False, True]
    """
    return bool(BONUS_BEFORE_RE.search(text, max(start, begin - BONUS_REACH), begin)
                or BONUS_AFTER_RE.match(text, finish, end))


BONUS_REACH = 40         # characters before a sum that its "bonus" may stand: "Bonuszahlungen in Höhe von bis zu"
BONUS_BEFORE_RE = lazy_regex(r"\b(?:Bonus\w*|Boni|Prämien|Erfolgsprämien|Nachzahlungen|add-ons?|bonus(?:es)?|"
                             r"incentives?|variables?)\s+(?:(?:von|of|worth|de|in\s+Höhe\s+von|of\s+up\s+to)\s+)?"
                             r"(?:(?:bis\s+zu|up\s+to|hasta|jusqu['’]à|rund|etwa|about|some)\s+)?$", re.I)
BONUS_AFTER_RE = lazy_regex(r"(?:\s+(?:euros?|dollars?|pounds?|Euro|Dollar|Pfund))?\s+(?:in|an|en)\s+"
                            r"(?:add-ons|bonuses|bonus\s+payments|Bonuszahlungen|Boni|variables)\b", re.I)
CURRENCIES = frozenset(("dollars", "euros", "pounds", "rubles", "yuan", "yen", "francs",
                        # (as unit_lemma gives them: "65 zlotys" and "62 Zloty" are one kind)
                        "zloty", "forint", "peso", "crowns", "kronor", "lira", "rand", "shekel", "dirham", "dinar",
                        "hryvnia", "won", "rupe", "rupi"))
# A German noun right before "über" and a sum: the sum it amounts to ("Hilfen über 1,8 Milliarden Euro"), not
# more than it (a sentence's first word is none: "Über 100 Menschen", "Insgesamt über 5 Millionen Euro")
NOUN_BEFORE_RE = lazy_regex(r"(?<![.!?:]\s)(?<=\s)[A-ZÄÖÜ][a-zäöüß]+\s+$")
# A turnout put at a count of no percent: a crowd's ("organisers put the turnout at 300,000"), no vote's
CROWD_TURNOUT_RE = lazy_regex(r"\s+(?:at|of)\s+(?:(?:about|around|some|nearly|more\s+than)\s+)?\d[\d,.]*\d"
                              r"(?![\d,.]*\s*(?:%|percent|per\s+cent))")
# A count of a crowd with no noun: "put the turnout at 35,000", "estimated the crowd at 25,000",
# "organisers said 60,000 took part"
CROWD_BEFORE_RE = lazy_regex(r"\b(?:(?:crowd|turnout|attendance|Teilnehmerzahl|Menge|foule|multitud)\s+"
                             r"(?:at|auf|à|en|of)|"
                             r"(?:sprachen|sprach|spricht|sprechen)\s+von)\s+"     # "die Veranstalter sprachen von 60.000"
                             r"(?:(?:about|around|some|nearly|rund|etwa|knapp|mehr\s+als|über)\s+)?$", re.I)
GAME_WORDS_RE = lazy_regex(r"\b(?:game|match|stadium|arena|final|Spiel|Stadion|Arena|Finale|Partie)\b")
CROWD_AFTER_RE = lazy_regex(r"\s+(?:took\s+part|participated|attended|marched|rallied|protested|demonstrated|watched|"
                            r"teilnahmen|nahmen\s+teil|demonstrierten|ont\s+manifesté|participaron)\b", re.I)
# Parts of words that make a count of people a crowd's (a protest's, a rally's, a festival's)
CROWD_CUES = ("rotest", "emonstr", "rally", "rallied", "march", "crowd", "turnout", "undgeb", "eilnehm", "eranstalt",
              "rgani", "anifest", "ersammel", "fans", "uschauer")
# Who counted a crowd: its police or its organisers (a clause names at most the nearer one)
COUNTED_BY_RE = lazy_regex(r"\b(?:(?P<police>Polizei|police|policía|gendarmerie)|"
                           r"(?P<organisers>Veranstalter\w*|Organisatoren|organi[sz]ers?|organisateurs?|"
                           r"organizadores?))\b", re.I)


def counted_by(cues, at):
    """Return (who, their word) for who counted the crowd of a count at offset at, or None.

    cues are a clause's COUNTED_BY_RE matches, in text order. Who counted is told before the
    count ("Police put the crowd at", "nach Angaben der Polizei") or, failing that, after it
    ("60,000 people rallied, according to organisers").

    >>> t = "Police put the crowd at 25,000, while organisers said 60,000 took part"
    >>> counted_by(list(COUNTED_BY_RE.finditer(t, 0, 30)), 24), counted_by(list(COUNTED_BY_RE.finditer(t, 32)), 52)
    (('police', 'Police'), ('organisers', 'organisers'))
    """
    i = bisect_left(cues, at, key=lambda m: m.start())
    m = cues[i - 1] if i else cues[i] if i < len(cues) else None
    return (m.lastgroup, m.group()) if m else None


NOT_AFTER_RE = lazy_regex(r"\s+(?:nicht|not|pas|no)\b")
OTHER_WORDS = frozenset("weitere weiteren andere anderen other others more further autres otros otras".split())
BARE_OTHERS = frozenset("others autres otros otras".split())    # "en a blessé deux autres"
STILL_WORDS = frozenset("still noch weiterhin".split())
HARMED = frozenset(("dead", "injured", "missing", "survivors"))   # counted by a participle alone: "sechs verletzt"
# English adjectives before what is counted, as the participles are ("12 unarmed protesters")
PLAIN_ADJECTIVES = frozenset("young elderly old armed".split())
# and an adjective by its ending: "four masked thieves", "18 political prisoners", "two toxic tankers"
ADJECTIVE_ENDS_EN = ("ed", "al", "ic", "ive", "ous")
NEXT_WORD_RE = lazy_regex(r"\s+([^\W\d_]{3,})")
DEFINITE_BEFORE_RE = lazy_regex(r"\b(?:the|die|der|den|les|los|las)\s+$", re.I)


DISTANCES = frozenset(("metres", "kilometres"))        # (feet and miles are read as these)
DIMENSION_REACH = 30     # characters before a distance's number and after its unit that tell what it measures
# Words that tell a distance is a length along the ground, or a height or a depth
LENGTH_CUES_RE = lazy_regex(r"(?<![^\W\d_])(?:lang|lange[rns]?|long|length|Länge|longueur|longitud|Abschnitts?|"
                            r"weit|far|distance|Entfernung|Strecke|range|Reichweite|flew|flog|flown|geflogen|"
                            r"section|stretch|tramo|tronçon)(?![^\W\d_])", re.I)
HEIGHT_CUES_RE = lazy_regex(r"(?<![^\W\d_])(?:tief|tiefe[rns]?|Tiefe|deep|depth|profondeur|profundidad|below|hoch|"
                            r"hohe[rns]?|high|height|Höhe|altitude|altura|tall|plunging|plunged|fell|fall|stürzten|"
                            r"stürzte|into\s+the\s+sky|in\s+den\s+Himmel|underground|unter\s+Tage)(?![^\W\d_])",
                            re.I)


def with_dimensions(text, span, quantities):
    """Return quantities with each distance of the clause span tagged with what it measures, where its words tell:
    "200 Meter langer Abschnitt" is a length, "45 Meter in die Tiefe" a height, and the two are not compared.

    >>> t = "Ein 200 Meter langer Abschnitt stürzte rund 45 Meter in die Tiefe, 3 Meter."
    >>> told = [("metres", 200.0, False, "200 Meter"), ("metres", 45.0, True, "rund 45 Meter"),
    ...         ("metres", 3.0, False, "3 Meter")]
    >>> [q[0] for q in with_dimensions(t, (0, len(t)), told)]
    ['metres@length', 'metres@height', 'metres']
    """
    out, at = [], span[0]
    for q in quantities:
        if q[0] in DISTANCES:
            pos = text.find(q[3], at, span[1])       # in text order: each is looked for after the one before
            if pos >= 0:
                at = pos + len(q[3])
                lo, hi = max(span[0], pos - DIMENSION_REACH), min(span[1], at + DIMENSION_REACH)
                lo = max(lo, text.rfind(",", lo, pos) + 1)          # a comma ends what the words tell of it
                comma = text.find(",", at, hi)
                dim = position_of(text, at, span[1]) or measure_dimension(text, lo, pos, at, hi if comma < 0 else comma)
                if dim:
                    q = (f"{q[0]}@{dim}",) + q[1:]
        out.append(q)
    return out


def placed_distance(text, start, end):
    """True when text[start:end] tells a distance in a direction or a height: "landed 250 km west of Hokkaido".

    >>> t = "Die Rakete erreichte eine Höhe von 6.100 Kilometern. Sie flog 20 Minuten."
    >>> placed_distance(t, 0, t.index("Sie")), placed_distance(t, t.index("Sie"), len(t))
    (True, False)
    """
    if not PLACED_CUE_RE.search(text, start, end):
        return False                      # "The island is about 940 miles south of Tehran": a place's, no happening's
    for m in DISTANCE_UNIT_RE.finditer(text, start, end):
        around = max(start, m.start() - DIMENSION_REACH), min(end, m.end() + DIMENSION_REACH)
        if DIRECTION_RE.match(text, m.end(), end) or HEIGHT_CUES_RE.search(text, *around):
            return True
    return False


# What a distance of a quake, a storm or a launch is told of: where it struck, centred or came down, how high
PLACED_CUE_RE = lazy_regex(r"epicent|epizent|épicentre|cent(?:er|re)d|struck|landed|fell|crashed|came\s+down|splashed|"
                           r"niedergegangen|eingeschlagen|stürzte|gestürzt|landete|gelandet|Einschlag|impact|Höhe|"
                           r"altitude|height|apogee|missile|rocket|Rakete|Geschoss|projectile|quake|[Bb]eben|storm|"
                           r"Sturm|hurricane|Hurrikan|typhoon|Taifun|séisme|tremblement|sismo|terremoto|cohete",
                           re.I)
DISTANCE_UNIT_RE = lazy_regex(r"\d\s*(?:km|kilomet(?:er|re)s?n?|Kilometern?|miles|Meilen|met(?:er|re)s?n?|Metern?|m)"
                              r"(?![^\W\d_])", re.I)


def position_of(text, unit_end, end):
    """Return where a distance told right before a compass direction places something ("position west of
    hokkaido"), or "" when no direction follows it: "250 km west of Hokkaido" and "200 Kilometer westlich von
    Hokkaido" are one position told two ways, and no length of anything.

    >>> t = "landete 200 Kilometer westlich der Insel Hokkaido, 30 km südwestlich"
    >>> position_of(t, t.index(" westlich"), len(t)), position_of(t, t.index(" süd"), len(t))
    ('position west of hokkaido', 'position south-west')
    >>> t = "about 250 km west of the island of Hokkaido"
    >>> position_of(t, t.index(" west"), len(t)), position_of(t, t.index(" of"), len(t))
    ('position west of hokkaido', '')
    >>> t = "a unos 30 km al sudeste de Agadir"
    >>> position_of(t, t.index(" al"), len(t))
    'position south-east of agadir'
    >>> t = "60 km off the coast of Aomori prefecture, rund 60 Kilometer vor der Küste der Präfektur Aomori"
    >>> position_of(t, t.index(" off"), len(t)), position_of(t, t.index(" vor"), len(t))
    ('position off aomori', 'position off aomori')

    """
    m = DIRECTION_RE.match(text, unit_end, end)
    if not m:
        return ""
    compass = "off" if m.group("off") else COMPASS_OF.get(fold(m.group("dir") or m.group("rdir")).replace("-", ""))
    if not compass:
        return ""
    stop = text.find(",", m.end(), end)
    place = next((w.group() for w in PLACE_WORD_RE.finditer(text, m.end(), min(end if stop < 0 else stop,
                                                                                 m.end() + POSITION_REACH))
                  if fold(w.group()) not in PLACE_KIND_WORDS), None)
    return f"position {compass}" + (f"{' ' if compass == 'off' else ' of '}{fold(place)}" if place else "")


# A compass direction right after a distance, as English, German, French and Spanish tell one
# ("west of", "westlich von", "à l'ouest de", "al oeste de")
DIRECTION_RE = lazy_regex(r"\)?\s+(?:(?:to\s+the\s+)?(?P<dir>(?:north|south)-?(?:east|west)|north|south|east|west|"
                          r"(?:nord|süd)?(?:öst|west)lich|nördlich|südlich)|(?:au|à\s+l['’]|al)\s+"
                          r"(?P<rdir>(?:nord|sud)-?(?:est|ouest)|nord|sud|est|ouest|nor(?:d?este|oeste)|"
                          r"su[rd](?:este|oeste)|norte|sur|este|oeste)"
                          # or out at sea from a coast: "60 km off the coast of Aomori", "vor der Küste der Präfektur"
                          r"|(?P<off>off(?:\s+the\s+coast(?:\s+of)?)?|vor\s+der\s+Küste|au\s+large|frente\s+a))"
                          r"(?![^\W\d_])", re.I)
COMPASS_OF = {w: c.replace("_", "-") for c, ws in (
    ("north", "north nordlich nord norte"), ("south", "south sudlich sud sur"), ("east", "east ostlich est este"),
    ("west", "west westlich ouest oeste"),
    ("north_east", "northeast nordostlich nordest noreste nordeste"), ("north_west", "northwest nordwestlich "
                                                                                     "nordouest noroeste"),
    ("south_east", "southeast sudostlich sudest sureste sudeste"),
    ("south_west", "southwest sudwestlich sudouest suroeste sudoeste"))
    for w in ws.split()}
PLACE_WORD_RE = lazy_regex(r"\b[A-ZÄÖÜÉ][^\W\d_]{2,}")
PLACE_KIND_WORDS = frozenset("the island city town coast capital province region insel stadt hauptstadt kuste "
                             "prefecture prafektur "
                             "provinz ile ville cote isla ciudad costa".split())
POSITION_REACH = 40      # characters after a direction that the place it is counted from is looked for in


def measure_dimension(text, lo, begin, unit_end, hi):
    """Return "length" or "height" when the words around a distance (text[lo:begin], text[unit_end:hi]) tell
    which it measures, else "": the nearest cue decides.

    >>> t = "Ein 200 Meter langer Abschnitt stürzte rund 45 Meter in die Tiefe."
    >>> measure_dimension(t, 0, 4, 13, 30), measure_dimension(t, 14, 44, 52, 66)
    ('length', 'height')
    """
    best = None
    for cues, dim in ((LENGTH_CUES_RE, "length"), (HEIGHT_CUES_RE, "height")):
        for m in cues.finditer(text, unit_end, hi):
            gap = m.start() - unit_end
            best = min(best or (gap, dim), (gap, dim))
            break
        for m in cues.finditer(text, lo, begin):
            gap = begin - m.end()
            best = min(best or (gap, dim), (gap, dim))
    return best[1] if best else ""


def told_of(text, start, at, quantity, language, names=()):
    """Return a share of the vote or a count of seats told of a party: its unit tagged with the party and
    its words from the party on ("AfD auf 29,2 Prozent"), or the quantity as it was when none is named.

    The party is the nearest name before at in its stretch of the clause (up to a comma, "and" ...): in
    English any capitalised word but a place, a month, a day or an owner ("Orvania's election"); in German,
    whose nouns are all capitalised, a party's letters only ("AfD", "SPD", "CDU/CSU"). A party told by its
    letters or its kind comes first; then a person of names ((start, end, label) in text order) in the stretch,
    or before the comma of a relative one ("Ivan Horvat, who took 35.3 percent"): a candidate's share.

    >>> t = "Die SPD kam auf 30,9 Prozent, die AfD auf 29,2 Prozent."
    >>> told_of(t, 0, t.index("auf 29"), ("share of the vote", 29.2, False, "auf 29,2 Prozent"), "de")
    ('share of the vote@AfD', 29.2, False, 'AfD auf 29,2 Prozent')
    >>> t = "She won 30.9%, ahead of Labour on 29.2% in Kent."
    >>> [told_of(t, 0, t.index(w), ("share of the vote", 1.0, False, w), "en")[0] for w in ("won", "on 29")]
    ['share of the vote', 'share of the vote@Labour']
    """
    lo = max(start, at - PARTY_REACH)
    for b in SEGMENT_BREAK_RE.finditer(text, lo, at):
        lo = b.end()
    party = None
    for w in reversed(list(PARTY_WORD_RE.finditer(text, lo, at))):
        name = w.group()
        if PLACE_BEFORE_RE.search(text, max(lo, w.start() - 7), w.start()) or OWNED_VOTE_RE.match(text, w.end()):
            # "won the election in Norkania with 31.2%", "Orvania's presidential election": a place, no party
            continue
        if PARTY_LETTERS_RE.fullmatch(name) or fold(name) in PARTY_KINDS or language == "en" \
                and fold(name) not in STOPWORDS["en"] and fold(name) not in NOT_PARTIES and fold(name) not in _PLACES \
                and fold(name) not in _MONTHS and fold(name) not in _WEEKDAYS:
            party = w
            break
    unit, value, approx, words = quantity
    if party and (PARTY_LETTERS_RE.fullmatch(party.group()) or fold(party.group()) in PARTY_KINDS) or not names:
        person = None
    else:
        person = next((n for n in reversed(names) if lo <= n[0] and n[1] <= at), None)
        if person is None and RELATIVE_WHO_RE.match(text, lo):     # (the relative clause may be all the span)
            comma = text.rfind(",", max(0, lo - 3), lo)
            person = next((n for n in reversed(names) if n[1] <= comma), None)
            person = person if person and comma >= 0 and not text[person[1]:comma].strip() else None
        elif person is None and SUBJECT_PRONOUN_RE.match(text, lo) and names and names[0][1] <= lo:
            # "Nawrocki hat die Stichwahl gewonnen. Er kam auf 51,9 Prozent": the one named first before
            return (f"{unit}@{names[0][2]}", value, approx, f"{words} ({names[0][2]})")
    if person:
        between = text[person[1]:at].split()      # "Ivan Horvat kam auf 33,5 Prozent", "Ivan Horvat, who took 35.3%"
        return (f"{unit}@{person[2]}", value, approx, " ".join(text[person[0]:at].split() + [words])
                if len(between) <= 2 and person[1] <= at else f"{words} ({person[2]})")
    if party:
        name = party.group()
        between = text[party.end():at].split()
        # a party told by its kind is one name in every language: "die Sozialdemokraten", "the Social Democrats"
        two = text[max(lo, party.start() - 10):party.start()].split()[-1:]
        tag = PARTY_KINDS.get(fold(" ".join(two + [name])), PARTY_KINDS.get(fold(name), name))
        return (f"{unit}@{tag}", value, approx, " ".join([name] + between + [words]) if len(between) <= 2
                else f"{words} ({name})")       # "AfD auf 29,2 Prozent"; far from it, "56% of the vote (Varnow)"
    return quantity


PARTY_REACH = 60                          # letters before a share its party may be named in
SUBJECT_PRONOUN_RE = lazy_regex(r"(?:Er|Sie|He|She|Il|Elle)\s")    # a clause's first word, of one person
PRONOUN_VERB_REACH = 60  # letters from a sentence's pronoun to the verb it does (twice that in German: a participle
#                          stands at the clause's end)
BOTH_RE = lazy_regex(r"(?:Die\s+beiden|Beide|The\s+two(?:\s+men|\s+women|\s+leaders)?|Both(?:\s+men|\s+leaders)?|"
                     r"Les\s+deux|Los\s+dos|"
                     # and after German's first word and verb: "Zuletzt hatten sich beide im Juni getroffen"
                     r"[^\W\d_]+\s+(?:hatten|haben|waren|sind|trafen)\s+(?:sich\s+)?(?:die\s+)?beiden?)\s")
# and German's after the verb that follows the sentence's first word: "Zuletzt war er im Juni in Pjöngjang"
PRONOUN_AFTER_VERB_DE_RE = lazy_regex(r"[^\W\d_]+\s+(?:war|ist|hat|hatte|wird|wurde|soll|will|traf|reiste|kam)\s+er\s")
OWNED_VOTE_RE = lazy_regex(r"['’]s\s+(?:(?:presidential|parliamentary|general|local|regional|state)\s+)?"
                           r"(?:election|vote|poll|referendum|run-?off)", re.I)
RELATIVE_WHO_RE = lazy_regex(r"\s*(?:who|der|die|welcher|welche|qui|quien|que)\s", re.I)
PLACE_BEFORE_RE = lazy_regex(r"\b(?:in|at|near|from)\s+$")
# Parties told by their kind, in German and English: each line a kind, then its words ("_" joins the two words
# of "Social Democrats", looked up with the word before the last)
PARTY_KINDS = {fold(w.replace("_", " ")): kind for kind, _, words in (line.partition(":") for line in """
social democrats: Sozialdemokraten Social_Democrats
christian democrats: Christdemokraten Christian_Democrats
democrats: Demokraten Democrats
greens: Grünen Grüne Greens
liberals: Liberalen Liberals
conservatives: Konservativen Konservative Conservatives Tories
left: Linke Linken
republicans: Republikaner Republicans""".strip().splitlines()) for w in words.split()}
# (and adverbs that open a sentence: "Almost 288 candidates are running for 125 seats")
NOT_PARTIES = frozenset("i he she it we you they his her its our their this that these those there almost nearly "
                        "about around some over more less only just all both each".split())
PARTY_WORD_RE = lazy_regex(r"(?<![\w/-])[A-ZÄÖÜ][\w/]*(?![\w/-])")
PARTY_LETTERS_RE = lazy_regex(r"[A-ZÄÖÜ][a-zäöü]?[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{0,3}(?:/[A-ZÄÖÜ]{2,4})?")


def told_number(doc, start, m):
    """Return (value, modifier match, words) of a match whose group "num" is a number; value None if it is none.

    The words are the match's with the modifier before it ("more than 120 mph"), not before start.
    """
    try:
        value = parse_number(m.group("num"), doc.language)
    except ValueError:
        return None, None, ""
    mod = modifier_before(doc.text, start, m.start())
    return value, mod, " ".join(doc.text[mod.start() if mod else m.start():m.end()].split())


# Counts told by a word of no number: the least each may be ("Hunderte": a hundred at least)
VAGUE_COUNTS = {"dutzende": 12, "hunderte": 100, "tausende": 1000, "zehntausende": 10000, "hunderttausende": 100000,
                "dozens": 12, "hundreds": 100, "thousands": 1000, "dizaines": 10, "centaines": 100, "milliers": 1000,
                "decenas": 10, "cientos": 100, "centenares": 100, "miles": 1000,
                "tens": 10}            # ("tens of thousands": ten times a thousand; "dizaines de milliers" so too)
MEASURE_NOUN_RE = lazy_regex(r"(?i:hours?|stunden|minut|sekunden|seconds|kilomet|meilen|miles|met(?:er|re)|jahrzehnt|"
                             r"decades|centuries|jahrhundert)")
# (plain searches, cheaper than one pattern that ignores case: a part of each, in both cases)
VAGUE_CUES = ("ausende", "underte", "utzende", "ousands", "undreds", "ozens", "izaines", "entaines", "illiers",
              "ecenas", "ientos", "entenares", "iles de")
VAGUE_COUNT_RE = lazy_regex(
    r"(?<![^\W\d_])(?:(?P<de>(?:Zehn|Hundert)?[Tt]ausende|Hunderte|Dutzende)\s+"
    r"|(?P<en>(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|hundreds|dozens)\s+of\s+"
    r"|(?P<fr>des\s+(?:dizaines\s+de\s+milliers|dizaines|centaines|milliers))\s+(?:de\s+|d['’])"
    r"|(?P<es>(?:decenas\s+de\s+)?miles|cientos|centenares|decenas)\s+de\s+)(?P<unit>[^\W\d_][\w-]*)", re.I)


def modifier_before(text, start, at):
    """Return the match of a modifier ("etwa", "more than") right before position at, not before start."""
    gap = at
    while gap > start and text[gap - 1].isspace():
        gap -= 1
    return MODIFIER_BEFORE_RE.search(text, max(start, gap - MOD_LETTERS), at) or (
        # (its first number is no count of its own, so it may lie before start: where the last count ended)
        RANGE_BEFORE_RE.search(text, max(0, gap - RANGE_LETTERS), at) if text.endswith(RANGE_LINKS, 0, gap)
        else None)


# A range's first number and its link, before its last: "zwischen 3.000 und 4.000 Menschen", "between 30 and 40"
# (its last number is the count, its words make it a range: see bound_of)
RANGE_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:zwischen|between|entre)\s+\d[\d.,]*(?:\s\d{3})*\s+(?:und|and|et|y)\s+$",
                             re.I)
RANGE_LETTERS = 40
RANGE_LINKS = (" und", " and", " et", " y")     # a range's link right before its last number: asked first


def has_sign(text, start, end):
    """True when text[start:end] holds a currency sign (most clauses do not: the money pattern is skipped)."""
    return any(text.find(c, start, end) >= 0 for c in "$€£")


def scale_of(word):
    """Return what a scale word multiplies by: Milliarde and billion 1e9, Million 1e6, thousand 1e3.

    >>> scale_of("Milliarden"), scale_of("Mio."), scale_of("bn"), scale_of(None), scale_of("Dutzend")
    (1000000000.0, 1000000.0, 1000000000.0, 1.0, 12.0)
    >>> scale_of("bln"), scale_of("mln")
    (1000000000.0, 1000000.0)
    """
    w = (word or "").lower()
    # "milliard" before "mill": a Milliarde is a thousand millions
    return 1e9 if w.startswith(("mrd", "milliard", "billion", "bn", "bln")) or w == "b" else \
        1e6 if w.startswith(("mill", "mio", "mln")) \
        or w in ("m", "mn", "mm") else 1e3 if w.startswith(("thousand", "tausend")) else \
        100.0 if w.startswith(("hundred", "hundert")) else 12.0 if w in ("dutzend", "dozen") else 1.0


def people_counted(before, after, unit, language):
    """Return 'dead' or 'injured' when a kill or injury word is next to a count of people, else unit.

    before and after are the (at most two and four) words on either side of the count, within its clause:
    the fourth tells only who are missing or trapped ("zwei Menschen gelten weiterhin als vermisst").

    >>> t = "It hit Lima, killing at least 42 people and injuring 300 people, while 12 people were hurt."
    >>> [q[:2] for q in find_quantities(Document("S1", "", "", "en", t, "", 0), 0, len(t))]
    [('dead', 42.0), ('injured', 300.0), ('injured', 12.0)]
    >>> t = "An explosion trapped 25 miners; 28 Bergleute wurden eingeschlossen"
    >>> [q[:2] for q in find_quantities(Document("S1", "", "", "en", t, "", 0), 0, len(t))]
    [('trapped', 25.0), ('trapped', 28.0)]
    >>> t = "29 Insassen überlebten, 32 Überlebende"
    >>> [q[:2] for q in find_quantities(Document("S1", "", "", "de", t, "", 0), 0, len(t))]
    [('survivors', 29.0), ('survivors', 32.0)]
    """
    told = " ".join(after).lower()
    if CRITICAL_RE.search(told):
        return "seriously injured"       # "three were in critical condition", "zwei schweben in Lebensgefahr"
    if "ums leben" in told or "das leben" in told and any(w.strip(".,;") in COST_DE for w in before + after[:4]):
        # "vier Menschen ums Leben gekommen", "10 Menschen kamen ums Leben", "kostete drei Menschen das Leben"
        return "dead"
    for w in after[:4]:
        kind = unit_lemma(w.strip(".,!?"))
        if kind in ("missing", "trapped"):
            return kind                  # "zwölf Menschen werden noch vermisst", "14 miners were trapped"
    if any(fold(w).startswith(SURVIVED_STARTS) for w in after[:2]):
        return "survivors"               # "29 Insassen überlebten", "29 people survived": not all aboard
    treated = next((i for i, w in enumerate(after[:2]) if w.lower() in TREATED_WORDS), None)
    if treated is not None and any(word_event(w.strip(".,!?").lower(), language) == "injure"
                                   for w in after[treated + 1:treated + 4]):
        return "injured"                 # "four were treated for minor injuries"
    if any(w.strip(".,!?") in HOSPITAL_WORDS for w in after[:5]) and \
            any(w.strip(".,!?") in TAKEN_WORDS for w in after[:5]):
        return "injured"                 # "Twelve passengers were taken to hospital", "ins Krankenhaus gebracht"
        #                                  (not "Twelve remain in hospital": of the injured, those still there)
    if language == "de" and any(w == "tot" and n.startswith(FOUND_DE) for w, n in zip(after[:4], after[1:5])):
        return "dead"                    # "zwei von ihnen konnten nur noch tot geborgen werden": beyond three words
    for word in before[::-1] + after[:3]:    # the nearest before, then after: "killing 42 people", "42 were killed"
        word = word.strip(".,!?")
        kind = COUNTED_AS.get(word_event(word if language == "de" else word.lower(), language))
        if kind:
            return kind
    if before and unit_lemma(before[-1].strip(".,!?")) == "trapped":
        return "trapped"                 # "an explosion trapped 25 miners underground"
    if language == "de" and after[:1] and after[0].rstrip(".,;!?") == "fest":
        return "arrested"                # "nahm zwölf Personen fest": a separable verb's particle
    return unit


FOUND_DE = ("geborgen", "aufgefunden", "gefunden", "entdeckt")     # found: "tot geborgen", as "found dead"
TREATED_WORDS = frozenset("treated hospitalized hospitalised behandelt".split())
CRITICAL_RE = lazy_regex(r"^(?:\S+\s+){0,2}?(?:in\s+(?:critical|serious|grave)\s+condition|in\s+(?:kritischem|"
                         r"ernstem)\s+zustand|in\s+lebensgefahr|en\s+estado\s+(?:crítico|grave))")
HOSPITAL_WORDS = frozenset("hospital hospitals hospitalized hospitalised Krankenhaus Krankenhäuser Klinik Kliniken "
                           "hôpital".split())     # (Spanish "hospital" is English's)
TAKEN_WORDS = frozenset("taken brought rushed airlifted flown admitted transported gebracht eingeliefert geflogen "
                        "transportiert transportés hospitalisés".split())
COUNTED_AS = {"kill": "dead", "die": "dead", "injure": "injured", "arrest": "arrested"}
# Classes of people a harm may befall some of: "drei Bewohner" of the dead are a part of them
SOME_PEOPLE = frozenset(("residents", "passengers", "soldiers", "crew", "police officers", "firefighters", "rescuers",
                         "students", "patients", "migrants", "women", "men", "journalists", "hostages", "prisoners",
                         "spectators", "refugees", "doctors"))
# Counts whose verb may tell what befell them: "Two miners were found dead" counts the dead
TOLD_BY_VERB = frozenset(("", "people", "miners", "workers", "children", "suspects"))
SURVIVED_STARTS = ("surviv", "uberleb", "sobreviv", "survec")
PLURALS_EN = set("people men women children police personnel staff crew troops dead wounded injured killed".split())
# Endings of English plural nouns for people ("workers", "officers", "activists"): "six construction
# workers" count workers. Not "men": "two women" among "three people" is no rival count.
PERSON_PLURAL_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents")


# English plural nouns of people that begin sentences before a verb of saying (besides person_noun's)
SAYING_PLURALS = frozenset("""
officials witnesses residents analysts experts authorities critics survivors relatives sources rebels militants
troops fans victims voters students leaders judges lawyers doctors diplomats scientists activists detectives
mourners visitors parents families colleagues friends neighbours neighbors executives employees members delegates
envoys medics nurses guards agents aides allies rivals spokesmen spokeswomen spokespeople staffers economists
paramedics villagers jurors police
""".split())


def plural_people(word):
    """True when an English word is a plural noun of people ("Officials", "Prosecutors"), no surname.

    >>> plural_people("Officials"), plural_people("Prosecutors"), plural_people("Lyons"), plural_people("Ross")
    (True, True, False, False)
    """
    w = word.lower()
    return w in SAYING_PLURALS or person_noun(w)


def person_noun(word):
    """True when an English plural noun names people by what they do (not a machine: "helicopters").

    >>> person_noun("workers"), person_noun("officers"), person_noun("trucks"), person_noun("helicopters")
    (True, True, False, False)
    """
    return word.endswith(PERSON_PLURAL_ENDINGS) and word[:-1].lower() not in NOT_PERSON_HEADS


def counted_noun(word, language):
    """True when a word after a number written out is a plural noun: 'three people', 'drei Menschen'.

    >>> counted_noun("bullets", "en"), counted_noun("other", "en"), counted_noun("Soldaten", "de")
    (True, False, True)
    """
    if language == "de":
        return word[:1].isupper()
    # (not a French or Spanish word of no noun's: "deux autres lors de l'attaque", "otros tres después")
    return word.lower() in PLURALS_EN or (word.endswith("s") and not word.endswith("ss")
                                          and word.lower() not in NOT_NOUNS_S)


NOT_NOUNS_S = STOPWORDS["fr"] | STOPWORDS["es"] | frozenset("lors après depuis pendant sous sans vers dans "
                                                           "después antes desde durante tras entonces".split())


def month_day(text, start, at, num):
    """True when the number num at text[at] is the day after a month name ("March 4"), not a count.

    >>> month_day("on March 4 killed", 0, 9, "4"), month_day("am 3. Juni 12 Soldaten", 0, 11, "12")
    (True, False)
    >>> month_day("In March, 14 people died", 0, 10, "14")
    False
    """
    before = text[max(start, at - 20):at].split()
    # (a comma after the month ends its phrase: "In March, 14 people died")
    return (num.isdigit() and len(num) <= 2 and int(num) <= 31 and bool(before) and not before[-1].endswith(",")
            and fold(before[-1]).rstrip(".") in _MONTHS
            and not (len(before) > 1 and before[-2].rstrip(".")[-2:].isdigit()))


# Counted nouns that name the same people in German and English, by their unit_lemma:
# "300 Menschen" and "500 Demonstranten" are two counts of one crowd, "12 Tote" and
# "12 dead" one count. Each class is narrow: the dead are not the injured.
UNIT_CLASSES = {lemma: name for name, lemmas in (
    ("people", "mensch person leut peopl individual teilnehm participant demonstrant protester demonstrator "
               "protestierend insass persona personn mourner trauergast trauernd dolient"),     # a funeral's crowd too
    # passengers are aboard without the crew: "62 Passagiere" and "67 people on board" may both be right
    ("passengers", "passenger passagier fahrgast fahrgaest pasajero passager reisend traveller traveler"),
    ("soldiers", "soldat soldier troop soldado militar militair"),     # "1.000 militares", "800 militaires"
    ("crew", "crew besatzungsmitglied besatzung seeleut seemann sailor seam seaman matros marin marinero tripulant"),
    ("dead", "tote todesopf menschenleb dead death killed getotet muerto mort"),     # "forderte vier Menschenleben"
    ("injured", "verletzt injured wounded herido bless"), ("seriously injured", "schwerverletzt"),
    ("missing", "vermisst missing disparu desaparecido desaparecida"),
    ("trapped", "eingeschloss eingeschlossen verschuttet trapped atrapado"),     # in a mine, under rubble
    ("survivors", "survivor uberlebend survivant sobrevivient supervivient uberlebt survived"),  # "vier überlebten"
    ("refugees", "fluchtling refuge"),
    ("agreements", "abkomm abkommen vereinbarung agreement deal accord vertrag treaty acuerdo tratado traite"),
    # a vote's tally: "275 stimmten dagegen", "257 against", "12 Gegenstimmen"; "fünf enthielten sich"
    ("votes against", "against dageg dagegen gegenstimm gegenstimme"),
    ("abstentions", "enthaltung enthielt abstention abstained abstain abstentions abstencion"),
    ("lawmakers", "abgeordnet parlamentari parlamentarier lawmak lawmaker legislator deputi deputy mps "
                  "depute deput diputado"),
    ("flights", "flug flight vuelo vol vols"),      # cancelled in a strike or a storm
    ("trains", "zug zuge train tren trenes"),
    # who came to help, and what was destroyed or fired, in either language
    ("firefighters", "feuerwehrleut feuerwehrmann feuerwehrmaenn firefighter bombero pompier"),
    ("rescuers", "einsatzkraft rettungskraft rescuer rett secouriste rescatista"),
    ("police officers", "polizist polizeibeamt policier beamt officer agent policia"),   # in a raid, a search
    # a country's people abroad: "zwölf thailändische Staatsbürger", "ten Thai nationals", "ressortissants"
    ("nationals", "staatsburg staatsangehorig national citizen ressortissant ciudadano"),
    # a business delegation's members: "rund 60 Unternehmensvertretern", "etwa 80 Managern", "60 business leaders"
    ("business leaders", "manager unternehmensvertret unternehmensvertreter wirtschaftsvertret wirtschaftsvertreter "
                         "unternehmer executiv executive businessm ceo ceos empresario ejecutivo "
                         "unternehmenschef firmenchef konzernchef"),
    ("doctors", "arzt doctor medecin medico"),
    # hit by a cyberattack or a strike: "14 Krankenhäusern", "12 hospitals", "12 hôpitaux"
    ("hospitals", "krankenhaus krankenhauser klinik hospital hopital hopitaux clinic clinica"),
    ("customers", "kund kundinn customer client"),      # whose data were stolen: "30 Millionen Kunden"
    ("diplomats", "diplomat diplomatico"),
    # aboard a crashed plane, among the dead: "15 foreigners", "14 Ausländer", "15 foreign nationals", "10 tourists"
    ("foreigners", "foreigner foreig ausland auslander etranger extranjero"),
    ("tourists", "tourist touriste turista urlaub urlauber"),
    ("members", "mitglied member memb membre miembro kopfig strong"),     # a delegation's: "45-köpfig", "45-strong"
    # ("homes" as written, not "home": "13 home runs"; and what police search: "42 Wohnungen", "44 Objekte")
    ("houses", "haus hous wohnhaus casa maison homes wohnung objekt"),
    ("buildings", "gebaud building edifici batiment"),
    ("households", "haushalt household foyer hogar"),      # left without power: "80.000 Haushalte", "80 000 foyers"
    ("vehicles", "fahrzeug vehicl vehicul vehiculo"),
    ("tonnes", "tonn tons tonelada"),
    ("missiles", "raket missil rocket misil"),
    ("drones", "drohn dron drone"),
    ("tanks", "panz tank"),
    ("suspects", "verdachtig tatverdachtig suspect sospechoso suspec"),
    # who did it, told of a robbery or an attack: "drei maskierte Täter", "four masked thieves"
    ("perpetrators", "tater perpetrator attacker angreif assailant gunm gunma thiev thief dieb robber raub "
                     "einbrech burglar voleur cambrioleur ladron agresor"),
    # what was stolen or found, told piece by piece: "acht Schmuckstücke", "nine pieces"
    ("pieces", "schmuckstuck juwel jewel piec bijou bijoux joya"),
    ("miners", "bergleut bergmann bergmaenn bergarbeit kumpel miner minero mineur"),
    # missing or found in the mountains: "zwei Bergsteiger", "two climbers", "trois alpinistes"
    ("climbers", "bergsteig kletter climber alpinist alpinista escalador grimpeur"),
    ("hikers", "wander hiker hillwalker walker randonneur senderista excursionista"),
    ("residents", "resident bewohn bewohner anwohn anwohner habitant vecino"),      # not Einwohner: a town's population
    ("cases", "fall case caso cas infektion infection neuinfektion infiziert infected erkrankung "   # of a disease
              "masernfall krankheitsfall verdachtsfall infektionsfall coronafall grippefall cholerafall"),
    ("workers", "arbeit worker beschaftigt mitarbeit employe angestellt staff travailleur trabajador salari salary"),
    ("hours", "stund hour heur hora"),    # how long a strike or a search lasts
    ("aftershocks", "nachbeb aftershock répliqu replica"),      # a quake's: "120 Nachbeben", "210 aftershocks"
    ("points", "punkt point punto"),      # a lead in a table: "nine points clear", "acht Punkte Vorsprung"
    ("seats", "sitz seat mandat escano sieges"),      # "sieges": French "sièges" (not German "Siege", wins)
    ("children", "kind childr child nino enfant"),
    ("provinces", "provinz provinc provincia"),    # where an emergency is declared, a vote counted
    ("states", "bundesland bundeslander stat estado"),     # a federation's: "sechs Bundesländer"
    ("cities", "stadt city vill ciudad"),     # under a heat alert: "18 Städte", "16 cities"
    ("villages", "dorf dorfer villag pueblo"),
    ("plants", "werk fabrik plant factori factory usine usin fabrica planta"),     # closed: "drei Werke", "two plants"
    ("countries", "land lander staat country nation pays pais mitgliedsstaat mitgliedstaat"),
    ("ships", "schiff ship vessel navire buque kriegsschiff warship"), ("boats", "boot boat bateau embarcacion lancha"),
    ("aircraft", "flugzeug aircraft avion kampfjet jets"), ("helicopters", "hubschraub helicopter helikopt"),
    ("patients", "patient paciente"), ("journalists", "journalist periodista"), ("migrants", "migrant migrante"),
    ("women", "frau wome femm mujer"), ("men", "mann men homm hombr"),
    # at school or university: "24 Schüler" and "25 students" count the same
    ("students", "schuler schulerin schulerinn schulkind student pupil schoolgirl schoolboy schoolchildr elev "
                 "alumno alumn estudiant etudiant"),
    ("hectares", "hektar hectar hectarea"), ("metres", "meter metr metro"),
    ("litres", "liter litr litro"),       # of rain a square metre: "490 Litern", "445 litres", "490 litros"
    ("kilometres", "km kilomet kilometer kilometr kilometro"),
    ("kilograms", "kg kilogramm kilogram kilo kilogramo"),
    ("jobs", "stell arbeitsplatz job emploi empleo puesto"),
    ("spectators", "zuschau zuschauer fans fan spectator spectateur espectador"),
    ("prisoners", "gefangen kriegsgefangen haftling inhaftiert prisoner detaine inmat prisonnier preso prisionero "
                  "detenu"),
    ("civilians", "zivilist civilian civil civile"),
    ("hostages", "geisel hostag otag rehen"),
    ("votes", "stimm vote voix voto"),
    ("dollars", "dollar usdollar dolar"), ("euros", "euro"), ("pounds", "pfund pound"),
    ("rubles", "rubel rubl roubl"), ("yuan", "yuan renminbi"), ("yen", "yen"), ("francs", "frank franc"),
    ("crowns", "kron crown corona couronn"),     # Swedish, Danish, Norwegian, Czech: the story tells which
    ("months", "monat month mois mes mese"),         # "held for 14 months", "retenus depuis quinze mois"
    ("carriages", "waggon carriag wagon vagon"),
    ("howitzers", "haubitz panzerhaubitz howitzer obusier obus"),      # ("sechs Panzerhaubitzen")
    ("schools", "schul school ecol escuela"),       # closed: "300 Schulen", "400 schools"
    ("gold medals", "goldmedaill gold"), ("silver medals", "silbermedaill silver"),     # "four gold medals"
    ("bronze medals", "bronzemedaill bronze"), ("medals", "medaill medal"),
    ("ministers", "minist minister ministr ministre ministro"),     # a cabinet's: "14 Minister", "13 ministers"
    ("containers", "contain container conteneur contenedor"),     # (German "Container" loses its "-er")
    ("paintings", "gemald painting tableau tableaux cuadro kunstwerk artwork"),      # stolen from a museum
) for lemma in lemmas.split()}


UNIT_CLASSES.update({"police officer": "police officers", "emergency worker": "rescuers",     # two English words
                     "self-propelled howitzer": "howitzers",
                     "gold medal": "gold medals", "silver medal": "silver medals", "bronze medal": "bronze medals",
                     "emergency responder": "rescuers", "rescue worker": "rescuers",
                     "business leader": "business leaders", "business executive": "business leaders",
                     "chief executiv": "business leaders"})
UNIT_CLASS_NAMES = frozenset(UNIT_CLASSES.values())
# Imperial units and what they are in metric ones (yards are a football field's: left alone)
IMPERIAL = {"feet": ("metres", 0.3048), "foot": ("metres", 0.3048), "mile": ("kilometres", 1.609344),
            "acre": ("hectares", 0.404686)}


SQUARE_UNIT_RE = lazy_regex(r"\s+(miles?|kilomet(?:re|er)s?|km)\b")
HECTARES_PER_SQUARE_MILE = 258.999


def unit_lemma(word):
    """Return a counted noun without plural ending, folded, or the class it is in.

    >>> unit_lemma("Soldaten"), unit_lemma("troops"), unit_lemma("Panzer"), unit_lemma("Demonstranten")
    ('soldiers', 'soldiers', 'tanks', 'people')
    >>> unit_lemma("US-Soldaten"), unit_lemma("US-Dollar")      # the thing counted is after the hyphen
    ('soldiers', 'dollars')
    >>> unit_lemma("Rubel"), unit_lemma("roubles"), unit_lemma("Franken"), unit_lemma("francs")
    ('rubles', 'rubles', 'francs', 'francs')
    >>> unit_lemma("Zuschauern"), unit_lemma("fans"), unit_lemma("Arbeitsplätze"), unit_lemma("jobs")
    ('spectators', 'spectators', 'jobs', 'jobs')
    >>> unit_lemma("Geiseln"), unit_lemma("hostages"), unit_lemma("otages"), unit_lemma("détenus")
    ('hostages', 'hostages', 'hostages', 'prisoners')
    >>> unit_lemma("Seeleute"), unit_lemma("sailors"), unit_lemma("crew members"), unit_lemma("Besatzungsmitglieder")
    ('crew', 'crew', 'crew', 'crew')
    >>> unit_lemma("Arbeiter"), unit_lemma("employees"), unit_lemma("Beschäftigte"), unit_lemma("Stunden")
    ('workers', 'workers', 'workers', 'hours')
    >>> unit_lemma("Hafenarbeiter"), unit_lemma("dock workers")     # which workers: not all of them
    ('hafenarbeit', 'dock worker')
    >>> unit_lemma("counties"), unit_lemma("county"), unit_lemma("salariés")
    ('county', 'county', 'workers')
    >>> unit_lemma("Anwohnern"), unit_lemma("residents"), unit_lemma("Einwohner")    # not a town's population
    ('residents', 'residents', 'einwohn')
    >>> unit_lemma("Schüler"), unit_lemma("Schülern"), unit_lemma("pupils"), unit_lemma("Schulen")
    ('students', 'students', 'students', 'schools')
    >>> unit_lemma("Dörfer"), unit_lemma("villages"), unit_lemma("Schiffe"), unit_lemma("vessels"), unit_lemma("planes")
    ('villages', 'villages', 'ships', 'ships', 'plan')
    >>> unit_lemma("Ländern"), unit_lemma("Staaten"), unit_lemma("countries"), unit_lemma("nations")
    ('countries', 'countries', 'countries', 'countries')
    >>> unit_lemma("Kronen"), unit_lemma("crowns"), unit_lemma("mois"), unit_lemma("meses"), unit_lemma("Waggons")
    ('crowns', 'crowns', 'months', 'months', 'carriages')
    >>> unit_lemma("Reisende"), unit_lemma("travellers"), unit_lemma("Passagiere")      # at an airport
    ('passengers', 'passengers', 'passengers')
    >>> unit_lemma("Krankenhäusern"), unit_lemma("hospitals"), unit_lemma("hôpitaux"), unit_lemma("Kunden")
    ('hospitals', 'hospitals', 'hospitals', 'customers')
    >>> unit_lemma("clientes"), unit_lemma("mourners"), unit_lemma("Trauergäste"), unit_lemma("diplomáticos")
    ('customers', 'people', 'people', 'diplomats')
    >>> unit_lemma("Teilnehmern"), unit_lemma("Teilnehmer"), unit_lemma("Tonnen"), unit_lemma("foyers")
    ('people', 'people', 'tonnes', 'households')
    >>> unit_lemma("Container"), unit_lemma("containers"), unit_lemma("conteneurs")
    ('containers', 'containers', 'containers')
    """
    head = word.rsplit("-", 1)[-1]
    f = fold(head if head[:1].isupper() else word)     # "US-Soldaten": a German noun after its hyphen
    if f.endswith((" members", " member")):
        f = f.split()[0]                  # "crew members", "staff members": the crew, the staff
    if f.endswith("ies") and len(f) >= 6 and f.isascii():
        f = f[:-3] + "y"                  # "counties" is a county, as "casualties" a casualty (not "counti")
    if f in UNIT_CLASSES:
        return UNIT_CLASSES[f]            # "Schüler" is a class as written: without "-er" it is "Schule"
    dative = f.endswith("ern") and f[:-3] in UNIT_CLASSES      # "Teilnehmern", as "Teilnehmer" is
    for ending in ("en", "er", "es", "e", "n", "s"):
        if f.endswith(ending) and len(f) - len(ending) >= 4:
            f = f[:-len(ending)]
            break
    return UNIT_CLASSES[f[:-2]] if dative and f not in UNIT_CLASSES else UNIT_CLASSES.get(f, f)


# ---- Linking across sources ----

class _UnionFind:
    """Disjoint sets over 0..n-1, smallest index as root (deterministic)."""

    def __init__(self, n):
        self.parent = list(range(n))

    def find(self, i):
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a, b):
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def double_given(ours, theirs):
    """True when a hyphenated given name of one side is the other's given and middle names ("Karl-Erik" /
    "Karl Erik"; German writes the hyphen, English often drops it).

    >>> double_given({"Karl-Erik"}, {"Karl", "Erik"}), double_given({"Karl"}, {"Karl-Erik"})
    (True, False)
    """
    for a, b in ((ours, theirs), (theirs, ours)):
        for g in a:
            parts = g.split("-")
            if len(parts) > 1 and all(any(same_name(x, y) for y in b) for x in parts):
                return True
    return False


def link_people(doc_people):
    """Return person Entities: DocPersons of different sources joined by name keys.

    People are blocked by the keys of their surnames (Korean and Chinese
    names by the whole name), so only names that can be the same are compared;
    two full names join when their given names agree too.
    """
    order = sorted(range(len(doc_people)), key=lambda i: (not doc_people[i].given, i))
    uf = _UnionFind(len(doc_people))
    # a middle name counts as given: "Tayyip Erdogan" is "Recep Tayyip Erdoğan"
    given_of = {i: ({p.given, *p.middle} if p.given else set()) for i, p in enumerate(doc_people)}
    size = defaultdict(lambda: 1)
    number_of = {}                       # root -> the ruler's number its names carry ("III")
    block = defaultdict(set)             # key -> roots of the clusters that carry it (kept small)
    for i in order:
        p = doc_people[i]
        keys = name_keys(whole_asian_name(p.surname)) if p.asian else name_keys(p.surname)
        if not p.asian and " " not in p.surname:
            # "Kim" alone may be the surname of a Korean name given in full elsewhere
            keys = keys + tuple("asian:" + k for k in name_keys(p.surname))
        ruler = not p.given and not p.asian and fold(p.surname) in REIGN_NAMES and \
            any(fold(m.detail) in RULER_ROLES for m in p.mentions)
        if ruler:
            keys = keys + (f"reign:{REIGN_NAMES[fold(p.surname)]}",)   # "Papst Franziskus", "Pope Francis"
        numbered = bool(p.given and REGNAL_RE.fullmatch(p.surname))
        if numbered and fold(p.given) in REIGN_NAMES:      # "Charles III" is the "King Charles" of another source
            keys = keys + (f"reign:{REIGN_NAMES[fold(p.given)]}",)
        roots = set()
        for k in keys:
            block[k] = {uf.find(j) for j in block[k]}
            roots |= block[k]
        roots = sorted(roots)
        if p.asian:
            for k in name_keys(p.surname.split()[0]):
                block["asian:" + k].add(i)
        # (not "Charles II" and "Charles III": two kings)
        compatible = [r for r in roots if not (numbered and number_of.get(r, p.surname) != p.surname)] if numbered \
            else roots
        compatible = [r for r in compatible if not p.given or not given_of[r]
                      or any(same_name(p.given, g) or compatible_initial(p.given, g)
                             or same_reign_name(p.given, g, p.surname) for g in given_of[r])
                      or any(same_name(m, g) for m in p.middle for g in given_of[r])
                      or double_given({p.given, *p.middle}, given_of[r])]
        if not p.given and len(compatible) > 1:
            # a lone surname that several full names share goes with the most named of them
            compatible = [max(compatible, key=lambda r: (size[r], -r))]
        if not p.given and not compatible and not p.asian and not ruler:
            # no surname like it: a lone given name ("Dario") is the one full name it begins
            firsts = {uf.find(j) for k in keys for j in block.get("given:" + k, ())}
            compatible = sorted(firsts) if len(firsts) == 1 else []
        elif p.given and not p.asian:
            for k in name_keys(p.given):
                block["given:" + k].add(i)
        if numbered:
            number_of[i] = p.surname
        for r in compatible:
            merged = given_of[uf.find(r)] | given_of[uf.find(i)]
            total = size[uf.find(r)] + size[uf.find(i)]
            number = number_of.get(uf.find(r)) or number_of.get(uf.find(i))
            uf.union(r, i)
            given_of[uf.find(i)] = merged
            size[uf.find(i)] = total
            if number:
                number_of[uf.find(i)] = number
        for k in keys:
            if not k.startswith("asian:"):
                block[k].add(uf.find(i))
    groups = defaultdict(list)
    for i in range(len(doc_people)):
        groups[uf.find(i)].append(doc_people[i])
    return tuple(person_entity(members) for _, members in sorted(groups.items()))


def whole_asian_name(name):
    """Return a Korean or Chinese name as one word, its surname spelt as KOREAN_SURNAMES has it.

    >>> whole_asian_name("Park Song-il"), whole_asian_name("Pak Song Il"), whole_asian_name("Xi Jinping")
    ('pakSong-il', 'pakSongIl', 'XiJinping')
    """
    first, _, rest = name.partition(" ")
    return KOREAN_SURNAMES.get(fold(first), first) + rest.replace(" ", "")


def compatible_initial(a, b):
    """True when one given name is the initial of the other ('J.' and 'John')."""
    a, b = a.rstrip("."), b.rstrip(".")
    return (len(a) == 1 or len(b) == 1) and a[:1].upper() == b[:1].upper()


def person_entity(members):
    """Return the Entity of DocPersons judged to be one person."""
    mentions = tuple(m for p in members for m in p.mentions)
    forms = Counter(m.text for m in mentions)
    sources = Counter(f for f, _ in {(m.text, m.doc) for m in mentions})
    # a full name, as most sources write it ("Esther Williams-Esther Williams" in one headline is not it)
    label = max(forms, key=lambda f: (len(f.split()) > 1, sources[f], forms[f], len(f.split()),
                                      -mentions_index(mentions, f)))
    return Entity("person", "person:" + "/".join(name_keys(label.split()[-1])[:1]) + ":" + fold(label),
                  label, tuple(sorted(mentions, key=lambda m: (doc_order(m.doc), m.start))))


def mentions_index(mentions, form):
    """Return the position of the first mention written as form."""
    return next(i for i, m in enumerate(mentions) if m.text == form)


def link_dates(date_mentions):
    """Return date and time Entities: mentions grouped by value across sources.

    A value without a year (XXXX-06) joins the one value with a year that
    agrees with it (2024-06), and a bare weekday the one full date that falls
    on it, when there is exactly one. A time of day ("Friday night") is an
    entity of kind "time", linked the same way among times of its part of day.
    """
    by_value = defaultdict(list)
    for m in date_mentions:
        # "yesterday" in two articles is two days unless their own dates are known
        by_value[m.key + ("@" + m.doc if m.key.startswith(("REF", "PRESENT_REF")) or m.key == "XXXX" else "")].append(m)
    full_days = [v for v in by_value if ISO_DAY_RE.fullmatch(day_of(v))]    # never merged away: found once
    for value in sorted(by_value):
        day = day_of(value)
        if day.startswith("XXXX-WXX-"):
            # "Saturday" in one source, "Saturday, December 13, 2008" in another
            part = value[len(day):]           # a Friday night joins the night of that Friday
            fits = [v for v in full_days if v[len(day_of(v)):] == part and weekday_of(v) == int(day[-1])]
        elif value.startswith("XXXX-") and len(value) > 5:
            fits = [v for v in by_value if v != value and v[:4].isdigit() and v[4:] == value[4:]]
        else:
            continue
        if len(fits) == 1:
            by_value[fits[0]].extend(by_value.pop(value))
    # a time of day that only one source tells is still that source's telling of its day:
    # "am Freitagvormittag" and another's "on Friday" are one date
    for value in [v for v in by_value if TIME_PART_RE.search(v) and day_of(v) in by_value]:
        if len({m.doc for m in by_value[value]}) == 1:
            by_value[day_of(value)].extend(by_value.pop(value))
    kind = lambda value: "time" if TIME_PART_RE.search(value.split("@")[0]) else "date"
    return tuple(Entity(kind(value), kind(value) + ":" + value, date_label(value.split("@")[0]),
                        tuple(sorted(ms, key=lambda m: (int(m.doc[1:]), m.start))))
                 for value, ms in sorted(by_value.items()))


def date_label(value):
    """Return a date value in words.

    >>> date_label("XXXX-06"), date_label("2024-09-13"), date_label("XXXX-WXX-5")
    ('June (year not given)', '13 September 2024', 'a Friday')
    >>> date_label("XXXX-WXX-5TNI"), date_label("2024-09-13TEV"), date_label("2025-W10-WE")
    ('a Friday night', 'evening of 13 September 2024', 'the weekend of 8 March 2025')
    """
    day = day_of(value)
    if day != value:
        label, part = date_label(day), DAY_PART_WORDS[value[-2:]]
        return f"{label} {part}" if label.startswith("a ") else f"{part} of {label}"
    months = "January February March April May June July August September October November December".split()
    m = re.fullmatch(r"(\d{4}|XXXX)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if m:
        y, mo, d = m.groups()
        year = "" if y == "XXXX" else y
        if d:
            return f"{int(d)} {months[int(mo) - 1]}" + (f" {year}" if year else " (year not given)")
        if mo:
            return months[int(mo) - 1] + (f" {year}" if year else " (year not given)")
        return year or "this year (year not given)"
    m = re.fullmatch(r"XXXX-WXX-(\d)", value)
    if m:
        return "a " + WEEKDAY_LABEL[int(m.group(1))]
    m = re.fullmatch(r"(\d{4})-W(\d\d)", value)
    if m:
        return f"week {int(m.group(2))} of {m.group(1)}"
    m = re.fullmatch(r"(\d{4})-W(\d\d)-WE", value)
    if m:
        saturday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6)
        return "the weekend of " + date_label(saturday.isoformat())
    m = re.fullmatch(r"(\d{4}|XXXX)-Q([1-4])", value)
    if m:
        return f"the {'first second third fourth'.split()[int(m.group(2)) - 1]} quarter" + (
            "" if m.group(1) == "XXXX" else " of " + m.group(1))
    m = re.fullmatch(r"(\d{4}|XXXX)-H([12])", value)
    if m:
        return ("the first half" if m.group(2) == "1" else "the second half") + (
            "" if m.group(1) == "XXXX" else " of " + m.group(1))
    m = re.fullmatch(r"(\d{4}|XXXX)-(SP|SU|FA|WI)", value)
    if m:
        season = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[m.group(2)]
        return season + ("" if m.group(1) == "XXXX" else " " + m.group(1))
    if re.fullmatch(r"\d\d\dX", value):
        return f"the {value[:3]}0s"
    relative = {"PRESENT_REF": "the day of the article", "REF-1D": "the day before the article",
                "REF-2D": "two days before the article", "REF+1D": "the day after the article",
                "REF-WEEK": "the article's week", "REF-1W": "the week before the article",
                "REF-MONTH": "the article's month", "REF-1M": "the month before the article",
                "REF-1Y": "the year before the article", "REF+1Y": "the year after the article",
                "REF-1WE": "the weekend before the article", "REF-WEEKEND": "the article's weekend",
                "REF+1WE": "the weekend after the article"}
    return relative.get(value, value + " (relative to the article)")


@sent_as_values
@dataclass(frozen=True, slots=True)
class DocEvent:
    """One happening as one source tells it: its words, who, when, where, how many."""
    doc: str
    family: str
    mentions: tuple
    people: tuple          # person entity keys
    dates: tuple           # date Mentions in its sentences
    places: tuple          # (shown, words, is_city)
    quantities: tuple      # (unit, value, approximate, words)
    stances: tuple         # (stance, words)
    hosts: tuple = ()      # (person key, words): who received the visitor
    names: tuple = ()      # (name, words): what an agreement is called
    language: str = ""     # the source's language: its words cannot share stems with another language's
    unnamed: bool = False  # a pronoun tells who did it: "unterzeichnete er", "he signed" (someone not named)
    earlier: bool = False  # told as the last time before ("Zuletzt war er Mitte Juli dort", "last visited in 1978")


def build_doc_events(doc, sentences, event_words, people_at, dates_at, person_mentions=(), speakers_at=None,
                     known_places=frozenset(), voices_at=None):
    """Return the DocEvents of one document: its event words grouped by happening.

    A word joins the latest group of its family that shares a person or a
    date with it, else the latest that nothing sets apart (another date, or
    each naming someone the other does not, who is not only the one who tells of it: voices_at,
    {sentence: people named as they speak}).
    """
    # [family, mentions, people set, date values set, last sentence, rough values, reach, news, its people that
    # act: not only speak, a time before this one (or since), told as the last time before]
    groups = []
    of_family = defaultdict(list)        # family -> its groups, oldest first
    # keyed by id(): a Mention's own hash goes through all its fields, for every event word
    clause_dates = {}                    # id(event mention) -> the date mentions of its clause
    clause_at = {}                       # id(event mention) -> (start, end) of its clause
    breaks_in = {}                       # sentence -> its clause breaks, found once
    persons_in = defaultdict(list)
    for p in person_mentions:
        persons_in[p.sentence].append(p)
    in_order = {}                        # id(a sentence's mentions) -> (them in text order, their starts)
    said_in = {}                         # sentence -> ids of its dates that date no happening (aside_dates)
    fronted_in = {}                      # sentence -> (start, verb) of its fronted "Nach dem …" clause, or None
    attributed_in = {}                   # sentence -> {id(date): the participle whose own it is} (attributed_dates)
    lead = lead_end(doc.text, sentences, dates_at)
    verdicts = {}                        # sentence -> does it tell a verdict, a charge or an arrest (asked once)

    def verdict_told(si):
        if si not in verdicts:
            a, b = sentences[si]
            verdicts[si] = any(w.key in VERDICT_FAMILIES
                               for w in islice(event_words, bisect_left(starts, a), bisect_left(starts, b)))
        return verdicts[si]
    embedded_in = {}                     # sentence -> its relative clauses between commas (embedded_clauses)
    reason_in = {}                       # sentence -> where its first deed given as a reason is told ("for killing")
    starts = [m.start for m in event_words]
    sentence_starts = [a for a, _ in sentences]

    def near(items, cs, ce, at):
        """The items that start in [cs, ce); at most MAX_IN_CLAUSE of them, those nearest to at."""
        if len(items) <= MAX_IN_CLAUSE:  # nearly always: filtered as they come
            return [x for x in items if cs <= x.start < ce]
        if id(items) not in in_order:    # only crafted text has more: in text order, by position
            ordered = sorted(items, key=lambda x: x.start)
            in_order[id(items)] = ordered, [x.start for x in ordered]
        items, starts = in_order[id(items)]
        lo, hi = bisect_left(starts, cs), bisect_left(starts, ce)
        if hi - lo > MAX_IN_CLAUSE:      # keep the nearest
            lo = min(max(lo, bisect_left(starts, at, lo, hi) - MAX_IN_CLAUSE // 2), hi - MAX_IN_CLAUSE)
            hi = lo + MAX_IN_CLAUSE
        return items[lo:hi]

    def named_first(si):
        """The person sentence si names first, or None: the one a pronoun opening the next sentence is."""
        return min(persons_in[si], key=attrgetter("start")) if persons_in.get(si) else None

    text = doc.text
    # "Tissot, founded in 1853, will cut 150 jobs", "der 1835 gegründete Hersteller": the year is the founding's
    # alone (most articles tell no founding: nothing looked for)
    year_of = {id(d): w for w in event_words if w.key in YEAR_FAMILIES
               for d in dates_at.get(w.sentence, ()) if told_year(text, w, d)}
    closing = completion_dates(text, dates_at, event_words)     # most articles tell of no deal: nothing looked for
    for m in event_words:
        fam = SUPER_FAMILY.get(m.key, m.key)
        if m.text.lower() in DECISION_NOUNS and fam in ("decide", "w:rul", "sentence") and any(
                g[0] == "ruling" and m.sentence - g[4] <= ANAPHOR_REACH for g in groups) and not (
                fam == "sentence" and of_family.get("sentence")):
            # "Hagen sagte, er akzeptiere die Entscheidung": the court's, told just before (a trial's "Urteil"
            # after its sentence is the sentence's)
            fam = "ruling"
        mishap = fam == "crash" and m.text in MISHAP_WORDS
        if fam == "anaphor" or mishap:    # "Die Tat", "the incident", "das Unglück": what was told just before
            recent = [g[0] for g in reversed(groups) if m.sentence - g[4] <= ANAPHOR_REACH]
            if mishap:                    # "Das Unglück" after "der Einsturz": that mishap, else an accident
                fam = next((f for f in recent if f in MISHAP_FAMILIES), fam)
            else:                         # the deed, else its harm
                fam = next((f for f in recent if f in ANAPHOR_FAMILIES), None) or \
                    next((f for f in recent if f in HARM_FAMILIES), "")
            if not fam:
                continue
        si = m.sentence
        allowed = people_at.get(si, ())
        if fam == "say" and speakers_at:          # who says it is the party to a saying
            allowed = set(allowed) | speakers_at.get(si, set())
        sentence = sentences[si]
        breaks = breaks_in.get(si)
        if breaks is None:
            breaks = breaks_in[si] = clause_breaks(text, sentence)
        cs, ce = clause_of(sentence, breaks, m.start) if breaks else sentence
        # "die Vereinbarungen, die Putin und Kim trafen": a noun's relative clause; not a German verb's
        # ("im vierten Wahlgang gewählt, der am Mittwoch begann": the clause is the Wahlgang's)
        if breaks and (doc.language != "de" or m.text[:1].isupper()) and RELATIVE_AFTER_RE.match(text, m.end):
            ce = clause_of(sentence, breaks, ce + 2)[1]
        inner = None                     # a relative clause within this one, told of its subject
        if breaks:
            if si not in embedded_in:
                embedded_in[si] = embedded_clauses(text, sentence, breaks)
            if cs in embedded_in[si]:    # its clause is a relative one between commas, or goes on after it
                a, b, c = embedded_in[si][cs]
                if m.start < c:          # "X, who took over in January, said": its clause ends at its comma
                    ce = min(ce, c)
                else:                    # the main clause, around it
                    cs, inner = clause_of(sentence, breaks, a)[0], (b, c)
        clause_at[id(m)] = cs, ce
        if inner is None and cs > sentence[0] and RELATIVE_START_RE.match(text, cs):
            # "5.000 Soldaten, die Pjöngjang geschickt habe": the clause before holds what the relative one is about
            clause_at[id(m)] = clause_of(sentence, breaks, cs - 2)[0], ce
        persons = persons_in.get(si) if allowed else None     # none allowed in the sentence: none looked for
        ppl = {p.key for p in near(persons, cs, ce, m.start) if p.key in allowed
               and not (inner and inner[0] <= p.start < inner[1])} if persons else set()
        if persons and cs > sentence[0] and RELATIVE_START_RE.match(text, cs):
            # "Hastings, who was convicted in October,": a relative clause tells of the name before its comma
            comma = text.rfind(",", max(sentence[0], cs - 4), cs)
            ppl |= {p.key for p in persons if p.end == comma and p.key in allowed}
        if not ppl and si and cs == sentence[0] and m.text[:1].islower() \
                and m.start - cs <= PRONOUN_VERB_REACH * (1 + (doc.language == "de")) \
                and persons_in.get(si - 1):
            if SUBJECT_PRONOUN_RE.match(text, cs) or (doc.language == "de"
                                                      and PRONOUN_AFTER_VERB_DE_RE.match(text, cs)):
                # "… appointed Martins Kazaks. He will take office on March 1": the one the sentence before names
                # first is the pronoun's, and it does what its verb tells (not "Er brachte … im Einklang mit der
                # Vereinbarung" zum Ausdruck: a noun further on, which others may have made)
                ppl = {named_first(si - 1).key} & set(people_at.get(si - 1, ()))
            elif BOTH_RE.match(text, cs):
                # "Lawrow traf Wang Yi. Die beiden hatten sich zuletzt im September gesehen": both of them
                ppl = {p.key for p in persons_in[si - 1]} & set(people_at.get(si - 1, ()))
        # "Minister X said thieves stole …", "Prosecutor Y said nine pieces were stolen": one theft, though
        # each sentence names another; who only tells of it sets no two happenings apart
        acting = ppl - voices_at.get(si, set()) if voices_at else ppl
        dates_here = dates_at.get(si)
        # "am Mittwoch wegen Mordes verurteilt", "sentenced on Wednesday for killing two people last
        # October": a deed given as the reason was done before; only the dates after it are its own
        ds, de = cs, ce
        if dates_here and fam in DEED_FAMILIES:
            reason = REASON_BEFORE_RE.search(text, max(cs, m.start - 40), m.start)
            if reason and si not in reason_in:
                reason_in[si] = reason.start()
            if reason or cs <= reason_in.get(si, ce) < m.start:   # "for murdering four by setting fire"
                ds = m.start
        elif dates_here and m.text.islower() and CHARGE_OF_RE.search(text, max(cs, m.start - 40), m.start):
            # any deed a charge names: "charged on Tuesday with two counts of driving under the influence"
            ds = m.start
        elif dates_here and fam in VERDICT_FAMILIES:
            # "sentenced on Friday for murdering four people in April 2025": the deed's dates are not the verdict's
            lo = bisect_right(starts, m.start)
            for w in islice(event_words, lo, lo + MAX_REASON_WORDS):
                if w.start >= ce:
                    break
                if SUPER_FAMILY.get(w.key, w.key) in DEED_FAMILIES or w.key == "anaphor":    # ("for the incident")
                    reason = REASON_BEFORE_RE.search(text, max(m.end, w.start - 40), w.start)
                    if reason:
                        de = reason.start()
                        break
        if dates_here:
            # "freed on Wednesday all 31 miners … after a tunnel collapsed": what "after" opens happened
            # before the clause's day; only the dates from "after" on are its own
            # (a span that ends in it is its own: "two weeks after a blast")
            opened = AFTER_OPENS_RE.search(text, max(ds, m.start - 40), m.start) or (
                # and a relative clause's verb has no day of the clause it tells of: "condemned on Friday an
                # air raid that killed 23 people on Wednesday"
                m.text.islower() and RELATIVE_VERB_BEFORE_RE.search(text, max(ds, m.start - 30), m.start)) or (
                # and what a stance is taken on: "The UN on Friday condemned an air raid": not Friday's
                fam not in STANCE_FAMILIES and STANCE_BEFORE_RE.search(text, max(ds, m.start - 40), m.start))
            if opened:
                span = last_before(dates_here, opened.start())
                ds = span.start if span and opened.start() < span.end else opened.start()
        if dates_here and doc.language == "de" and len(dates_here) > 1:
            # and the main clause's words have not those dates: "Nach dem Messerangriff … am Samstag hat die
            # Polizei am Montag einen 23-Jährigen festgenommen" (the arrest's Monday alone)
            if si not in fronted_in:      # (where it opens and its verb: read once a sentence)
                fronted = FRONTED_AFTER_DE_RE.search(text, sentence[0], min(sentence[1], sentence[0] + FRONTED_REACH))
                verb = fronted and FINITE_AUX_DE_RE.search(text, fronted.end(), sentence[1])
                fronted_in[si] = (fronted.start(), verb.start()) if verb else None
            if fronted_in[si] and fronted_in[si][1] < m.start:
                a, b = fronted_in[si]
                dates_here = [d for d in dates_here if not a <= d.start < b] or dates_here
        if dates_here and doc.language == "de" and m.text[:1].isupper() \
                and AFTER_NOUN_DE_RE.search(text, max(cs, m.start - 30), m.start):
            # "Nach dem Messerangriff am Bahnhof hat die Polizei am Donnerstag …": the noun's own dates are
            # those before the main clause's verb ("Nach der Entlassung … am Mittwoch, dem 6. November, ist …")
            verb = FINITE_AUX_DE_RE.search(text, m.end, de)
            ds, de = m.start, verb.start() if verb else de
        elif dates_here and (doc.language != "de" or m.text[:1].isupper() and m.text != "Ufer") and (
                # (no topic: "über die Ufer getreten", a river that flooded)
                TOPIC_BEFORE_RE.search(text, max(cs, m.start - 30), m.start)
                or APPEALED_BEFORE_RE.search(text, max(cs, m.start - 60), m.start)):
            # "Im Prozess um den tödlichen Brand ist der Angeklagte am Donnerstag verurteilt worden": a
            # topic's own date follows it closely ("der Streit um den Brand vom 3. März")
            ds, de = m.start, min(de, m.end + TOPIC_REACH)
        if dates_here and doc.language == "de":
            # "X habe das Feuer gelegt, sagte Richter Y bei der Urteilsverkündung am Donnerstag": what
            # follows the comma of a saying is the saying's, not the day of what it reports
            said = SAID_CLAUSE_DE_RE.search(text, m.end, de)
            if said:
                de = said.start()
        if dates_here:                   # "drei Tage nachdem die Maas über die Ufer getreten war": the span that
            #                              leads the clause in is its own
            ds = min([d.start for d in dates_here if d.start < cs <= d.end + 1
                      and d.context.startswith(COUNTED_FROM)], default=ds)
        dates_here = near(dates_here, ds, de, m.start) if dates_here else ()
        if dates_here and fam == "elect" and any(w.key == "announce" for w in islice(
                event_words, bisect_left(starts, cs), bisect_left(starts, ce))):
            # "hatte die Neuwahl im September angekündigt", "called the snap election in early October": the day
            # is the calling's, the election's only one it is set for ("für den 17. März")
            dates_here = [d for d in dates_here if m.end < d.start <= m.end + SET_FOR_REACH
                          and SET_FOR_RE.fullmatch(text, m.end, d.start)]
        if dates_here and len(dates_here) > 1:
            # "hat am Donnerstag das Parlament aufgelöst und eine Neuwahl für den 17. März angesetzt": the day a
            # happening is set for is its own ("a snap election for March 10")
            own = [d for d in dates_here if m.end < d.start <= m.end + SET_FOR_REACH
                   and SET_FOR_RE.fullmatch(text, m.end, d.start)]
            for d in sorted(dates_here, key=attrgetter("start")) if own else ():
                if d.start > own[-1].end and OR_DAY_RE.fullmatch(text, own[-1].end, d.start):
                    own.append(d)         # "a release likely for late 2009 or early 2010": both
            dates_here = own or dates_here
        if dates_here and doc.language == "de" and BY_BEFORE_DE_RE.search(text, max(cs, m.start - 12), m.start) \
                and BY_PARTICIPLE_DE_RE.match(text, m.end):
            dates_here = ()               # "besuchte am Mittwoch das vom Hochwasser betroffene Lüttich": an
            #                               attribute of the place, not dated by the visit
        if dates_here and inner:
            dates_here = [d for d in dates_here if not inner[0] <= d.start < inner[1]]
        if dates_here and fam != "say":    # "killed 16, officials said on Thursday": the saying's day
            if si not in said_in:
                said_in[si] = aside_dates(text, dates_at.get(si), starts)
            if said_in[si]:
                kept = [d for d in dates_here if id(d) not in said_in[si]]
                if not kept and fam == "announce":
                    # "…, a annoncé vendredi le président": the saying is the announcement, its day its own
                    kept = [d for d in dates_here if d.start >= m.end and BARE_GAP_RE.fullmatch(text, m.end, d.start)]
                if not kept and fam in ANNOUNCED_FAMILIES:
                    # "Halvorsen said on Monday it had agreed to buy Vennix": a company's own decision is
                    # news the day it tells it, when the clause gives no other day
                    # (close after it, not denied: "said Tuesday that the city had not purchased it" is no purchase)
                    kept = [d for d in dates_here if d.start < m.start
                            and SAID_DATE_RE.search(text, max(sentence[0], d.start - 60), d.start)
                            and TOLD_DECISION_RE.fullmatch(text, d.end, m.start)]
                dates_here = kept
        elif dates_here:                   # a saying's day is not that of what was said: no event word is
            # between them ("told the Times on Friday"; not "said he bought the rifle in March")
            after = bisect_left(starts, m.end)
            dates_here = [d for d in dates_here if d.start < m.start or bisect_left(starts, d.start) == after]
        if cs > sentence[0] and (WHEN_START_RE.match(text, cs) or WHICH_START_RE.match(text, cs)) and dates_at.get(si):
            # "trapped since Sunday, when part of a tunnel collapsed": the day the comma follows is the clause's
            told = last_before(dates_at[si], cs)
            if told and cs - 4 <= told.end < cs and not text[told.end:cs].strip(", "):
                dates_here = [d for d in dates_here or () if d.start >= cs] + [told]
        if dates_here and any(d.context.startswith(COUNTED_FROM) for d in dates_here):
            # "signed it on Thursday, four days after the deadline": the span dates what follows it
            # and what follows it is dated by the span alone, not by the day the span is counted from
            after = max((d.start for d in dates_here if d.context.startswith(COUNTED_FROM) and d.start < m.start),
                        default=None)
            dates_here = [d for d in dates_here if not (d.context.startswith(COUNTED_FROM) and d.start > m.start)
                          and (after is None or d.start >= after)]
        if dates_here and len(dates_here) > 1:
            # "arrested two years ago and sentenced in March": each verb of a pair has the dates of its own side
            lo, hi = conjunct_of(text, m, event_words, starts, cs, ce, dates_here)
            own = [d for d in dates_here if lo <= d.start < hi]
            if own:                       # "killed and injured on Monday": none of its own, both have the day
                dates_here = own
        # "Two Austrians kidnapped in Niger in June 2023 have been freed, … said on Friday", "die im Juni
        # entführten Österreicher sind am Freitag freigelassen worden": the participle's own days only
        end = attributive_end(text, m, doc.language, sentence) if dates_here else None
        if end is not None:
            dates_here = [d for d in dates_here if d.start < end]
        if dates_here and doc.language in ("de", "en"):
            # and the other words have not those days: "Die Gespräche sollen um die Umsetzung des im Juni
            # unterzeichneten Vertrags gehen", "talks on implementing the treaty signed in June" (June the treaty's)
            if si not in attributed_in:
                lo, hi = bisect_left(starts, sentence[0]), bisect_left(starts, sentence[1])
                attributed_in[si] = attributed_dates(text, sentence, dates_at.get(si, ()), event_words[lo:hi],
                                                     doc.language)
            if attributed_in[si]:
                owners = attributed_in[si]
                dates_here = [d for d in dates_here if id(d) not in owners or owners[id(d)] is m
                              or SUPER_FAMILY.get(owners[id(d)].key, owners[id(d)].key) == fam]
        if dates_here:
            dates_here = first_since_dates(text, m, dates_here)
        if dates_here and len(starts) > 1:
            # "extolled the vote …, in contrast with the February 2007 presidential election": a date an article
            # leads into another event word of the kind names that one's time, not the clause's (not "died in
            # the Monday morning attack": the one happening)
            dates_here = [d for d in dates_here if not dates_another(text, d, m, event_words, starts)]
        if (year_of or fam in YEAR_FAMILIES) and dates_here:     # (a founding's, a birth's own year alone)
            own = [d for d in dates_here if year_of.get(id(d)) is m]
            dates_here = own if fam in YEAR_FAMILIES else [d for d in dates_here if id(d) not in year_of]
        if closing and dates_here:       # "The deal is expected to close in the third quarter": a time ahead, told
            dates_here = [d for d in dates_here if id(d) not in closing]      # as when it is to be done (below)
        clause_dates[id(m)] = dates_here
        dvals = {d.key for d in dates_here if specific(d.key)} if dates_here else set()
        rough = rough_values((d.text, d.key) for d in dates_here if d.key in dvals) if dvals else frozenset()
        reach = {r for d in dates_here for r in (date_reach(d.key),) if r} if dates_here else set()
        # told as the last time before ("last met", "zuletzt", "Bereits im Juli hatte"); and what things have
        # changed since, which in another source may be the news itself ("since the fatal shooting")
        told_before = bool(dates_here) and (
            EARLIER_BEFORE_RE.search(text, max(cs, m.start - 12), m.start) is not None
            or LAST_TIME_DE_RE.search(text, max(cs, m.start - 120), m.start) is not None
            # "war zuletzt", "war Anfang Juli zuletzt in Nordkorea"
            or m.text in ("war", "waren")
            and LAST_TIME_DE_RE.search(text, m.end, min(sentence[1], m.end + 30)) is not None
            # "Orban war erst vor zwei Wochen in Russland gewesen": a stay told in the pluperfect
            or m.text == "gewesen" and fam == "meeting"
            or ALREADY_DE_RE.match(text, max(cs, sentence[0]), m.start) is not None
            or m.text[:1].islower() and ALREADY_AFTER_DE_RE.match(text, max(cs, sentence[0]), m.start) is not None
            or ALREADY_EN_RE.search(text, max(cs, m.start - 48), m.start) is not None
            # "sein erster Besuch seit dem vergangenen Oktober": the visit before was then
            or FIRST_BEFORE_RE.search(text, max(cs, m.start - 24), m.start) is not None and any(
                d.start > m.start and (SINCE_ARTICLE_BEFORE_RE.search(text, max(m.end, d.start - 12), d.start)
                                       or FIRST_SPAN_RE.match(d.text))
                for d in dates_here))
        last_time = told_before or bool(dates_here) and (
            SINCE_THE_RE.search(text, max(cs, m.start - 40), m.start) is not None
            or JUST_BEFORE_DE_RE.match(text, max(cs, sentence[0]), m.start) is not None)
        if dates_here and not reach and (any(MONTH_VALUE_RE.match(d.key) for d in dates_here) and (
                any(gone_by(text, d) for d in dates_here) or last_time)
                or last_time and any(UNANCHORED_BACK_RE.match(d.key) or YEAR_ONLY_RE.fullmatch(d.key)
                                     for d in dates_here)):
            # (in an article of no date, "zuletzt vor vier Monaten" is counted back from a day not known: still
            # the time before)
            # "Am Mittwoch traf X Y. Bereits im vergangenen Oktober hatte X Russland besucht", "X last visited
            # Russia in October": a month told as gone by is no day of this week, though it names no year,
            # nor is a month counted back then ("zuletzt vor einem Monat"), which would otherwise meet this week,
            # nor a year ("Charles last visited Kenya in 1978")
            reach, rough = {"far"}, frozenset()
        kind = election_kind(text, m) if fam == "elect" else ""     # (see ELECTION_KINDS)
        same = of_family[fam]
        # "Bereits im vergangenen Oktober hatte X 800 Stellen gestrichen": a month or a year told further
        # down, to a happening the lead tells with no date, is an earlier one of its kind (the lead's
        # news is told by its day)
        # (or a week counted back: "Erst vor zwei Wochen waren drei Tourengeher von einer Lawine erfasst worden")
        # a year, a season or a quarter tells no two happenings of one year apart, but another year does
        # ("Bereits im vergangenen Herbst hatten sich beide verständigt": not Monday's agreement)
        periods = {d.key for d in dates_here if d.key[:4].isdigit() and not specific(d.key)} if dates_here else ()
        # a season or a quarter told further down is coarse too: "Bereits im Herbst hatte X den Abbau von
        # 1200 Stellen bekanntgegeben"
        coarse = m.sentence > lead and (
            bool(dvals) and all(len(day_of(v)) <= 7 or day_of(v) in rough for v in dvals)
            or any(PART_OF_YEAR_RE.fullmatch(d.key) for d in dates_here))
        # "Putin empfing ihn, vier Tage nach seinem Besuch in Kiew", "met Putin three days after visiting Kyiv":
        # a happening a span is counted from is another one than its sentence's news of its kind (not "had no
        # aid a day after the quake": the one quake)
        # (the span asked first: a group of thousands of words is walked only where one is told)
        counted_from = bool(same) and SPAN_FROM_BEFORE_RE.search(text, max(cs, m.start - 40), m.start) is not None \
            and any(x.sentence == m.sentence for x in same[-1][1])
        if counted_from:
            last_time = told_before = True
        # counted back by two weeks or more from a day no source gives ("three weeks ago")
        weeks_back = not dvals and any(d.key.startswith("REF-") and (span_days(d.key) or 0) >= 14
                                       for d in dates_here or ())
        if same and not counted_from:
            compatible = [g for g in islice(reversed(same), MAX_GROUPS_BACK)    # the latest: a bound for crafted text
                          if not (dvals and g[3] and not dates_meet(dvals, g[3], rough, g[5]))
                          and not (coarse and not g[3] and g[7])
                          and not (last_time and reach and not g[3] and not g[9])     # nor the time before to
                          # a dated happening ("Vor zwei Wochen war er bereits in Pjöngjang gewesen", "visited
                          # Pyongyang three weeks ago": not Monday's)
                          and not ((told_before and reach or weeks_back) and not dvals and g[3] and not g[10])
                          # (nor with a date of its own: "The two last met in March" is not Monday's talks,
                          # though it names both)
                          and not (told_before and reach and dvals and g[3] and not g[10])
                          and not outside_periods(periods, g[3])
                          and not (len(reach) == len(g[6]) == 1 and reach != g[6])     # this week, months ago
                          and not (kind and g[11] and kind not in g[11])
                          and not (acting - g[8] and g[8] - acting and fam not in RIVALS_FAMILIES)]
            # (each names someone the other does not: another happening, but for an election's rivals: "His rival
            # X received 92 votes" is the same election's)
            # (a word of no date of its own does not go back to the last time before, "zuletzt", "last met",
            # nor does that time join the dateless words told before it)
            best = next((g for g in compatible if (ppl & g[2]) or (dvals & g[3])),
                        next((g for g in compatible if reach or dvals or not g[9]), None))
        else:
            best = None
        latest = same[-1] if same else None
        if best is None and latest and not dvals and not coarse and not reach and len(ppl) <= 1 and not counted_from \
                and not (weeks_back and latest[3] and not latest[10]) \
                and m.sentence - latest[4] <= 1 \
                and not (latest[3] and m.sentence != latest[4] and PLANNED_RE.search(text, *sentence)) \
                and not outside_periods(periods, latest[3]) \
                and not (kind and latest[11] and kind not in latest[11]) \
                and (not (acting - latest[8] and latest[8] - acting) or PRONOUN_RE.search(text, *sentence)
                     or SHE_DE_RE.search(text, *sentence) and not BEFORE_THAT_RE.match(text, sentence[0])
                     or all(p.start > m.start for p in persons_in.get(si, ()) if p.key in ppl)):
            # "X arrived. Macron received him": the next sentence goes on with it (not what is planned after a
            # dated happening: "X ist am Donnerstag gelandet. Ein Treffen mit Kim ist geplant"); someone else named
            # in it only with a pronoun for the one before, or after the word ("Se reunió con la ministra
            # Y"): "Sein Vorgänger Y hatte das Land besucht" is Y's visit; "Am Flughafen wurde sie von Y
            # empfangen" is hers ("Zuvor hatte sie Y getroffen" is another happening)
            best = latest
        if best is None:
            # the lead's news: "Im Prozess um den tödlichen Brand" tells of the fire as a topic, not as news
            # and a deed given as a reason or told with a verdict ("Acht Jahre Haft für Anschlag", "Urteil nach
            # Brandanschlag") is what the verdict is for, told further down with its own month
            news = m.sentence <= lead and not TOPIC_BEFORE_RE.search(text, max(sentence[0], m.start - 30),
                                                                     m.start) \
                and not (fam in DEED_FAMILIES and (
                    REASON_BEFORE_RE.search(text, max(sentence[0], m.start - 40), m.start) or verdict_told(si))) \
                and not told_attributively(text, m, doc.language, sentence) \
                and not (fam == "hostage" and m.text.lower() in CAPTIVE_NOUNS
                         and not TAKEN_AS_BEFORE_RE.search(text, max(sentence[0], m.start - 5), m.start))
            groups.append([fam, [m], ppl, dvals, m.sentence, rough, reach, news, set(acting), last_time, told_before,
                           {kind} - {""}])
            same.append(groups[-1])
        else:
            best[1].append(m)
            best[2] |= ppl
            best[8] |= acting
            best[5] = (best[5] | rough) - (best[3] - best[5]) - (dvals - rough)   # rough unless one says it exactly
            if len(best[3]) < MAX_EVENT_DATES:       # crafted text: a happening of a thousand dates
                best[3] |= dvals
            best[4] = m.sentence
            best[6] |= reach
            best[11] |= {kind} - {""}
    out = []
    stances_of = {}                      # sentence -> its stances, found once
    facts_of = {}                        # clause (start, end) -> (places, quantities), found once

    def stances_in(i):
        if i not in stances_of:
            a, b = sentences[i]
            stances_of[i] = [(STANCE_LABEL[next(k for k, v in st.groupdict().items() if v)],
                              " ".join(st.group().split())) for st in STANCE_RE.finditer(doc.text, a, b)]
        return stances_of[i]

    def found_in(finder, span):
        """finder's values in a clause, found once: the clause of a crafted sentence is all of it."""
        if (finder, span) not in facts_of:
            facts_of[(finder, span)] = finder(text, *span)
        return facts_of[(finder, span)]

    named = {p.start for p in person_mentions}

    def named_near(span):
        """True when the sentence of span, or one of the two before it, names a person: whom "Der 61-Jährige" may
        be (see told_ages)."""
        si = bisect_right(sentence_starts, span[0]) - 1
        return any(persons_in.get(i) for i in range(si - 2, si + 1))

    def ages_in(text, start, end):
        """The ages of the clause's unnamed people: a named one's age is the person's (see age_of)."""
        return [q[:4] for q in find_unnamed_ages(text, start, end, doc.language) if q[4] not in named]

    def tells_own_deed(span, fam):
        """True if a clause tells of another deed or harm: its counts are that one's ("nahm einen Mann
        fest, der 12 Menschen getötet hatte": the dead are the killing's, not the arrest's)."""
        lo, hi = bisect_left(starts, span[0]), bisect_left(starts, span[1])
        return any(f != fam and f in OWN_COUNT_FAMILIES
                   for w in islice(event_words, lo, hi) for f in (SUPER_FAMILY.get(w.key, w.key),))

    says = [w for w in event_words if w.key == "say"]     # in text order: where sayings split clauses (own_part)
    cancels_in = defaultdict(list)       # sentence -> its words of calling off
    for w in event_words:
        if w.key == "cancel":
            cancels_in[w.sentence].append(w)
    say_starts = [w.start for w in says]
    lengths = find_lengths(text, 0, len(text))     # most articles tell none; in text order, by their ends
    length_ends = [q[4] for q in lengths]
    person_starts = sorted(p.start for p in person_mentions)
    person_at = {p.start: p for p in person_mentions}

    # a place right after a word is looked up by the text there, one length at a time, and what is left of a
    # clause's places kept: not each place of the clause tried at each word (thousands of places took seconds)
    names_of, places_left = {}, {}

    def place_names(part, places):
        if part not in names_of:
            names = {p[1] for p in places}
            names_of[part] = names, sorted({len(name) for name in names})
        return names_of[part]

    def own_part(m):
        """m's clause, or its side of a word of saying in it: "The truce begins on Sunday, he told
        reporters in Doha" (Doha is where it was told); "officials said 16 people died" (the dead are the deaths')."""
        span = clause_at[id(m)]
        i = bisect_left(say_starts, span[0])
        if i < len(say_starts) and say_starts[i] < span[1]:       # most clauses have none
            w = says[i]                   # (m is no saying: a saying's clause is all it said)
            return (span[0], w.start) if m.start < w.start else (w.end, span[1])
        return span

    def own_facts(m, fam):
        """(span, its places and counts) of m's clause, or of its side of a saying (own_part) when it has any."""
        span = clause_at[id(m)]
        facts = in_clause(span)
        if fam == "say" or not (facts[0] or facts[1]):
            return span, facts            # a saying's clause is all it said; a clause of no facts needs no split
        part = own_part(m)
        places, quantities = in_clause(part)
        if places:
            # "Zwei Tage nach dem Zugunglück bei Garmisch konzentrieren sich die Ermittlungen": a place right
            # after another happening's word that the clause counts from is that happening's (not "made an
            # offer during the meetings in Las Vegas": the offer was made there too)
            lo, hi = bisect_left(starts, part[0]), bisect_left(starts, part[1])
            theirs = set()
            for w in islice(event_words, lo, min(hi, lo + MAX_IN_CLAUSE)):
                # (one of its own kind too when a span counts from it: "vier Tage nach seinem Besuch in Kiew")
                tie = PLACE_AFTER_RE.match(text, w.end, w.end + 12) if w is not m and (
                    SUPER_FAMILY.get(w.key, w.key) != fam
                    or SPAN_FROM_BEFORE_RE.search(text, max(part[0], w.start - 40), w.start)) else None
                if tie and COUNTED_FROM_BEFORE_RE.search(text, max(part[0], w.start - 24), w.start):
                    names, lengths = place_names(part, places)
                    theirs.update(name for n in lengths if (name := text[tie.end():tie.end() + n]) in names)
            if theirs:
                key = (part, frozenset(theirs))
                if key not in places_left:
                    places_left[key] = [p for p in places if p[1] not in theirs]
                places = places_left[key]
        return part, (places, quantities)

    def in_clause(span):
        if span not in facts_of:
            places = find_places(doc.text, *span, doc.language, known_places)
            lo, hi = bisect_left(person_starts, span[0]), bisect_left(person_starts, span[1])
            if places and hi > lo:        # "Luís Montenegro", "Paris Kyriakides": a name, no place named
                words = {w for i in range(lo, min(hi, lo + MAX_IN_CLAUSE))
                         for w in person_at[person_starts[i]].text.split()}
                places = [p for p in places if p[3] or p[1] not in words]
            # and one just before it: "Ivan Horvat, who took 35.3 percent" (see told_of)
            first = bisect_left(person_starts, span[0] - PARTY_REACH, 0, lo)
            names = tuple((person_at[person_starts[i]].start, person_at[person_starts[i]].end,
                           person_at[person_starts[i]].detail) for i in range(max(first, hi - MAX_IN_CLAUSE), hi))
            p = SUBJECT_PRONOUN_RE.match(doc.text, span[0]) and lo and \
                named_first(bisect_right(sentence_starts, span[0]) - 2)
            if p:                         # "Er kam auf 51,9 Prozent": the one the sentence before named first
                names = ((p.start, p.end, p.detail),) + names
            facts_of[span] = (places, with_dimensions(doc.text, span, find_quantities(doc, *span, names)))
        return facts_of[span]

    # a sentence with no event word goes on with the happening before it ("Milton made landfall
    # on Wednesday. Its winds reached 120 mph."): its counts and clock times are that one's
    carried = defaultdict(list)          # id(group) -> the spans of the sentences that go on with it
    if groups:
        # sentence -> the group of its first word of a named kind of happening (not "said", nor
        # an English verb of no known kind: "Its winds reached 120 mph" goes on with the storm)
        led = {}
        elections = {}                   # sentence -> its election's group: "won the election" is the election
        for g in groups:
            for m in g[1]:
                if not plain_family(g[0]) and (m.sentence not in led or m.start < led[m.sentence][1]):
                    led[m.sentence] = (g, m.start)
                if g[0] == "elect":
                    elections.setdefault(m.sentence, (g, m.start))
        for si in elections.keys() & led.keys():
            if led[si][0][0] == "win":
                led[si] = elections[si]
        on_with = goes_on_with(text, sentences, led)
        # "Die SPD hat im neuen Landtag 32 der 88 Sitze.", "Die Venstre-Partei kam auf 13,9 Prozent.": seats or a
        # share got, told in a sentence of no happening, are the election's, whatever the sentence before it told
        election = next((g for g in groups if g[0] == "elect"), None)
        if election:
            for si in range(len(sentences)):
                if si not in led and (SEATS_TOLD_RE.search(text, *sentences[si])
                                      or SHARE_GOT_RE.search(text, *sentences[si])):
                    on_with[si] = -1
        for si, lead in on_with.items():
            carried[id(election if lead < 0 else led[lead][0])].append(sentences[si])
        # "The USGS put the magnitude at 5.9, with a depth of 12 kilometers.": a sentence of no happening that
        # tells a magnitude or a category tells the nearest quake's or storm's, whatever goes before it; and
        # one that tells a speed ("Its winds reached 125 mph"), the nearest storm's
        # (and one that tells how high, how far or where a distance away, "landed about 250 km west of
        # Hokkaido", the nearest quake's, storm's or launch's)
        # (and one that tells a river's level, "In Passau stieg die Donau auf 10,20 Meter", the nearest flood's)
        measured = sorted((m.sentence, i) for i, g in enumerate(groups) if g[0] in PLACED_FAMILIES for m in g[1])

        def carry_to_nearest(among, si):
            """Let sentence si go on with the nearest group of among ((sentence, group index), sorted)."""
            at = bisect_left(among, (si, -1))               # the nearest, the one before it if two are as near
            g = groups[min(among[max(0, at - 1):at + 1], key=lambda x: (abs(x[0] - si), x[0]))[1]]
            lead = on_with.get(si)
            if lead is None or lead < 0 or led[lead][0] is not g:
                carried[id(g)].append(sentences[si])
        storms = [x for x in measured if groups[x[1]][0] == "storm"]
        floods = [x for x in measured if groups[x[1]][0] == "flood"]
        quakes = [x for x in measured if groups[x[1]][0] in MEASURED_FAMILIES]
        for si in range(len(sentences)) if measured else ():
            if si in led:
                continue
            if quakes and any(p.search(text, *sentences[si]) for p in (MAGNITUDE_RE, CATEGORY_RE)):
                among = quakes
            elif storms and SPEED_RE.search(text, *sentences[si]):
                among = storms
            elif floods and (RIVER_LEVEL_RE.search(text, *sentences[si]) or RAINFALL_RE.search(text, *sentences[si])):
                among = floods
            elif placed_distance(text, *sentences[si]):
                among = [x for x in measured if groups[x[1]][0] != "flood"]
                if not among:
                    continue
            else:
                continue
            carry_to_nearest(among, si)
        # "Im Zug befanden sich rund 250 Fahrgäste" after "17 Menschen wurden verletzt": who was aboard is the
        # nearest crash's or sinking's, not the injuries' (which another source tells before the crash)
        aboard = sorted((m.sentence, i) for i, g in enumerate(groups) if g[0] in CARRIER_FAMILIES for m in g[1])
        for si in range(len(sentences)) if aboard else ():
            if si not in led and ABOARD_RE.search(text, *sentences[si]):
                carry_to_nearest(aboard, si)
        # "Officers were called to Briggate at 10.15pm on Friday", "Die Feuerwehr wurde gegen 3 Uhr alarmiert": the
        # time the police or firefighters were called is the nearest deed's, not the arrest's the lead tells first
        deeds = sorted((m.sentence, i) for i, g in enumerate(groups) if g[0] in DEED_FAMILIES for m in g[1])
        for si in range(len(sentences)) if deeds else ():
            if si not in led and DISPATCH_RE.search(text, *sentences[si]):
                lead = on_with.get(si)
                if lead is not None and lead >= 0 and led[lead][0][0] not in DEED_FAMILIES \
                        and sentences[si] in carried[id(led[lead][0])]:
                    carried[id(led[lead][0])].remove(sentences[si])     # (a deed's alone, not the arrest's)
                carry_to_nearest(deeds, si)
    # a suspect's age ("Der mutmaßliche Täter, ein 26-jähriger Mann, stellte sich") is the deed's,
    # wherever the article tells it: each deed of the article carries it
    suspects = [q[:4] for q in suspect_ages(text, sentences, doc.language) if q[4] not in named][:MAX_SUSPECTS] \
        if any(g[0] in SUSPECT_FAMILIES for g in groups) else []
    # and so is a victim's ("The victim, a 29-year-old man, was taken to a hospital", "punched a 31-year-old man"),
    # compared with victims' ages only
    victims = victim_ages(text, sentences, doc.language)[:MAX_SUSPECTS] \
        if any(g[0] in VICTIM_FAMILIES for g in groups) else []
    told_of_victims = {q[3] for q in victims}
    # what the prosecution asked for is the sentence's told nearest before it (or after it, if none is)
    verdicts = sorted((m.sentence, i) for i, g in enumerate(groups) if g[0] == "sentence" for m in g[1])
    asked = defaultdict(list)
    for si, q in asked_terms(text, sentences) if verdicts else ():
        at = bisect_right(verdicts, (si, len(groups)))
        asked[verdicts[at - 1 if at else 0][1]].append(q)
    suspects = [q for q in suspects if q[3] not in told_of_victims]
    for gi, group in enumerate(groups):
        fam, ms, ppl = group[:3]
        if len(ms) == 1:                 # most groups: one word, one clause, one sentence
            m = ms[0]
            dates = tuple(clause_dates[id(m)])
            places, quantities = own_facts(m, fam)[1]
            stances = stances_in(m.sentence) + (stances_in(m.sentence + 1) if m.sentence + 1 < len(sentences)
                                                else [])
        else:
            # each once, in order; no more than a happening can have (crafted text gives thousands)
            dates = tuple(islice({id(d): d for m in ms for d in clause_dates[id(m)]}.values(), MAX_EVENT_DATES))
            places, quantities, stances = [], [], []
            # where and how many: from the event word's own clause ("Das Treffen findet nach
            # Behauptungen statt, wonach ... 12.000 Soldaten ... geschickt": the soldiers are not the meeting's)
            for here_places, here_quantities in dict(own_facts(m, fam) for m in ms).values():
                places += here_places
                quantities += here_quantities
            for s in sorted({m.sentence for m in ms}):
                for nb in (s, s + 1):        # a response often follows in the next sentence
                    if nb < len(sentences):
                        stances += stances_in(nb)
        # what only some families have, in their own clauses: who won by how much, the term a
        # sentence gives, how long an agreement runs; and the clock time of anything but a saying
        spans = (clause_at[id(ms[0])],) if len(ms) == 1 else dict.fromkeys(clause_at[id(m)] for m in ms)
        if lengths and fam != "say":     # "das dreistündige Gespräch", "a 48-hour strike": the length before its word
            quantities = list(quantities) + [
                q[:4] for m in ms
                for q in lengths[bisect_left(length_ends, m.start - 40):bisect_right(length_ends, m.start)]
                if LENGTH_GAP_RE.fullmatch(text, q[4], m.start) and (
                    q[0] not in ("years", "months")
                    or fam in LONG_FAMILIES and YEARS_GAP_RE.fullmatch(text, q[4], m.start))]
        for finder in (FAMILY_FINDERS.get(fam), None if fam == "say" else find_clock_times,
                       None if fam == "say" else ages_in, None if fam == "say" else find_claims):
            if finder:
                quantities = list(quantities) + [q for span in spans for q in found_in(finder, span)]
        if not plain_family(fam):        # "sein zweiter Besuch", "his third trip": the so-manieth time
            told = [q for m in islice(ms, MAX_EVENT_DATES)
                    for q in [which_time_before(text, m.start, clause_at[id(m)][1])] if q]
            if told:
                quantities = list(quantities) + told
        if closing and fam in COMPLETED_FAMILIES:
            quantities = list(quantities) + [("completion expected", d.key, False, words)
                                             for d, words in closing.values()
                                             if any(a <= d.start < b for a, b in spans)]
        if fam in ONGOING_FAMILIES:
            # "streiken seit Montag" against "on strike since Tuesday": the day it began
            quantities = list(quantities) + began_days(text, ms, clause_at, dates_at)
        if fam == "layoff":              # "to lay off 8,100 employees" against "to cut 1,800 jobs": the posts that go
            quantities = [("jobs",) + q[1:] if q[0] == "workers" else q for q in quantities]
        tallies = [q[3] for q in quantities if q[0] == "tally"]
        if tallies:                      # "mit fünf zu drei Stimmen": one tally, not three votes
            # (a count of lawmakers who voted is kept: "383 lawmakers voting in favour and 270 against" may be
            # set against a source that tells only the 380 who voted for it)
            quantities = [q for q in quantities if q[0] != "votes" or not any(q[3] in t for t in tallies)
                          or unit_lemma(q[3].split()[-1]) != "votes"]
        # "hat eine Rakete abgefeuert, die rund 800 Kilometer weit flog", "…, nachdem 61 Fälle bestätigt
        # worden waren": a relative clause right after the event's clause tells of what the event did or
        # took, a clause after "nachdem" of what led to it; their counts are the event's (each clause once)
        following = {}
        for m in ms:
            ce = clause_at[id(m)][1]
            if (RELATIVE_AFTER_RE.match(text, ce) or AFTER_CLAUSE_RE.match(text, ce)) and breaks_in.get(m.sentence):
                after = clause_of(sentences[m.sentence], breaks_in[m.sentence], ce + 2)
                if after[0] > ce and not tells_own_deed(after, fam):
                    following[after] = True
        # "Der Zug fuhr mit 90 km/h, als er entgleiste": the clause before one of "als" tells how things
        # stood when it happened; its counts are the event's, unless it tells a happening of its own
        for m in ms:
            cs = clause_at[id(m)][0]
            if WHEN_START_RE.match(text, cs) and breaks_in.get(m.sentence):
                before_it = clause_of(sentences[m.sentence], breaks_in[m.sentence],
                                      text.rfind(",", sentences[m.sentence][0], cs))
                lo, hi = bisect_left(starts, before_it[0]), bisect_left(starts, before_it[1])
                if before_it[1] < cs and all(w.key == "say" for w in islice(event_words, lo, hi)):
                    following[before_it] = True
        for after in following:
            quantities = list(quantities) + in_clause(after)[1]
        if id(group) in carried:
            quantities = list(quantities)
            for span in carried[id(group)]:
                # and its unnamed people's ages ("Ein 47 Jahre alter Mann war … geraten"); not "Der 61-Jährige",
                # who is the person named before (see age_of)
                # and its "first since" ("Er kam am Mittwoch. Es ist sein erster Besuch seit 2023.")
                quantities += in_clause(span)[1] + found_in(find_clock_times, span) + [
                    q for q in found_in(ages_in, span) if not NOUNLESS_AGE_RE.search(q[3]) or not named_near(span)] + (
                    found_in(find_claims, span) if fam != "say" else []) + (
                    # and what its kind's own finder reads: "… mit 6:2. Das Spiel dauerte drei Stunden."
                    found_in(FAMILY_FINDERS[fam], span) if fam in CARRIED_FINDS else [])
        if suspects and fam in SUSPECT_FAMILIES:
            quantities = list(dict.fromkeys(list(quantities) + suspects))
        if sum(q[0] == "age" for q in quantities) > 1:     # "The 44-year-old" read twice: as a suspect's, as told
            quantities = [q for q in quantities if not (q[0] == "age" and any(
                o[0] == "age" and o[1] == q[1] and o[3] != q[3] and o[3].endswith(q[3]) for o in quantities))]
        if asked and fam == "sentence" and asked.get(gi):
            quantities = list(dict.fromkeys(list(quantities) + asked[gi]))
        if victims and fam in VICTIM_FAMILIES:       # a victim's age told in the deed's own clause is the victim's
            quantities = [q for q in quantities if q[0] != "age" or q[3] not in told_of_victims] + victims
        # the people near the word only: a crafted sentence names thousands
        hosts = [h for m in ms if m.key == "receive" for h in [host_of(
            text, sentences[m.sentence], m, near(persons_in.get(m.sentence) or [], m.start - HOST_REACH,
                                                 m.end + HOST_REACH, m.start))] if h]
        names = [n for m in ms if m.key == "agreement" for n in [agreement_name(text, m)] if n]
        if cancels_in and fam in SCHEDULED_FAMILIES:
            # "sagte seinen Besuch ab", "the visit was called off": this source tells it called off
            stances = list(stances) + list(dict.fromkeys(
                ("called off", c.text + (" … " + c.detail if c.detail else ""))
                for m in islice(ms, MAX_EVENT_DATES) for c in islice(cancels_in.get(m.sentence, ()), MAX_IN_CLAUSE)
                if abs(c.start - m.start) <= CANCEL_REACH
                # "cancels hundreds of flights as pilots strike": what it calls off is told between, not the strike
                and not (c.end <= m.start and CANCELLED_OTHER_RE.search(text, c.end, m.start))))
        if fam != "say":                 # "eine Feuerpause von vier Tagen": after it
            for m in islice(ms, MAX_EVENT_DATES):
                after = LENGTH_AFTER_RE.match(text, m.end, min(len(text), m.end + LENGTH_AFTER_REACH))
                if not after and fam in PLANNED_LENGTH_FAMILIES:
                    after = LENGTH_BEFORE_RE.search(text, max(0, m.start - LENGTH_AFTER_REACH), m.start)
                    if after and any(word_event(w, doc.language) for w in text[after.end():m.start].split()):
                        after = None      # "five days of rioting show": the rioting's, not the showing's
                if not after and fam in ONGOING_FAMILIES and text.find("eit ", max(0, m.start - LENGTH_AFTER_REACH),
                                                                        m.start) >= 0:
                    # "ein seit neun Tagen vermisster Wanderer" (a plain search first: most tell no such length)
                    after = SINCE_LENGTH_BEFORE_RE.search(text, max(0, m.start - LENGTH_AFTER_REACH), m.start)
                if not after and fam in PLANNED_LENGTH_FAMILIES:
                    hour = ONE_HOUR_AFTER_RE.match(text, m.end, min(len(text), m.end + LENGTH_AFTER_REACH))
                    if hour:              # "Der Gipfel dauerte nur gut eine Stunde": one hour, as "zwei Stunden" are
                        length = ("minut", 30.0) if hour.group("half") else ("hours", 1.0)   # as "45 Minuten" is
                        quantities = list(quantities) + [length + (bool(hour.group("about")),
                                                                   " ".join(hour.group("told").split()))]
                if after:
                    n = after.group("num")
                    length = ("days" if after.group("days") or after.groupdict().get("daysde") else "weeks",
                              float(n) if n.isdigit() else float(COUNT_WORDS[n.lower()]))
                    # "12 weeks" counted as it is (as "week")
                    if not any(q[1] == length[1] and q[0].startswith(length[0][:-1]) for q in quantities):
                        # (one told before its word is shown with it: "10 days of naval exercises")
                        told = after.group("told") if after.start() >= m.end else text[after.start("told"):m.end]
                        quantities = list(quantities) + [length + (bool(after.group("about")), " ".join(told.split()))]
        # a stance told by a named happening's own word is none: "dismissed Defense Minister X" is no rejection,
        # "admitted to hospital" no admission ("confirmed", of no named kind, and "denied" are still stances)
        own = {m.text for m in ms} if stances and not fam.startswith("w:") and fam not in STANCE_LABEL else ()
        if fam in OTHER_HARMS:           # "killing four and wounding seven": the deaths' row counts no wounded
            quantities = [q for q in quantities if q[0] not in OTHER_HARMS[fam]
                          and q[0].partition(" ")[0] not in OTHER_HARMS[fam]]
        if fam in YEAR_FAMILIES:         # "Tissot, founded in 1853, will cut 150 jobs": its year, no counts
            quantities = []
        if quantities and fam not in MEASURED_FAMILIES:      # the quake's magnitude is not its deaths'
            quantities = [q for q in quantities if q[0] not in OWN_MEASURES]
        if quantities and fam not in VOTED_FAMILIES:         # "came second with 23.1% and alleged fraud":
            quantities = [q for q in quantities if not q[0].startswith("share of the vote")]    # the election's
        # "three hours and 12 minutes" is one time (race time), not a count of hours and one of minutes
        timed = [q[3] for q in quantities if q[0] == "race time"] if quantities else ()
        if timed:
            quantities = [q for q in quantities if q[0] not in CLOCK_PARTS or not any(q[3] in t for t in timed)]
        out.append(DocEvent(doc.key, fam, tuple(ms), tuple(sorted(ppl)), dates, tuple(places),
                            tuple(quantities), tuple(dict.fromkeys(st for st in stances if st[1] not in own)),
                            tuple(dict.fromkeys(hosts)),
                            tuple(dict.fromkeys(names)), doc.language,
                            bool(ppl) and any(done_by_pronoun(text, w, doc.language) for w in ms), group[10]))
    out = counts_told_elsewhere(game_crowds(out), ("hostage",), ("hostages",))
    # who were aboard, told as they were brought out (not another ship's crew, told with its hijacking)
    return counts_told_elsewhere(out, ("crash", "sink"), ("passengers", "crew"), ("rescue",))


def counts_told_elsewhere(events, families, units, told_with=None):
    """Return a source's DocEvents with the counts of units told with other happenings (of told_with, where
    given, and in the sentence next to it) given to the first of families too, where that tells none: "Alle
    vier Geiseln blieben unverletzt" after the arrest is the hostage-taking's count, "All 86 passengers were
    evacuated" right after "skidded off the runway" the accident's."""
    target = next((i for i, ev in enumerate(events) if ev.family in families), None)
    if target is None or any(q[0] in units for q in events[target].quantities):
        return events
    told_in = {m.sentence + d for m in events[target].mentions for d in (-1, 0, 1)}

    def giver(ev):
        """True when ev may give its counts: any other happening, or one of told_with told next to the target."""
        return told_with is None or ev.family in told_with and any(m.sentence in told_in for m in ev.mentions)
    held = tuple(dict.fromkeys(q for i, ev in enumerate(events) if i != target and giver(ev)
                               for q in ev.quantities if q[0] in units))
    if not held:
        return events
    out = list(events)
    out[target] = replace(out[target], quantities=out[target].quantities + held)
    return out


def game_crowds(events):
    """Return a source's DocEvents with the spectators told with another happening moved to the game's win, where
    it tells one: "A crowd of 38,000 watched the game" after "Ibanez struck in the 81st minute" is the game's, as
    are those of "Vor 42.000 Zuschauern traf Stürmer X zweimal" (read as a meeting)."""
    win = next((i for i, ev in enumerate(events) if ev.family == "win"), None)
    if win is None:
        return events
    crowd = [q for ev in events if ev.family != "win" for q in ev.quantities if q[0] == "spectators"]
    if not crowd:
        return events
    out = [replace(ev, quantities=tuple(q for q in ev.quantities if q[0] != "spectators")) if ev.family != "win"
           else ev for ev in events]
    out[win] = replace(out[win], quantities=tuple(dict.fromkeys(out[win].quantities + tuple(crowd))))
    return out


# Decisions a company or an office tells of itself: the day it says so is their day, when no other is given
ANNOUNCED_FAMILIES = frozenset("purchase agreement layoff hire resign decide announce recall bankrupt rates "
                               "fire_job".split())
# What may stand between a saying's day and the decision it tells: "said on Monday [it had agreed to] buy"
TOLD_DECISION_RE = lazy_regex(r"(?:,?\s+(?!(?:not|never|no|nicht|kein\w*)\b)[^\W\d_]+(?:['’]s)?){0,6},?\s+", re.I)
# Words of saying after which a date is when it was said: "..., officials said on Thursday",
# "sagte ein Sprecher am Montag", "a déclaré jeudi", "dijo el martes". Not "announced" or
# "confirmed": an announcement is an event of its own, with its own date; but French and Spanish
# tell a saying after its news with "announced" too, subject last: "…, a annoncé vendredi le président".
# (not reflexive: "el fuego se declaró el jueves", "le feu s'est déclaré lundi" broke out)
SAID_DATE_RE = lazy_regex(r"(?<![^\W\d_])(?<!\bse\s)(?<!s'est\s)(?<!s’est\s)"
                          r"(said|says|told|added|stated|explained|reported|sagte|sagten|sagt|erklärte|erklärten|"
                          r"teilte|teilten|betonte|berichtete|meldete|déclaré|indiqué|affirmé|précisé|"
                          r"dijo|afirmó|declaró|informó|indicó|dijeron|afirmaron|declararon|informaron|indicaron|"
                          r"(?<=,\sa\s)annoncé|(?<=,\sont\s)annoncé|(?<=,\s)anunció|"
                          # a count's day of publishing: "selon un bilan publié dimanche" (not English
                          # "published": an event word of its own, "a poll published Sunday")
                          r"publié|publiée|publicado|publicada|veröffentlicht|veröffentlichte)"
                          r"\s+(?:[^\W\d_]+\s+){0,3}$", re.I)
# German tells the day of a saying before its verb: "..., wie das Unternehmen am Donnerstag mitteilte"
SAID_AFTER_RE = lazy_regex(r"\s+(?:mitteilte|mitteilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|"
                           r"meldete|meldeten|bekanntgab|bekannt\s+gab|bestätigte|bestätigten)\b")
SAID_CLAUSE_DE_RE = lazy_regex(r",\s+(?:sagte|sagten|sagt|erklärte|erklärten|erklärt|betonte|betonten|berichtete|"
                               r"berichteten|teilte|teilten|schrieb|schrieben|hieß\s+es)\b")
BARE_GAP_RE = lazy_regex(r"\s*(?:(?:on|el|le|am)\s+)?")      # between a word and the date right after it
WIE_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])[Ww]ie\s+(?:[^\W\d_][\w-]*\s+){1,5}$")
# A count updated on a day: "the death toll rose to 27 on Tuesday", "stieg die Zahl der Toten am Dienstag auf 27"
# is when it was counted, not when the deaths were
_TOLL_ABOUT = r"(?:(?:" + MODIFIER_ALT + r")\s+)?"
TOLL_UPDATE_RE = lazy_regex(r"(?<![^\W\d_])(?:rose|risen|climbed|jumped|increased|reached|stood|stieg|gestiegen|"
                            r"kletterte|erhöhte\s+sich)\s+(?:to|at|auf)\s+" + _TOLL_ABOUT + r"(?:[\d.,]+|"
                            + trie_pattern(NUMBER_WORDS) + r")(?:\s+[^\W\d_]+)?\s+$", re.I)
TOLL_VERB_RE = lazy_regex(r"(?<![^\W\d_])(?:rose|climbed|jumped|increased|stieg|kletterte|erhöhte\s+sich)\s+$", re.I)
TOLL_TO_RE = lazy_regex(r"\s+(?:to|auf)\s+" + _TOLL_ABOUT + r"\d")     # "stieg am Dienstag auf 27"
# A clock time restated in world time: "at 6:41 p.m. PST (0241 GMT Friday)" is still Thursday's
ZONE_DATE_RE = lazy_regex(r"\d\s?(?:GMT|UTC)\s+$")


def lead_end(text, sentences, dates_at):
    """Return the last sentence of an article's lead: its headline and first sentence (the first alone where
    it goes on in its paragraph: no headline), and a dateline that stands as a sentence of its own
    ("Ankara, 14. April 2027.") before them."""
    lead = LEAD_SENTENCES
    if sentences and text[sentences[0][0]:sentences[0][1]].rstrip().endswith((".", "!", "?")) \
            and len(sentences) > 1 and "\n" not in text[sentences[0][1]:sentences[1][0]]:
        lead -= 1                         # no headline: the first sentence goes on in its paragraph
    for i in range(min(len(sentences), LEAD_SENTENCES + 1)):
        a, b = sentences[i]
        # a dateline is short: only a date near both ends of a short sentence is looked at (crafted text
        # has sentences of thousands of dates)
        if b - a <= DATELINE_CHARS and any(dateline_sentence(text[a:d.start], text[d.end:b])
                                           for d in islice(dates_at.get(i, ()), 3)):
            lead += 1
    return lead


def dateline_sentence(before, after):
    """True when the words of a sentence around its date make a dateline: a place or two before it, at most
    an agency after.

    >>> dateline_sentence("Ankara, ", "."), dateline_sentence("Bei dem Beben am ", "."), dateline_sentence("", " (dpa)")
    (True, False, True)
    """
    return len(before.split()) <= 3 and not any(c.isdigit() for c in before) and \
        bool(AGENCY_AFTER_RE.fullmatch(after))


AGENCY_AFTER_RE = lazy_regex(r"[\s.,:\-–—]*(?:\([\w ./-]{1,20}\))?[\s.,:\-–—]*")


def aside_dates(text, dates, starts):
    """Return the ids of the date Mentions (of one sentence) that tell no happening's day.

    A date after a word of saying, with at most three words and no event word between,
    is when it was said: "The storm killed 16 people, officials said on Thursday" dates
    the saying, not the storm. A day after a clock time in GMT restates the hour elsewhere;
    one after "since" starts a span (not "erster Besuch seit drei Jahren", counted back: see
    find_dates); one after a closing price is the price's.
    starts are the start offsets of the document's event words, in text order.
    """
    out = set()
    for d in dates or ():
        if text.startswith(("'s", "’s"), d.end):  # "said last year's profits fell": the year is the profits'
            if PRICE_DAY_AFTER_RE.match(text, d.end + 2):
                out.add(id(d))            # "a premium of 31% over Friday's close": the price's day
            continue
        m = SAID_DATE_RE.search(text, max(0, d.start - 60), d.start)
        if (m and bisect_left(starts, m.end(1)) == bisect_left(starts, d.start)) or \
                ZONE_DATE_RE.search(text, max(0, d.start - 12), d.start) or \
                (SAID_AFTER_RE.match(text, d.end) and WIE_BEFORE_RE.search(text, max(0, d.start - 60), d.start)) or \
                TOLL_UPDATE_RE.search(text, max(0, d.start - 50), d.start) or (
                    TOLL_VERB_RE.search(text, max(0, d.start - 20), d.start) and TOLL_TO_RE.match(text, d.end)) or \
                SINCE_RE.match(d.text) and not FIRST_SPAN_RE.match(d.text) or \
                (SINCE_BEFORE_RE.search(text, max(0, d.start - 8), d.start) and not END_OF_RE.match(d.text)) or \
                ((w := SINCE_WHAT_RE.search(text, max(0, d.start - 40), d.start))
                 and bisect_left(starts, w.start()) == bisect_left(starts, d.start)) or \
                CONTAINED_BEFORE_RE.search(text, max(0, d.start - 30), d.start) or \
                CONTAINED_AFTER_RE.match(text, d.end) or PRICE_DAY_RE.search(text, max(0, d.start - 24), d.start) or \
                COMPARED_BEFORE_RE.search(text, max(0, d.start - 30), d.start):
            out.add(id(d))
    return out


# The day of a price a deal is set against: "a premium of 32% to its closing price on Friday", "auf den
# Schlusskurs vom Freitag" (not "closed on Friday": a shop's, a road's)
PRICE_DAY_RE = lazy_regex(r"(?<![^\W\d_])(?:(?:closing|share)\s+price|Schlusskurs|Schlussstand|Börsenschluss"
                          r"|Aktienkurs)(?:\s+(?:on|vom|von|am))?\s+$", re.I)


# The time a figure is set against: "zwölf Prozent mehr als vor einem Jahr", "up 12% higher than a year earlier",
# "compared with the same quarter last year" (not "Less than three weeks later", "more than a week ago": a bound;
# nor "als am Montag der Zug entgleiste": "als" is when there)
COMPARED_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:(?:(?:\d\s?%|Prozent|percent|per\s+cent)\s+(?:more|less|mehr|weniger)"
                                r"|higher|lower|better|worse|höher|niedriger|besser|schlechter|stärker|schwächer)"
                                r"\s+(?:als|than)|compared\s+(?:with|to)|gegenüber|im\s+Vergleich\s+zu[mr]?"
                                r"|verglichen\s+mit)\s+$", re.I)
PRICE_DAY_AFTER_RE = lazy_regex(r"\s+(?:close|closing(?:\s+(?:price|level))?)\b")


# How far a fire or a flood is held, on a later day than it began: "was 12% contained on Monday
# morning", "war am Montag zu zwölf Prozent eingedämmt", "unter Kontrolle": a state, no day of the happening
CONTAINED_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:contained|under\s+control|extinguished|put\s+out)\s+$", re.I)
CONTAINED_AFTER_RE = lazy_regex(r"\s+(?:[^\W\d_]+\s+){0,6}?(?:\d+\s+Prozent\s+)?(?:eingedämmt|unter\s+Kontrolle|"
                                r"gelöscht)\b")


# What an election elects: a presidential and a parliamentary election are two happenings, though one article tells
# both ("elect a parliament Sunday … in contrast with the February 2007 presidential election"). Each kind: its
# English (or French, Spanish) word before the election's, its word after it ("élection présidentielle", "elect a
# new president"), and the first part of a German compound ("Präsidentschaftswahl")
ELECTION_KINDS = (
    ("president", "presidential", "présidentielles? presidenciales? president président presidente", "präsident"),
    ("parliament", "parliamentary legislative general congressional midterm",
     "législatives? legislativas? generales parliament parlement parlamento", "parlament bundestag nationalrat"),
    ("region", "regional state provincial", "régionales? regionales? autonómicas", "landtag"),
    ("local", "local municipal mayoral", "municipales? mayor maire alcalde", "kommunal gemeinderat stadtrat "
     "bürgermeister"),
    ("europe", "european", "européennes? europeas", "europa"),
)
ELECTION_KIND_BEFORE_RE = lazy_regex(r"\b(?:%s)\s+$" % "|".join(
    "(?P<%s>%s)" % (k, b.replace(" ", "|")) for k, b, a, de in ELECTION_KINDS), re.I)
ELECTION_KIND_AFTER_RE = lazy_regex(r"\s+(?:(?:an?|the|new|un|une|nouveau|nouvel|nuevo|nueva|el|la|le)\s+){0,2}(?:%s)\b"
                                    % "|".join("(?P<%s>%s)" % (k, a.replace(" ", "|")) for k, b, a, de in
                                               ELECTION_KINDS), re.I)


def election_kind(text, m):
    """Return what the election word m elects ("president", "parliament", …), or "" when it does not say.

    >>> t = "elect a parliament Sunday, unlike the presidential election; die Landtagswahl; élection présidentielle"
    >>> [election_kind(t, Mention("S1", "elect", w, t.index(w), t.index(w) + len(w), 0, "elect"))
    ...  for w in ("elect", "election", "Landtagswahl", "élection")]
    ['parliament', 'president', 'region', 'president']
    """
    word = m.text.lower()
    for kind, before, after, compound in ELECTION_KINDS:
        if any(word.startswith(c) for c in compound.split()):
            return kind
    told = ELECTION_KIND_BEFORE_RE.search(text, max(0, m.start - 20), m.start) or \
        ELECTION_KIND_AFTER_RE.match(text, m.end, m.end + 30)
    return told.lastgroup if told else ""


# A date between an article and a noun: "the February 2007 presidential election", "the 2019 vote", "die 2019
# gescheiterte Wahl" (one word between at most, no preposition: "the Monday after the attack" is no such date)
ARTICLE_END_RE = lazy_regex(r"\b(?:the|a|an|its|their|his|her|der|die|das|den|dem|des|la|le|les|el|los|las)\s+$",
                            re.I)
DATE_NOUN_GAP_RE = lazy_regex(r"\s+(?:(?!(?:after|before|of|the|and|or|to|in|on|at|for|with|by|nach|vor|und|"
                              r"après|avant|et|y|después|antes)\b)[^\W\d_]+\s+)?")


def dates_another(text, d, m, event_words, starts):
    """True when date d, led in by an article, stands right before another event word of m's kind: that one's date.

    >>> t = "extolled the vote, unlike the February 2007 presidential election"
    >>> ws = [Mention("S1", "elect", w, t.index(w), t.index(w) + len(w), 0, "elect") for w in ("vote", "election")]
    >>> d = Mention("S1", "date", "February 2007", t.index("Feb"), t.index("Feb") + 13, 0, "2007-02")
    >>> dates_another(t, d, ws[0], ws, [w.start for w in ws]), dates_another(t, d, ws[1], ws, [w.start for w in ws])
    (True, False)
    """
    i = bisect_left(starts, d.end)
    if i == len(starts) or event_words[i] is m or event_words[i].start - d.end > 30 or \
            SUPER_FAMILY.get(event_words[i].key, event_words[i].key) != SUPER_FAMILY.get(m.key, m.key):
        return False
    return bool(DATE_NOUN_GAP_RE.fullmatch(text, d.end, event_words[i].start)
                and ARTICLE_END_RE.search(text, max(0, d.start - 6), d.start))


def last_before(mentions, offset):
    """Return the last of mentions (in text order) that starts before offset, or None: one binary search.

    >>> last_before([Mention("S1", "date", "Monday", 3, 9, 0, "XXXX-WXX-1")], 5).text, last_before([], 5)
    ('Monday', None)
    """
    i = bisect_left(mentions, offset, key=attrgetter("start"))
    return mentions[i - 1] if i else None


def conjunct_of(text, m, event_words, starts, cs, ce, dates):
    """Return (start, end) of an event word's side of its clause [cs, ce): cut at each "and" between two event words.

    "wurde am Montag festgenommen und am Dienstag angeklagt": the arrest's side ends before "und",
    and "sentenced in March on charges he denied" is all the sentence's side. A pair of dates
    ("Monday and Tuesday") cuts nothing. Only the MAX_IN_CLAUSE event words on each side are
    looked at (crafted text has thousands in a clause).
    """
    lo, hi = cs, ce
    i = bisect_left(starts, m.start)
    for x in range(i - 1, max(-1, i - 1 - MAX_IN_CLAUSE), -1):      # the nearest cut before it
        if event_words[x].start < cs:
            break
        cut = last_conjunction(text, event_words[x].end, event_words[x + 1].start, dates)
        if cut is None:
            cut = relative_end(text, event_words[x], event_words[x + 1].start)
        if cut is not None:
            lo = cut
            break
    end, last = m.end, m
    j = bisect_right(starts, m.start)
    for w in islice(event_words, j, j + MAX_IN_CLAUSE):             # the nearest cut after it
        if w.start >= ce:
            break
        cut = last_conjunction(text, end, w.start, dates)
        if cut is None:
            cut = relative_end(text, last, w.start)
        if cut is not None:
            return lo, cut
        end, last = max(end, w.end), w
    return lo, hi


def relative_end(text, word, until):
    """Return where the English relative clause of an event word ends, at its subject's own verb, or None.

    "inmates who escaped on Sunday were recaptured on Tuesday": the escape's side ends before "were".

    >>> t = "One inmate who escaped on Sunday was recaptured on Tuesday"
    >>> relative_end(t, Mention("S1", "event", "escaped", 15, 22, 0, "escape"), t.index("recaptured"))
    33
    """
    if not RELATIVE_PRONOUN_RE.search(text, max(0, word.start - 20), word.start):
        return None
    m = RELATIVE_MAIN_VERB_RE.search(text, word.end, until)
    return m.start() + 1 if m else None


# A verb of taking a stance on a happening named after it: "condemned an air raid", "denied the attack"
STANCE_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:condemn(?:ed|s)?|denied|denies|deny|welcomed|welcomes|critici[sz]ed|"
                              r"critici[sz]es|mourned|blamed|praised|condamné|condamne|condenó|condena|kritisierte|"
                              r"begrüßte|bestritt|bestritten)\s+(?:[^\W\d_]+\s+){0,4}$", re.I)
STANCE_FAMILIES = frozenset("condemn deny mourn accuse".split())     # the stances that are families of their own
# (and its helpers: "miners who had been trapped", "a man who was later arrested")
RELATIVE_VERB_BEFORE_RE = lazy_regex(r"\b(?:who|that|which)\s+(?:(?:had|has|have|was|were|is|are|been|being|later|"
                                     r"also|then)\s+){0,3}(?:[a-z]+\s+)?$")
RELATIVE_PRONOUN_RE = lazy_regex(r"\b(?:who|that|which)\s+(?:[a-z]+\s+)?$")
RELATIVE_MAIN_VERB_RE = lazy_regex(r"\s(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?$")


def last_conjunction(text, start, end, dates):
    """Return where the last "and" between start and end begins, or None; not one between two dates,
    nor one within a date's words ("am 10. und 11. Juli").

    >>> last_conjunction("arrested in May and sentenced", 8, 22, [])
    16
    """
    found = None
    for c in CONJUNCTION_RE.finditer(text, start, end):
        if not (any(d.end <= c.start() and not text[d.end:c.start()].strip() for d in dates) and
                any(d.start >= c.end() and not text[c.end():d.start].strip() for d in dates)) \
                and not any(d.start < c.start() and c.end() < d.end for d in dates):
            found = c.start()
    return found


CONJUNCTION_RE = lazy_regex(r"(?<![^\W\d_])(?:and|und|sowie|et|y)(?![^\W\d_])")


# "134 cases since late April", "seit Juni im Amt", "the worst flood since 1999": a span's start, no happening's day;
# "had grown to 16,000 acres by Tuesday", "146 cases as of Friday", "(Stand: Freitag)": a state as it was then
SINCE_RE = lazy_regex(r"(?:since|seit|depuis|desde)\s", re.I)
SINCE_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:since|seit|depuis|desde|by|as\s+of|Stand:?)\s+$", re.I)
# (but "by the end of 2028", "by end-2028" is a deadline, as "bis Ende 2027" is)
END_OF_RE = lazy_regex(r"(?:the\s+)?end\b", re.I)
# and one after what a span started with: "seit ihrem Amtsantritt vor zwei Jahren", "since taking office in 2019"
# date the start, not the happening the sentence tells ("ihr erster Besuch ... seit ..."); not "seit Jahren am
# Sonntag", whose span is told whole
SINCE_WHAT_RE = lazy_regex(r"(?<![^\W\d_])(?:since|seit|depuis|desde)\s+(?:(?:his|her|its|their|the|seinem|seiner|"
                           r"ihrem|ihrer|dem|der|son|sa|ses|su|sus)\s+[^\W\d_]+|[a-z]+ing(?:\s+[a-z]+)?)\s+$", re.I)


# Happenings that go on: "since Tuesday" in their clause tells the day they began (see began_days)
ONGOING_FAMILIES = frozenset(("protest", "fire", "missing", "hostage", "flood", "heat"))
SINCE_REACH = 60         # letters from an ongoing happening's word to its "since" day ("streiken seit Montag")
SINCE_DAY_KEY_RE = lazy_regex(r"(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)$")     # a day or a weekday, not a span


def began_days(text, ms, clause_at, dates_at):
    """Return ("began", day, False, words) for each day after "since" in the clauses of a happening's words.

    >>> d = Mention("S1", "date", "since Tuesday", 20, 33, 0, "XXXX-WXX-2")
    >>> m = Mention("S1", "event", "strike", 10, 16, 0, "protest")
    >>> began_days("", [m], {id(m): (0, 40)}, {0: [d]})
    [('began', 'XXXX-WXX-2', False, 'since Tuesday')]
    """
    out = {}
    # the dates of its clause near each word only (a crafted sentence: thousands of words, thousands of dates)
    for m in ms:
        span = clause_at.get(id(m))
        if not span:
            continue
        dates = dates_at.get(m.sentence, ())
        lo = bisect_left(dates, max(span[0], m.start - SINCE_REACH), key=attrgetter("start"))
        for d in islice(dates, lo, None):
            if d.start >= min(span[1], m.end + SINCE_REACH) or len(out) >= MAX_EVENT_DATES:
                break
            if SINCE_DAY_KEY_RE.match(d.key) and (
                    SINCE_RE.match(d.text) or SINCE_ARTICLE_BEFORE_RE.search(text, max(0, d.start - 12), d.start)):
                out[("began", d.key, False, d.text)] = True
    return list(out)


def weekday_key(value):
    """Return a day's value as its weekday's ("2024-10-14" -> "XXXX-WXX-1"); a weekday's, or a bad day's, as it is.

    >>> weekday_key("2024-10-14"), weekday_key("XXXX-WXX-2"), weekday_key("2024-02-30")
    ('XXXX-WXX-1', 'XXXX-WXX-2', '2024-02-30')
    """
    try:
        return "XXXX-WXX-%d" % date.fromisoformat(value).isoweekday()
    except ValueError:
        return value


CARRY_BACK = 2           # sentences with no event word that go on with the happening before them


SHARE_GOT_RE = lazy_regex(r"\b(?:kam|kamen|kommt|erreichte|erreichten|erhielt|erhielten|holte|holten|got|took|won|"
                          r"received|obtuvo|obtint|obtenu)\s+(?:[^\W\d_]+\s+){0,3}?\d{1,2}(?:[.,]\d{1,2})?\s?"
                          r"(?:%|Prozent|percent|per\s+cent|pour\s+cent|por\s+ciento)")
SEATS_TOLD_RE = lazy_regex(r"\d\s+(?:der|of\s+the|des|de\s+los)\s+\d+\s+(?:Sitze|Mandate|seats|sièges|escaños)\b"
                           r"|\d\s+(?:Sitze|Mandate|seats|sièges|escaños)\b")


def goes_on_with(text, sentences, led):
    """Return {sentence: the sentence whose happening it goes on with} for sentences that tell none.

    led holds the sentences that tell a happening of their own. A sentence goes on with the
    one before it on its line (a paragraph, or a line of a page's header: "UPDATED: May 3,
    9:56 AM" goes on with nothing), or with what that one goes on with, at most CARRY_BACK
    sentences back.

    >>> t = "A fell. B. C. D.\\nE. F rose. G."
    >>> goes_on_with(t, ((0, 7), (8, 10), (11, 13), (14, 16), (17, 19), (20, 27), (28, 30)), {0, 5})
    {1: 0, 2: 0, 6: 5}
    """
    out = {}
    for si in range(1, len(sentences)):
        if si in led or "\n" in text[sentences[si - 1][1]:sentences[si][0]]:
            continue
        before = si - 1 if si - 1 in led else out.get(si - 1)
        if before is not None and si - before <= CARRY_BACK:
            out[si] = before
    return out


# Where a German, English, French or Spanish sentence opens a new clause: a relative
# or subordinate clause after a comma, a semicolon, a dash. "Das Treffen fand statt,
# das die Präsidenten vor drei Monaten vereinbart hatten": two times, two clauses.
# A spaced hyphen is a dash: in "VIENNA, March 5 - Haddad arrived on Thursday" the
# dateline is not when he arrived.
CLAUSE_BREAK_RE = lazy_regex(
    r",\s+(?!(?:der|die|das|den|dem)\s+\d{1,2}\.\s)"       # "am Freitag, dem 13. September": one date
    r"(?=(?:die|der|das|den|dem|deren|dessen|welche|welcher|welches|wo|wonach|woraufhin|wodurch|womit|"
    r"worin|worüber|als|weil|nachdem|während|obwohl|"
    r"wobei|which|who|whom|whose|where|when|while|after|because|although|though|"
    # a reason given with its own figures: "raised the rate to 4.5 percent, citing inflation of 6.4 percent"
    r"citing|"
    # a new subject after "and": "approved it on Thursday, and the cabinet will vote on Saturday"
    r"(?:and|but)\s+(?:the|he|she|it|they|we|his|her|its|their)|(?:und|aber)\s+(?:der|die|das|er|sie|es)|"
    # ("24 blessés, dont quatre graves": a part of the count before, in its clause)
    r"qui|que|où|dont(?!\s+(?:\d|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b)|lorsque|quand|donde|"
    r"cuando|mientras|quien|quienes|cuyo|cuya|"
    # a relative after a preposition: "una visita de tres días, en la que se reunirá el viernes con Xi"
    r"(?:en|durante|tras|con)\s+(?:la|el|los|las)\s+(?:que|cual|cuales)|"
    r"(?:au\s+cours\s+de|lors\s+de|pendant|durant)\s+(?:laquelle|lequel|lesquels|lesquelles)|"
    r"(?:during|in|at)\s+which)\b)|;\s+|\s[-–—]\s")


RELATIVE_START_RE = lazy_regex(r"(?:die|der|das|den|dem|deren|dessen|welche|welcher|welches|which|who|whom|whose|"
                               r"that)\b")
RELATIVE_AFTER_RE = lazy_regex(r",\s+(?:die|der|das|den|dem|deren|dessen|welche|welcher|welches|which|who|that)\b")
# "erklärte einen Ausbruch, nachdem 61 Fälle bestätigt worden waren": what led to it, counted
AFTER_CLAUSE_RE = lazy_regex(r",\s+(?:nachdem|after)\b")
# a clause of when it happened: ", als er entgleiste"; and of the day before its comma: "since Sunday, when a tunnel
# collapsed"
WHEN_START_RE = lazy_regex(r"(?:als|when|lorsque|cuando)\s")
# ... and a relative after a preposition: "the disaster in December 2003, in which 31,000 people were killed"
WHICH_START_RE = lazy_regex(r"(?:in|during|at)\s+which|(?:en|durante)\s+(?:la|el|los|las)\s+(?:que|cual)|"
                            r"(?:au\s+cours\s+de|lors\s+de|pendant)\s+(?:laquelle|lequel)")


REACH_RE = lazy_regex(r"REF([+-])(\d{1,4})([DWMY])$")     # (no span of more digits: int() of thousands raises)


def outside_periods(periods, values):
    """True when a group's date values fall in none of the periods (years, seasons, quarters) a word is told with.

    >>> outside_periods({"2025-FA"}, {"2026-02-02"}), outside_periods({"2026"}, {"2026-02-02"}), outside_periods({"2025"}, set())
    (True, False, False)
    """
    return bool(periods) and bool(values) and not any(compatible_values(p, v) for p in periods for v in values)


def date_reach(value):
    """Return 'near' (within two weeks of the article's day), 'far' (months away) or '' for an unanchored value.

    An article with no date of its own still tells "am Donnerstag" and "vor drei
    Monaten" apart: two happenings, whatever its day.

    >>> [date_reach(v) for v in ("XXXX-WXX-4", "REF-1D", "PRESENT_REF", "REF-3M", "REF-1Y", "REF-1M", "2024-06")]
    ['near', 'near', 'near', 'far', 'far', '', '']
    """
    v = day_of(value)
    if WEEKDAY_VALUE_RE.fullmatch(v) or v in ("PRESENT_REF", "REF-WEEK"):
        return "near"
    days = span_days(v)
    if days is None:
        return ""
    return "near" if days <= 14 else "far" if days >= 56 else ""


# Deeds a verdict, charge or arrest is for, and the words that give one as the reason
DEED_FAMILIES = frozenset("death attack shoot rob hostage fire injure blast fraud crash".split())
# ("convicted in May of fraud", "acquitted over a collision")
REASON_BEFORE_RE = lazy_regex(r"\b(?:wegen|for|für|over|(?:convicted|accused|guilty|suspected|charged|acquitted|"
                              r"cleared)(?:\s+[^\W\d_]+){0,3}\s+of)\s+(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){0,2}"
                              r"(?:(?:[^\W\d_]+\s+)?\d{1,2},?\s+)?(?:\d{4},?\s+)?$", re.I)
# (and its date: "for a March 2005 shooting spree", "for the March 11, 2005, incident")
# (a hyphenated word is one: "convicted in March of first-degree murder")
# What a charge or a suspicion names is a deed done before it: "two counts of driving", "on suspicion of fraud"
CHARGE_OF_RE = lazy_regex(r"(?<![^\W\d_])(?:counts?|charges?|suspicion|accused|convicted|guilty|suspected)\s+of\s+"
                          r"(?:[^\W\d_]+(?:-[^\W\d_]+)?\s+){0,2}$", re.I)
# A noun after these is what something else is about: "der Prozess um den Brand", "the row over the fire"
TOPIC_BEFORE_RE = lazy_regex(r"\b(?:um|über|over|about)\s+(?:den|die|das|dem|der|des|einen|eine|the|a|an|its|their)"
                             r"\s+(?:[a-zäöüßé]+\s+)?$")      # an adjective between: "um den tödlichen Brand"
OR_DAY_RE = lazy_regex(r"\s*(?:,|or|and|oder|und|ou|et|o|y)\s*")
SET_FOR_REACH = 24        # letters between a word and the day it is set for: "Neuwahl für den 17. März"
SET_FOR_RE = lazy_regex(r"(?:\s+[^\W\d_][\w-]*)?\s+(?:für\s+den|für|for|auf\s+den|pour\s+le|para\s+el)\s+", re.I)
# A noun in a German participle's phrase before a noun: "das vom Hochwasser betroffene Lüttich", "die von dem Brand
# zerstörten Häuser"
BY_BEFORE_DE_RE = lazy_regex(r"(?<![^\W\d_])(?:vom|von\s+(?:der|den|dem|einem|einer))\s+$")
BY_PARTICIPLE_DE_RE = lazy_regex(r"\s+(?:schwer\s+|stark\s+)?[a-zäöüß]+(?:en|t)e[nrms]?\s+[A-ZÄÖÜ]")
# What a German clause tells as over before it: "Nach dem Messerangriff am Bahnhof hat die Polizei am Donnerstag
# einen Mann festgenommen" (the arrest's Thursday, not the attack's)
AFTER_NOUN_DE_RE = lazy_regex(r"(?<![^\W\d_])[Nn]ach\s+(?:dem|der|den)\s+(?:[a-zäöüß]+\s+)?$")
# (a sentence that opens with it, after a dateline: "Berlin - Nach dem Messerangriff …")
FRONTED_AFTER_DE_RE = lazy_regex(r"(?<![^\W\d_])Nach\s+(?:dem|der|den)\s")
FRONTED_REACH = 40      # characters from a sentence's start its fronted "Nach dem" is looked for within
FINITE_AUX_DE_RE = lazy_regex(r"(?<![^\W\d_])(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|"
                              r"kam|kamen|gab|gibt|bleibt|blieb|soll|sollen|will|wollen|muss|müssen|kann|können)"
                              r"(?![^\W\d_])")
# What is appealed against was decided before the appeal: "a fait appel vendredi de sa condamnation",
# "appealed on Friday against his conviction", "legte Berufung gegen das Urteil ein"
APPEALED_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:appel|appealed|appeal|appealing|Berufung|Revision|recurso|"
                                r"recurrió)\s+(?:[^\W\d_]+\s+){0,3}?(?:de|contre|against|gegen|contra)\s+"
                                r"(?:sa|son|ses|la|le|les|his|her|their|its|the|das|den|die|sein|seine|seinen|ihr|"
                                r"ihre|ihren|su|sus|el)\s+$")
TOPIC_REACH = 24        # characters after a topic's word its own date starts within
# A participle told of a noun, not as news: "Die im Norden Malis entführte deutsche Helferin ist freigelassen
# worden" (an article before it, a noun after it), "A German aid worker kidnapped in Mali has been released"
# (a noun before it, a place or time after it, and the sentence's own verb still to come)
ATTRIBUTIVE_DE_RE = lazy_regex(r"\s+(?:(?P<adjective>[a-zäöüß]+(?:e|en|er|es|em))\s+)?[A-ZÄÖÜ]")
ADJECTIVE_ENDINGS_DE = ("e", "en", "er", "es", "em")
TIME_HEADS_DE = frozenset(("Mitte", "Anfang", "Ende"))    # "die Mitte Juni entführten Touristen": a time, no noun
# (the nearest article: "die Umsetzung des im Juni unterzeichneten Vertrags" is the treaty's "des"; or a count
# in its place: "Zwei vor drei Monaten in Mali entführte Helfer")
ARTICLE_BEFORE_DE_RE = lazy_regex(r"(?<![^\W\d_])((?i:der|die|das|den|dem|des|eine[mnrs]?|zwei|drei|vier|fünf|"
                                  r"sechs|sieben|acht|neun|zehn|elf|zwölf|\d+))\s+"
                                  r"(?:(?!(?i:der|die|das|den|dem|des|eine[mnrs]?)\s)[^\W\d_]+\s+){0,5}$")
NOT_NOUNS_EN = ADVERBS_OF_TIME | {"first", "never", "just", "still", "since"}
CLAUSE_SUBJECT_EN_RE = lazy_regex(r"\b(?:it|he|she|they|we|that|which|who|when)\b")
SPACED_STOPWORDS_EN = tuple(" " + w for w in sorted(STOPWORDS["en"]))     # "was kidnapped", "they kidnapped": no noun
REDUCED_RELATIVE_EN_RE = lazy_regex(r"(?<=[a-z]) (?:[a-z]+ed|taken|held|seized|stolen|shot) (?:in|near|at|on|by|"
                                    r"from|during|last|[a-z\d]+\s+(?:days?|weeks?|months?|years?)\s+ago)"
                                    r"\s[^.;]{0,160}?\b(?P<finite>has|have|was|were|is|are)\s+"
                                    r"(?:been\s+)?[a-z]")


# An English participle after the noun it tells of, that noun an object: "on implementing the partnership treaty
# signed in June", "under the deal reached last year" (not "the plane crashed on Sunday": a clause's own verb)
FINITE_BEFORE_EN_RE = lazy_regex(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|must|may|might|did|"
                                 r"does|do)\b")
OBJECT_BEFORE_EN_RE = lazy_regex(r"\b(?:of|on|under|to|with|for|about|into|from|over|[a-z]+ing)\s+(?:the|a|an|this|"
                                 r"that|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$")


def attributed_dates(text, sentence, dates, words, language):
    """Return {id(date): participle} for the dates a participle told of a noun has as its own: "des im Juni
    unterzeichneten Vertrags", "on implementing the treaty signed in June" (not the talks' day).

    >>> t = "Die Gespräche sollen um die Umsetzung des im Juni unterzeichneten Vertrags gehen."
    >>> w = Mention("S1", "event", "unterzeichneten", 50, 65, 0, "sign")
    >>> d = Mention("S1", "date", "im Juni", 42, 49, 0, "XXXX-06")
    >>> attributed_dates(t, (0, len(t)), [d], [w], "de") == {id(d): w}
    True
    >>> t = "The talks will focus on implementing the treaty signed in June."
    >>> w = Mention("S1", "event", "signed", 48, 54, 0, "sign")
    >>> d = Mention("S1", "date", "in June", 55, 62, 0, "XXXX-06")
    >>> attributed_dates(t, (0, len(t)), [d], [w], "en") == {id(d): w}
    True
    >>> t = "A deputy working with a unit was killed Friday."
    >>> w, d = Mention("S1", "event", "killed", 35, 41, 0, "kill"), Mention("S1", "date", "Friday", 42, 48, 0, "X")
    >>> attributed_dates(t, (0, len(t)), [d], [w], "en")
    {}
    >>> t = "The plane crashed on Sunday."
    >>> w, d = Mention("S1", "event", "crashed", 10, 17, 0, "crash"), Mention("S1", "date", "on Sunday", 18, 27, 0, "X")
    >>> attributed_dates(t, (0, len(t)), [d], [w], "en")
    {}
    """
    out = {}
    for w in words:
        if not w.text[:1].islower():
            continue
        if language == "de":
            if attributive_end(text, w, language, sentence) is None:
                continue
            article = ARTICLE_BEFORE_DE_RE.search(text, max(sentence[0], w.start - 60), w.start)
            out.update((id(d), w) for d in dates if article.start() <= d.start and d.end <= w.start)
        elif language == "en" and (own := reduced_relative_dates(text, sentence, w, dates, words)):
            out.update(own)
        elif language == "en" and w.text.endswith("ed") and not text.endswith(
                SPACED_STOPWORDS_EN, sentence[0], w.start - 1):          # (not "a unit was killed Friday": news)
            # (the clause's own verb told before the object: not "the producers of the telecast announced Friday")
            obj = OBJECT_BEFORE_EN_RE.search(text, max(sentence[0], w.start - 60), w.start)
            if not (obj and FINITE_BEFORE_EN_RE.search(text, max(sentence[0], obj.start() - 120), obj.start())):
                continue
            out.update((id(d), w) for d in dates if 0 <= d.start - w.end <= 4
                       and text[w.end:d.start].strip() in ("", "in", "on"))
    return out


def reduced_relative_dates(text, sentence, w, dates, words):
    """Return {id(date): w} for the dates an English participle after its noun tells up to that noun's verb:
    "Two aid workers kidnapped in Mali five months ago were released on Sunday" (not the release's).

    Only with no other event word between ("officers involved in Saturday's shooting were arrested"), a common
    noun before it and no subject of another clause ("DeGeneres announced on Friday that she has", "When she
    first hosted in 2007 it was noted").
    """
    end = attributive_end(text, w, "en", sentence)
    if end is None:
        return {}
    before = text[max(sentence[0], w.start - 30):w.start].split()[-1:]
    if not (before and before[0].isalpha() and before[0].islower() and not before[0].endswith("ly")
            and before[0] not in NOT_NOUNS_EN) or CLAUSE_SUBJECT_EN_RE.search(text, w.end, end) \
            or any(w.end <= x.start < end for x in words):
        return {}
    return {id(d): w for d in dates if w.end <= d.start and d.end <= end}


def told_attributively(text, m, language, sentence):
    """True when an event word is a participle told of a noun ("die entführte Helferin"), not the news itself.

    >>> t = "Die im Norden entführte deutsche Helferin ist frei. Die Rebellen entführten einen Mann."
    >>> told_attributively(t, Mention("S1", "event", "entführte", 14, 23, 0, "hostage"), "de", (0, 51))
    True
    >>> told_attributively(t, Mention("S1", "event", "entführten", 65, 75, 1, "hostage"), "de", (52, 87))
    False
    >>> t = "A German aid worker kidnapped in Mali has been released. Gunmen kidnapped a priest in Mali."
    >>> kidnapped = [Mention("S1", "event", "kidnapped", a, a + 9, 0, "hostage") for a in (20, 64)]
    >>> [told_attributively(t, m, "en", (0, 91)) for m in kidnapped]
    [True, False]
    """
    return attributive_end(text, m, language, sentence) is not None


YEAR_FAMILIES = frozenset(("founding", "birth"))     # happenings told by their year: a firm's founding, a birth

# When a deal is to be done, told before the day a clause dates it by: "The deal is expected to close in the third
# quarter of 2024", "Der Abschluss der Übernahme wird im vierten Quartal erwartet", "soll bis Ende Juni
# abgeschlossen werden", "devrait être finalisée au premier trimestre": a time ahead, no day it happened
COMPLETION_BEFORE_RE = lazy_regex(
    r"(?:\b(?:expected|due|set|scheduled|slated|likely|poised|planned)\s+to\s+(?:close|complete"
    r"|be\s+(?:completed|closed|finali[sz]ed|concluded))"
    r"|\b(?:completion|closing)\s+(?:is\s+)?(?:expected|scheduled|planned|due)"
    # "The companies expect the transaction to be completed by June", "expects the deal to close"
    r"|\bexpects?\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:deal|transaction|acquisition|takeover|merger|purchase)"
    r"\s+to\s+(?:close|complete|be\s+(?:completed|closed|finali[sz]ed|concluded))"
    r"|\bdevrai(?:t|ent)\s+être\s+(?:finalisée?s?|conclue?s?|bouclée?s?|achevée?s?)"
    r"|\b(?:finalisation|clôture)\s+(?:est\s+)?(?:attendue|prévue)"
    r"|\bse\s+espera\s+que\s+(?:se\s+)?(?:cierre|complete|concluya)|\bprevé\s+(?:cerrar|completar))"
    r"\b[^.;!?]{0,30}$", re.I)
COMPLETION_NOUN_DE_RE = lazy_regex(r"\b(?:Abschluss|Vollzug|Closing)\b[^.;!?]{0,60}$")
COMPLETION_AFTER_DE_RE = lazy_regex(r"[^.;!?]{0,30}?\b(?:(?P<done>(?:abgeschlossen|vollzogen)\s+(?:werden|sein))"
                                    r"|(?<=\s)(?:erwartet|geplant|vorgesehen|angestrebt))\b")
COMPLETED_FAMILIES = frozenset(("purchase", "agreement"))     # what a completion is told of: a takeover, a deal


def completion_dates(text, dates_at, event_words):
    """Return {id(date mention): (it, words)} for the dates that tell when a deal is to be done, in sentences that
    tell of a deal (not "The school is due to close on Monday").

    >>> t = "The deal is expected to close in the third quarter. Die Übernahme soll im Mai abgeschlossen werden."
    >>> d1, d2 = Mention("S1", "date", "the third quarter", 33, 50, 0, "XXXX-Q3"), \\
    ...     Mention("S1", "date", "im Mai", 71, 77, 1, "XXXX-05")
    >>> deals = [Mention("S1", "event", "deal", 4, 8, 0, "purchase"), Mention("S1", "event", "Übernahme", 56, 65, 1,
    ...          "purchase")]
    >>> sorted(w for _, w in completion_dates(t, {0: [d1], 1: [d2]}, deals).values())
    ['expected to close in the third quarter', 'im Mai abgeschlossen werden']
    >>> [w for _, w in completion_dates(t, {0: [d1], 1: [d2]}, deals[1:]).values()]
    ['im Mai abgeschlossen werden']
    >>> t = "Der Abschluss der Übernahme wird im Mai erwartet. Eine Entscheidung wird im Mai erwartet."
    >>> told = completion_dates(t, {0: [Mention("S1", "date", "im Mai", 32, 38, 0, "XXXX-05")], 1: [Mention(
    ...     "S1", "date", "im Mai", 76, 82, 1, "XXXX-05")]}, [Mention("S1", "event", "Übernahme", 18, 27, 0,
    ...     "purchase"), Mention("S1", "event", "Entscheidung", 54, 66, 1, "purchase")])
    >>> [(d.start, w) for d, w in told.values()]
    [(32, 'im Mai erwartet')]
    """
    out = {}
    deals = {w.sentence for w in event_words if w.key in COMPLETED_FAMILIES}
    for si, ds in dates_at.items() if deals else ():
        if si not in deals:
            continue
        for d in ds:
            before = COMPLETION_BEFORE_RE.search(text, max(0, d.start - 80), d.start)
            if before:
                out[id(d)] = d, " ".join(text[before.start():d.end].split())
                continue
            after = COMPLETION_AFTER_DE_RE.match(text, d.end, d.end + 60)
            if after and (after.group("done") or COMPLETION_NOUN_DE_RE.search(text, max(0, d.start - 80), d.start)):
                out[id(d)] = d, " ".join(text[d.start:after.end()].split())
    return out


def told_year(text, word, d):
    """True when a date is the year a founding or birth word tells, right before or after it (a few words
    before it in German: "wurde 1956 in Piacenza geboren").

    >>> t = "Tissot, founded in 1853, will cut jobs."
    >>> told_year(t, Mention("S1", "event", "founded", 8, 15, 0, "founding"),
    ...               Mention("S1", "date", "in 1853", 16, 23, 0, "1853"))
    True
    >>> t = "Der 1835 gegründete Hersteller"
    >>> told_year(t, Mention("S1", "event", "gegründete", 9, 19, 0, "founding"),
    ...               Mention("S1", "date", "1835", 4, 8, 0, "1835"))
    True
    >>> t = "Renzi wurde 1956 in Piacenza geboren."
    >>> told_year(t, Mention("S1", "event", "geboren", 29, 36, 0, "birth"),
    ...               Mention("S1", "date", "1956", 12, 16, 0, "1956"))
    True
    """
    if d.start >= word.end:               # "born in 1958", "born on April 22, 1923", "gegründet 1835"
        return d.start - word.end <= 5 and text[word.end:d.start].strip() in ("", "on", "am", "le", "el")
    if not YEAR_ONLY_RE.fullmatch(d.key):
        return False
    return word.start - d.end <= 2 and not text[d.end:word.start].strip() or bool(
        YEAR_GAP_RE.fullmatch(text, d.end, word.start))


YEAR_GAP_RE = lazy_regex(r"\s+in\s+[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s+")      # "1956 in Piacenza geboren"


def attributive_end(text, m, language, sentence):
    """Return where the words of a participle told of a noun end, or None when it is told as news.

    In English its noun's verb ends them ("kidnapped in Mali in May has been released", "kidnapped three weeks
    ago were released"); a German
    attributive participle stands after its own words ("die im Mai entführte Helferin").
    """
    if language == "de":
        after = ATTRIBUTIVE_DE_RE.match(text, m.end) if m.text[:1].islower() and m.text.endswith(
            ADJECTIVE_ENDINGS_DE) else None
        article = after and not (after.group("adjective") and after.group("adjective") in STOPWORDS["de"]) \
            and ARTICLE_BEFORE_DE_RE.search(text, max(sentence[0], m.start - 60), m.start)
        # (a noun right after the article is the subject, its verb the participle's form: "Die Rebellen
        # entführten Touristen"; "die im Juni entführten Touristen" opens with the participle's own words)
        first = article and text[article.end(1):m.start].split()[:1] if article else None
        told = article and not (first and first[0][:1].isupper() and first[0] not in TIME_HEADS_DE)
        return m.start if told else None
    if language == "en":
        reduced = REDUCED_RELATIVE_EN_RE.match(text, m.start - 1, sentence[1])
        return reduced.start("finite") if reduced and not text.endswith(
            SPACED_STOPWORDS_EN, sentence[0], m.start - 1) else None
    return None


# What "after" opens happened before the day of the clause around it: "freed on Wednesday … after a tunnel
# collapsed", "nachdem ein Stollen eingestürzt war" (its verb at the end: a longer reach back)
AFTER_OPENS_RE = lazy_regex(r"(?<![^\W\d_])(?:after|nachdem|après|después\s+de)\s+(?:[^\W\d_]+\s+){0,5}$", re.I)


def done_by_pronoun(text, word, language):
    """True when a pronoun is the subject of an event word: "Mit X unterzeichnete er", "he later signed".

    >>> t = "Mit Präsident Kalm unterzeichnete er drei Abkommen."
    >>> done_by_pronoun(t, Mention("S1", "event", "unterzeichnete", 19, 33, 0, "sign"), "de")
    True
    >>> t = "Kalm said he had signed it."
    >>> done_by_pronoun(t, Mention("S1", "event", "signed", 17, 23, 0, "sign"), "en")
    True
    """
    if language == "de":
        return bool(PRONOUN_AFTER_DE_RE.match(text, word.end) or
                    PRONOUN_AUXILIARY_DE_RE.search(text, max(0, word.start - PRONOUN_REACH), word.start))
    return bool(PRONOUN_BEFORE_RE.search(text, max(0, word.start - PRONOUN_REACH), word.start))


PRONOUN_REACH = 40       # characters before an event word a subject pronoun is looked for in
PRONOUN_AFTER_DE_RE = lazy_regex(r"\s+(?:er|sie)\b")
PRONOUN_AUXILIARY_DE_RE = lazy_regex(r"\b(?:hat|hatte|habe|ist|war|sei|wurde|wird)\s+(?:er|sie)\b[^.,;:]*$")
PRONOUN_BEFORE_RE = lazy_regex(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+\s+){0,2}$")
PRONOUN_RE = lazy_regex(r"\b(?:ihn|ihm|ihnen|him|them|[Ee]r|[Hh]e|[Ss]he|[Ii]l|[Ee]lle)\b")
BEFORE_THAT_RE = lazy_regex(r"\s*(?:Zuvor|Vorher|Davor|Tags\s+zuvor|Previously|Earlier|Before\s+that)\b")
# German "sie" is she only beside a verb in the singular: "wurde sie … empfangen", "Sie hat" (not "wurden sie")
SHE_DE_RE = lazy_regex(r"\b(?:wurde|hat|hatte|ist|war|sei|wird)\s+sie\b|\bSie\s+(?:wurde|hat|hatte|ist|war|sei|wird)\b")
NOUNLESS_AGE_RE = lazy_regex(r"(?:-Jährige[nmrs]?|-year-old)$")     # an age that is the noun itself
# Happenings that are planned, and so may be called off: a source that tells one called off
# ("sagte seinen Besuch ab") against others that tell it without is a note
# A sentence that tells what is planned: "Ein Treffen mit Kim ist geplant", "is expected to meet"
# (not "in declining health due to old age")
PLANNED_RE = lazy_regex(r"(?<![^\W\d_])(?:geplant|expected\s+to|(?:is|are)\s+due\s+to|plans\s+to|scheduled\s+to|"
                        r"prévu|prévue|previsto|prevista)(?![^\W\d_])", re.I)
# (not "soll": "Das Feuer soll in der Küche ausgebrochen sein" tells what is said of the fire before it)
PLANNED_LENGTH_FAMILIES = frozenset("exercise meeting ceasefire visit summit talks mourn".split())
SCHEDULED_FAMILIES = frozenset("meeting ceremony vote elect speech protest trial".split())   # a visit is a meeting
CANCEL_REACH = 40       # characters between a word of calling off and the happening's word
CANCELLED_OTHER_RE = lazy_regex(r"\d|\b(?:hundreds|dozens|thousands|scores|Hunderte|Dutzende|Tausende|flights|Flüge|"
                                r"trains|Züge|services|classes|games|matches)\b")
VERDICT_FAMILIES = frozenset(("sentence", "charge", "arrest"))    # what is done for a deed
MAX_REASON_WORDS = 8    # event words after a verdict's word that may be the deed it is for
MAX_SUSPECTS = 4        # suspects' ages each deed carries (a real article tells one or two; crafted text thousands)
# Deeds with a suspect, whose age each of them carries (see suspect_ages)
SUSPECT_FAMILIES = DEED_FAMILIES | {"arrest", "charge", "sentence", "kill"}
VICTIM_FAMILIES = DEED_FAMILIES | {"kill", "fight"}      # deeds that carry their victims' ages
ANAPHOR_FAMILIES = DEED_FAMILIES - {"injure", "death"} | {"kill", "crash", "collapse"}   # what "the incident" is
HARM_FAMILIES = frozenset(("injure", "die", "death"))        # or, with none of those, the harm it did
OWN_COUNT_FAMILIES = DEED_FAMILIES | HARM_FAMILIES | {"kill"}  # a clause of one of these counts its own harm
ANAPHOR_REACH = 3        # sentences back that "the incident" looks for its deed
# Measures only one family's happening has: a quake's magnitude, a storm's category
OWN_MEASURES = {"magnitude": "quake", "category": "storm"}
MEASURED_FAMILIES = frozenset(OWN_MEASURES.values())
VOTED_FAMILIES = frozenset(("elect", "win", "vote", "poll"))     # happenings a share of the vote is told of
# Happenings of a vehicle and who was aboard it ("Der Zug hatte 250 Fahrgäste an Bord")
CARRIER_FAMILIES = frozenset(("crash", "sink", "landing"))
ABOARD_RE = lazy_regex(r"(?<![^\W\d_])(?:passeng|passagier|fahrg[aä]st|passager|pasajer)"
                       r"|(?<![^\W\d_])(?:an|on|à|a)\s+(?:Bord|board|bordo)(?![^\W\d_])", re.I)
RIVALS_FAMILIES = frozenset(("elect",))     # happenings whose words name several people who each take part
DISPATCH_RE = lazy_regex(r"(?<![^\W\d_])(?:were|was|been|wurden?|worden|ont\s+été|a\s+été|fueron|fue)\s+"
                         r"(?:\S+\s+){0,5}?(?:called|alerted|dispatched|alarmiert|gerufen|appelés|alertés|prévenus|"
                         r"alertados|llamados|avisados)(?![^\W\d_])", re.I)
PLACED_FAMILIES = MEASURED_FAMILIES | {"launch", "flood"}     # happenings a distance tells where or how high of
# A river's level in metres: "stieg die Donau auf 10,20 Meter", "der Pegel erreichte", "the Danube reached 10.4 metres"
RIVER_LEVEL_RE = lazy_regex(r"\b(?:Pegel\w*|Wasserstand\w*|(?:water|river)\s+level|crest(?:ed)?|stieg|steigt|gestiegen|"
                            r"rose|risen|rising|reached|erreichte)\b[^.;]{0,60}?\d[\d.,]*\s*"
                            r"(?:Meter|Metern|metres|meters|m)\b"
                            # ("ist auf 12,10 Meter gestiegen": the participle last)
                            r"|\d[\d.,]*\s*(?:Meter|Metern)\s+(?:an)?gestiegen\b", re.I)
# ... or how much rain fell: "fielen 120 Liter Regen pro Quadratmeter", "150 litres of rain per square metre",
# "120 millimetres of rain" (the nearest flood's, not the evacuation's the sentence before tells)
RAINFALL_RE = lazy_regex(r"\d[\d.,]*\s*(?:Liter\w*|lit(?:re|er)s|litros|Millimeter\w*|millimet(?:re|er)s|mm|"
                         r"milímetros|millimètres)\s+(?:Regen|Niederschlag|of\s+rain(?:fall)?|de\s+pluie|"
                         r"de\s+lluvia)\b", re.I)
# The counts of harm that are another harm family's: told in one clause, each is its own row's
OTHER_HARMS = {"death": frozenset(("injured", "seriously injured")), "injure": frozenset(("dead",)),
               "missing": frozenset(("dead", "injured", "seriously injured"))}    # "two died and one is missing"
# A word for any mishap, and the mishaps it stands for when one is told just before it
MISHAP_WORDS = frozenset(("Unglück", "Unglücks", "Unglückes"))
DECISION_NOUNS = frozenset("entscheidung urteil urteils ruling decision verdict".split())
MISHAP_FAMILIES = frozenset("crash collapse blast fire flood sink storm landslide quake eruption stampede".split())
SUSPECT_RE = lazy_regex(r"\b(?:mutmaßlichen?|Täter|Tatverdächtige[nr]?|Verdächtige[nr]?|Angreifer|Schütze[n]?|"
                        r"suspect|suspected|alleged|attacker|gunman|assailant|shooter|perpetrator|"
                        r"suspecte?|sospechoso|agresor|atacante)\b")


# A term the prosecution asked for, told in a sentence of its own: "Die Staatsanwaltschaft hatte zehn Jahre
# gefordert", "forderte zwölf Jahre Haft", "Prosecutors had sought 10 years", "asked for a sentence of nine years"
TERM_ASKED_RE = lazy_regex(
    r"(?<![^\W\d_])(?:(?P<verb>forderte|forderten|beantragte|beantragten|verlangte|verlangten|sought|demanded|"
    r"requested|asked\s+for|called\s+for|recommended)\s+(?:(?:a|eine)\s+)?(?:(?:prison\s+)?(?:sentence|term)\s+of\s+|"
    r"(?:Haftstrafe|Freiheitsstrafe|Strafe)\s+von\s+)?)?(?P<num>\d{1,2}|" + _COUNT_ALT + r"|anderthalb|eineinhalb|"
    r"ein(?:em)?(?=\s+Jahr)|one(?=[\s-]+year)|a(?=\s+year))"      # "hatte ein Jahr Haft verlangt"
    + _HALF + r"(?:\s+|-)"          # ("sought a five-year prison sentence")
    r"(?P<unit>Jahr(?:en?)?|Monat(?:en?)?|years?|months?)(?![^\W\d_])(?:(?:\s+(?:Haft|Gefängnis|in\s+prison|in\s+jail|"
    r"behind\s+bars|(?:prison\s+|jail\s+)?(?:sentence|term)))?(?P<asked>\s+(?:gefordert|beantragt|verlangt))?)", re.I)
PROSECUTION_RE = lazy_regex(r"(?<![^\W\d_])(?:Staatsanwalt\w*|Oberstaatsanwalt\w*|Anklage|Ankläger\w*|"
                            r"prosecut\w*|Bundesanwalt\w*)", re.I)
ASKED_CUES = ("forder", "beantrag", "verlang", "sought", "demanded", "requested", "asked for", "called for",
              "recommended")


def asked_terms(text, sentences):
    """Return (sentence index, ("prison term asked", "10 years", False, words)) for each term the prosecution is
    told to have asked for, in a sentence that names the prosecution.

    >>> t = "Er bekam acht Jahre. Die Staatsanwaltschaft hatte zehn Jahre gefordert. Prosecutors sought 12 years."
    >>> [(si, q[1]) for si, q in asked_terms(t, split_sentences(t))]
    [(1, '10 years'), (2, '12 years')]
    >>> asked_terms("Prosecutors had sought a five-year prison sentence.", [(0, 51)])[0][1][1:]
    ('5 years', False, 'sought a five-year prison sentence')
    >>> asked_terms("Die Anklage hatte ein Jahr Haft verlangt.", [(0, 41)])[0][1][1:3]
    ('1 year', False)
    """
    out = []
    for si, (a, b) in enumerate(sentences):
        if len(out) >= MAX_SUSPECTS or not PROSECUTION_RE.search(text, a, b) or \
                not any(text.find(w, a, b) >= 0 for w in ASKED_CUES):
            continue
        for m in TERM_ASKED_RE.finditer(text, a, b):
            if len(out) >= MAX_SUSPECTS:  # a bound for crafted text
                break
            if m.group("verb") or m.group("asked"):       # not "drohen bis zu 15 Jahre", "faces 20 years"
                # ("fünf Jahre und drei Monate gefordert", "sought five years and three months": one term)
                value, at, to = term_told(text, m, "num", "unit", a, b)
                if value:
                    out.append((si, ("prison term asked", value, False, " ".join(text[at:to].split()))))
    return out


def suspect_ages(text, sentences, language):
    """Return the ages told of a suspect, as find_unnamed_ages does: in an apposition to the word for
    the suspect ("Der mutmaßliche Täter, ein 26-jähriger Mann"), or with it ("the 27-year-old suspect").

    >>> t = "Drei starben. Der mutmaßliche Täter, ein 26-jähriger Mann, floh. A 50-year-old saw the suspect's car."
    >>> [q[3] for q in suspect_ages(t, split_sentences(t), "de")]
    ['26-jähriger Mann']
    """
    starts = [a for a, _ in sentences]
    out = []
    breaks_in = {}                        # sentence -> its clause breaks, found once (crafted text: many suspects)
    seen = set()                          # where each age found starts
    for m in SUSPECT_RE.finditer(text):
        si = bisect_right(starts, m.start()) - 1
        if si < 0 or m.start() >= sentences[si][1]:
            continue
        if si not in breaks_in:
            breaks_in[si] = clause_breaks(text, sentences[si])
        breaks = breaks_in[si]
        cs, ce = clause_of(sentences[si], breaks, m.start()) if breaks else sentences[si]
        for q in find_unnamed_ages(text, max(cs, m.start() - 40), min(ce, m.end() + 40), language):
            if (q[5] <= m.start() < q[5] + len(q[3]) + 2 or APPOSITION_RE.fullmatch(text, m.end(), q[5])) \
                    and q[5] not in seen:
                seen.add(q[5])
                out.append(q)
    # "Ein 36 Jahre alter Mann hat … zwei Männer verletzt", "A 34-year-old man stabbed two people": the subject
    # of a deed told actively did it (not "wurde verletzt", "was stabbed": a victim)
    # (tried at each sentence's start, and after a wire story's dash: "BERLIN, June 6 (dpa) - A 34-year-old man")
    for a, b in sentences if any(w in text for w in ("year-old", "ährig", "Jahre alt")) else ():
        dash = WIRE_LEAD_RE.search(text, a, min(b, a + DATELINE_CHARS))
        for m in filter(None, (ACTIVE_DEED_RE.match(text, at, b) for at in ((a, dash.end()) if dash else (a,)))):
            group = next(g for g in SUBJECT_GROUPS if m.group(g))
            if group in ("subject3", "subject4", "subject5"):     # "Der 27-Jährige": no noun after it to read
                n = AGE_NUMBER_RE.search(text, m.start(group), m.end(group))
                found = [("age", n.group(), False, " ".join(m.group(group).split()), m.start(group), n.start())]
            else:
                found = find_unnamed_ages(text, m.start(), m.end(group), language)
            for q in found:
                if q[5] not in seen:
                    seen.add(q[5])
                    out.append(q)
    return out


def victim_ages(text, sentences, language):
    """Return ("victim's age", "29", False, words) for each age told of a victim: in an apposition to the word
    for the victim ("The victim, a 29-year-old man", "Das Opfer, ein 29-jähriger Mann"), with it ("the
    29-year-old victim", "das 29-jährige Opfer"), or as whom a deed's verb befell ("punched a 31-year-old man",
    "einen 31-jährigen Mann geschlagen").

    >>> t = "The victim, a 29-year-old man, was taken away. Delaney punched a 31-year-old man. A 40-year-old fled."
    >>> [q[1] for q in victim_ages(t, split_sentences(t), "en")]
    ['29', '31']
    >>> t = "Die Opfer, 28 und 24 Jahre alt, kamen in eine Klinik. The victims are aged 24 and 27."
    >>> [q[1] for q in victim_ages(t, split_sentences(t), "de")]
    ['24 and 28', '24 and 27']
    """
    if not any(w in text for w in ("year-old", "ährig", "Jahre alt", "aged", "ages", "Alter", " ans", " años")):
        return []
    out, seen = [], set()
    # two victims' ages told together: "Die Opfer im Alter von 24 und 27 Jahren", "The victims are aged 24 and 27"
    for m in VICTIMS_AGES_RE.finditer(text) if VICTIMS_RE.search(text) else ():
        if m.group("aged") or m.group("unit"):
            a, b = sorted((int(m.group("a")), int(m.group("b"))))
            out.append(("age of the victims", f"{a} and {b}", False,
                        " ".join(text[m.start("a"):m.end()].split())))
    for pattern in (VICTIM_RE, VICTIM_OBJECT_RE):
        for m in pattern.finditer(text):
            told = None if pattern is VICTIM_RE else next(g for g in ("object", "object2", "object3") if m.group(g))
            lo, hi = m.span(told) if told else (m.start(), min(len(text), m.end() + 40))
            for q in find_unnamed_ages(text, max(0, lo - 30), hi, language):
                near = q[5] >= m.start(told) if told else \
                    q[5] <= m.start() < q[5] + len(q[3]) + 2 or APPOSITION_RE.fullmatch(text, m.end(), q[5])
                if near and q[5] not in seen:
                    seen.add(q[5])
                    out.append(("victim's age",) + q[1:4])
    return out


VICTIM_RE = lazy_regex(r"\b(?:victim|Opfer|Geschädigte[nr]?|victime|víctima)\b", re.I)
VICTIMS_RE = lazy_regex(r"\b(?:[Vv]ictims|Opfer|victimes|víctimas)\b")
VICTIMS_AGES_RE = lazy_regex(r"\b(?:[Vv]ictims|Opfer|victimes|víctimas)\b[^.;!?\d]{0,30}?"
                             r"(?:(?P<aged>aged|ages|im\s+Alter\s+von|âgée?s\s+de|de)\s+)?"
                             r"(?P<a>\d{1,2})\s+(?:und|and|et|y)\s+(?P<b>\d{1,2})"
                             r"(?P<unit>\s+(?:Jahren?|years?|ans|años)\b)?")
# whom a deed befell, told right after its verb: "punched a 31-year-old man", "stabbed a 19-year-old", and in
# German by the accusative: "einen 31-jährigen Mann geschlagen"
VICTIM_OBJECT_RE = lazy_regex(r"\b(?:punched|stabbed|shot|attacked|assaulted|beat|hit|injured|wounded|killed|"
                              r"struck|shooting|stabbing|killing)\s+(?P<object>an?\s+\d{1,3}-year-old(?:\s+[a-z]+)?)"
                              # and of a deed's noun: "the stabbing death of a 16-year-old boy", "the murder of a"
                              r"|\b(?:death|killing|murder|stabbing|shooting|beating)\s+of\s+"
                              r"(?P<object3>an?\s+\d{1,3}-year-old(?:\s+[a-z]+)?)"
                              r"|(?P<object2>\b[Ee]inen\s+\d{1,3}-jährigen(?:\s+[A-ZÄÖÜ][a-zäöüß]+)?)"
                              r"(?=\s+(?:[^\W\d_]+\s+){0,3}?(?:geschlagen|verletzt|getötet|erstochen|angegriffen|"
                              r"erschossen|niedergestochen|attackiert|überfallen|angeschossen|verprügelt)\b)")


ACTIVE_DEED_RE = lazy_regex(
    r"(?P<subject>(?:Ein|Eine)\s+(?:\d{1,3}-[jJ]ährige[rn]?|\d{1,3}\s+Jahre\s+alte[rn]?)\s+"
    r"(?:Mann|Frau|Jugendliche[r]?)\s+(?:hat|hatte)\s)[^.;!?]{0,120}?\b(?:verletzt|getötet|erstochen|erschossen|"
    r"angegriffen|niedergestochen|eingestochen|attackiert|niedergeschlagen)\b"
    r"|(?P<subject2>(?:A|An)\s+\d{1,3}-year-old\s+(?:man|woman|teenager|boy|girl|youth))\s+(?:stabbed|shot|killed|"
    r"attacked|opened\s+fire|injured|wounded)\b"
    # and one who gave himself up: "Der 27-Jährige habe sich am Samstag den Ermittlern gestellt", "A 26-year-old
    # Syrian man turned himself in to police"
    r"|(?P<subject3>(?:Ein|Eine|Der|Die)\s+(?:\d{1,3}-[jJ]ährige[rn]?|\d{1,3}\s+Jahre\s+alte[rn]?)"
    r"(?:\s+[A-ZÄÖÜ][\w-]*)?)\s+(?:(?:hat|hatte|habe|soll)\s+sich\s[^.;!?]{0,80}?\bgestellt|stellte\s+sich)\b"
    r"|(?P<subject4>(?:A|An|The)\s+\d{1,3}-year-old(?:\s+[A-Z][\w-]*)?(?:\s+(?:man|woman|teenager|suspect))?)\s+"
    r"(?:turned\s+(?:himself|herself)\s+in|surrendered|gave\s+(?:himself|herself)\s+up)\b"
    # and one brought before a court: "Der 59-Jährige soll am Mittwoch vor Gericht erscheinen", "The 56-year-old is
    # due to appear before a prosecutor", "Der 31-Jährige sitzt in Untersuchungshaft"
    r"|(?P<subject5>(?:Der|Die|The)\s+(?:\d{1,3}-[jJ]ährige[rn]?|\d{1,3}-year-old))\s[^.;!?]{0,80}?"
    r"\b(?:vor\s+(?:Gericht|(?:den|dem|einen)\s+Haftrichter)|in\s+(?:Untersuchungshaft|U-Haft)|before\s+(?:a\s+)?"
    r"(?:judge|prosecutor|magistrate|court)|in\s+court|in\s+custody)\b")
SUBJECT_GROUPS = ("subject", "subject2", "subject3", "subject4", "subject5")
AGE_NUMBER_RE = lazy_regex(r"\d{1,3}")
WIRE_LEAD_RE = lazy_regex(r"\s[-–—]\s")     # the dash after a wire story's dateline
# what stands between a suspect's or a victim's word and the age told of them: "the gunman, a 23-year-old", "The
# shooter was a 23-year-old student"
APPOSITION_RE = lazy_regex(r",?\s+(?:(?:was|is|war|ist)\s+)?(?:(?:ein|eine|einen|a|an|un|une|una)\s+)?", re.I)


def embedded_clauses(text, sentence, breaks):
    """Return {clause start: (break start, relative clause start, its closing comma)} for a sentence.

    "Brandauer, who took over in January, said there would be no cuts": the main clause goes
    on after the relative one, which tells of its subject, not of what the main clause says.
    Each relative clause between commas is keyed by its start, and so is a clause that a
    break right at its closing comma starts: "hat X, den die Opposition kritisiert hatte,
    die Präsidentin empfangen" goes on with "hat X" (its "die" is an article).

    >>> t = "Brandauer, who took over in January, said so; Kim, who left."
    >>> embedded_clauses(t, (0, len(t)), clause_breaks(t, (0, len(t))))
    {11: (9, 11, 35)}
    >>> t = "Am Freitag hat Eva Lind, den die Opposition kritisiert hatte, die Präsidentin empfangen."
    >>> embedded_clauses(t, (0, len(t)), clause_breaks(t, (0, len(t))))
    {25: (23, 25, 60), 62: (23, 25, 60)}
    """
    out = {}
    for i, (a, b) in enumerate(breaks):
        if b not in out and text[a] == "," and RELATIVE_START_RE.match(text, b):   # not the main clause's again
            nxt = breaks[i + 1] if i + 1 < len(breaks) else None
            c = text.find(",", b, nxt[0] if nxt else sentence[1])
            if c > 0:                    # its comma comes before the next break: it is closed
                out[b] = (a, b, c)
            elif nxt and text[nxt[0]] == ",":
                out[b] = out[nxt[1]] = (a, b, nxt[0])     # closed by the comma of the next break
    return out


def clause_breaks(text, sentence):
    """Return the (start, end) spans of the clause breaks in a sentence ((start, end) of text)."""
    return tuple(m.span() for m in CLAUSE_BREAK_RE.finditer(text, *sentence))


def clause_of(sentence, breaks, offset):
    """Return the (start, end) of the clause of a sentence that holds offset, given its clause breaks.

    Breaks are in text order and apart, so two binary searches find them: a crafted sentence
    has tens of thousands, and each of its event words asks.

    >>> clause_of((0, 30), ((9, 11), (19, 21)), 14), clause_of((0, 30), ((9, 11), (19, 21)), 10)
    ((11, 19), (0, 19))
    """
    i = bisect_right(breaks, offset, key=itemgetter(1))      # the breaks that end at offset or before
    j = bisect_left(breaks, offset, i, key=itemgetter(0))     # the first after them to start at offset or later
    return breaks[i - 1][1] if i else sentence[0], breaks[j][0] if j < len(breaks) else sentence[1]


# (a day may stand between the French or Spanish participle and its agent: "doit être reçu mercredi par")
# "wird von Ruto empfangen", "will be welcomed by Ruto"; but "Ruto wird Charles empfangen" is active
MAYBE_PASSIVE_RE = lazy_regex(r"\b(?:wird|werden|be|is|are)\b")
PASSIVE_RE = lazy_regex(r"\b(?:wurde|wurden|worden|was|were|been|été|fue|fueron|sido|"
                        r"reçue?s?\s+(?:[^\W\d_]+\s+){0,2}par|recibid[oa]s?\s+(?:[^\W\d_]+\s+){0,3}por)\b", re.I)


# Where a guest is received: a preposition, then a venue noun (German compounds too:
# Militärflughafen) with any name after it, or a name before an English venue noun.
VENUE_RE = lazy_regex(r"\b(?i:auf dem|am|im|vor dem|at the|at)\s+(?:"
                      r"(?:[A-ZÄÖÜ][\w-]*\s+){1,3}(?i:airport|airfield|air base|station|palace)"
                      r"|[\w-]{0,30}(?i:flughafen|airport|airfield|bahnhof|station|palast|palace)"
                      r"(?:\s+[A-ZÄÖÜ][\w-]+){0,2})\b")


HOST_REACH = 250         # characters on either side of a word of receiving its host is looked for
SUBORDINATE_RE = lazy_regex(r",\s*(?:wo|wobei|als|nachdem|where|when|after)\b")


def host_of(text, sentence, word, person_mentions):
    """Return (person key, words) for who received someone, from one sentence, or None.

    "X wurde von Y empfangen", "X was received by Y", "X a été reçu par Y", "X fue recibido por Y": the
    person after von/by/par/por;
    "Y empfing X" and "Am Montag empfing Y X": the first person of the sentence.
    The words take in where, when the sentence names a venue ("am Flughafen").
    """
    # within HOST_REACH of the word: a real sentence is shorter, a crafted one is read once per word
    s, e = max(sentence[0], word.start - HOST_REACH), min(sentence[1], word.end + HOST_REACH)
    # "X war eingetroffen, wo ihn Y begrüßte": the clause of the word is where its host is
    for clause in SUBORDINATE_RE.finditer(text, s, word.start):
        s = clause.end()
    people = sorted((m for m in person_mentions if s <= m.start < e), key=lambda m: m.start)
    if not people:
        return None
    found = None
    passive = PASSIVE_RE.search(text, s, e)
    if passive or MAYBE_PASSIVE_RE.search(text, s, e):
        for m in people:
            before = re.search(r"\b(?:von|vom|by|par|por)\b[^.;]*$", text[max(s, m.start - 100):m.start])
            if before:
                found = m, " ".join((before.group() + m.text).split())
                break
    if not found and not passive:
        for m in people:
            articles = re.findall(r"\b(der|die|das|den|dem|ein|eine|einen|einem|the)\b", text[s:m.start], re.I)
            if articles and articles[-1].lower() in ("den", "einen", "dem", "einem"):
                continue                      # "hat den Sekretär ..., Sergej X, empfangen": the guest
            found = m, m.text
            break
    if not found:
        return None
    m, words = found
    venue = VENUE_RE.search(text, s, e)
    if venue:
        # who received a guest and where are told together, in the order the source tells them
        place = " ".join(venue.group().split())
        words = f"{place} … {words}" if venue.start() < m.start else f"{words} … {place}"
    return m.detail or m.key, words


NAME_ADJECTIVE_RE = lazy_regex(r"(?:\b[a-zäöüß][a-zäöüß-]*(?:e|en|er|es|em|al|ic|ive|ary)\s+){1,3}$")
NOT_NAMING = {"neuen", "neue", "neuer", "neues", "new", "this", "that", "diesen", "dieses", "dieser", "gleichen",
              "bisherigen", "eine", "einen", "einer", "eines", "einem", "ein", "den", "der", "des", "die", "dem",
              "the", "a", "an", "seine", "seinen", "ihre", "ihren", "beiden"}


def agreement_name(text, word):
    """Return (name, words) when an agreement word comes with words that name it, or None.

    >>> t = "die Unterzeichnung des Vertrags über eine umfassende Partnerschaft."
    >>> m = Mention("S1", "event", "Vertrags", 23, 31, 0, "agreement")
    >>> agreement_name(t, m)
    ('Vertrag über eine umfassende Partnerschaft', 'Vertrags über eine umfassende Partnerschaft')
    >>> t = "Sie unterzeichneten einen strategischen Vertrag."
    >>> agreement_name(t, Mention("S1", "event", "Vertrag", 40, 47, 0, "agreement"))
    ('strategischen Vertrag', 'strategischen Vertrag')
    """
    head = word.text
    lemma = head
    for ending in ("es", "s"):
        if head.endswith(ending) and event_family(head[:-len(ending)], "de") == "agreement":
            lemma = head[:-len(ending)]
            break
    offset = max(0, word.start - 80)
    before = NAME_ADJECTIVE_RE.search(text[offset:word.start])
    run = [(w.group(), offset + before.start() + w.start()) for w in re.finditer(r"\S+", before.group())] \
        if before else []
    # the adjectives after the last article, and no verb: "unterzeichneten einen Vertrag" names nothing
    while run and (any(w.lower() in NOT_NAMING for w, _ in run) or word_event(run[0][0], "de")):
        run = run[1:]
    adjectives = [w for w, _ in run]
    after = re.match(r"\s+((?:über|zur|zum|on|for|of)\s+(?:[\w-]+\s+){0,4}?[A-ZÄÖÜ][\w-]+)", text[word.end:word.end + 80])
    if not adjectives and not after:
        return None
    name = " ".join(adjectives + [lemma] + ([after.group(1)] if after else []))
    words = text[run[0][1] if run else word.start:word.end + (after.end() if after else 0)]
    return name, " ".join(words.split())


@remembered
def specific(value):
    """True for a date value that can tell two happenings apart (not 'this year')."""
    return bool(re.match(r"(\d{4}|XXXX)-(\d\d|W)", value))


def compatible_values(a, b):          # not cached: date_points remembers whole pairs of events' dates
    """True when two date values can name the same day or period.

    >>> compatible_values("XXXX-06", "2024-06-19"), compatible_values("XXXX-09-13", "XXXX-11-29")
    (True, False)
    >>> compatible_values("2026-Q3", "2026-08"), compatible_values("2026-Q3", "2026-10-02")
    (True, False)
    >>> compatible_values("2027-W03", "2027-01-20"), compatible_values("2027-W03", "2027-01-31")
    (True, False)
    >>> compatible_values("2025-W06", "2024-12"), compatible_values("2025-W05", "2025-02")
    (False, True)
    >>> compatible_values("2025-W41-WE", "2025-10-11"), compatible_values("2025-W41-WE", "2025-10-09")
    (True, False)
    """
    a, b = day_of(a), day_of(b)
    if a == b:
        return True
    if "W" in a or "W" in b:
        wa, wb = weekday_of(a), weekday_of(b)
        if wa and wb:
            return wa == wb
        week, day = (a, b) if "W" in a else (b, a)
        known = week[:4].isdigit() and KNOWN_WEEK_RE.match(week)     # not "XXXX-WXX-4": a weekday
        if known and ISO_DAY_RE.fullmatch(day):           # "two weeks ago" and last Sunday: the day's week
            try:
                told = date.fromisoformat(day).isocalendar()
            except ValueError:
                return False
            # a weekend's days, from Friday (one may arrive "am Wochenende" on a Friday night; not on a Thursday)
            return told[:2] == (int(known.group(1)), int(known.group(2))) and (
                not week.endswith("-WE") or told[2] >= 5)
        month = known and len(day) == 7 and MONTH_OR_DAY_RE.match(day)
        if month and month.group(1).isdigit():      # "vor zwei Wochen" and "in December": the months its days are in
            try:
                monday = date.fromisocalendar(int(known.group(1)), int(known.group(2)), 1)
            except ValueError:
                return False
            return any((d.year, d.month) == (int(month.group(1)), int(month.group(2)))
                       for d in (monday, monday + timedelta(days=6)))
        return True
    pa, pb = a.split("-"), b.split("-")
    for x, y in zip(pa, pb):
        if "X" in x or "X" in y:
            continue
        if x != y and not (x in PART_MONTHS and y in PART_MONTHS[x] or y in PART_MONTHS and x in PART_MONTHS[y]):
            return False
    return True


KNOWN_WEEK_RE = lazy_regex(r"(\d{4})-W(\d\d)(?:-WE)?$")     # a week of a known year, or its weekend


# The months a quarter or a season holds: "im dritten Quartal" may be "im August"
PART_MONTHS = {**{f"Q{q}": {f"{m:02d}" for m in range(3 * q - 2, 3 * q + 1)} for q in range(1, 5)},
               "SP": {"03", "04", "05"}, "SU": {"06", "07", "08"}, "FA": {"09", "10", "11"}, "WI": {"12", "01", "02"},
               "H1": {f"{m:02d}" for m in range(1, 7)}, "H2": {f"{m:02d}" for m in range(7, 13)}}


def adjacent_days(a, b):
    """True when two full dates are one day apart.

    Two sources may date one happening a day apart (a time zone, or "yesterday"
    read from two publication days): no proof of one happening, no proof of two.

    >>> adjacent_days("2013-05-02", "2013-05-03"), adjacent_days("2012-12-31", "2013-01-01")
    (True, True)
    >>> adjacent_days("2013-05-02", "2013-05-04"), adjacent_days("XXXX-05-02", "XXXX-05-03")
    (False, True)
    """
    if a.startswith("XXXX-") and b.startswith("XXXX-"):     # the same unknown year: a leap year stands in
        a, b = "2000" + a[4:], "2000" + b[4:]
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) == 1
    except ValueError:
        return False


# "vor drei Monaten", "two weeks ago": a count of weeks or months back is a round
# figure, so the month or week it gives may be the one before or after it
ROUGH_DATE_RE = lazy_regex(r"\bvor\s+(?:\S+\s+){1,3}(?:Wochen?|Monat(?:en)?)\b|\b\S+\s+(?:weeks?|months?)\s+ago\b"
                           r"|\bhalben\s+Jahr\b|\b(?:anderthalb|eineinhalb)\s+Jahren\b|\b(?:half\s+a\s+year|a\s+half"
                           r"|fortnight)\s+ago\b"
                           # counted ahead as roughly: "in zwei Wochen", "in two weeks", "dans deux semaines"
                           r"|\b(?:in|dans|en|dentro\s+de)\s+(?:\S+\s+){1,2}(?:Wochen|Monaten|weeks|months|semaines"
                           r"|semanas|meses)\b|\b(?:il\s+y\s+a|hace)\s+\S+\s+(?:semaines|mois|semanas|meses)\b", re.I)
ROUGH_WEEK_DAYS = 3      # days before or after a week counted back ("vor zwei Wochen") a day it may be lies
MONTH_OR_DAY_RE = lazy_regex(r"(\d{4}|XXXX)-(\d\d)(?:-\d\d)?$")
WEEK_VALUE_RE = lazy_regex(r"(\d{4})-W(\d\d)$")


def rough_values(told):
    """Return the values only counted back (frozenset) of (words, value) pairs: rough words give them, no exact ones.

    >>> sorted(rough_values([("vor drei Monaten", "XXXX-06")]))
    ['XXXX-06']
    >>> sorted(rough_values([("vor drei Monaten", "XXXX-06"), ("im Juni", "XXXX-06")]))
    []
    """
    rough, exact = set(), set()
    for words, value in told:
        (rough if ROUGH_DATE_RE.search(words) else exact).add(day_of(value))
    return frozenset(rough - exact)


@remembered
def near_values(a, b):
    """True when two values name months, or ISO weeks, at most one apart (a day counts as its month).

    >>> near_values("XXXX-06", "2024-05-20"), near_values("2024-06", "2023-07"), near_values("XXXX-12", "XXXX-01")
    (True, False, True)
    >>> near_values("2024-W10", "2024-W11"), near_values("2024-W01", "2023-W52"), near_values("XXXX-06", "XXXX-08")
    (True, True, False)
    >>> near_values("2025-W09", "2025-03-03"), near_values("2027-W03", "2027-01-31")
    (True, False)
    """
    a, b = day_of(a), day_of(b)
    ma, mb = MONTH_OR_DAY_RE.match(a), MONTH_OR_DAY_RE.match(b)
    if ma and mb:
        (ya, xa), (yb, xb) = ma.groups(), mb.groups()
        if "X" in ya or "X" in yb:
            return (int(xa) - int(xb)) % 12 in (0, 1, 11)
        return abs((int(ya) * 12 + int(xa)) - (int(yb) * 12 + int(xb))) <= 1
    wa, wb = WEEK_VALUE_RE.match(a), WEEK_VALUE_RE.match(b)
    if (wa or wb) and not (wa and wb) and ISO_DAY_RE.fullmatch(b if wa else a):
        # "vor zwei Wochen" and the 3rd: a day a few days off the week counted back (not last Sunday)
        w = wa or wb
        try:
            monday, day = date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1), date.fromisoformat(b if wa else a)
        except ValueError:
            return False
        return -ROUGH_WEEK_DAYS <= (day - monday).days <= 6 + ROUGH_WEEK_DAYS
    if wa and wb:
        try:
            da, db = (date.fromisocalendar(int(w.group(1)), int(w.group(2)), 1) for w in (wa, wb))
        except ValueError:
            return False
        return abs((da - db).days) <= 7
    return False


def dates_meet(xs, ys, rough_xs=frozenset(), rough_ys=frozenset()):
    """True when a value of xs and one of ys can name one time; a rough one may be a month or week off.

    >>> dates_meet({"XXXX-06"}, {"XXXX-05"}), dates_meet({"XXXX-06"}, {"XXXX-05"}, {"XXXX-06"})
    (False, True)
    """
    if rough_xs or rough_ys or len(xs) * len(ys) <= 16:        # nearly always: a few values each
        return any(compatible_values(x, y) or ((x in rough_xs or y in rough_ys) and near_values(x, y))
                   for x in xs for y in ys)
    # two full days meet only when they are one day: each pair is asked only where a side is vaguer
    # (a month, a weekday), so thousands of dated happenings cost no more than a set of them
    dx, dy = [day_kind(x) for x in xs], [day_kind(y) for y in ys]
    if not {d for d, _ in dx}.isdisjoint(d for d, _ in dy):
        return True
    vague_x, vague_y = [x for x, vague in dx if vague], [y for y, vague in dy if vague]
    return bool(vague_x or vague_y) and (any(compatible_values(x, y) for x in vague_x for y, _ in dy)
                                         or any(compatible_values(x, y) for x, _ in dx for y in vague_y))


@remembered
def day_kind(value):
    """Return (the day a value falls on, whether it is vaguer than a full day).

    >>> day_kind("2024-06-13TEV"), day_kind("XXXX-06")
    (('2024-06-13', False), ('XXXX-06', True))
    """
    day = day_of(value)
    return day, not ISO_DAY_RE.fullmatch(day)


def weekday_of(value):
    """Return the ISO weekday a value (or the day of a time) names or implies (1-7), or None."""
    value = day_of(value)
    m = WEEKDAY_VALUE_RE.fullmatch(value)
    if m:
        return int(m.group(1))
    m = ISO_DAY_RE.fullmatch(value)
    if m:
        return date(*map(int, m.groups())).isoweekday()
    return None


WEEKDAY_VALUE_RE = lazy_regex(r"XXXX-WXX-(\d)")
ISO_DAY_RE = lazy_regex(r"(\d{4})-(\d\d)-(\d\d)")
YEARLESS_DAY_RE = lazy_regex(r"XXXX-\d\d-\d\d")
YEARLESS_MONTH_RE = lazy_regex(r"XXXX-\d\d")
LEAP_YEAR = 2000         # the year a day of no year is counted in (it has a 29 February)


def link_events(doc_events, people_df, label_of=None, min_sources=1):
    """Return event Entities from DocEvents: the same happening across sources.

    Events of different families never link, so each family is linked on its
    own and only one family's pairs are held at a time. Clusters grow best
    pair first, each holding at most one DocEvent of a source; only those of
    min_sources or more sources become Entities.
    """
    label_of = label_of or {}
    weight = {p: 2.0 / max(1.0, n ** 0.5) for p, n in people_df.items()}   # a rarer person tells more
    of_family = defaultdict(list)         # family -> indices of its events, in source order
    for i, ev in enumerate(doc_events):
        of_family[ev.family].append(i)
    clusters = []
    for idx in of_family.values():
        events = [doc_events[i] for i in idx]
        if len({ev.doc for ev in events}) == 1:       # one source: nothing to link (most families)
            clusters += [[i] for i in idx]
            continue
        trim_caches()
        clusters += [[idx[j] for j in ms] for ms in agglomerate(events, *family_links(events, weight))]
    clusters.sort()                       # by first event: the order of the sources
    # most clusters are one source's telling: labelling them is a tenth of the linking
    return tuple(event_entity([doc_events[i] for i in ms], label_of) for ms in clusters if len(ms) >= min_sources)


def family_links(events, weight):
    """Return the scored pairs of one family's events, {event: {event of another source: score}} both ways,
    and, best first, those that score enough to link.

    Pairs are only formed within blocks (a shared person, date or place, or
    the family alone); weight holds what a shared person is worth.
    """
    blocks = defaultdict(list)
    # a saying is worth nothing by its family alone: only what it shares makes a pair worth scoring
    alone = not events or events[0].family != "say"
    for i, ev in enumerate(events):
        if alone:
            blocks["family"].append(i)
        for p in ev.people:
            blocks[("p", p)].append(i)
        for d in sorted({day_of(d.key) for d in ev.dates if specific(d.key)}):
            blocks[("d", d[4:])].append(i)     # without the year: 2024-06 meets XXXX-06
        for place in sorted({pl[0] for pl in ev.places if pl[0] in GAZETTEER}):
            blocks[("l", place)].append(i)
    traits = [event_traits(ev) for ev in events]
    doc_of = [ev.doc for ev in events]
    # a source that tells one happening of a family tells the same one as another such source, likelier
    # than not (one story): a fire each tells, in different months, is one fire told two ways
    told_once = {d for d, n in Counter(doc_of).items() if n == 1}
    # the language of each event that may have the bonus (its source's only one, its language known), else ""
    once = [t.language if d in told_once and t.language != "und" else "" for t, d in zip(traits, doc_of)]
    only = [d in told_once for d in doc_of]
    # and the time before ("zuletzt", "last visited"): a story's one visit before, told once by each source
    before_once = {d for d, n in Counter(d for t, d in zip(traits, doc_of) if t.earlier).items() if n == 1}
    last = [t.earlier and d in before_once for t, d in zip(traits, doc_of)]
    links = defaultdict(dict)
    first = []                            # the pairs that may link, best first: agglomerate's start
    scores = {}                           # each score one float object: a large family has a million pairs
    for members in blocks.values():       # each in source order, so a < b below
        if len(members) > MAX_BLOCK:      # a key too common to tell happenings apart
            continue
        # each event meets at most EVENT_WINDOW others of its block, so the
        # number of pairs grows with the number of events, not its square
        for x in range(len(members) - 1):
            a = members[x]
            la, ta, da, oa = links[a], traits[a], doc_of[a], once[a]
            for b in members[x + 1:x + 1 + EVENT_WINDOW]:
                if da != doc_of[b] and b not in la:
                    score = event_pair_score(ta, traits[b], weight)
                    if oa and once[b] and oa != once[b]:
                        score += ONLY_ONES_BONUS
                    if only[a] and only[b] and score < EVENT_LINK_THRESHOLD and ta.people & traits[b].people \
                            and years_apart(ta.dates, traits[b].dates):
                        # one person's one arrest each source tells, in June of two years ("im vergangenen
                        # Juni" / "in June 2023"): one arrest told with another year (the note says so), not two
                        score = EVENT_LINK_THRESHOLD
                    if last[a] and last[b]:
                        score += LAST_TIMES_BONUS
                        if ta.people and ta.people == traits[b].people:
                            # one person's one time before, told by each: one happening, whatever months
                            # they give it ("vor drei Monaten" / "in June last year": the note says so; not
                            # Wang's last stay in Germany and the last time Wang met Wadephul)
                            score = max(score, EVENT_LINK_THRESHOLD)
                    la[b] = links[b][a] = scores.setdefault(score, score)
                    if score >= EVENT_LINK_THRESHOLD:
                        first.append((-score, a, b, 0, 0))
    first.sort()
    return links, first


def agglomerate(doc_events, links, first):
    """Return clusters (lists of indices) grown best average link first, one telling per source each.

    Average linkage with lazy deletion: after each merge only the merged
    cluster's links are rescored, so the cost follows the number of candidate
    pairs, not the square of the number of events. The first links come from
    one sorted list, the rescored ones from a heap; the better head goes first.
    links ({event: {other event: pair score}}, both ways) becomes the links of the clusters;
    first holds the pairs that score enough to link, best first (see family_links).
    """
    members = {i: [i] for i in range(len(doc_events))}
    docs = {i: {doc_events[i].doc} for i in range(len(doc_events))}
    size = [1] * len(doc_events)          # len(members[i]), kept as the clusters grow
    version = [0] * len(doc_events)       # -1 once merged into another cluster
    heap = []
    push, pop = heapq.heappush, heapq.heappop
    i, n = 0, len(first)
    while i < n or heap:
        if heap and (i == n or heap[0] < first[i]):
            _, a, b, va, vb = pop(heap)
        else:
            _, a, b, va, vb = first[i]
            i += 1
        if version[a] != va or version[b] != vb or not docs[a].isdisjoint(docs[b]):
            continue
        members[a] += members.pop(b)
        docs[a] |= docs.pop(b)
        size[a] += size[b]
        version[a] += 1
        version[b] = -1
        la = links[a]
        for x, total in links.pop(b).items():
            lx = links[x]
            del lx[b]
            if x != a:
                la[x] = lx[a] = la.get(x, 0.0) + total
        la.pop(a, None)
        va, sa = version[a], size[a]
        for x, total in la.items():       # the keys, not this order, decide what merges next
            avg = total / (sa * size[x])
            if avg >= EVENT_LINK_THRESHOLD:
                push(heap, (-avg, a, x, va, version[x]) if a < x else (-avg, x, a, version[x], va))
    return [sorted(ms) for _, ms in sorted(members.items())]


EVENT_LINK_THRESHOLD = 1.0
COUNT_POINTS = 0.5       # added to a pair of events that count one thing alike ("3.000 Stellen", "3,000 jobs")
BEGAN_POINTS = 1.0       # added to a pair of fires' breaking out, across languages no word alike
LAST_TIMES_BONUS = 1.0   # added to a pair of times before, each its source's only one of the family
ONLY_ONES_BONUS = 0.5    # added to a pair of events that are each the only one of their family in their source
MAX_IN_CLAUSE = 16       # people or dates of one clause an event word takes (the nearest); real clauses have fewer
LEAD_SENTENCES = 1       # the last sentence of an article's lead: its headline and first sentence (see lead_end)
SEASON_RE = lazy_regex(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI)")       # "im Herbst", "in the spring"
PART_OF_YEAR_RE = lazy_regex(r"(?:\d{4}|XXXX)-(?:SP|SU|FA|WI|Q[1-4]|H[12])")      # "im Herbst", "im dritten Quartal"
MAX_GROUPS_BACK = 64     # groups of a family one event word may join, the latest first
MAX_EVENT_DATES = 32     # dates one happening of one source is told with (each pair of sources compares them all)
MAX_THEN = 40            # event words a date row quotes from one sentence
EVENT_WINDOW = 20        # events of one block (in source order) that one event is compared with
MAX_BLOCK = 2000         # a blocking key shared by more events than this links nothing


@dataclass(frozen=True, slots=True)
class EventTraits:
    """What event_pair_score compares, computed once per DocEvent."""
    family: str
    people: frozenset
    dates: frozenset
    places: frozenset
    stems: frozenset
    base: object               # what the family alone is worth, or None when shared word stems decide
    rough: frozenset = frozenset()   # its dates only counted back ("vor drei Monaten"): one month off may agree
    language: str = ""
    told: frozenset = frozenset()    # what it alone can have: a game's final score
    counts: frozenset = frozenset()  # (what, how many) it counts exactly: "3.000 Stellen", "3,000 jobs"
    unnamed: bool = False            # a pronoun tells who did it (DocEvent.unnamed)
    countries: frozenset = frozenset()   # the countries it is told to happen in ("in Laos", "nach China")
    earlier: bool = False            # told as the last time before (DocEvent.earlier)
    began: bool = False              # a fire's breaking out ("ausgebrochen", "broke out"): its first day


MONTH_VALUE_RE = lazy_regex(r"(?:\d{4}|XXXX)-\d\d$")
# A month told as gone by: "im vergangenen Oktober", "last October"; after it, "en octobre dernier", "en octubre
# pasado" (their words are not the date's). And a verb told as the last time before this one: "last visited"
PAST_MONTH_RE = lazy_regex(r"(?<![^\W\d_])(?:vergangenen|letzten|vorigen|last)(?![^\W\d_])", re.I)
PAST_AFTER_RE = lazy_regex(r"\s+(?:dernier|pasado)(?![^\W\d_])", re.I)
EARLIER_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:last|previous|prior|zuletzt|previously|earlier|letzte[nrs]?|"
                               r"vorherige[nrs]?|vorige[nrs]?|précédente?|anterior)\s+$", re.I)
UNANCHORED_BACK_RE = lazy_regex(r"REF-\d+[WMY]$")     # weeks, months or years back from an unknown day
YEAR_ONLY_RE = lazy_regex(r"\d{4}")
# German puts the verb last: "Zuletzt hatten sich die beiden vor einem Monat in Antalya getroffen"
LAST_TIME_DE_RE = lazy_regex(r"(?<![^\W\d_])zuletzt(?![^\W\d_])", re.I)
# ... and "Seit dem Gipfeltreffen im Juni 2024 haben sich die Beziehungen vertieft", "since the summit in June":
# what things have changed since is a time before
_FIRST = r"(?<![^\W\d_])(?:erste[nrs]?|first|premier|première|primer[oa]?)\s+"
FIRST_BEFORE_RE = lazy_regex(_FIRST + r"(?:\S+\s+){0,2}$", re.I)
# "sein erster Besuch in Deutschland seit drei Jahren", "his first visit in five years", "sa première visite depuis
# deux ans": counted back, the time before (a span's length elsewhere: "seit drei Jahren im Amt")
# (up to eight words before "seit", "since", "depuis", "desde hace", which count back only: "la primera de un jefe
# de Gobierno checo desde hace doce años"; five before "in", which may tell a span: "the first phase of the
# project will be completed in three years")
FIRST_SPAN_BEFORE_RE = lazy_regex(_FIRST + r"(?:[^\s.!?]+\s+){0,8}$", re.I)
FIRST_IN_BEFORE_RE = lazy_regex(_FIRST + r"(?:[^\s.!?]+\s+){0,5}$", re.I)


def first_since_dates(text, m, dates):
    """Return the dates of an event word m, a count back after "first … since" being the time before's alone.

    "arrived on Thursday, his first visit in five years": five years back is the visit's before it,
    neither the arrival's (a word before "first") nor, beside it, Thursday the visit's.

    >>> t = "arrived on Thursday, his first visit in five years"
    >>> at = lambda kind, w, key: Mention("S1", kind, w, t.index(w), t.index(w) + len(w), 0, key)
    >>> ds = [at("date", "on Thursday", "2027-03-11"), at("date", "in five years", "2022")]
    >>> [[d.text for d in first_since_dates(t, at("event", w, "visit"), ds)] for w in ("arrived", "visit")]
    [['on Thursday'], ['in five years']]
    """
    firsts = [(d, f.start()) for d in dates if FIRST_SPAN_RE.match(d.text)
              for f in [(FIRST_IN_BEFORE_RE if d.text[:2].lower() == "in" else FIRST_SPAN_BEFORE_RE).search(
                  text, max(0, d.start - 80), d.start)] if f]
    if not firsts:                        # nearly always
        return dates
    own = [d for d, at in firsts if at < m.start < d.start]
    if own:
        return own
    return [d for d in dates if not any(d is x and at >= m.end for x, at in firsts)]


# (the words of such a count: "seit drei Jahren", "in five years", "depuis deux ans", "desde hace tres años")
FIRST_SPAN_RE = lazy_regex(r"(?:seit|since|depuis|desde\s+hace|in)\s+(?:\S+\s+)?\S+\s+(?:Tagen|Wochen|Monaten|Jahren"
                           r"|days|weeks|months|years|jours|semaines|mois|ans|días|semanas|meses|años"
                           r"|Tag|Woche|Monat|Jahr|jour|semaine|an|día|semana|mes|año)$", re.I)
SINCE_ARTICLE_BEFORE_RE = lazy_regex(r"(?<![^\W\d_])(?:seit|since|depuis|desde)(?:\s+(?:dem|der|the|le|la|el))?\s+$",
                                     re.I)
SINCE_THE_RE = lazy_regex(r"(?<![^\W\d_])(?:seit|since)\s+(?:dem|der|the|its|their|his|her|ihrem|seinem)\s+"
                          r"(?:[^\W\d_][\w-]*\s+){0,2}$", re.I)
# ... and "Bereits Mitte Juli hatte es dort gebrannt": a sentence that opens with "bereits" or "schon" and tells
# in the pluperfect (the clause before the verb, at most twelve words)
ALREADY_DE_RE = lazy_regex(r"\s*(?:Bereits|Schon)\s+(?:\S+\s+){0,6}?(?:hatte|hatten|war|waren)\s+(?:\S+\s+){0,6}$")
# and after "war", before a participle: "Vor zwei Wochen war Schoigu bereits in Pjöngjang gewesen" (not "Es war
# bereits der 13. Sturm in diesem Jahr": a noun; nor "hatte bereits vor zwei Wochen gefordert", which English tells
# as "had demanded … three weeks ago", no time before apart from the news)
ALREADY_AFTER_DE_RE = lazy_regex(r"\s*(?:\S+\s+){1,6}?(?:war|waren)\s+(?:\S+\s+){0,3}?"
                                 r"(?:bereits|schon)\s+(?:\S+\s+){0,6}$")
ALREADY_EN_RE = lazy_regex(r"\bhad\s+already\s+(?:\S+\s+){0,3}$")     # "Verdi had already called a walkout"
# ("Erst im März war eine Fähre gekentert": a time before too, which may be another source's news, told without
# "zuletzt": it keeps apart from this week's happening, but is no reason to keep two sources' tellings apart)
JUST_BEFORE_DE_RE = lazy_regex(r"\s*Erst\s+(?:\S+\s+){0,6}?(?:hatte|hatten|war|waren)\s+(?:\S+\s+){0,6}$")


def gone_by(text, d):
    """True when a date Mention is told as gone by ("im vergangenen Oktober", "en octobre dernier").

    >>> t, month = "en octobre dernier; in October", lambda a, b: Mention("S1", "date", t[a:b], a, b, 0, "XXXX-10")
    >>> gone_by(t, month(0, 10)), gone_by(t, month(20, 30))
    (True, False)
    """
    return bool(PAST_MONTH_RE.search(d.text) or PAST_AFTER_RE.match(text, d.end))


def event_traits(ev):
    """Return the EventTraits of a DocEvent."""
    # the same word is some evidence, the same family less; "said" alone none at all
    base = 0.0 if ev.family == "say" else 1.0 if ev.family.startswith("w:") else None
    dates = frozenset(day_of(d.key) for d in ev.dates if specific(d.key))
    if any("Nacht" in d.text or "night" in d.text for d in ev.dates):      # "in der Nacht zum Freitag": Friday's too
        dates |= {night_into(d.key, d.text) for d in ev.dates if night_into(d.key, d.text)}
    if any(LATE_RE.match(d.text) for d in ev.dates):     # "late Wednesday" may be the small hours of Thursday
        dates |= {after for d in ev.dates if LATE_RE.match(d.text) and specific(d.key)
                  for after in (day_after(day_of(d.key)),) if after}
    return EventTraits(ev.family, frozenset(ev.people), dates,
                       frozenset(p[0] for p in ev.places if p[0] in GAZETTEER or p[0] == p[1]),
                       frozenset(word_stem(m.detail + m.text if m.detail else m.text, ev.language)
                                 for m in ev.mentions), base,
                       rough_values((d.text, d.key) for d in ev.dates if specific(d.key)) if dates else frozenset(),
                       # a final score is one game's ("life in prison" is many verdicts: not this)
                       ev.language, frozenset(q[:2] for q in ev.quantities if q[0] == "score")
                       if ev.family == "win" else frozenset(),
                       frozenset(q[:2] for q in ev.quantities if type(q[1]) is float and q[1] >= 3 and not q[2]),
                       ev.unnamed, frozenset(p[0] for p in ev.places if p[3] and p[0] in COUNTRY_NAMES), ev.earlier,
                       ev.family == "w:break" and any(m.text in BROKE_OUT for m in ev.mentions))


@remembered
def word_stem(word, language):
    """Return the first five letters of an event word, a German participle's ge- left out.

    A separable verb's participle has its ge- after the particle, and the verb told apart
    has its particle at the clause's end (pass particle + verb): both drop to one stem.

    >>> word_stem("geliefert", "de"), word_stem("liefern", "de"), word_stem("general", "en")
    ('liefe', 'liefe', 'gener')
    >>> word_stem("festgenommen", "de"), word_stem("fest" + "nahm", "de"), word_stem("angegriffen", "de")
    ('festn', 'festn', 'angri')
    >>> word_stem("cuts", "en"), word_stem("cut", "en"), word_stem("talks", "en"), word_stem("press", "en")
    ('cut', 'cut', 'talk', 'press')
    >>> word_stem("Sachschaden", "de"), word_stem("Schaden", "de"), word_stem("Staatsbesuch", "de")
    ('schad', 'schad', 'besuc')
    >>> word_stem("in Sicherheit", "de"), word_stem("verlassen", "de"), word_stem("evakuiert", "de")
    ('evaku', 'evaku', 'evaku')
    """
    f = fold(word)
    if language == "de" and f in EVACUATED_DE:
        return "evaku"                    # "in Sicherheit gebracht", "mussten ihre Wohnungen verlassen": evacuated
    if language == "en" and len(f) <= 5 and f.endswith("s") and not f.endswith("ss"):
        f = f[:-1]                       # "cuts" and "cut": a short plural is cut to its first letters too
    if language == "de":
        c = word.casefold()               # the lexicon's spelling, umlauts kept
        end = compound_end(word, c) if word[:1].isupper() and c not in _EVENT_DE else ""
        head = fold(mishap_first(c, end) or end)     # "Lawinenunglück" is told as "Lawine"
        if len(head) >= 5 and not f.startswith(head):
            f = head                      # a compound's noun is its last one's: "Sachschaden", "Schaden"
        elif f.startswith("ge") and len(f) >= 7:
            f = f[2:]
        else:
            p = next((p for p in SEPARABLE_PARTICLES if f.startswith(p + "ge")), "")
            if p and len(f) >= len(p) + 6:
                f = p + f[len(p) + 2:]
    return f[:5]


SEPARABLE_PARTICLES = ("zurück", "fest", "frei", "nieder", "an", "ab", "auf", "aus", "ein", "um", "zu")
EVACUATED_DE = frozenset(("in sicherheit", "verlassen"))       # the words of an evacuation told in German


def years_apart(xs, ys):
    """True when a value of xs and one of ys name one month, or one day of it, in two years, and none are the same.

    >>> years_apart(frozenset({"2024-06"}), frozenset({"2023-06"})), years_apart(frozenset({"2024-06-03"}),
    ...                                                                          frozenset({"2023-06-04"}))
    (True, False)
    """
    return xs.isdisjoint(ys) and any(x[4:] == y[4:] and x[:4] != y[:4] and "XXXX" not in (x[:4], y[:4])
                                     and MONTH_OR_DAY_RE.match(x) for x in xs for y in ys)


@remembered
def date_points(xs, rough_xs, ys, rough_ys):
    """Return what two events' dates (frozensets of values, and those only counted back) add to their score.

    Cached: a folder has few distinct sets of dates, and its events meet each other's many times.
    compatible_values and adjacent_days are not: their caches held as many entries again (36 MB
    on the 1,000 generated articles of tests/bench_compare.py --hard), for no measurable speed.

    >>> date_points(frozenset({"2024-06-19"}), frozenset(), frozenset({"2024-06-19"}), frozenset())
    1.5
    >>> date_points(frozenset({"2024-06-19"}), frozenset(), frozenset({"2024-06-20"}), frozenset())
    0.0
    >>> date_points(frozenset({"2024-06-19"}), frozenset(), frozenset({"XXXX-06-19"}), frozenset())
    1.0
    >>> date_points(frozenset({"XXXX-06"}), frozenset(), frozenset({"XXXX-07"}), frozenset())
    -0.5
    >>> date_points(frozenset({"2024-06-19"}), frozenset(), frozenset({"2024-07-13"}), frozenset())
    -1.0
    >>> date_points(frozenset({"2024-06-19"}), frozenset(), frozenset({"2024-09-13"}), frozenset())   # months apart
    -4.0
    >>> date_points(frozenset({"2024-08-09"}), frozenset(), frozenset({"XXXX-WXX-5"}), frozenset())  # a Friday
    0.5
    >>> date_points(frozenset({"2024-08-09"}), frozenset(), frozenset({"XXXX-WXX-3"}), frozenset())  # any Wednesday
    0.0
    >>> date_points(frozenset({"XXXX-WXX-2"}), frozenset(), frozenset({"XXXX-WXX-3"}), frozenset())
    -0.5
    """
    if not xs.isdisjoint(ys):
        return 1.5
    if any(len(x) == len(y) == 10 and x[4:] == y[4:] and "XXXX" in (x[:4], y[:4]) for x in xs for y in ys):
        return 1.0                     # one day, one source giving no year ("on October 14")
    if dates_meet(xs, ys, rough_xs, rough_ys) or any(adjacent_days(x, y) for x in xs for y in ys):
        # a bare weekday that a full date falls on ("on Friday" / 9 August 2024): the same day, if
        # less surely than one date twice
        return 0.5 if any(WEEKDAY_VALUE_RE.fullmatch(x) and ISO_DAY_RE.fullmatch(y) and weekday_of(y) == int(x[-1])
                          for a, b in ((xs, ys), (ys, xs)) for x in a for y in b) else 0.0
    # a bare weekday against another day is weaker evidence of two happenings: sources that
    # disagree on the day ("on Tuesday" / "on Wednesday") are what the Note column is for;
    # so is a month against a month ("im Juni" / "im Juli"): a summit told months later
    bare_x, bare_y = all(x.startswith("XXXX-W") for x in xs), all(y.startswith("XXXX-W") for y in ys)
    if bare_x != bare_y and all(ISO_DAY_RE.fullmatch(v) for v in (ys if bare_x else xs)):
        # a weekday that no date of its source places, against days: any week's Tuesday, so no evidence
        return 0.0
    weekdays_only = bare_x or bare_y
    if not weekdays_only and months_apart(xs, ys) >= FAR_MONTHS:
        return -4.0                    # "Mitte April" and 19 July: a meeting before, not this one told wrong
    months_only = all(MONTH_VALUE_RE.match(x) for x in xs) and all(MONTH_VALUE_RE.match(y) for y in ys)
    return -0.5 if weekdays_only or months_only else -1.0


def weeks_adjacent(xs, ys):
    """True when a week of xs is next to a week of ys ("2025-W08", "2025-W07"), both counted back from a day.

    >>> weeks_adjacent(frozenset({"2025-W08"}), frozenset({"2025-W07"}))
    True
    >>> weeks_adjacent(frozenset({"2025-W08"}), frozenset({"2025-W05"}))
    False
    """
    weeks = lambda vs: {int(v[:4]) * 53 + int(v[6:]) for v in vs if WEEK_VALUE_RE.match(v)}
    return any(abs(x - y) == 1 for x in weeks(xs) for y in weeks(ys))


FAR_MONTHS = 3          # months between two tellings' dates that make them two happenings, whoever takes part


def months_apart(xs, ys):
    """Return the fewest months between a value of xs and one of ys (frozensets) that name months (0 if none do).

    >>> f = frozenset
    >>> months_apart(f({"2027-04"}), f({"2027-07-19", "XXXX-WXX-4"})), months_apart(f({"XXXX-12"}), f({"2027-01-03"}))
    (3, 1)
    >>> months_apart(f({"XXXX-WXX-4"}), f({"2027-07-19"}))
    0
    """
    ym = month_numbers(ys)
    return min((abs(a * 12 + b - c * 12 - d) if a and c else min((b - d) % 12, (d - b) % 12)
                for a, b in month_numbers(xs) for c, d in ym), default=0)


@remembered
def month_numbers(values):
    """Return (year or 0, month) of each value that names a month or a day of one ("2027-07", "XXXX-07-19TNI")."""
    # ("2027-W03", "XXXX-WXX-4" and "2027-Q3" name none); remembered: a folder has few sets of dates
    return tuple((int(v[:4]) if v[:4].isdigit() else 0, int(v[5:7])) for v in values
                 if len(v) >= 7 and v[4] == "-" and v[5:7].isdigit() and (len(v) == 7 or v[7] in "-T"))


# Families whose words all say the same: "arrested", "detained" and "taken into custody" are one arrest,
# "sank", "sunk" and "capsized" one sinking, a share's price "rose", "gained" or "climbed", "murieron" and
# "fallecieron" one death, "wounded" and "hurt" one injury
SYNONYM_FAMILIES = frozenset(("arrest", "sink", "shares", "death", "injure"))


def event_pair_score(a, b, weight):
    """Return how strongly two events (EventTraits) of different sources look like one happening.

    weight holds what a shared person is worth (person key -> points).
    """
    # the same word is stronger evidence than another word of the family; across two
    # languages no word is the same, so the family is all there is to go by
    score = a.base if a.base is not None else 1.0 if a.stems & b.stems or a.family in SYNONYM_FAMILIES \
        or a.language != b.language and "und" not in (a.language, b.language) else 0.5
    penalty = 0.0                      # when each names someone the other does not
    if a.people and b.people:
        shared = a.people & b.people
        if shared:
            for p in sorted(shared) if len(shared) > 1 else shared:   # float sums in one order every run
                score += weight.get(p, 2.0)
            if len(a.people) > len(shared) < len(b.people):
                penalty = 0.5
        else:                          # unless a pronoun may be the other's person ("unterzeichnete er")
            penalty = 0.5 if a.unnamed or b.unnamed else 1.5
    if a.dates and b.dates:
        points = date_points(a.dates, a.rough, b.dates, b.rough)
        if points < 0 and a.earlier and b.earlier and weeks_adjacent(a.dates, b.dates):
            points = 0.0               # the strike before, "vor zwei Wochen" / "three weeks ago": told roughly
        score += points
        if a.earlier != b.earlier:
            penalty += 1.0             # "Zuletzt war er Mitte Juli dort" is not another's arrival on Thursday
    elif a.earlier != b.earlier and (a.dates if a.earlier else b.dates):
        # nor the other's undated trip ("The two last met in March in Chile" / "seine erste Reise nach Norwegen")
        penalty += 1.0
    if a.places and b.places:
        score += 0.5 * min(3, len(a.places & b.places))
        if a.countries and b.countries and a.places.isdisjoint(b.places):
            penalty += 1.0             # talks in Laos in July are not this week's trip to China
    if a.told and b.told and not a.told.isdisjoint(b.told):   # the same final score ("3:1", "1:3 verloren"): one game
        score += 1.0
    if a.counts and b.counts and not a.counts.isdisjoint(b.counts):
        score += COUNT_POINTS
    if a.began and b.began:            # the day a fire broke out, which two sources may tell differently
        #                                (the fire's other days are the fire's: "spread on Wednesday")
        score += BEGAN_POINTS
    return score - penalty


def event_entity(parts, label_of):
    """Return the Entity of DocEvents judged to be one happening, labelled by its words and people."""
    mentions = tuple(m for ev in parts for m in ev.mentions)
    words = Counter(fold(event_words(m)) for m in mentions)
    first = {}
    for m in mentions:
        first.setdefault(fold(event_words(m)), event_words(m))
    family = parts[0].family
    common = [first[w] for w, _ in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:2]]
    who = Counter(p for ev in parts for p in ev.people)
    names = [label_of.get(p, p) for p, _ in sorted(who.items(), key=lambda kv: (-kv[1], kv[0]))[:3]]
    shown = FAMILY_LABELS.get(family, family)
    # "unemployment: unemployment" says it twice: a family named by its only word is that word
    named = family.startswith("w:") or [fold(w) for w in common] == [shown]
    label = ("" if named else shown + ": ") + " / ".join(common)
    if names:
        label += " (" + ", ".join(names) + ")"
    return Entity("event", f"event:{family}:{parts[0].doc}:{parts[0].mentions[0].start}", label,
                  mentions, tuple(parts))


REPORTED_RE = lazy_regex(r",\s*(?:dass|that|wonach|so|sagte|said|erklärte|says|sagt|teilte|kündigte|told|added)\b"
                         r"|[„“\"»«]"
                         # "..., Sheriff Robert Luna said, as ...", "..., Haller told reporters.": a speaker after
                         # what he tells (not "On Friday, Smith said he would resign": no stop after the verb)
                         r"|,\s+(?:[^\W\d_][\w.'’-]*\s+){1,7}(?:said|says|added|told(?:\s+[^\W\d_]+){1,3}?)"
                         r"\s*[,.;]")


_WORK = None                 # (function, argument tuples) for the worker processes of map_documents


def _quiet_worker():
    """Start a worker of map_documents: Ctrl-C is ignored here (the parent stops the pool), then let through."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def _work_on(i):
    """Run the i-th call of map_documents in a worker (which inherited _WORK)."""
    func, items = _WORK
    trim_caches()
    return func(*items[i])


def map_documents(func, items, jobs=1, tell=None):
    """Return [func(*args) for args in items], in order, on up to jobs processes (this one among them).

    Workers are forked, so they inherit items rather than receive them; only
    results travel back. Without fork (Windows), or with little to do, it runs here.
    """
    global _WORK
    tell = tell or (lambda done: None)
    jobs = min(jobs, len(items) // MIN_DOCS_PER_JOB)     # "--jobs 100000" starts no more than the work needs
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        out = []
        for args in items:
            trim_caches()
            out.append(func(*args))
            tell(len(out))
        return out
    _WORK = (func, items)
    try:
        # Ctrl-C is the parent's to handle: it stops the workers, which would each print a traceback. It is
        # held back while they are forked: one that came before a worker ignored it would end that worker
        # abnormally, and a pool that has lost a worker may wait for it for ever as it closes
        masked = hasattr(signal, "pthread_sigmask")
        if masked:
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pool = multiprocessing.get_context("fork").Pool(jobs - 1, _quiet_worker)
        except BaseException:
            if masked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            raise
        with pool:
            if masked:                    # (one held back comes now, inside: the pool is closed as it ends)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
            # this process takes every jobs-th item while the workers do the rest: waiting
            # idle here would leave a core to the workers' results and little else
            theirs = [i for i in range(len(items)) if i % jobs]
            pending = pool.imap(_work_on, theirs, chunksize=max(1, len(theirs) // ((jobs - 1) * 8)))
            out = [None] * len(items)
            done = 0
            for i in range(0, len(items), jobs):
                trim_caches()
                out[i] = func(*items[i])
                done += 1
                tell(done)
            for i, result in zip(theirs, pending):
                out[i] = result
                done += 1
                tell(done)
            return out
    finally:
        _WORK = None


def read_document(doc, lower_vocab):
    """Return what one document says on its own: (sentences, name candidates, date mentions, event words)."""
    sentences = split_sentences(doc.text)
    tokens = [tokenize(doc.text, s, e) for s, e in sentences]   # once, for names, dates and events
    return (sentences, tuple(find_name_candidates(doc, sentences, lower_vocab, tokens)),
            find_dates(doc, sentences, tokens), tuple(find_event_words(doc, sentences, tokens)))


YEAR_WINDOW = 45        # days between a yearless dateline and another source's dated one, to take its year


def year_of_story(day, dated):
    """Return the year that puts a (month, day) within YEAR_WINDOW days of the dated days, if only one does.

    Wire copy often leaves the year out of its dateline ("BERLIN, Aug 12 (Reuters)");
    other sources of one story, dated near it, tell which year it is.

    >>> year_of_story((8, 12), [date(2025, 8, 13), date(2025, 8, 11)]), year_of_story((1, 2), [date(2024, 12, 30)])
    (2025, 2025)
    >>> year_of_story((8, 12), [date(2025, 8, 13), date(2024, 8, 10)]) is None     # two stories, two years
    True
    """
    years = set()
    for d in dated:
        for y in (d.year - 1, d.year, d.year + 1):
            try:
                if abs((date(y, *day) - d).days) <= YEAR_WINDOW:
                    years.add(y)
            except ValueError:            # 29 February of a common year
                pass
    return years.pop() if len(years) == 1 else None


def analyse(corpus, progress=None, jobs=1, min_sources=1):
    """Return (people, dates, events, event words) of a corpus: the whole pipeline to linking.

    progress, if given, is called with (stage, done, total) as the work goes on;
    jobs > 1 reads documents and groups their event words on that many processes
    (the result is the same); events are kept when min_sources or more tell them.
    The event words ({(doc, sentence): words}) are every source's, linked or not.
    """
    docs = corpus.documents
    tell = progress or (lambda stage, done, total: None)
    lower_vocab = lowercase_vocabulary(docs)
    read = map_documents(read_document, [(d, lower_vocab) for d in docs], jobs,
                         lambda done: tell("reading", done, len(docs)))
    sentences_of = {d.key: r[0] for d, r in zip(docs, read)}
    event_words = [r[3] for r in read]
    dates = lend_years(docs, read, sentences_of)
    candidates = {d.key: r[1] for d, r in zip(docs, read)}
    # What one stage alone needs is let go when it is done: the next stage's
    # objects then reuse its memory instead of adding to the peak (62 -> 55 MB
    # on 535 articles). The caches are pure: a later call just asks again.
    del read, lower_vocab
    for cached in (word_event, date_start, word_class):
        cached.cache_clear()
    tell("people", 0, 1)
    people = link_people(find_people(docs, candidates))
    del candidates
    for cached in (fold, name_keys, is_given_name, role_of):
        cached.cache_clear()
    date_entities = link_dates(dates)
    people_at = defaultdict(lambda: defaultdict(set))
    speakers_at = defaultdict(lambda: defaultdict(set))
    voices_at = defaultdict(lambda: defaultdict(set))     # those named as they speak, not reporting: "X said"
    people_df = {}
    text_of = {d.key: d.text for d in docs}
    reported = {}                         # (doc, sentence) -> does it report speech? (asked once)
    for ent in people:
        people_df[ent.key] = len({m.doc for m in ent.mentions})
        for m in ent.mentions:
            at = (m.doc, m.sentence)
            if m.speaker and at not in reported:
                reported[at] = bool(REPORTED_RE.search(text_of[m.doc], *sentences_of[m.doc][m.sentence]))
            if m.speaker and reported[at]:
                # "..., sagte Putin": the speaker, not a party to what he reports
                speakers_at[m.doc][m.sentence].add(ent.key)
                continue
            if m.speaker:
                voices_at[m.doc][m.sentence].add(ent.key)
            people_at[m.doc][m.sentence].add(ent.key)
    dates_at = defaultdict(lambda: defaultdict(list))
    for m in dates:
        dates_at[m.doc][m.sentence].append(m)
    person_mentions = defaultdict(list)
    for ent in people:
        for m in ent.mentions:
            person_mentions[m.doc].append(Mention(m.doc, "person", m.text, m.start, m.end, m.sentence, ent.key,
                                                  ent.label))
    # a word of a name tells no event: "Generalin Ines Brandt" no fire ("Brand")
    event_words = [outside_spans(r, person_mentions[d.key]) for d, r in zip(docs, event_words)]
    known_places = english_towns(docs) if any(d.language == "de" for d in docs) else frozenset()
    grouped = map_documents(build_doc_events, [(d, sentences_of[d.key], r, people_at[d.key], dates_at[d.key],
                                                person_mentions[d.key], speakers_at[d.key], known_places,
                                                voices_at[d.key])
                                               for d, r in zip(docs, event_words)], jobs,
                            lambda done: tell("events", done, len(docs)))
    doc_events = [ev for evs in grouped for ev in evs]
    # linking needs only the DocEvents (from worker processes, their event words are copies)
    del grouped, event_words, people_at, speakers_at, voices_at, dates_at, person_mentions, reported, dates
    del sentences_of
    tell("linking events", 0, 1)
    events = link_events(doc_events, people_df, {e.key: e.label for e in people}, min_sources)
    return people, date_entities, events, event_words_at(doc_events)


def english_towns(docs):
    """Return the names English sources give as places of no list ("in Hamm"): German ones that say
    "in Hamm" mean the town too, though a German noun after "in" is mostly none ("in Haft")."""
    out = set()
    for d in docs:
        if d.language == "en":
            out.update(p[0] for p in find_places(d.text, 0, len(d.text), "en")
                       if p[0] == p[1] and fold(p[0]) not in _PLACES and " " not in p[0])
    return frozenset(out)


def outside_spans(mentions, others):
    """Return the mentions (a tuple) that start inside none of the others' spans.

    >>> m = lambda text, start: Mention("S1", "x", text, start, start + len(text), 0, text)
    >>> [x.text for x in outside_spans((m("Brandt", 10), m("empfing", 17)), [m("Ines Brandt", 5)])]
    ['empfing']
    """
    if not others:
        return tuple(mentions)
    spans = sorted((o.start, o.end) for o in others)
    starts, reach = [a for a, _ in spans], list(accumulate((b for _, b in spans), max))
    out = []
    for x in mentions:
        i = bisect_right(starts, x.start) - 1
        if i < 0 or reach[i] <= x.start:    # the spans begun before it all end before it
            out.append(x)
    return tuple(out)


def lend_years(docs, read, sentences_of):
    """Return each document's date Mentions, those of a yearless dateline anchored in the story's year."""
    refs = {}                             # doc -> the value of its dateline: a full date at its top
    for d, r in zip(docs, read):
        first = next((m for m in r[2] if FULL_DAY_RE.match(m.key) and not m.context), None)
        # further down, the first date is more often what happened than when it was written
        if first and first.start < DATELINE_CHARS:
            refs[d.key] = first.key
    dated = [date(*map(int, v.split("-"))) for v in refs.values() if not v.startswith("X")]
    if not dated:                         # no source dates itself: the days sources tell with their year
        dated = [date(*map(int, m.key.split("-"))) for r in read for m in r[2]
                 if ISO_DAY_RE.fullmatch(m.key) and not m.context]
    out = []
    for d, r in zip(docs, read):
        v = refs.get(d.key, "")
        year = year_of_story((int(v[5:7]), int(v[8:10])), dated) if v.startswith("XXXX") and dated else None
        out.append(find_dates(d, sentences_of[d.key], year=year) if year else r[2])
    return [m for ms in out for m in ms]


FULL_DAY_RE = lazy_regex(r"(?:\d{4}|XXXX)-\d\d-\d\d$")
DATELINE_CHARS = 200     # how far into an article its dateline can be: after a headline, at the body's start


def event_words_at(doc_events):
    """Return {(doc, sentence): (event words, the starts of the dates its happening has there)} in text order:
    what happened then, in each source's words."""
    at = defaultdict(list)
    none = frozenset()
    for ev in doc_events:
        dated = {}                        # sentence -> the starts of its dates
        for d in ev.dates:
            dated[d.sentence] = dated.get(d.sentence, none) | {d.start}
        for m in ev.mentions:
            at[(m.doc, m.sentence)].append((m.start, event_words(m), dated.get(m.sentence, none)))
    return {k: [(w, starts) for _, w, starts in sorted(ms, key=itemgetter(0))] for k, ms in at.items()}


def happened_then(date, words):
    """Return the event words of a date's sentence that happened then: those dated by it, or by nothing there.

    "nahmen ihn am Sonntag fest, wie die Polizei am Montag mitteilte": no arrest on Monday.

    >>> happened_then(Mention("S1", "date", "am Montag", 60, 69, 0, "2027-04-05"), [("nahmen … fest", {30}), ("sagte", {60})])
    ['sagte']
    """
    return [w for w, starts in words if not starts or date.start in starts]


def event_words(m):
    """Return an event Mention's words as told: its word, and a German verb's particle after it ("nahm … fest")."""
    return f"{m.text} … {m.detail}" if m.detail else m.text


# ---- Facts ----

# A verdict's outcome in its own words: an acquittal against a conviction is a disagreement
VERDICT_WORDS = {**dict.fromkeys(map(fold, "freigesprochen freispruch acquitted acquittal acquitté acquittée "
                                           "acquittés absuelto absuelta absueltos absolución".split()), "acquitted"),
                 **dict.fromkeys(map(fold, "verurteilt verurteilte verurteilten convicted sentenced jailed condamné "
                                           "condamnée condenado condenada".split()), "convicted")}


def collect_facts(entity):
    """Return the Facts each source states about an entity, in its own words."""
    facts = []
    if entity.kind == "person":
        for m in entity.mentions:
            facts.append(Fact(entity.key, "name", m.text, m.doc, m.text))
            if m.detail:
                facts.append(Fact(entity.key, "title", m.detail, m.doc, m.context or m.detail))
            if m.age:
                facts.append(Fact(entity.key, "age", m.age[0], m.doc, m.age[1]))
            if m.tenure:
                facts.append(Fact(entity.key, "in office", m.tenure[0], m.doc, m.tenure[1]))
            if m.born:
                facts.append(Fact(entity.key, "born in", m.born[0], m.doc, m.born[1]))
            for people in nationalities(m.context) if m.context else ():
                facts.append(Fact(entity.key, "nationality", people, m.doc, m.context))
    elif entity.kind == "date":          # "am Dienstag, dem 26. März 2025", a Wednesday: the source's own slip
        for m in entity.mentions:
            if m.context.startswith(MISFIT):
                facts.append(Fact(entity.key, "weekday", m.context[len(MISFIT):].split('"')[1], m.doc, m.text))
    elif entity.kind == "event":
        # (a year alone sets no two happenings apart, but tells when the time before was, in a row two sources
        # tell as one: "war zuletzt vor drei Jahren in Lettland" / "first visit in five years"; each source's
        # years, so that one that tells another day beside its year is not set against the year alone)
        before = len({ev.doc for ev in entity.extra if ev.earlier}) > 1
        for ev in entity.extra:
            # a saying's clause is all that was said ("14 died and 300 fled in Lyon"): its dates, counts
            # and places are the reported events' facts, noted there, not rival facts of the saying
            # (and one speaker's sayings on two days are two sayings, not one told two ways)
            for d in ev.dates if ev.family != "say" else ():
                if specific(d.key) and UNTIL_WORDS_RE.match(d.text):
                    # "wird bis Samstag bleiben", "until Saturday": when it ends, not another day it began
                    facts.append(Fact(entity.key, "last day", d.key, ev.doc, d.text))
                elif not before and ev.family not in YEAR_FAMILIES and YEAR_ONLY_RE.fullmatch(d.key) \
                        and (back := YEARS_BACK_RE.fullmatch(d.text)):     # (a time before's is a date: below)
                    facts.append(Fact(entity.key, "years back", d.key, ev.doc, d.text,      # "vor einem Jahr"
                                      str(number_value(next(filter(None, back.group("n", "n2", "n3", "n4")))))))
                elif SEASON_RE.fullmatch(d.key) and not specific(d.key):    # ("XXXX-WI" is read as a week's)
                    facts.append(Fact(entity.key, "season", d.key, ev.doc, d.text))     # "im Herbst"
                elif specific(d.key) or (before or ev.family in YEAR_FAMILIES or month_part(d.text)) \
                        and YEAR_ONLY_RE.fullmatch(d.key):      # (or a part of it: "Ende vergangenen Jahres")
                    facts.append(Fact(entity.key, "date", d.key, ev.doc, d.text))
                elif d.key.startswith("REF-") and span_days(d.key):    # "vor vier Monaten", the article of no date
                    facts.append(Fact(entity.key, "counted back", d.key, ev.doc, d.text))
            for d in range_ends(ev.dates) if ev.family != "say" else ():
                facts.append(Fact(entity.key, "last day", d.key, ev.doc, d.text))
            for w, d in told_weekdays(ev.dates) if ev.family != "say" else ():
                facts.append(Fact(entity.key, "weekday told", WEEKDAY_LABEL[int(w.key[-1])], ev.doc,
                                  f"{w.text} … {d.text}", d.key[:10]))
            for shown, words, is_city, is_where in ev.places if ev.family != "say" else ():
                if is_city and is_where:
                    facts.append(Fact(entity.key, "place", shown, ev.doc, words))
            for unit, value, approx, words in ev.quantities if ev.family != "say" else ():
                if unit in TOLD_VALUES or clock_kind(unit) or unit in ("age", "victim's age") \
                        or unit.startswith("age of the "):
                    facts.append(Fact(entity.key, unit, value, ev.doc, words))
                    continue
                unit, _, by = unit.partition("@")
                if ev.family == "rescue" and unit in DWELLERS:
                    unit = "people"       # "3,700 residents were evacuated", "4.000 Einwohner": the people moved
                attr = unit if unit in MEASURES else "number of " + unit
                facts.append(Fact(entity.key, attr, number_text(value) + ("~" if approx else ""), ev.doc, words, by))
            for stance, words in ev.stances:
                facts.append(Fact(entity.key, "response", stance, ev.doc, words))
            if ev.family == "sentence":  # "freigesprochen" / "convicted" (a source telling both, "acquitted of
                told = {VERDICT_WORDS[fold(m.text)]: m.text for m in ev.mentions     # murder, convicted of theft",
                        if fold(m.text) in VERDICT_WORDS}                             # is set against neither)
                facts.extend(Fact(entity.key, "verdict", v, ev.doc, w) for v, w in told.items())
            for person, words in ev.hosts:
                facts.append(Fact(entity.key, "received by", person, ev.doc, words))
            for name, words in ev.names:
                facts.append(Fact(entity.key, "agreement name", name, ev.doc, words))
        facts = in_smaller_units(unqualified_counts(facts, {ev.doc: ev.language for ev in entity.extra}))
    return facts


def in_smaller_units(facts):
    """Return facts with a length told in a larger unit told in the smaller one where other sources tell it so and
    none in both: "zehn Tage" against "two weeks" is 10 days against 14, "40 Minuten" against "about an hour" 40
    minutes against 60.

    >>> f = lambda attr, v, doc: Fact("e", attr, v, doc, v)
    >>> told = [f("number of days", "10", "S1"), f("number of weeks", "2", "S2")]
    >>> [(x.attribute, x.value) for x in in_smaller_units(told)]
    [('number of days', '10'), ('number of days', '14')]
    >>> told = [f("number of minut", "40", "S1"), f("number of hours", "1~", "S2")]
    >>> [(x.attribute, x.value) for x in in_smaller_units(told)]
    [('number of minut', '40'), ('number of minut', '60~')]
    """
    for large, small, times in SMALLER_UNITS:
        larges = {f.doc for f in facts if f.attribute == large}
        smalls = {f.doc for f in facts if f.attribute == small}
        if not (larges and smalls) or not larges.isdisjoint(smalls):
            continue
        facts = [replace(f, attribute=small, value=number_text(float(f.value.rstrip("~")) * times)
                         + ("~" if f.value.endswith("~") else "")) if f.attribute == large else f for f in facts]
    return facts


SMALLER_UNITS = (("number of weeks", "number of days", 7), ("number of hours", "number of minut", 60))


def unqualified_counts(facts, language_of):
    """Return facts with a count of a people's own ("12,000 North Korean soldiers") told as the bare kind
    ("11.000 Soldaten") where sources of another language tell that kind bare, none tells both, and none
    another people's: a translation drops whose they are (in one language, the two may be two groups).

    >>> f = lambda unit, v, doc: Fact("e", "number of " + unit, v, doc, v + " " + unit)
    >>> told = [f("soldiers", "11000", "S1"), f("north korean soldiers", "12000", "S2")]
    >>> [x.attribute for x in unqualified_counts(told, {"S1": "de", "S2": "en"})]
    ['number of soldiers', 'number of soldiers']
    >>> [x.attribute for x in unqualified_counts(told, {"S1": "en", "S2": "en"})]
    ['number of soldiers', 'number of north korean soldiers']
    >>> told = [f("russian soldiers", "3", "S1"), f("french soldiers", "4", "S2"), f("soldiers", "7", "S3")]
    >>> [x.attribute for x in unqualified_counts(told, {"S1": "en", "S2": "en", "S3": "de"})]
    ['number of russian soldiers', 'number of french soldiers', 'number of soldiers']
    """
    docs = defaultdict(set)
    for f in facts:
        if f.attribute.startswith("number of "):
            docs[f.attribute].add(f.doc)
    kinds = defaultdict(list)             # the bare kind -> the peoples' counts of it
    for attr in docs:
        *qualifier, kind = attr[10:].split(" ")
        if qualifier and all(w in DEMONYMS or w in COMPASS_WORDS for w in qualifier):
            kinds["number of " + kind].append(attr)
    rename = {q[0]: bare for bare, q in kinds.items()
              if bare in docs and len(q) == 1 and docs[bare].isdisjoint(docs[q[0]])
              and {language_of[d] for d in docs[bare]}.isdisjoint(language_of[d] for d in docs[q[0]])}
    if not rename:                        # nearly always
        return facts
    return [replace(f, attribute=rename[f.attribute]) if f.attribute in rename else f for f in facts]


DWELLERS = frozenset(("residents", "einwohn", "einwohner", "inhabitant"))     # unit_lemma's of who lives there
# What a happening's finders tell as a value, not a count: compared as told ("6-4 3-6 7-5", "4 years", "2:00:35")
TOLD_VALUES = frozenset(("score", "began", "shootout score", "race time", "prison term", "prison term asked",
                         "ban term", "duration", "runs until", "tally", "minute",
                         "community service", "first since", "record since", "how many this year", "how many in a row",
                         "how many since the war began", "how many in office", "last day", "how many titles",
                         "how many since a month", "how many since a year", "how many within a span",
                         "first in a span", "how many this month", "completion expected", "age of the victims",
                         "which time")) | frozenset(
    kind for unit in ("days", "months", "years") for kind in (f"{unit} after", f"after how many {unit}"))


def number_text(value):
    """Return a count as digits, with no exponent: what the JSON gives as a fact's value.

    >>> number_text(4.8e9), number_text(3.5), number_text(12000.0)
    ('4800000000', '3.5', '12000')
    """
    return str(int(value)) if value.is_integer() and abs(value) < 1e18 else f"{value:g}"


# ---- Disagreements ----

UNTIL_WORDS_RE = lazy_regex(r"(?:bis|until|till|through|jusqu['’]\w*|hasta)\s", re.I)    # a span's end: "bis Samstag"


def range_ends(dates):
    """Return the date Mentions that end a span of days told with its first ("vom 26. bis 28. September",
    "from Sept. 26 to 29"): a later day of its month, within the first's words or a word after them.

    >>> d = lambda text, a, key: Mention("S1", "date", text, a, a + len(text), 0, key)
    >>> [m.text for m in range_ends([d("Sept. 26", 10, "XXXX-09-26"), d("29", 22, "XXXX-09-29")])]
    ['29']
    >>> range_ends([d("Sept. 26", 10, "XXXX-09-26"), d("Oct. 29", 40, "XXXX-10-29")])
    []
    """
    out = []
    for first, then in zip(dates, dates[1:]):
        if then.sentence == first.sentence and first.start < then.start <= first.end + RANGE_GAP \
                and len(first.key) == len(then.key) == 10 and first.key[:8] == then.key[:8] \
                and then.key > first.key and first.key[8:].isdigit():
            out.append(then)
    return out


RANGE_GAP = 6            # letters between a span's first day and its last at most: " to ", " bis ", " au "


def told_weekdays(dates):
    """Return (weekday, day) pairs of date Mentions: a day of no year told with its weekday right before it
    ("Thursday, November 14", "am Freitag, dem 14. November"), which no calendar can check.

    >>> d = lambda text, a, key: Mention("S1", "date", text, a, a + len(text), 0, key)
    >>> told = [d("Thursday", 3, "XXXX-WXX-4"), d("November 14", 13, "XXXX-11-14")]
    >>> [(w.text, x.text) for w, x in told_weekdays(told)]
    [('Thursday', 'November 14')]
    """
    return [(w, d) for w, d in zip(dates, dates[1:]) if w.sentence == d.sentence and 0 < d.start - w.end <= RANGE_GAP
            and WEEKDAY_VALUE_RE.fullmatch(w.key) and YEARLESS_DAY_RE.fullmatch(d.key[:10])]


def find_disagreements(entity, facts):
    """Return the Disagreements among the Facts of one entity."""
    by_attr = defaultdict(list)
    for f in facts:
        by_attr[f.attribute].append(f)
    out = []
    if "name" in by_attr:
        out += spelling_disagreement(entity, by_attr["name"])
    if "title" in by_attr:
        out += title_disagreement(entity, by_attr["title"])
    if "season" in by_attr and "date" in by_attr:
        # a source that tells only the season ("im Frühjahr") against another's month ("in September"): the
        # season's months are its dates (see compatible_values)
        dated = {f.doc for f in by_attr["date"]}
        by_attr["date"] += [f for f in by_attr["season"] if f.doc not in dated]
    if "date" in by_attr:
        out += date_disagreement(entity, by_attr["date"])
    if "weekday told" in by_attr:        # one day, each source's weekday: "Thursday, November 14" / "Freitag, 14."
        for day in sorted({f.by for f in by_attr["weekday told"]}):
            values = group_values([f for f in by_attr["weekday told"] if f.by == day])
            if len(values) > 1:
                out.append(Disagreement(entity.key, "weekday told", values, f"weekdays of {date_label(day)} "
                                        f"differ: " + " / ".join(f"\"{w[0]}\" ({', '.join(d)})" for _, d, w in values)))
    if "years back" in by_attr:
        out += years_back_disagreement(entity, by_attr["years back"])
    if "season" in by_attr and "date" not in by_attr:       # (a day told outright says more)
        out += season_disagreement(entity, by_attr["season"])
    if "counted back" in by_attr and "date" not in by_attr:
        # (where a source dates it, the others may count back from days of writing apart: "a week ago",
        # "three weeks ago" and "December 2" of one heart attack)
        out += counted_back_disagreement(entity, by_attr["counted back"])
    if "weekday" in by_attr:             # one source against the calendar, not against another source
        values = group_values(by_attr["weekday"])
        day = entity.key.split(":", 1)[1]
        out.append(Disagreement(entity.key, "weekday", values, f"{date_label(day)} is a "
                                f"{WEEKDAY_LABEL[weekday_of(day)]}, not " + " / ".join(
                                    f"\"{v}\" ({', '.join(d)})" for v, d, _ in values)))
    off = [f for f in by_attr.get("response", ()) if f.value == "called off"]
    if off:                              # one source tells it called off, the others without: told as held?
        by_attr["response"] = [f for f in by_attr["response"] if f.value != "called off"]
        if not by_attr["response"]:
            del by_attr["response"]
        without = sorted({ev.doc for ev in entity.extra} - {f.doc for f in off}, key=doc_order)
        if without:
            values = group_values(off) + (("told without", tuple(without), ()),)
            out.append(Disagreement(entity.key, "called off", values,
                                    f"told as called off: {describe_words(values[:-1])}; "
                                    f"{', '.join(without)} {'tells' if len(without) == 1 else 'tell'} it without",
                                    soft=True))
    for attr in sorted(by_attr):
        if attr == "place":
            # a town the gazetteer does not know may lie within the other place (Banstead, Surrey); a
            # plain word may tell of two places ("lived in Christchurch", "lived in Melbourne")
            out += value_disagreement(entity, attr, by_attr[attr],
                                      soft=entity.key.startswith("event:w:")
                                      or not all(f.value in GAZETTEER for f in by_attr[attr]))
        elif attr == "began":            # a weekday against a day: the day's weekday ("seit Montag", "since Oct 14")
            told = by_attr[attr]
            if len({f.value.startswith("XXXX-WXX") for f in told}) > 1:
                told = [replace(f, value=weekday_key(f.value)) for f in told]
            out += value_disagreement(entity, attr, told)
        elif attr == "completion expected":     # "in the second half of 2024" may be "in the fourth quarter"
            told = by_attr[attr]        # (and "by the end of June" may be in the first quarter)
            out += value_disagreement(entity, attr, told, soft=all(
                compatible_values(x.value, y.value) or bound_holds(x, y) or bound_holds(y, x)
                for x in told for y in told if x.doc != y.doc))
        elif attr == "response" or attr in TOLD_VALUES or attr.startswith("age of the "):
            out += value_disagreement(entity, attr, by_attr[attr])
        elif clock_kind(attr):        # "gegen 15 Uhr" and "14.30 Uhr" may be one moment, roughly told
            out += value_disagreement(entity, attr, by_attr[attr], soft=times_near(by_attr[attr]))
        elif attr in ("age", "victim's age"):     # a year apart may be a birthday between two reports
            told = by_attr[attr]
            groups = [told]
            if entity.kind == "event":   # of an unnamed one: only sources that give one age are compared
                one = {d for d in {f.doc for f in told} if len({f.value for f in told if f.doc == d}) == 1}
                if one != {f.doc for f in told}:
                    # a source that gives two ("un hombre de 45 años", "una mujer de 38 años"): each person's,
                    # by the noun told with it, is set against the others' of that noun
                    kind = lambda f: PERSON_CLASS.get(age_noun(f.words), "")
                    groups = [[f for f in told if kind(f) == k] for k in sorted({kind(f) for f in told} - {""})]
                    groups = [[f for f in g if len({x.value for x in g if x.doc == f.doc}) == 1] for g in groups]
                else:
                    groups = [[f for f in told if f.doc in one]]
            for told in groups:
                # told of another noun ("14-year-old son", "23-year-old woman") it may be another person's
                other = entity.kind == "event" and len({PERSON_CLASS.get(w, w) for f in told
                                                        for w in [age_noun(f.words)]}) > 1
                ages = [int(f.value) for f in told]
                if ages:
                    out += value_disagreement(entity, attr, told, soft=other or max(ages) - min(ages) <= 1)
        elif attr == "received by":
            out += value_disagreement(entity, attr, by_attr[attr], soft=True)
        elif attr == "in office":        # a year against a year, a span against a span (a year apart: soft, a
            #                              report's year may have turned)
            # (and a term against a term: "2016 to 2020" / "2016 to 2021", by the year it ended)
            kind_of = lambda v: "since" if v.startswith("since") else "term" if " to " in v else "years"
            for kind in ("since", "years", "term"):
                told = [f for f in by_attr[attr] if kind_of(f.value) == kind]
                numbers = [int(f.value.split()[0 if kind == "years" else -1]) for f in told]
                if numbers:
                    out += value_disagreement(entity, attr, told, soft=max(numbers) - min(numbers) <= 1)
        elif attr == "born in":          # (a town against its region, "Munich" / "Bavaria": soft; "Pärnu" is "Parnu")
            told = [replace(f, value=f.value if f.value in GAZETTEER else fold(f.value)) for f in by_attr[attr]]
            out += value_disagreement(entity, attr, told, soft=not all(f.value in GAZETTEER for f in told))
        elif attr in ("verdict", "nationality"):
            # "freigesprochen" / "convicted", "den estnischen Geschäftsmann X" / "Finnish businessman X"
            out += value_disagreement(entity, attr, by_attr[attr])
        elif attr == "agreement name":
            out += name_disagreement(entity, by_attr[attr])
        elif attr.startswith("number of ") and entity.key.startswith("event:w:") and attr[10:] in STAT_UNITS:
            continue                     # "played 13 games", "in his 11th season": a word's background record
        elif attr.startswith("number of ") or attr in MEASURES:
            out += number_disagreement(entity, attr, by_attr[attr])
            harm, _, who = attr[10:].partition(" ")
            if who in SOME_PEOPLE and "number of " + harm in by_attr:
                out += part_disagreement(entity.key, by_attr["number of " + harm], by_attr[attr])
    tallied = [f.words for f in by_attr.get("tally", ())]
    if tallied and any(d.attribute == "tally" for d in out):
        # "383 lawmakers" against "380 Abgeordnete" where the tally note sets "383 lawmakers voting in favour and
        # 270 against" against "stimmten 380 Abgeordnete, 270 votierten dagegen": one disagreement, one note (the
        # counts are kept for a source that tells no tally)
        out = [d for d in out if not (d.attribute.startswith("number of ") and all(
            any(w in t for t in tallied) for _, _, words in d.values for w in words))]
    return tuple(out)


def part_disagreement(key, whole, part):
    """A source counting more of some people ("drei Bewohner" dead) than another counts in all ("zwei Menschen").

    >>> f = lambda doc, v, w, attr="number of dead": Fact("e", attr, v, doc, w)
    >>> residents = lambda doc, v, w: f(doc, v, w, "number of dead residents")
    >>> three = [residents("S2", "3", "drei Bewohner")]
    >>> [d.text for d in part_disagreement("e", [f("S1", "2", "zwei Menschen")], three)]
    ['numbers differ: "zwei Menschen" (S1) / "drei Bewohner" (S2); a part is more than the whole']
    >>> part_disagreement("e", [f("S1", "5", "fünf Menschen")], [residents("S2", "3", "three residents")])
    []
    """
    high = {}                            # source -> the most its whole counts may be
    for f in whole:
        high[f.doc] = max(high.get(f.doc, 0), count_range(f.value, bound_of(f.words))[1])
    over = [f for f in part if any(d != f.doc and count_range(f.value, bound_of(f.words))[0] > h
                                   for d, h in high.items())]
    if not over:
        return []
    under = [f for f in whole if any(f.doc != o.doc and count_range(o.value, bound_of(o.words))[0] > high[f.doc]
                                     for o in over)]
    values = group_values(under + over)
    return [Disagreement(key, whole[0].attribute, values,
                         "numbers differ: " + describe_words(values) + "; a part is more than the whole")]


# A player's record, as unit_lemma gives it: told in the background of a plain word ("has played 13
# games", "in his 11th season"), it is no rival count of the story's happening
STAT_UNITS = frozenset("game spiel season saison round runde yard touchdown pass punch wins win point punkt goal "
                       "tor tore inning runs homer assist rebound match start appearanc time mal".split())


def group_values(facts, key=lambda f: f.value):
    """Return ((value, doc keys, words), ...) from facts, in order of first source."""
    seen = {}
    for f in facts:
        v = key(f)
        docs, words = seen.setdefault(v, ([], []))
        if f.doc not in docs:
            docs.append(f.doc)
        if f.words not in words:
            words.append(f.words)
    return tuple((v, tuple(sorted(d, key=doc_order)), tuple(w)) for v, (d, w) in
                 sorted(seen.items(), key=lambda kv: (doc_order(min(kv[1][0], key=doc_order)), kv[0])))


def doc_order(key):
    """Sort key for a source key: S2 before S10."""
    return int(key[1:]) if key[1:].isdigit() else 0


def describe(values):
    """Return 'X (S1, S3); Y (S2)' for grouped values."""
    return "; ".join(f"{v} ({', '.join(d)})" for v, d, _ in values)


def spelling_disagreement(entity, facts):
    """A name spelt differently: the differing parts, with their sources."""
    parts = defaultdict(dict)          # first word's keys -> {surface: [docs]}
    joined = defaultdict(dict)
    group_of = {}
    for f in facts:
        words = f.value.split()
        joined[fold(f.value).replace("-", " ")].setdefault(f.value, []).append(f.doc)
        for w in words:
            keys = name_keys(w)
            k = next((group_of[x] for x in keys if x in group_of), keys[0])
            for x in keys:
                group_of.setdefault(x, k)
            parts[k].setdefault(w, []).append(f.doc)
    variants = []
    for k in sorted(parts):
        forms = without_article(parts[k])
        if len({fold(w).replace(".", "") for w in forms}) > 1 and not genitive_only(forms):   # J.D. is JD
            variants.append(forms)
    shown = {w for forms in variants for w in forms}
    for forms in joined.values():         # "Kim Jong Un / Kim Jong-un", "LaSalle / Lasalle": what the parts do not tell
        if len(forms) > 1 and not all(w in shown for form in forms for w in form.split()):
            variants.append(forms)
    if not variants:
        return []
    values = []
    for forms in variants:
        for w, docs in forms.items():
            values.append((w, tuple(sorted(set(docs), key=doc_order)), (w,)))
    text = "spelt differently: " + " | ".join(
        " / ".join(f"{w} ({', '.join(sorted(set(d), key=doc_order))})" for w, d in forms.items()) for forms in variants)
    return [Disagreement(entity.key, "spelling", tuple(values), text, soft=True)]


def without_article(forms):
    """Return forms {word: docs} without a bare name that another form writes with its article ("Sisi", "al-Sisi").

    >>> list(without_article({"Sisi": ["S1"], "al-Sisi": ["S1"], "el-Sisi": ["S2"]}))
    ['al-Sisi', 'el-Sisi']
    """
    articled = {fold(w)[3:] for w in forms if fold(w)[:3] in ("al-", "el-")}
    return {w: d for w, d in forms.items() if fold(w).replace(".", "") not in articled} if articled else forms


def genitive_only(forms):
    """True when the forms differ only by a genitive or possessive s (Beloussow, Beloussows)."""
    base = sorted(forms, key=len)[0]
    return all(w == base or w in (base + "s", base + "'s", base + "’s", base + "'") for w in forms)


def title_disagreement(entity, facts):
    """Different titles or roles for one person from different sources; a more detailed one is no conflict."""
    # an office held before ("Former Russian President X", "der frühere Präsident", "Ex-Präsident") is none now
    facts = [f for f in facts if not FORMER_RE.search(f.words)]
    # "el presidente del Gobierno, Pedro X" and then "el presidente X": the head of government, told short
    heads = {f.doc for f in facts if role_key(f.value) == "primeminister"}
    if heads:
        facts = [f for f in facts if not (f.doc in heads and role_key(f.value) == "president")]
    values = group_values(facts)
    # two incompatible titles, not both from one source alone
    clash = any(not roles_compatible(a, b) and len(set(da) | set(db)) > 1
                for i, (a, da, _) in enumerate(values) for b, db, _ in values[i + 1:])
    if not clash:
        return []
    # a title and its translation are one side: "Verteidigungsminister / Defence minister (S1, S3)"
    keys = {v: role_key(v) for v, _, _ in values}
    sides = group_values(facts, key=lambda f: keys[f.value])
    titles = {k: list(dict.fromkeys(v for v, _, _ in values if keys[v] == k)) for k, _, _ in sides}
    shown = tuple((titles[k][0], docs, words) for k, docs, words in sides)
    text = "; ".join(f"{' / '.join(titles[k])} ({', '.join(docs)})" for k, docs, _ in sides)
    return [Disagreement(entity.key, "title", shown, "titles differ: " + text)]


# The same role in German and English, and descriptions that fit any head of
# state or chief (so "Staatschef" never contradicts "Präsident").
ROLE_EQUIVALENTS = {"prasident": "president", "kanzler": "chancellor", "sekretar": "secretary",
                    "vorsitzender": "chairman", "sprecher": "spokesman", "sprecherin": "spokeswoman",
                    "botschafter": "ambassador", "konig": "king", "konigin": "queen", "prinz": "prince",
                    "burgermeister": "mayor", "gouverneur": "governor", "stadtrat": "councillor",
                    "leutnant": "lieutenant", "hauptmann": "captain", "pfarrer": "pastor", "reverend": "pastor",
                    "speaker": "parliamentpresident", "gesandter": "envoy", "gesandte": "envoy",
                    "gemeinderat": "councillor", "ratsherr": "councillor", "councilman": "councillor",
                    "councilwoman": "councillor", "richter": "judge", "anwalt": "lawyer",
                    "staatsanwalt": "prosecutor", "schauspieler": "actor", "schauspielerin": "actress",
                    "sanger": "singer", "sangerin": "singer", "kommandeur": "commander", "oberst": "colonel",
                    "marschall": "marshal", "kapitan": "captain", "offizier": "officer", "direktor": "officer",
                    "grunder": "founder", "bischof": "bishop", "papst": "pope", "autor": "author",
                    "pape": "pope", "papa": "pope", "roi": "king", "rey": "king", "reine": "queen", "reina": "queen",
                    "premierminister": "primeminister", "premier": "primeminister", "abgeordneter": "representative",
                    "ministerprasident": "primeminister", "premierministre": "primeminister",
                    "ministerprasidentin": "primeminister",
                    # a German or EU Staatssekretär is a junior minister, not a US Secretary of State
                    "staatssekretar": "deputyminister", "staatssekretarin": "deputyminister",
                    "statesecretary": "deputyminister",
                    # and the Vatican's is its head of government, a cardinal
                    "kardinalstaatssekretar": "cardinalsecretaryofstate",
                    "ministre": "minister", "ministro": "minister", "ministra": "minister",
                    "chancelier": "chancellor", "canciller": "chancellor", "secretaire": "secretary",
                    "secretario": "secretary", "secretaria": "secretary",
                    "portavoz": "spokesman", "porteparole": "spokesman", "publicist": "spokesman",
                    "alcalde": "mayor", "maire": "mayor", "avocat": "lawyer",
                    "abogado": "lawyer", "abogada": "lawyer", "juge": "judge", "juez": "judge",
                    "procureur": "prosecutor", "trainer": "coach", "kommissar": "commissioner", "commissaire": "commissioner",
                    # kin: "seine Tochter Grace Holt" is "his daughter Grace Holt"
                    "tochter": "daughter", "sohn": "son", "witwe": "widow", "witwer": "widower",
                    "ehefrau": "wife", "ehemann": "husband", "bruder": "brother", "schwester": "sister",
                    "mutter": "mother", "vater": "father", "fille": "daughter", "fils": "son", "hija": "daughter",
                    "hijo": "son", "veuve": "widow", "viuda": "widow", "epouse": "wife", "esposa": "wife",
                    "ambassadeur": "ambassador", "embajador": "ambassador", "gobernador": "governor",
                    # a company's executive board member: a Finanzvorstand is its chief financial officer,
                    # a Sportvorstand its sporting director, and a British finance director a CFO
                    "vorstand": "officer", "vorstandin": "officer", "director": "officer", "directeur": "officer",
                    # the offices English names with "of": what other languages call them
                    "secretaryofstate": "foreignminister", "secretaryofdefense": "defenceminister",
                    "ministerofdefence": "defenceminister", "ministerofdefense": "defenceminister",
                    "ministerofforeignaffairs": "foreignminister", "ministerofjustice": "justiceminister",
                    "ministeroffinance": "financeminister", "secretaryofthetreasury": "financeminister",
                    # English puts "general" after the office: a Secretary-General is a Generalsekretär
                    "secretarygeneral": "generalsecretary", "secretairegeneral": "generalsecretary",
                    "secretariogeneral": "generalsecretary", "directorgeneral": "generalofficer",
                    "directeurgeneral": "generalofficer",
                    # and a Generalstaatsanwalt is an attorney general, or a prosecutor general
                    "attorneygeneral": "generalprosecutor", "prosecutorgeneral": "generalprosecutor"}
# Who speaks for a body, and ranks that may do so: no two offices
SPEAKER_ROLES = ("spokesman", "spokeswoman", "spokesperson", "sprecher", "sprecherin", "porteparole", "portavoz")
MOUTHPIECES = ("publicist", "rep", "representative", "pressesprecher", "pressesprecherin")
RANKS = frozenset("lieutenant sergeant constable corporal commodore commander captain colonel major general admiral "
                  "officer leutnant hauptmann oberst kapitan kommandeur kommissar".split())
# "Schwimmstar": a star of anything; "Betriebsleiter": a head of anything, a "mine manager" (English "manager"
# is an office of its own: a general manager is no team president)
GENERIC_HEADS = ("chef", "chief", "leader", "fuhrer", "star", "leiter", "leiterin")
_ANY_ROLE = GENERIC_HEADS + tuple(fold(w) for w in DESCRIPTION_STEMS)   # any office's head, what one does
# a company's chief executive, however told (a board's chairman, "Aufsichtsratsvorsitzender", is another office)
CEO_ENDS = ("chiefexecutiveofficer", "chiefexecutive", "vorstandsvorsitzender", "vorstandsvorsitzende",
            "vorstandsvorsitzenden", "presidentdirecteurgeneral", "pdg")
DEPUTY_PREFIXES = ("stellvertretender", "stellvertretende", "vize", "vice", "deputy")
GENERIC_ROLES = {"staatschef", "regierungschef", "fuhrer", "leader", "chef", "chief", "head", "star", "vize",
                 "vice", "deputy", "machthaber", "herrscher", "ruler"}     # "Machthaber X": whatever X's office


# What the first part of a German compound role says, as English puts it before
# the role: Außenminister is Foreign Minister, Verteidigungsminister Defense Minister.
ROLE_QUALIFIERS = {"aussen": "foreign", "verteidigungs": "defence", "defense": "defence", "innen": "interior",
                   "home": "interior", "finanz": "finance", "justiz": "justice", "gesundheits": "health",
                   "sicherheits": "security", "handels": "trade", "wirtschafts": "economy", "bildungs": "education",
                   "energie": "energy", "umwelt": "environment", "landwirtschafts": "agriculture",
                   "arbeits": "labour", "labor": "labour", "verkehrs": "transport", "kultur": "culture",
                   "vize": "vice", "sonder": "special",
                   "treasury": "finance", "entwicklungs": "development", "familien": "family",
                   "forschungs": "research", "klima": "climate", "agrar": "agriculture", "tourismus": "tourism",
                   "migrations": "migration", "europa": "europe", "bau": "housing", "wohnungsbau": "housing",
                   "financial": "finance", "sporting": "sport", "kron": "crown", "erz": "arch",
                   "militar": "military", "ober": "chief",
                   # a parliament's president is its speaker: Bundestags- (its "bundes" left out), Landtags-
                   "tags": "parliament", "landtags": "parliament", "parlaments": "parliament"}
_QUALIFIED = set(ROLE_QUALIFIERS.values())
_ROLE_HEADS = sorted(set(ROLE_EQUIVALENTS) | set(ROLE_EQUIVALENTS.values()) | {"minister"}, key=len, reverse=True)


def role_head(role):
    """Return the longest office word a folded role ends with, or ''.

    >>> role_head("verteidigungsminister"), role_head("ministerprasident"), role_head("sprecher")
    ('minister', 'ministerprasident', 'sprecher')
    """
    return next((h for h in _ROLE_HEADS if role.endswith(h)), "")


FUGEN_S_RE = lazy_regex(r"(?<=ion|ung|eit|aft|tät|tat)s$")
DOUBLE_LETTER_RE = lazy_regex(r"(.)\1")


def role_key(role):
    """Return a role as English would put it, for comparing: compound parts and heads translated.

    >>> role_key("Außenminister"), role_key("Foreign Minister"), role_key("Staatspräsident")
    ('foreignminister', 'foreignminister', 'statspresident')
    >>> role_key("Kommissionspräsident") == role_key("Commission President")
    True
    >>> role_key("Landesinnenminister") == role_key("Interior minister")
    True
    >>> role_key("Entwicklungsminister") == role_key("Development Minister"), role_key("Treasury Secretary")
    (True, 'finankeminister')
    >>> role_key("Vizeaußenminister"), role_key("Deputy Foreign minister"), role_key("Vice Foreign minister")
    ('deputyforeignminister', 'deputyforeignminister', 'deputyforeignminister')
    >>> role_key("Vorstandsvorsitzender"), role_key("chief executive officer"), role_key("Thyssenkrupp CEO")
    ('keo', 'keo', 'thysenkrupkeo')
    """
    s = fold(role).replace("-", "").replace(" ", "")
    ceo = next((e for e in CEO_ENDS if s.endswith(e)), "")
    if ceo:                               # "Vorstandsvorsitzender", "chief executive", "Thyssenkrupp CEO": one office
        s = s[:-len(ceo)] + "ceo"
    deputy = s.startswith(DEPUTY_PREFIXES) and s not in DEPUTY_PREFIXES
    if deputy:                            # "Vizeaußenminister", "Deputy Foreign Minister": a deputy's office
        s = s[len(next(p for p in DEPUTY_PREFIXES if s.startswith(p))):]
    head = role_head(s)
    prefix, head = s[:len(s) - len(head)], ROLE_EQUIVALENTS.get(head, s[len(s) - len(head):])
    if prefix.startswith(("bundes", "landes")):   # Bundesverkehrsminister: the federal one, as every minister in
        prefix = prefix[6:]                           # Berlin is; Landesinnenminister: a state's, as in Munich
    qualifier = next((q for q in ROLE_QUALIFIERS if prefix.startswith(q)), "")
    if qualifier:
        prefix = ROLE_QUALIFIERS[qualifier] + prefix[len(qualifier):]
    if head == "secretary" and prefix in _QUALIFIED:
        head = "minister"                 # a Foreign Secretary is a foreign minister
    # what the office is of, spelt alike in both languages: Kommissions|präsident is Commission
    # President (a German compound's linking s left out, c as k, no double letters)
    return "deputy" * deputy + DOUBLE_LETTER_RE.sub(r"\1", (FUGEN_S_RE.sub("", prefix) + head).replace("c", "k"))


def deputy_office(role):
    """True when a role (folded, no spaces) is a deputy's office of government: "vizeaußenminister", "vicepresident"
    (not "Deputy Sgt." of a sheriff's office, nor "Deputy District Attorney": ranks, not another's office).

    >>> deputy_office("vizeaussenminister"), deputy_office("staatssekretar"), deputy_office("deputysergeant")
    (True, True, False)
    """
    head = role_head(role)
    return ROLE_EQUIVALENTS.get(head, head).startswith("deputy") or \
        (role.startswith(DEPUTY_PREFIXES) and role not in DEPUTY_PREFIXES and head.endswith(DEPUTY_OFFICES))


DEPUTY_OFFICES = tuple("minister president prasident kanzler chancellor secretary sekretar chairman vorsitzender "
                       "governor gouverneur mayor burgermeister premier".split())


def roles_compatible(a, b):
    """True when one role is the other, or a more detailed form of it (Minister, Verteidigungsminister).

    >>> roles_compatible("Präsident", "President"), roles_compatible("Staatschef", "Präsident")
    (True, True)
    >>> roles_compatible("Außenminister", "Foreign Minister"), roles_compatible("Staatspräsident", "President")
    (True, True)
    >>> roles_compatible("Außenminister", "Foreign Secretary"), roles_compatible("Außenminister", "Defense Minister")
    (True, False)
    >>> roles_compatible("Generalsekretär", "Secretary-General"), roles_compatible("Kronprinz", "Crown Prince")
    (True, True)
    >>> roles_compatible("Erzbischof", "Archbishop"), roles_compatible("Generalstaatsanwalt", "Attorney General")
    (True, True)
    >>> roles_compatible("Oberstaatsanwalt", "chief prosecutor")
    True
    >>> roles_compatible("Militärsprecher", "military spokesman"), roles_compatible("Constable", "Spokesperson")
    (True, True)
    >>> roles_compatible("Commander", "Commodore"), roles_compatible("Bundestagspräsident", "Speaker")
    (False, True)
    >>> roles_compatible("Präsident", "Speaker"), roles_compatible("Landtagspräsident", "Speaker")
    (True, True)
    >>> roles_compatible("US-Außenminister", "Secretary of State"), roles_compatible("Minister of Defence", "Verteidigungsminister")
    (True, True)
    >>> roles_compatible("Bundesverkehrsminister", "Transport Minister")
    True
    >>> roles_compatible("Präsident", "Vorsitzender"), roles_compatible("Ministerpräsident", "Präsident")
    (False, False)
    >>> roles_compatible("Ministerpräsident", "Prime Minister"), roles_compatible("Konzernchef", "CEO")
    (True, True)
    >>> roles_compatible("Chief Executive", "Aufsichtsratsvorsitzender"), roles_compatible("Chief Executive", "CEO")
    (False, True)
    >>> roles_compatible(role_of("Oberstaatsanwältin", "de"), "Prosecutor"), roles_compatible("EU-Kommissar", "Commissioner")
    (True, True)
    >>> roles_compatible("Staatssekretär", "deputy minister"), roles_compatible("Staatssekretärin", "Secretary of State")
    (True, False)
    >>> roles_compatible("Ministerpräsidentin", "State Premier"), roles_compatible("Finanzvorstand", "Financial officer")
    (True, True)
    >>> roles_compatible("Porte-parole", "Ministeriumssprecher"), roles_compatible("Porte-parole", "Portavoz")
    (True, True)
    >>> roles_compatible("Publicist", "Rep"), roles_compatible("Publicist", "Sprecherin")
    (True, True)
    >>> roles_compatible("Rep", "Mayor"), roles_compatible("Tochter", "Daughter"), roles_compatible("Sohn", "Daughter")
    (False, True, False)
    >>> roles_compatible("Vizeaußenminister", "Deputy Foreign minister"), roles_compatible("Vizeminister", "Minister")
    (True, False)
    >>> roles_compatible("Vice president", "President"), roles_compatible("Vize", "Außenminister")
    (False, True)
    >>> roles_compatible("Kardinalstaatssekretär", "Cardinal Secretary of State")
    True
    >>> roles_compatible("Vize-Außenminister", "Foreign minister")
    False
    >>> roles_compatible("Vize-Außenminister", "Vice-Foreign Minister")
    True
    >>> roles_compatible("Betriebsleiter", "Manager"), roles_compatible("Einsatzleiterin", "Commander")
    (True, True)
    """
    # "US-Außenminister", "Kreml-Sprecher": who the office is of, said before a hyphen, is no other office
    # (not "porte-parole": one word of its own; nor "Vize-Außenminister": a deputy's office)
    a, b = (fold(x if fold(x).replace("-", "") in ROLE_EQUIVALENTS or fold(x).startswith(DEPUTY_PREFIXES)
                 else x.rsplit("-", 1)[-1]).replace(" ", "").replace("-", "") for x in (a, b))
    if any(x in GENERIC_ROLES or (x.endswith(_ANY_ROLE) and not x.endswith(CEO_ENDS)) for x in (a, b)):
        return True                       # "Konzernchef", "Oppositionsführer": any office's head (a chief
        #                                   executive is one office, not any executive)
    if deputy_office(a) != deputy_office(b):
        return False                      # a deputy minister is not the minister, nor a vice president the president
    if (a.endswith(SPEAKER_ROLES) and b in RANKS) or (b.endswith(SPEAKER_ROLES) and a in RANKS):
        return True                       # "Constable Tim X" is the police's spokesperson: a rank speaks
    if a.endswith(SPEAKER_ROLES + MOUTHPIECES) and b.endswith(SPEAKER_ROLES + MOUTHPIECES):
        return True                       # "her rep", "publicist", "spokesman": who speaks for someone
    if len(a) < len(b):
        a, b = b, a
    # "Interior secretary" is a "Secretary"; a "Ministerpräsident" is no "Präsident": his office
    # is one word of its own, of which the shorter role is only the end
    if a.endswith(b) and len(role_head(a)) <= len(b):
        return True
    a, b = role_key(a), role_key(b)
    return a.endswith(b) or b.endswith(a)


def date_disagreement(entity, facts):
    """Sources that date one happening differently; weekday against date is checked."""
    per_doc, told, nights = defaultdict(set), defaultdict(list), defaultdict(set)
    plain = defaultdict(set)              # the days each source tells by day, not as the night that begins then
    whole = defaultdict(set)              # the days told with no part of the day
    # "late Thursday" or "Thursday night", and "early Friday (morning)": one night, either side of midnight
    lates, earlies = defaultdict(set), defaultdict(set)
    for f in facts:
        per_doc[f.doc].add(day_of(f.value))     # "Thursday evening" and "Thursday" are one day
        if not f.value.endswith("TNI"):
            plain[f.doc].add(day_of(f.value))
        if not (PART_OF_DAY_RE.search(f.value) or LATE_RE.match(f.words)):
            whole[f.doc].add(day_of(f.value))    # "on Saturday", which its small hours may be; not "late Saturday"
        told[f.doc].append((f.words, f.value))
        into = night_into(f.value, f.words)
        if into:                                # "in der Nacht zum Montag": into Monday
            nights[f.doc].add(into)
        after = day_after(day_of(f.value)) if LATE_RE.match(f.words) or f.value.endswith("TNI") else None
        if after:
            lates[f.doc].add(after)
        elif EARLY_RE.match(f.words) or f.value.endswith("TMO"):
            earlies[f.doc].add(day_of(f.value))
    rough = {d: rough_values(told[d]) for d in per_doc}
    docs = sorted(per_doc, key=doc_order)
    # a source telling a weekday and a date for one happening (called on Monday, until
    # 12 January) has put its days in its own order: only a source that tells no weekday
    # has a date to set against another's weekday, and only one that tells no date a weekday
    weekdays = {d for d in docs if any(v.startswith("XXXX-WXX") for v in per_doc[d])}
    yearless = {d for d in docs if any(YEARLESS_DAY_RE.fullmatch(v) for v in per_doc[d])}
    out = []
    clash, soft_pairs, past_midnight = False, [], False
    # a bare weekday (no week known) of a source that gives a day of the month is that day's: "am
    # Mittwoch, dem 6. November" and another's Wednesday the 5th differ, whatever Wednesdays they share;
    # and one that gives a month or a year is in it ("am Dienstag", "im Februar" against "in January": a
    # Tuesday of January is not what it says)
    own = {d: {v for v in per_doc[d] if not v.startswith("XXXX-WXX")}
           if any(not v.startswith("XXXX-WXX") for v in per_doc[d]) else per_doc[d] for d in docs}
    # and a month or a year a source tells beside a day of it is that day's ("last month", "on Feb. 25"):
    # another's 24 February differs from the day, whatever it shares with the month
    own = {d: {v for v in vs if not any(w != v and w.startswith(v + "-") for w in vs)} for d, vs in own.items()}
    # what each names outright: a count back ("vor drei Monaten") that meets another's month does not
    # settle a month the source names itself ("im vergangenen Juli" against "im Juni")
    named = {d: {v for v in own[d] if v not in rough[d]} for d in docs}
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            # a night told by the day it runs into meets that day, not another night that begins on it
            # ("Nacht auf Samstag" and "Nacht zum Sonntag" differ)
            if (not dates_meet(own[a], own[b], rough[a], rough[b]) or (
                    (rough[a] or rough[b]) and named[a] and named[b] and not dates_meet(named[a], named[b]))) \
                    and not (nights[a] and dates_meet(nights[a], own[b] & plain[b], rough[a], rough[b])) \
                    and not (nights[b] and dates_meet(own[a] & plain[a], nights[b], rough[a], rough[b])) \
                    and not dates_meet(lates[a], earlies[b]) and not dates_meet(lates[b], earlies[a]):
                if dates_meet(lates[a], whole[b]) or dates_meet(lates[b], whole[a]):
                    past_midnight = True  # "Friday night" against "Saturday": the night's small hours, maybe
                else:
                    clash = True
            elif nights_apart(nights[a], own[a], earlies[b], own[b]) or nights_apart(nights[b], own[b], earlies[a],
                                                                                     own[a]):
                clash = True              # "in der Nacht zu Donnerstag" against "early on Wednesday": two nights
            else:
                for x in sorted(per_doc[a]):     # sorted: the first soft pair is the same every run
                    for y in sorted(per_doc[b]):
                        if (x.startswith("XXXX-WXX") and YEARLESS_DAY_RE.fullmatch(y)
                                and a not in yearless and b not in weekdays) or (
                                y.startswith("XXXX-WXX") and YEARLESS_DAY_RE.fullmatch(x)
                                and b not in yearless and a not in weekdays):
                            soft_pairs.append((x, y))
    values = group_values(facts, key=lambda f: day_of(f.value))   # "Mittwochabend", "Wednesday": one day
    if clash or past_midnight:
        # a day without its year, or a bare weekday, goes with the one full date it can be
        # ("17. Januar" with "Friday, 17 January 2025")
        full = {v for d in docs for v in per_doc[d] if ISO_DAY_RE.fullmatch(v)}
        fits = {v: [x for x in full if compatible_values(v, x)] for d in docs for v in per_doc[d] if v not in full}
        # a night told by the day it runs into is shown as that night: "Nacht zu Dienstag" is neither
        # Monday's nor Tuesday's alone
        values = group_values(facts, key=lambda f: f.value if night_into(f.value, f.words) and
                              ISO_DAY_RE.fullmatch(day_of(f.value)) else
                              fits[k][0] if len(fits.get(k := day_of(f.value), ())) == 1 else k)
        if len(values) > 1 and clash:
            out.append(Disagreement(entity.key, "date", values, "dates differ: " + describe_days(values)))
        elif len(values) > 1:
            out.append(Disagreement(entity.key, "date", values, "dates differ: " + describe_days(values)
                                    + "; a night's small hours are the next day's", soft=True))
    elif month_parts_differ(facts):
        with_part = {f.doc for f in facts if month_part(f.words)}     # (the whole beside a part: the part said)
        sub = group_values([f for f in facts if month_part(f.words) or f.doc not in with_part],
                           key=lambda f: f"{f.value} ({month_part(f.words).lower()})")
        whole = "year" if YEAR_ONLY_RE.fullmatch(facts[0].value) else "week" if "W" in facts[0].value else "month"
        out.append(Disagreement(entity.key, "date", sub, f"parts of the {whole} differ: " + describe_words(sub),
                                soft=True))
    elif month_part_apart(facts):
        # "Anfang Mai" against "May 28": a part of the month and a day outside it
        out.append(Disagreement(entity.key, "date", values, "the part of the month and the day differ: "
                                + describe_words(values), soft=True))
    elif year_part_apart(facts):
        # "Ende des Jahres" against "in May": a part of the year and a month outside it
        out.append(Disagreement(entity.key, "date", values, "the part of the year and the month differ: "
                                + describe_words(values), soft=True))
    elif week_part_apart(facts):
        # "Anfang der Woche" against "on Thursday" of that week: a part of the week and a day outside it
        out.append(Disagreement(entity.key, "date", values, "the part of the week and the day differ: "
                                + describe_words(values), soft=True))
    elif counted_back_apart(docs, own, rough):
        # "vor zwei Wochen" against "three weeks ago": each only counts back, and by another span
        out.append(Disagreement(entity.key, "date", values, "counted back differently: " + describe_days(values),
                                soft=True))
    elif weeks_counted_apart(docs, own, rough):
        # "vergangene Woche" against "two weeks ago", "kommende Woche" against "in two weeks": the week named
        # and the week counted to are next to each other (a count is told roughly, so no more than soft)
        out.append(Disagreement(entity.key, "date", values, "the week named and the week counted differ: "
                                + describe_days(values), soft=True))
    elif day := day_parts_apart(facts):
        # "am Montagmorgen" against "on Monday afternoon": one day, parts of it that do not meet (shown: that day)
        values = group_values([f for f in facts if day_of(f.value) == day])
        out.append(Disagreement(entity.key, "date", values, "parts of the day differ: " + describe_words(values),
                                soft=True))
    elif soft_pairs:
        x, y = soft_pairs[0]
        wd, day = (x, y) if x.startswith("XXXX-WXX") else (y, x)
        years = weekday_years(int(wd[-1]), int(day[5:7]), int(day[8:10]))
        sub = [v for v in values if day_of(v[0]) in (wd, day)]
        out.append(Disagreement(
            entity.key, "date", tuple(sub),
            f"one source gives a weekday, another a date: {describe_words(sub)}; they agree if the year is "
            + (", ".join(map(str, years)) if years else "none of 2000-2039"), soft=True))
    return out


def counted_back_disagreement(entity, facts):
    """Sources that each count a happening's time back from a day of writing no source gives, by spans
    apart ("vor vier Monaten" / "six months ago")."""
    once = told_once(facts, lambda f: span_days(f.value))      # one span each: which is its own
    told = list(once.values())
    # (told in one unit, any two counts differ: "in 14 years" / "desde hace doce años"; in two, roughly)
    one_unit = len({REACH_RE.match(f.value).group(3) for f in facts}) == 1
    if len(told) < 2 or max(told) - min(told) <= (0 if one_unit else COUNTED_BACK_WITHIN) * max(told):
        return []
    values = group_values([f for f in facts if f.doc in once])
    return [Disagreement(entity.key, "date", values, "counted back differently: " + describe_words(values)
                         + "; each from the day it was written", soft=True)]


def years_back_disagreement(entity, facts):
    """Sources that each count a happening's year back from their day of writing, by counts and to years apart:
    "vor einem Jahr" / "two years ago" (a year so told is no other date's rival: "two years ago" is often a time
    before; and "two years ago" in 2010 and in 2012 are one count from two years of writing).

    >>> f = lambda doc, year, words, n: Fact("e", "years back", year, doc, words, n)
    >>> two = [f("S1", "2026", "vor einem Jahr", "1"), f("S2", "2025", "two years ago", "2")]
    >>> [n.text for n in years_back_disagreement(None, two)]
    ['years counted back differ: "vor einem Jahr" (S1) / "two years ago" (S2)']
    >>> years_back_disagreement(None, [f("S1", "2010", "two years ago", "2"), f("S2", "2008", "Two years ago", "2")])
    []
    """
    once = told_once(facts, lambda f: (f.value, f.by))
    if len({year for year, _ in once.values()}) < 2 or len({n for _, n in once.values()}) < 2:
        return []
    values = group_values([f for f in facts if f.doc in once])
    return [Disagreement(entity and entity.key, "date", values, "years counted back differ: " + describe_words(values),
                         soft=True)]


def season_disagreement(entity, facts):
    """Sources that each tell a happening by one season, and not the same: "im Herbst" / "in the spring".

    >>> f = lambda doc, season, words: Fact("e", "season", season, doc, words)
    >>> [n.text for n in season_disagreement(None, [f("S1", "2027-FA", "im Herbst"), f("S2", "2027-SP", "the spring")])]
    ['seasons differ: "im Herbst" (S1) / "the spring" (S2)']
    """
    once = told_once(facts)
    if len(set(once.values())) < 2:
        return []
    values = group_values([f for f in facts if f.doc in once])
    return [Disagreement(entity and entity.key, "date", values, "seasons differ: " + describe_words(values))]


def told_once(facts, key=attrgetter("value")):
    """Return {source: its value} for the sources that tell one value each (key of each fact), not two.

    >>> told_once([Fact("e", "season", "2027-FA", "S1", "im Herbst"), Fact("e", "season", "2027-SP", "S2", "spring"),
    ...            Fact("e", "season", "2027-SU", "S2", "summer")])
    {'S1': '2027-FA'}
    """
    per_doc = defaultdict(set)
    for f in facts:
        per_doc[f.doc].add(key(f))
    return {doc: next(iter(v)) for doc, v in per_doc.items() if len(v) == 1}


def span_days(value):
    """Return the days a value counted from an unknown day spans ("REF-4M": 4 months), or None.

    >>> span_days("REF-4M"), span_days("REF-2W"), span_days("REF+3D"), span_days("2024-06")
    (122.0, 14.0, 3.0, None)
    """
    m = REACH_RE.match(value)
    return float(round(int(m.group(2)) * SPAN_UNIT_DAYS[m.group(3)])) if m else None


SPAN_UNIT_DAYS = {"D": 1, "W": 7, "M": 30.44, "Y": 365.25}
COUNTED_BACK_WITHIN = 0.15       # "vor einem Monat" / "four weeks ago": one span, told in two units


def counted_back_apart(docs, own, rough):
    """True when two sources each date a happening only by counting back (rough values), and by no one value.

    >>> counted_back_apart(["S1", "S2"], {"S1": {"2027-W10"}, "S2": {"2027-W09"}},
    ...                    {"S1": frozenset({"2027-W10"}), "S2": frozenset({"2027-W09"})})
    True
    >>> counted_back_apart(["S1", "S2"], {"S1": {"XXXX-06"}, "S2": {"XXXX-06"}},
    ...                    {"S1": frozenset({"XXXX-06"}), "S2": frozenset()})
    False
    """
    only = [d for d in docs if own[d] and own[d] <= rough[d]]
    return any(own[a].isdisjoint(own[b]) for i, a in enumerate(only) for b in only[i + 1:])


# Parts of a day that do not meet: not an afternoon and an evening (Spanish "tarde" is either, and "late
# afternoon" is early evening), nor the night, which runs into the morning and out of the evening
FAR_DAY_PARTS = frozenset(frozenset(pair) for pair in (("MO", "AF"), ("MO", "EV"), ("MI", "EV")))


def day_parts_apart(facts):
    """Return a day two sources each tell by one part of it, parts that do not meet (FAR_DAY_PARTS), or "".

    >>> f = lambda doc, value: Fact("e", "date", value, doc, "")
    >>> day_parts_apart([f("S1", "2025-05-12TMO"), f("S2", "2025-05-12TAF"), f("S2", "2025-05-10")])
    '2025-05-12'
    >>> day_parts_apart([f("S1", "2025-05-12TAF"), f("S2", "2025-05-12TEV")])
    ''
    >>> day_parts_apart([f("S1", "2025-05-12TMO"), f("S2", "2025-05-12TAF"), f("S2", "2025-05-12")])
    ''
    """
    parts = defaultdict(set)              # (source, day) -> the parts of the day it tells ("" for none)
    for f in facts:
        parts[f.doc, day_of(f.value)].add(f.value[-2:] if PART_OF_DAY_RE.search(f.value) else "")
    by_day = defaultdict(set)
    for (_, day), told in parts.items():
        if len(told) == 1 and "" not in told:      # a source that tells the day twice has told no one part
            by_day[day] |= told
    return next((day for day, told in sorted(by_day.items())
                 if any(frozenset((x, y)) in FAR_DAY_PARTS for x in told for y in told)), "")


def weeks_counted_apart(docs, own, rough):
    """True when a source dates a happening only by a week it names and another only by a week it counts to,
    and the two are not one week.

    >>> weeks_counted_apart(["S1", "S2"], {"S1": {"2027-W10"}, "S2": {"2027-W09"}},
    ...                     {"S1": frozenset(), "S2": frozenset({"2027-W09"})})
    True
    >>> weeks_counted_apart(["S1", "S2"], {"S1": {"2027-W10"}, "S2": {"2027-W10"}},
    ...                     {"S1": frozenset(), "S2": frozenset({"2027-W10"})})
    False
    """
    weeks = [d for d in docs if own[d] and all(WEEK_VALUE_RE.match(v) for v in own[d])]
    counted = [d for d in weeks if own[d] <= rough[d]]
    return any(own[a].isdisjoint(own[b]) for a in weeks if not own[a] & rough[a] for b in counted)


# Years counted back from the day of writing: "vor einem Jahr", "two years ago", "il y a trois ans", "hace dos años"
YEARS_BACK_RE = lazy_regex(r"(?i:(?:genau\s+)?vor\s+(?P<n>\w+)\s+Jahr(?:en)?|(?:exactly\s+)?(?P<n2>\w+)\s+years?\s+"
                           r"ago|il\s+y\s+a\s+(?P<n3>\w+)\s+ans?|hace\s+(?P<n4>\w+)\s+años?)")


def month_part(words):
    """Return the part of a month words tell ("Mitte Juli": MID, "late July": END), or ""."""
    m = MONTH_PART_RE.match(words)
    return MOD_WORDS.get(m.group(1).lower(), "") if m else ""


def month_parts_differ(facts):
    """True when sources date a happening by one month, each by one part of it, and two parts differ:
    "Mitte Juli" against "late July". A month told with no part agrees with any.

    >>> f = lambda doc, words: Fact("e", "date", "XXXX-07", doc, words)
    >>> month_parts_differ([f("S1", "Mitte Juli"), f("S2", "late July")]), month_parts_differ([f("S1", "Mitte Juli"),
    ...                                                                                        f("S2", "in July")])
    (True, False)
    >>> g = lambda doc, words: Fact("e", "date", "2025-W11", doc, words)
    >>> month_parts_differ([g("S1", "Anfang nächster Woche"), g("S2", "next week"), g("S2", "the end of next week")])
    True
    """
    if len({f.value for f in facts}) != 1 or not (MONTH_VALUE_RE.fullmatch(facts[0].value)
                                                   or YEAR_ONLY_RE.fullmatch(facts[0].value)
                                                   or WEEK_VALUE_RE.fullmatch(facts[0].value)):
        return False             # (a year's and a week's parts too: "Ende vergangenen Jahres" against "early 2023")
    parts = defaultdict(set)
    for f in facts:
        parts[f.doc].add(month_part(f.words))
    # (a source that tells the whole and one part of it, "next week" in its title and "the end of next week" after,
    # tells that part)
    told = [p - {""} for p in parts.values()]
    return len(told) > 1 and all(len(p) == 1 for p in told) and len(set().union(*told)) > 1


def month_part_apart(facts):
    """True when one source tells a part of a month ("Anfang Mai") and another a day of it outside that part (May
    28): early is the 1st to the 10th, the middle the 11th to the 20th, late the 21st on.

    >>> f = lambda doc, value, words: Fact("e", "date", value, doc, words)
    >>> month_part_apart([f("S1", "XXXX-05", "Anfang Mai"), f("S2", "XXXX-05-28", "on May 28")])
    True
    >>> month_part_apart([f("S1", "XXXX-05", "Ende Mai"), f("S2", "XXXX-05-28", "on May 28")])
    False
    """
    parts = {}                           # month -> (its days, the source)
    for f in facts:
        part = month_part(f.words) if MONTH_VALUE_RE.fullmatch(f.value) else None
        if part:
            parts[f.value] = (MONTH_PART_DAYS[part], f.doc)
    return bool(parts) and any(
        ISO_DAY_RE.fullmatch(f.value.replace("XXXX", "2000")) and f.value[:7] in parts
        and int(f.value[8:10]) not in parts[f.value[:7]][0] and f.doc != parts[f.value[:7]][1] for f in facts)


MONTH_PART_DAYS = {"START": range(1, 11), "MID": range(11, 21), "END": range(21, 32)}
YEAR_PART_MONTHS = {"START": range(1, 5), "MID": range(4, 10), "END": range(9, 13)}     # (generous: told roughly)


def year_part_apart(facts):
    """True when one source tells a part of a year ("Ende des Jahres", "early 2026") and another a month or a day
    of that year outside it (in May): early is January to April, the middle April to September, late September on.

    >>> f = lambda doc, value, words: Fact("e", "date", value, doc, words)
    >>> year_part_apart([f("S1", "2025", "Ende des Jahres"), f("S2", "2025-05", "in May")])
    True
    >>> year_part_apart([f("S1", "2025", "Ende des Jahres"), f("S2", "2025-11-03", "on November 3")])
    False
    """
    parts = {f.value: (YEAR_PART_MONTHS[part], f.doc) for f in facts
             if YEAR_ONLY_RE.fullmatch(f.value) for part in [month_part(f.words)] if part}
    return bool(parts) and any(
        MONTH_OR_DAY_RE.fullmatch(f.value) and f.value[:4] in parts and int(f.value[5:7]) not in parts[f.value[:4]][0]
        and f.doc != parts[f.value[:4]][1] for f in facts)


def week_part_apart(facts):
    """True when one source tells a part of a week ("Anfang der Woche", "late last week") and another a day of
    that week outside it (Thursday). Early is Monday to Wednesday, the middle Tuesday to Thursday, late Thursday on.

    >>> f = lambda doc, value, words: Fact("e", "date", value, doc, words)
    >>> week_part_apart([f("S1", "2025-W07", "Anfang der Woche"), f("S2", "2025-02-13", "on Thursday")])
    True
    >>> week_part_apart([f("S1", "2025-W07", "Ende der Woche"), f("S2", "2025-02-13", "on Thursday")])
    False
    """
    parts = {}                           # week -> its weekdays told, by one source
    days = []                            # (week, weekday, source)
    for f in facts:
        part = WEEK_PART_RE.match(f.words)
        if part and WEEK_VALUE_RE.fullmatch(f.value):
            parts[f.value] = (WEEK_PARTS[part.lastgroup], f.doc)
        elif ISO_DAY_RE.fullmatch(f.value):
            try:
                y, w, wd = date.fromisoformat(f.value).isocalendar()
            except ValueError:
                continue
            days.append(("%d-W%02d" % (y, w), wd, f.doc))
    return any(week in parts and wd not in parts[week][0] and doc != parts[week][1] for week, wd, doc in days)


# A part of a week: "Anfang der Woche", "early this week", "Mitte der Woche", "late last week", "à la fin de la
# semaine" (not "earlier this week": any day before the article's)
WEEK_PART_RE = lazy_regex(r"(?:(?:the|in|im|at|à|la|a)\s+){0,3}(?:(?P<early>Anfang|early|beginning|début|principios)|"
                          r"(?P<mid>Mitte|mid|middle|milieu|mediados)|(?P<late>Ende|late|end|fin|finales))"
                          r"(?:\s+(?:of|the|de|der|la|this|last|next|dieser|vergangenen|letzten|nächsten|"
                          r"kommenden)){0,3}"
                          r"\s+(?:Woche|week|semaine|semana)\b", re.I)
WEEK_PARTS = {"early": (1, 2, 3), "mid": (2, 3, 4), "late": (4, 5, 6, 7)}
MONTH_PART_RE = lazy_regex(r"(?:(?:in|im|the|à|a)\s+)?(Anfang|Mitte|Ende|early|mid|late|beginning|end|début|fin)\b",
                           re.I)
PART_OF_DAY_RE = lazy_regex(r"T[A-Z]{2}$")             # "…TNI", "…TEV": a night, an evening
LATE_RE = lazy_regex(r"(?i:late)\b")                  # "late Thursday", "late on Friday"
EARLY_RE = lazy_regex(r"(?i:early)\b")                # "early Friday", "Early Friday morning"


def describe_words(values):
    """Return '"am Freitag" (S4) / "13. September", "Sept. 13" (S5, S6)': each value in all its sources' words.

    >>> describe_words([("2024-10-14", ("S1", "S2"), ("am Montag", "14. Oktober")), ("2024-10-15", ("S3",), ("Tuesday",))])
    '"am Montag", "14. Oktober" (S1, S2) / "Tuesday" (S3)'
    """
    return " / ".join(", ".join(f'"{x}"' for x in w) + f" ({', '.join(d)})" for _, d, w in values)


def describe_days(values):
    """Return describe_words(values) with each day its words do not show: "on Friday" is which Friday.

    A night's value (date_disagreement keeps it for a night told by the day it runs into) is that night.

    >>> describe_days([("2027-06-04", ("S1",), ("am Freitag",)), ("2027-05-28", ("S3",), ("on Friday", "May 28"))])
    '"am Freitag" (S1: 4 June 2027) / "on Friday", "May 28" (S3)'
    >>> describe_days([("XXXX-03-13", ("S1",), ("am folgenden Tag",))])
    '"am folgenden Tag" (S1: 13 March (year not given))'
    >>> describe_days([("2027-04-12TNI", ("S1",), ("in der Nacht zu Dienstag",))])
    '"in der Nacht zu Dienstag" (S1: the night into 13 April 2027)'
    """
    def day(v):
        return f"the night into {date_label(night_after(v))}" if v.endswith("TNI") else date_label(v)
    return " / ".join(describe_words([(v, d, w)]) if not (ISO_DAY_RE.fullmatch(day_of(v))
                                                           or YEARLESS_DAY_RE.fullmatch(day_of(v)))
                      or any(c.isdigit() for c in "".join(w))
                      else describe_words([(v, d, w)])[:-1] + f": {day(v)})" for v, d, w in values)


def weekday_years(weekday, month, day, first=2000, last=2039):
    """Return the years from first to last in which month/day falls on weekday.

    >>> weekday_years(5, 9, 13, 2010, 2025)
    [2013, 2019, 2024]
    """
    out = []
    for y in range(first, last + 1):
        try:
            if date(y, month, day).isoweekday() == weekday:
                out.append(y)
        except ValueError:
            pass
    return out


def name_disagreement(entity, facts):
    """Sources that call one agreement by different names (a difference of description)."""
    heads = defaultdict(set)
    for f in facts:
        heads[f.doc].add(unit_lemma(f.value.split(" über ")[0].split(" on ")[0].split()[-1]))
    docs = sorted(heads, key=doc_order)
    # across two languages every name differs: "Klimaabkommen" / "climate agreement" is a translation
    language = {ev.doc: ev.language for ev in entity.extra}
    if not any(not (heads[a] & heads[b]) and language.get(a) == language.get(b)
               for i, a in enumerate(docs) for b in docs[i + 1:]):
        return []
    values = group_values(facts)
    return [Disagreement(entity.key, "agreement name", values,
                         "named differently: " + describe_words(values), soft=True)]


def value_disagreement(entity, attr, facts, soft=False):
    """Sources that give different values (places, responses) where each gives one."""
    per_doc = defaultdict(set)
    for f in facts:
        per_doc[f.doc].add(f.value)
    docs = sorted(per_doc, key=doc_order)
    clash = any(not (per_doc[a] & per_doc[b]) for i, a in enumerate(docs) for b in docs[i + 1:])
    if not clash:
        return []
    values = group_values(facts)
    text = f"{attr} differs: " + describe_words(values)
    if attr == "place" and soft:
        text += "; it may tell of more than one place" if entity.key.startswith("event:w:") \
            else "; one may lie within another"
    return [Disagreement(entity.key, attr, values, text, soft=soft)]


def bound_holds(bound, other):
    """True when a date told as a bound ("by the end of June 2027", "bis Ende Juni") comes no earlier than the
    other fact's date begins: the other's date may be within it.

    >>> f = lambda v, w: Fact("e", "completion expected", v, "S1", w)
    >>> bound_holds(f("2027-06", "to be completed by the end of June 2027"), f("2027-Q1", "in the first quarter"))
    True
    >>> bound_holds(f("2027-03", "by March 2027"), f("2027-H2", "in the second half"))
    False
    >>> bound_holds(f("2027-06", "in June 2027"), f("2027-Q1", "in the first quarter"))
    False
    """
    a, b = month_span(bound.value), month_span(other.value)
    return bool(a and b and DATE_BOUND_RE.search(bound.words) and a[1] >= b[0])


DATE_BOUND_RE = lazy_regex(r"(?<![^\W\d_])(?:by|bis|spätestens|d['’]ici|antes\s+de)\s", re.I)


def month_span(value):
    """Return (first month, last month) counted from year 0 of a year, a month, a quarter or a half, else None.

    >>> month_span("2027-Q2"), month_span("2027-06"), month_span("2027-H2"), month_span("2027"), month_span("XXXX-06")
    ((24327, 24329), (24329, 24329), (24330, 24335), (24324, 24335), None)
    """
    m = MONTH_SPAN_RE.fullmatch(value)
    if not m:
        return None
    base, part = int(m.group("y")) * 12 - 1, m.group("part")
    months = sorted(int(x) for x in ({part} if part.isdigit() else PART_MONTHS[part])) if part else (1, 12)
    return base + months[0], base + months[-1]


MONTH_SPAN_RE = lazy_regex(r"(?P<y>\d{4})(?:-(?P<part>0[1-9]|1[0-2]|Q[1-4]|H[12]))?")     # (no season: see PART_MONTHS)


def times_near(facts):
    """True when clock times differ by at most half an hour and one of them is told roughly ("gegen 15 Uhr"),
    or by a minute or two (one clock's reading against another's: "4:43 p.m." / "4:42 p.m.").

    >>> f = lambda v, w: Fact("e", "time of day", v, "S1", w)
    >>> times_near([f("14:30", "um 14.30 Uhr"), f("15:00", "gegen 15 Uhr")]), times_near([f("14:30", "14.30 Uhr"), f("15:00", "15 Uhr")])
    (True, False)
    >>> times_near([f("16:43", "at 4:43 p.m."), f("16:42", "at 4:42 p.m.")])
    True
    >>> times_near([f("16:43", "at 4:43 p.m."), f("16:33", "at 4:33 p.m.")])
    False
    >>> times_near([f("00:00", "shortly before midnight"), f("23:45", "at 11:45 p.m.")])
    True
    """
    minutes = sorted(int(f.value[:2]) * 60 + int(f.value[3:]) for f in facts)
    # (round the clock: "shortly before midnight" is 00:00, a quarter of an hour from "11:45 p.m.")
    apart = DAY_MINUTES - max(b - a for a, b in zip(minutes, minutes[1:] + [minutes[0] + DAY_MINUTES]))
    return apart <= CLOCKS_APART or apart <= 30 and any(CLOCK_ROUGH_RE.match(f.words) for f in facts)


DAY_MINUTES = 24 * 60
CLOCKS_APART = 2         # minutes two clocks may differ by (a quake's time as two agencies give it)


def number_disagreement(entity, attr, facts):
    """Sources that count the same thing differently (beyond 'about')."""
    # "Inflation sinkt auf 2,4 Prozent" over "im Oktober auf 2,4 Prozent": a count a source also tells of
    # someone or of some month is that one's where it tells it alone
    tagged = {(f.doc, f.value): f.by for f in facts if f.by}
    placed = defaultdict(set)            # "50 miles north of here" is north of the one place others count from
    for by in tagged.values():
        if by.startswith("position ") and " of " in by:
            placed[by.partition(" of ")[0]].add(by)
    if placed:
        facts = [replace(f, by=min(placed[f.by])) if len(placed.get(f.by, ())) == 1 else f for f in facts]
        tagged = {(f.doc, f.value): f.by for f in facts if f.by}
    if tagged:
        facts = [replace(f, by=tagged[(f.doc, f.value)]) if not f.by and (f.doc, f.value) in tagged else f
                 for f in facts]
        facts = whole_names(facts)
    per_doc = defaultdict(list)
    bound = {}                           # each fact's bound, read once from its words
    parted = False                       # does any count tell a part ("19 of the 25 students")?
    for f in facts:
        per_doc[f.doc].append(f)
        bound[id(f)] = bound_of(f.words)
        parted = parted or bool(PART_WORDS_RE.match(f.words))
    docs = sorted(per_doc, key=doc_order)
    part_agrees_ = part_agrees if parted else lambda x, y: False
    # (a count converted from miles, feet or acres is rounded twice, in each unit: "2,900 acres", "1200 Hektar")
    converted = lambda f: f.value.endswith("~") and IMPERIAL_WORDS_RE.search(f.words) is not None
    within = lambda x, y: CONVERTED_WITHIN if attr == "speed" or converted(x) or converted(y) else 0.01
    agree = lambda x, y: numbers_agree(x.value, y.value, bound[id(x)], bound[id(y)]) or part_agrees_(x, y)

    def exact_clash(xs, ys):
        """True when each side tells an exact count and no exact count of one is the other's: "118 Drohnen"
        against "120 drones", which "mehr als 100 Drohnen" told beside them agrees with, but does not settle."""
        exact_x = {x.value for x in xs if not bound[id(x)] and not x.value.endswith("~")}
        exact_y = {y.value for y in ys if not bound[id(y)] and not y.value.endswith("~")}
        return bool(exact_x and exact_y) and exact_x.isdisjoint(exact_y) and not parted
    def apart(x, y):
        """True when one count is told by a word of no number ("tens of thousands") and the other is a tenth of
        its least or less ("three people"): two things counted, not one told two ways."""
        if (bound[id(x)] == "*") == (bound[id(y)] == "*"):
            return False
        least, other = (x, y) if bound[id(x)] == "*" else (y, x)
        return float(other.value.rstrip("~")) * VAGUE_APART < float(least.value.rstrip("~"))
    vague = any(b == "*" for b in bound.values())
    involved = set()                     # the counts set against another source's (where one is vague)
    clash = near = False
    told_of_whom = set()                 # the tags (whose counts: "AfD", "police"; or "") of the counts that differ
    for i, a in enumerate(docs):
        for b in docs[i + 1:]:
            for xs, ys in counted_alike(per_doc[a], per_doc[b]):
                if vague:                # (seldom) each side's counts that may be the other's
                    xs, ys = [x for x in xs if not all(apart(x, y) for y in ys)], \
                        [y for y in ys if not all(apart(x, y) for x in xs)]
                    if not (xs and ys):
                        continue
                differ = True
                if not any(agree(x, y) for x in xs for y in ys):
                    if toll_rose(xs, ys) or vague and any(above_vague(x, y, bound) for x in xs for y in ys):
                        # "Zahl der Toten auf vier gestiegen" against "drei Tote": a later count; "Dutzende"
                        # against "300": a word of no number, far off, yet told roughly
                        near = True
                    else:
                        clash = True
                elif not any(same_number(x.value, y.value, within(x, y)) or part_agrees_(x, y)
                             or (vague and "*" in (bound[id(x)], bound[id(y)]) or "=" in (bound[id(x)], bound[id(y)]))
                             and agree(x, y) for x in xs for y in ys):
                    # ("dozens of arrests", "86 arrests": one count; "between 3,000 and 4,000", "about 3,500": one)
                    if exact_clash(xs, ys):
                        clash = True     # "mehr als 100", "118" against "120": the exact ones differ
                    else:
                        near = True      # "etwa 12.000" and "about 13,000": both may be right, yet they differ
                else:
                    # "118 drones shot down" told alike by both does not hide "142 drones" against "138 drones"
                    same = {x.value.rstrip("~") for x in xs} & {y.value.rstrip("~") for y in ys}
                    rest_x = [x for x in xs if x.value.rstrip("~") not in same]
                    rest_y = [y for y in ys if y.value.rstrip("~") not in same]
                    differ = bool(rest_x and rest_y) and (not any(agree(x, y) for x in rest_x for y in rest_y)
                                                          or exact_clash(rest_x, rest_y))
                    clash = clash or differ
                if differ:
                    told_of_whom |= {f.by for f in xs} | {f.by for f in ys}
                    involved.update(map(id, xs + ys))
    if not (clash or near):
        return []
    # counts told of whom ("AfD auf 29,2 Prozent", the police's count): only those set against each other
    # a source that tells a count both exactly and roughly ("6 000 personnes", "Environ 6 000 personnes") tells one
    exact = {(f.doc, f.value) for f in facts if not f.value.endswith("~")}
    # and one number told in two units ("12,000 hectares (29,650 acres)": 11999~ and 12000~) is one value
    kept = told_apart([f for f in facts if f.by in told_of_whom] if told_of_whom else facts)
    if vague:                            # not "three people" beside "tens of thousands", each set against others
        kept = [f for f in kept if id(f) in involved]
    canonical = {}
    for v in sorted({f.value for f in kept}, key=lambda v: (len(v.rstrip("~").rstrip("0")), v)):   # roundest first
        canonical[v] = next((c for c in dict.fromkeys(canonical.values()) if same_number(c, v)), v)
    values = group_values(kept, key=lambda f: f.value[:-1] if (f.doc, f.value[:-1]) in exact
                          else canonical[f.value])
    if len(values) < 2:                  # (a note sets two values against each other, whatever they round to)
        values = group_values(kept, key=lambda f: f.value[:-1] if (f.doc, f.value[:-1]) in exact else f.value)
    if len(values) < 2:
        return []
    return [Disagreement(entity.key, unit_shown(attr, facts), values, "numbers differ: " + describe_words(values),
                         soft=not clash)]


def told_apart(facts):
    """Return facts with one of the two counts of "50 of 73 drones" left out: the one all sources tell alike.

    >>> f = lambda doc, v, w: Fact("e", "number of drones", v, doc, w)
    >>> facts = [f("S1", "73", "50 of 73 drones"), f("S1", "50", "50 of 73 drones"), f("S2", "78", "50 of 78 drones"),
    ...          f("S2", "50", "50 of 78 drones")]
    >>> other = [f("S2", "73", "52 of 73 drones"), f("S2", "52", "52 of 73 drones")]
    >>> [x.value for x in told_apart(facts)], [x.value for x in told_apart(facts[:2] + other)]
    (['73', '78'], ['50', '52'])
    """
    parts = [f for f in facts if part_number(f.words) == float(f.value.rstrip("~"))
             and any(g.doc == f.doc and g.words == f.words and g.value != f.value for g in facts)]
    wholes = [f for f in facts if f not in parts and any(g.doc == f.doc and g.words == f.words for g in parts)]
    for twins in (parts, wholes):        # (the parts left out where only the wholes differ, else the wholes)
        rest = [f for f in facts if f not in twins]
        if twins and len({f.value for f in rest}) >= 2:
            return rest
    return facts


def same_number(x, y, within=0.01):
    """True when two fact values are one number; a rough one ("5698~", 22 square miles in hectares) within 1%.

    >>> same_number("5700~", "5698~"), same_number("12000~", "13000~"), same_number("609", "610")
    (True, False, False)
    >>> same_number("266~", "270"), same_number("266~", "270", CONVERTED_WITHIN)    # 165 mph, 270 km/h
    (False, True)
    """
    if x.rstrip("~") == y.rstrip("~"):
        return True
    if not (x.endswith("~") or y.endswith("~")):
        return False
    a, b = float(x.rstrip("~")), float(y.rstrip("~"))
    return abs(a - b) <= within * max(abs(a), abs(b))


# A speed told in miles an hour is converted, and the other source's km/h is rounded to five or ten: "165 mph
# (270 km/h)" is one speed told twice (and so is an area in acres, a height in feet)
CONVERTED_WITHIN = 0.03
IMPERIAL_WORDS_RE = lazy_regex(r"\b(?:acres?|miles?|feet|foot|ft|mph)\b", re.I)


def toll_rose(xs, ys):
    """True when the higher of two sources' counts is a toll (a running count), higher than all the other's.

    >>> f = lambda v, w: Fact("e", "number of dead", v, "S1", w)
    >>> toll_rose([f("3", "drei Tote")], [f("4", "Zahl der Toten auf vier")]), toll_rose([f("3", "3 dead")], [f("4", "4 dead")])
    (True, False)
    """
    top = max(xs + ys, key=lambda f: float(f.value.rstrip("~")))
    high = float(top.value.rstrip("~"))
    other = ys if top in xs else xs
    return bool(TOLL_RE.search(top.words)) and all(float(f.value.rstrip("~")) < high for f in other)


def part_agrees(x, y):
    """True when one count's part ("19 of the 25 students") is the other's count ("19 students").

    >>> f = lambda v, w: Fact("e", "number of students", v, "S1", w)
    >>> part_agrees(f("25", "19 of the 25 students"), f("19", "19 students")), part_agrees(f("25", "25 students"), f("19", "19"))
    (True, False)
    """
    px, py = part_number(x.words), part_number(y.words)
    if (px is None) == (py is None):     # two parts: their counts are set against each other as they are
        return False
    vx, vy = (float(f.value.rstrip("~")) if p is None else p for f, p in ((x, px), (y, py)))
    return vx == vy


def part_number(words):
    """Return the part a count's words tell ("1.100 von 1.400 Flügen": 1100.0), or None.

    >>> [part_number(w) for w in ("1.100 von 1.400 geplanten Flügen", "19 of the 25 students", "25 students")]
    [1100.0, 19.0, None]
    """
    m = PART_WORDS_RE.match(words)
    return float(re.sub(r"[.,\u00a0]", "", m.group(1))) if m else None


# a count's words told as a part (its digits grouped by threes, in either language's way)
PART_WORDS_RE = lazy_regex(r"(\d{1,3}(?:[.,\u00a0]\d{3})+|\d{1,4})\s+(?:of\s+the|of|der|von|de\s+los|des)\s")


def unit_shown(attr, facts):
    """Return a count's attribute as a reader would name it: the noun its first source uses, not its stem.

    >>> f = lambda words: Fact("e", "number of villag", "3", "S1", words)
    >>> unit_shown("number of villag", [f("three villages"), f("drei Dörfer")]), unit_shown("number of dead", [])
    ('number of villages', 'number of dead')
    """
    lemma = attr[10:]
    if not attr.startswith("number of ") or lemma in UNIT_CLASS_NAMES or " " in lemma:
        return attr
    for f in facts:                      # "three villages": the last word its stem begins
        word = next((w for w in reversed(f.words.split()) if fold(w).startswith(lemma)), "")
        if word:                         # as written ("Schneepflüge"), but not in capitals
            word = word.strip(".,;:!?()\"'")
            return "number of " + (word.lower() if word.isupper() else word)
    return attr


def whole_names(facts):
    """Return facts with a person told of by the surname alone tagged by the whole name another gives.

    >>> f = lambda v, by: Fact("e", "share of the vote", v, "S1", v, by)
    >>> [x.by for x in whole_names([f("50.9", "Nawro"), f("51.9", "Ida Nawro"), f("48.1", "SPD")])]
    ['Ida Nawro', 'Ida Nawro', 'SPD']
    """
    whole = {t.rsplit(" ", 1)[-1]: t for t in sorted({f.by for f in facts}) if " " in t and t[:1].isupper()}
    return [replace(f, by=whole[f.by]) if f.by in whole else f for f in facts] if whole else facts


def counted_alike(xs, ys):
    """Return the pairs of lists of two sources' Facts to compare: of each counter both name, else all.

    The police's count is set against the police's, the organisers' against the organisers',
    never the one against the other; a count nobody is said to have made is set against any
    when the two sources name no counter in common.

    >>> f = lambda v, by: Fact("e", "number of people", v, "S1", v, by)
    >>> pairs = lambda xs, ys: [[(x.value, y.value) for x in a for y in b] for a, b in counted_alike(xs, ys)]
    >>> pairs([f("25000", "police"), f("60000", "organisers")], [f("35000", "police"), f("60000", "organisers")])
    [[('60000', '60000')], [('25000', '35000')]]
    >>> pairs([f("25000", "police")], [f("60000", "organisers")]), pairs([f("25000", "police")], [f("60000", "")])
    ([], [[('25000', '60000')]])
    >>> pairs([f("34", "Labour")], [f("35", "Starmer")])
    [[('34', '35')]]
    >>> pairs([f("29.2", "AfD"), f("12.1", "CDU")], [f("13.5", "BSW"), f("30.9", "")])
    [[('29.2', '30.9'), ('12.1', '30.9')]]
    """
    tags = {x.by for x in xs} | {y.by for y in ys}
    if tags == {""}:
        return [(xs, ys)]
    both = sorted({x.by for x in xs} & {y.by for y in ys} - {""})
    if both:
        return [([x for x in xs if x.by == by], [y for y in ys if y.by == by]) for by in both]
    if all(t[:1].isupper() or not t for t in tags) and len({x.by for x in xs} - {""}) <= 1 \
            and len({y.by for y in ys} - {""}) <= 1:
        # parties named apart ("Labour", "Starmer's party"): all against all (not where a source lists
        # several: "AfD 29,2, CDU 12,1" against "BSW 13.5%" sets no party's share against another's)
        return [(xs, ys)]
    untold_x, untold_y = [x for x in xs if not x.by], [y for y in ys if not y.by]
    return [(a, b) for a, b in ((untold_x, ys), (xs, untold_y)) if a and b]


def numbers_agree(a, b, bound_a="", bound_b=""):
    """True when two counts agree; '~' marks an approximate one (10% either way).

    A count with a bound (see bound_of) agrees with any count in its range:
    "at least 42" with 51, "more than 30" with 40, "nearly 300" with 290, not with 240.

    >>> numbers_agree("12000~", "11500"), numbers_agree("12000", "10000")
    (True, False)
    >>> numbers_agree("42~", "51", ">"), numbers_agree("50~", "46", "+"), numbers_agree("300~", "235~", "-", "-")
    (True, False, False)
    >>> numbers_agree("100~", "45", "*"), numbers_agree("1000~", "5000~", "*")     # "Hunderte", "Tausende"
    (False, True)
    >>> numbers_agree("12~", "300", "*"), numbers_agree("12~", "60", "*")     # "Dutzende": not 300
    (False, True)
    >>> numbers_agree("10000~", "100~", "*", "*")      # "Zehntausende", "Hunderte": each a least, of two things
    True
    >>> numbers_agree("4000~", "3500~", "="), numbers_agree("4000~", "6000~", "=")     # "zwischen 3.000 und 4.000"
    (True, False)
    """
    if not (bound_a or bound_b):
        x, y = float(a.rstrip("~")), float(b.rstrip("~"))
        if "~" in a or "~" in b:
            return abs(x - y) <= 0.1 * max(x, y)
        return x == y
    if bound_a == bound_b == "*":        # "Zehntausende" and "Hunderte": at least each, whatever else they count
        return True
    (low_a, high_a), (low_b, high_b) = count_range(a, bound_a), count_range(b, bound_b)
    return low_a <= high_b and low_b <= high_a


def above_vague(x, y, bound):
    """True when one of two facts is a count told by a word of no number ("Dutzende") and the other is more than
    it allows ("300"): told roughly, so a soft note (one below its least, "45" against "Hunderte", is a clash).

    >>> f = lambda v, w: Fact("e", "number of arrested", v, "S1", w)
    >>> a, b, c = f("12~", "Dutzende Menschen"), f("300", "300 people"), f("100~", "Hunderte Tote")
    >>> above_vague(a, b, {id(a): "*", id(b): ""}), above_vague(c, f("45", "45 people"), {id(c): "*"})
    (True, False)
    """
    if (bound.get(id(x)) == "*") == (bound.get(id(y)) == "*"):
        return False
    vague, other = (x, y) if bound.get(id(x)) == "*" else (y, x)
    return float(other.value.rstrip("~")) > float(vague.value.rstrip("~"))


def count_range(value, bound):
    """Return the (lowest, highest) count a value and its bound allow.

    >>> count_range("42~", ">"), count_range("300~", "-"), count_range("200~", "+")
    ((42.0, inf), (270.0, 300.0), (200.0, 300.0))
    """
    x = float(value.rstrip("~"))
    low, high = BOUND_RANGES[bound or ("~" if value.endswith("~") else "")]
    return x * low, inf if high == inf else x * high


# What a modifier says of a count: at least it, a little more, a little less, at most it.
# "More than 5,000" is told of about 5,000 (up to half as many again), not of 12,000.
# (a count told by a word of no number is its least: "Zehntausende" at least ten thousand; a count told with
# digits a tenth of that or less is of something else)
VAGUE_APART = 10
# (a count told by a word of no number is its least: "Zehntausende" at least ten thousand, and less than ten
# times that: "Dutzende" are not 300, which are "Hunderte")
VAGUE_ALT = r"(?:zehn|hundert)?tausende|hunderte|dutzende|(?:(?:tens|hundreds)\s+of\s+)?thousands\s+of|" \
            r"hundreds\s+of|dozens\s+of|des\s+(?:dizaines|centaines|milliers)|(?:decenas\s+de\s+)?miles\s+de|" \
            r"cientos\s+de|centenares\s+de|decenas\s+de"
BOUND_RANGES = {">": (1, inf), "*": (1, VAGUE_APART), "+": (1, 1.5), "-": (0.9, 1), "<": (0, 1), "~": (0.9, 1.1),
                "": (1, 1), "=": (0.5, 1)}
#                (a range, by its last number: "zwischen 3.000 und 4.000", a half of it at least)
BOUND_WORDS = {">": "mindestens|at least|au moins|al menos", "*": VAGUE_ALT,
               "+": "mehr als|über|more than|over|plus de|más de", "-": "fast|knapp|nearly|almost|près de",
               "<": "bis zu|up to", "=": "zwischen|between|entre"}
# the modifier opens a count's words, or follows its verb ("injuring more than 230")
BOUND_RE = lazy_regex(r"(?:\S+\s+)?(?:%s)\s" % "|".join(f"(?P<b{i}>{w})" for i, w in enumerate(BOUND_WORDS.values())),
                      re.I)


def bound_of(words):
    """Return what a count's words make of it: '>' at least, '+' more than, '-' nearly, '<' up to, or ''.

    >>> bound_of("mindestens 14 Menschen"), bound_of("injuring more than 230"), bound_of("etwa 12.000 Soldaten")
    ('>', '+', '')
    >>> bound_of("zwischen 3.000 und 4.000 Menschen"), bound_of("between 30 and 40 people")
    ('=', '=')
    """
    m = BOUND_RE.match(words)
    return list(BOUND_WORDS)[int(m.lastgroup[1:])] if m else ""


# ---- Rows ----

def build_report(corpus, min_sources=2, progress=None, jobs=1):
    """Return the Report of a corpus: rows of entities found in min_sources or more."""
    people, dates, events, words_at = analyse(corpus, progress, jobs, min_sources)
    label_of = {e.key: e.label for e in people}
    tables = []
    days = tuple(e for e in dates if e.kind == "date")
    times = tuple(e for e in dates if e.kind == "time")
    for kind, entities in (("person", people), ("date", days), ("time", times), ("event", events)):
        rows = []
        for ent in entities:
            sources = tuple(sorted({m.doc for m in ent.mentions}, key=doc_order))
            if len(sources) < min_sources:
                continue
            facts = collect_facts(ent)
            notes = find_disagreements(ent, facts)
            of_doc = defaultdict(list)
            for m in ent.mentions:
                of_doc[m.doc].append(m)
            says = tuple((d, say(ent, d, of_doc[d], label_of, words_at)) for d in sources)
            summary = event_summary(ent, label_of) if kind == "event" else ()
            rows.append(Row(kind, ent, sources, says, notes, summary))
        rows.sort(key=lambda r: (-len(r.sources), r.entity.label.casefold(), r.entity.key))
        tables.append(tuple(noted_once(rows) if kind == "event" else rows))
    return Report(corpus, min_sources, *tables)


def noted_once(rows):
    """Return event rows without the notes a row of a plain word or a saying shares with a row of a named
    kind of happening (the same thing, each source's same values): one sentence's words tell several
    happenings, and its counts and days are the named one's ("push", "nations" and "unprecedented" each
    noted a rescue package's sums)."""
    def told(n):                          # what a note sets against what: each source's values, its words aside
        return n.attribute, frozenset((v, d) for v, docs, _ in n.values for d in docs)
    named = {told(n) for r in rows if not plain_family(r.entity.extra[0].family) for n in r.notes}
    return [replace(r, notes=tuple(n for n in r.notes if told(n) not in named))
            if plain_family(r.entity.extra[0].family) and any(told(n) in named for n in r.notes) else r
            for r in rows]


def plain_family(family):
    """True for a family of no named kind of happening: an English word's own ("w:hide"), or saying."""
    return family.startswith(("w:", "say"))


def quoted(items):
    """Return items quoted and joined, each once, in order."""
    return ", ".join(f"\"{w}\"" for w in dict.fromkeys(items))


def say(entity, doc, ms, label_of, words_at):
    """Return what one source (doc, with its mentions ms) says of an entity, in its own words."""
    if entity.kind == "person":
        text = quoted(m.text for m in ms)
        roles = [m.context or m.detail for m in ms if m.detail]
        ages = [m.age[1] for m in ms if m.age]
        tenures = [m.tenure[1] for m in ms if m.tenure]
        births = [m.born[1] for m in ms if m.born]
        return text + (f"; as {quoted(roles)}" if roles else "") + (f"; age: {quoted(ages)}" if ages else "") + (
            f"; in office: {quoted(tenures)}" if tenures else "") + (f"; born: {quoted(births)}" if births else "")
    if entity.kind in ("date", "time"):
        text = quoted(m.text for m in ms)
        hows = {m.context for m in ms if m.context}
        # a dateline's own "the year as other sources give it" is told again by the days counted from it
        hows = {h for h in hows if not any(h != o and h in o for o in hows)}
        if hows:
            text += " (" + "; ".join(sorted(hows)) + ")"
        # a sentence's first event words: a crafted one has thousands
        then = [w for m in {(m.doc, m.sentence): m for m in ms}.values()
                for w in happened_then(m, words_at.get((m.doc, m.sentence), ())[:MAX_THEN])]
        return text + (f"; then: {quoted(then)}" if then else "")
    parts = [ev for ev in entity.extra if ev.doc == doc]
    when = [d.text for ev in parts for d in ev.dates] + [q[3] for ev in parts for q in ev.quantities
                                                          if clock_kind(q[0]) or q[0] == "began"]
    where = [p[1] for ev in parts for p in ev.places if p[3]]
    named = [p[1] for ev in parts for p in ev.places if not p[3]]
    who = [label_of.get(p, p) for ev in parts for p in ev.people]
    out = [f"words: {quoted(event_words(m) for m in ms)}"]
    if when:
        out.append(f"when: {quoted(when)}")
    if where:
        out.append(f"where: {quoted(where)}")
    if named:
        out.append(f"places named: {quoted(named)}")
    if who:
        out.append("who: " + ", ".join(dict.fromkeys(who)))
    nums = [q[3] for ev in parts for q in ev.quantities if not clock_kind(q[0]) and q[0] != "began"]
    if nums:
        out.append(f"numbers: {quoted(nums)}")
    stances = [s[1] for ev in parts for s in ev.stances]
    if stances:
        out.append(f"response: {quoted(stances)}")
    return "; ".join(out)


def event_summary(entity, label_of):
    """Return (participants, date value, place) of an event entity for the JSON."""
    who = Counter(p for ev in entity.extra for p in ev.people)
    participants = [label_of.get(p, p) for p, _ in sorted(who.items(), key=lambda kv: (-kv[1], kv[0]))]
    dates = Counter(day_of(d.key) for ev in entity.extra for d in ev.dates if specific(d.key))
    when = max(sorted(dates), key=lambda v: dates[v]) if dates else None
    places = Counter(p[0] for ev in entity.extra for p in ev.places if p[3])
    where = max(sorted(places), key=lambda v: (places[v], v in CITIES.values())) if places else None
    return participants, when, where


# ---- Rendering ----

def display_width(text):
    """Return the columns text takes in a terminal: wide characters 2, combining marks 0.

    >>> display_width("Grüße"), display_width("김정은"), display_width("e\\u0301")
    (5, 6, 1)
    """
    if text.isascii():                   # most cells: one column a character
        return len(text)
    return sum(map(char_width, text))


@remembered
def char_width(c):
    """Return the columns one character takes: 0, 1 or 2."""
    if unicodedata.combining(c) or unicodedata.category(c) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(c) in ("W", "F") else 1


def wrap(text, width):
    """Return text broken into lines of at most width display columns.

    >>> wrap("Kim Jong Un und 김정은", 8)
    ['Kim Jong', 'Un und', '김정은']
    """
    lines = []
    for para in text.split("\n"):
        line, line_w = "", 0
        for word in para.split():
            w = display_width(word)
            while w > width:                     # a word longer than the column
                if line:
                    lines.append(line)
                    line, line_w = "", 0
                cut, cut_w = "", 0
                for c in word:
                    cw = display_width(c)
                    if cut_w + cw > width and cut:     # one character at least: a wide one in a narrow column
                        break
                    cut, cut_w = cut + c, cut_w + cw
                lines.append(cut)
                word = word[len(cut):]
                w = display_width(word)
            if not word:
                continue
            if line and line_w + 1 + w <= width:
                line, line_w = line + " " + word, line_w + 1 + w
            elif line:
                lines.append(line)
                line, line_w = word, w
            else:
                line, line_w = word, w
        lines.append(line)
    return lines or [""]


def pad(text, width):
    """Return text padded with spaces to width display columns."""
    return text + " " * (width - display_width(text))


def table_blocks(headers, rows, widths):
    """Yield an ASCII table a row at a time (lists of lines): cells wrapped to widths, every line as wide."""
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def lines(cells):
        wrapped = [wrap(c, w) for c, w in zip(cells, widths)]
        return ["| " + " | ".join(pad(x[i] if i < len(x) else "", w) for x, w in zip(wrapped, widths)) + " |"
                for i in range(max(len(x) for x in wrapped))]

    yield [rule] + lines(headers) + [rule.replace("-", "=")]
    for row in rows:
        yield lines(row) + [rule]


def column_widths(total, shares, minimum=6):
    """Return column widths that with the frame fill total columns, in the given shares.

    A narrow total lowers the minimum width rather than overflow the total.

    >>> sum(column_widths(120, (1, 1, 3, 2))) + 3 * 4 + 1
    120
    >>> column_widths(40, (2, 10, 4, 5, 18))
    [4, 6, 4, 4, 6]
    """
    inner = max(total - 3 * len(shares) - 1, len(shares))
    minimum = min(minimum, inner // len(shares))
    widths = [max(minimum, int(inner * s / sum(shares))) for s in shares]
    while sum(widths) > inner:           # the minimum took from the others: the widest gives it back
        widths[widths.index(max(widths))] -= 1
    widths[-2] += inner - sum(widths)
    return widths


TABLE_TITLES = (("person", "PEOPLE"), ("date", "DATES"), ("time", "TIMES OF DAY"), ("event", "EVENTS"))


def report_tables(report):
    """Return ((kind, title), rows) for each table of a report, in TABLE_TITLES order."""
    return zip(TABLE_TITLES, (report.people, report.dates, report.times, report.events))


def table_cells(row):
    """Return the cells of a row: label, sources, what each says, notes."""
    label = row.entity.label
    says = "\n".join(f"{d}: {t}" for d, t in row.says)
    notes = "\n".join(("(soft) " if n.soft else "") + n.text for n in row.notes) or "-"
    return [label, ", ".join(row.sources), says, notes]


SOURCE_HEADERS = ["Key", "File", "Language", "Size", "Title"]
# at the default width "undetermined" and "123,456,789 bytes" keep to one line:
# a word cut in two reads as two
SOURCE_SHARES = (2, 10, 5, 6, 16)
ROW_SHARES = (5, 2, 11, 6)         # item, sources, what each says, notes


def source_cells(corpus):
    """Return the cells of the list of sources: each source read, then each file skipped, and why."""
    rows = [[d.key, d.id, LANGUAGE_NAMES.get(d.language, d.language), f"{d.size:,} bytes",
             d.title + ("\nwarning: " + "; ".join(d.warnings) if d.warnings else "")] for d in corpus.documents]
    return rows + [["-", s.path, "-", "-", "skipped: " + s.reason] for s in corpus.skipped]


def text_blocks(report, width=DEFAULT_WIDTH):
    """Yield the plain-text report as blocks of lines: the head, then table rows one by one."""
    c = report.corpus
    langs = Counter(d.language for d in c.documents)
    head = [f"compare.py {__version__}: {len(c.documents)} sources in {c.folder}",
            "Languages: " + ", ".join(f"{LANGUAGE_NAMES.get(k, k)} ({n})" for k, n in sorted(langs.items())),
            f"Items appear in {report.min_sources} or more sources; S1, S2 ... name the sources below.", "",
            "SOURCES"]
    blocks = [head, *table_blocks(SOURCE_HEADERS, source_cells(c), column_widths(width, SOURCE_SHARES))]
    if len(c.documents) < 2:
        blocks.append(["", "Only one source was read: nothing can appear in two sources."])
    yield from blocks
    for (kind, title), rows in report_tables(report):
        yield ["", f"{title} ({len(rows)})"]
        if not rows:
            yield [f"No {title.lower()} appear in {report.min_sources} or more sources."]
            continue
        yield from table_blocks(["Item", "Sources", "What each source says", "Note"],
                                (table_cells(r) for r in rows), column_widths(width, ROW_SHARES))
    notes = sum(len(r.notes) for _, rows in report_tables(report) for r in rows)
    yield ["", f"{notes} note{'s' if notes != 1 else ''} where sources differ."]


def iter_text(report, width=DEFAULT_WIDTH):
    """Yield the plain-text report in pieces, no line with trailing spaces."""
    for block in text_blocks(report, width):
        yield "".join(line.rstrip() + "\n" for piece in block for line in piece.split("\n"))


def render_text(report, width=DEFAULT_WIDTH):
    """Return the plain-text report."""
    return "".join(iter_text(report, width))


def json_item(row, id_of):
    """Return one row as a JSON-ready dict (the format score.py reads); id_of maps source keys to file ids."""
    ent = row.entity
    out = {"label": ent.label, "sources": [id_of[d] for d in row.sources], "keys": list(row.sources),
           "mentions": [{"source": id_of[m.doc], "text": m.text, "start": m.start, "end": m.end}
                        for m in ent.mentions],
           "says": [{"source": id_of[d], "text": t} for d, t in row.says],
           "notes": [{"attribute": n.attribute, "text": n.text, "soft": n.soft,
                      "values": [{"value": v, "sources": [id_of[d] for d in ds], "words": list(ws)}
                                 for v, ds, ws in n.values]} for n in row.notes]}
    if ent.kind in ("date", "time"):
        out["value"] = ent.key.split(":", 1)[1].split("@")[0]
        mods = sorted({m.detail for m in ent.mentions if m.detail})
        if mods:
            out["mod"] = mods[0]
    if ent.kind == "event":
        who, when, where = row.summary
        out.update(participants=who, date=when, place=where)
    return out


def iter_json(report):
    """Yield the JSON report text in pieces, an item at a time: one object, as json.dumps would write it."""
    c = report.corpus
    id_of = {d.key: d.id for d in c.documents}
    # compact: with indent, json falls back to its slow pure-Python encoder
    dumps = lambda value: json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    head = {"tool": "compare.py", "version": __version__, "folder": c.folder, "min_sources": report.min_sources,
            "sources": [{"id": d.id, "key": d.key, "title": d.title, "language": d.language, "bytes": d.size,
                         "warnings": list(d.warnings)} for d in c.documents],
            "skipped": [{"file": s.path, "reason": s.reason} for s in c.skipped]}
    yield dumps(head)[:-1]                # without its closing brace: the tables follow
    for table in ("people", "dates", "times", "events"):       # the Report's fields of the same names
        yield f',"{table}":['
        for i, row in enumerate(getattr(report, table)):
            yield ("," if i else "") + dumps(json_item(row, id_of))
        yield "]"
    yield "}\n"


def render_json(report):
    """Return the JSON report text."""
    return "".join(iter_json(report))


def flat_rows(report):
    """Return (kind, label, sources, what each says, notes) for every row, after the sources and skipped files."""
    for d in report.corpus.documents:     # what S1, S2 ... stand for
        yield ["source", d.id, d.key, d.title, "; ".join(d.warnings) or "-"]
    for s in report.corpus.skipped:
        yield ["skipped", s.path, "-", "-", s.reason]
    for (kind, _), rows in report_tables(report):
        for r in rows:
            label, sources, says, notes = table_cells(r)
            yield [kind, label, sources, says.replace("\n", " | "), notes.replace("\n", " | ")]


def render_csv(report):
    """Return the rows as CSV: kind, item, sources, says, note; the sources and skipped files first."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["kind", "item", "sources", "says", "note"])
    for row in flat_rows(report):
        w.writerow(row)
    return buf.getvalue()


def render_markdown(report):
    """Return the rows as Markdown tables, one per kind."""
    # text, not markup: an article's "<b>" or "&" shows as written; a cell's lines are joined by <br>
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|").replace("\n", "<br>")
    out = [f"# compare.py report: {len(report.corpus.documents)} sources in {report.corpus.folder}", "",
           "| " + " | ".join(SOURCE_HEADERS) + " |", "| --- " * len(SOURCE_HEADERS) + "|"]
    out += ["| " + " | ".join(esc(c) for c in cells) + " |" for cells in source_cells(report.corpus)]
    for (kind, title), rows in report_tables(report):
        out += ["", f"## {title}", ""]
        if not rows:
            out.append(f"No {title.lower()} appear in {report.min_sources} or more sources.")
            continue
        out += ["| Item | Sources | What each source says | Note |", "| --- | --- | --- | --- |"]
        out += ["| " + " | ".join(esc(c) for c in table_cells(r)) + " |" for r in rows]
    return "\n".join(out) + "\n"


# Each format as an iterable of text pieces, so that a large report is written as it is made
RENDERERS = {"text": iter_text, "json": lambda report, width: iter_json(report),
             "csv": lambda report, width: [render_csv(report)],
             "markdown": lambda report, width: [render_markdown(report)]}


# ---- CLI ----

def build_parser():
    """Return the argument parser."""
    p = argparse.ArgumentParser(
        prog="compare.py",
        description="Find the people, dates and events that several news articles share, "
                    "and note where they disagree.",
        epilog="examples:\n"
               "  python3 compare.py > report.txt              # the articles in ./seeds\n"
               "  python3 compare.py articles/ --width 160     # another folder, wider table\n"
               "  python3 compare.py articles/ --min-sources 1 # everything found, to check recall\n"
               "  python3 compare.py articles/ --format json   # for other programs\n"
               "exit status: 0 report printed, 1 input error, 2 usage error, 130 stopped by Ctrl-C",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", nargs="?", default=DEFAULT_FOLDER,
                   help="folder of articles, read recursively; every file that decodes as text "
                        "is an article, a web page or an RTF, .docx or .odt file the text it holds "
                        "(default: %(default)s)")
    p.add_argument("--format", choices=sorted(RENDERERS), default="text",
                   help="text (a plain-text table, the default), json, csv or markdown")
    p.add_argument("--min-sources", type=positive_int, default=2, metavar="N",
                   help="list items found in N or more sources (default: %(default)s; "
                        "1 lists everything found)")
    p.add_argument("--width", type=width_int, default=DEFAULT_WIDTH, metavar="COLUMNS",
                   help="width of the text tables in columns, at least 40 (default: %(default)s)")
    p.add_argument("--max-bytes", type=positive_int, default=MAX_BYTES, metavar="N",
                   help="read at most N bytes of each file, and say so when a file is cut "
                        "(default: %(default)s)")
    p.add_argument("--jobs", type=positive_int, default=DEFAULT_JOBS, metavar="N",
                   help="read the articles on N processes; the report is the same whatever N "
                        f"(default: %(default)s, the usable cores up to 4; with fewer than {MIN_DOCS_PER_JOB} "
                        "articles for each process, one does it all)")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def positive_int(text):
    """argparse type: a whole number of at least 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {n}")
    return n


def width_int(text):
    """argparse type: a table width of at least 40 columns."""
    n = positive_int(text)
    if n < 40:
        raise argparse.ArgumentTypeError(f"must be 40 or more: {n}")
    return n


class Progress:
    """A single updating line on a terminal's stderr, shown once a run takes over two seconds."""

    def __init__(self, stream, delay=2.0):
        self.stream, self.start, self.delay, self.shown = stream, time.monotonic(), delay, False

    def __call__(self, stage, done, total):
        if time.monotonic() - self.start < self.delay:
            return
        self.shown = True
        count = f" {done}/{total}" if total > 1 else ""
        self.stream.write(f"\rcompare.py: {stage}{count}\x1b[K")
        self.stream.flush()

    def done(self):
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def warn(message):
    """Write one line to stderr (the only channel besides the report)."""
    print(f"compare.py: {message}", file=sys.stderr)


def main(argv=None):
    """Run the command line; return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        corpus = load_corpus(args.folder, args.max_bytes)
    except CompareError as e:
        warn(f"error: {e}")
        return 1
    for s in corpus.skipped:
        warn(f"skipped {s.path}: {s.reason}")
    for d in corpus.documents:
        for w in d.warnings:
            warn(f"{d.id}: {w}")
    if not corpus.documents:
        warn(f"error: {args.folder}: no readable text files")
        return 1
    progress = Progress(sys.stderr) if sys.stderr.isatty() else None
    # The analysis makes millions of small tuples and almost no reference cycles:
    # the cycle collector would scan them again and again (10% of the run) to free
    # next to nothing (3% more peak memory without it, on 535 articles).
    gc.disable()
    try:
        try:
            report = build_report(corpus, args.min_sources, progress, args.jobs)
        finally:                               # done or stopped (Ctrl-C): the line goes
            if progress:
                progress.done()
        try:
            for piece in RENDERERS[args.format](report, args.width):   # written as made: no second copy
                sys.stdout.write(piece)
            sys.stdout.flush()
        except OSError as e:
            # what is left unwritten goes nowhere, so that the last flush cannot fail again
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            if not isinstance(e, BrokenPipeError):     # the reader (head, less) leaving early is no error
                warn(f"error: cannot write the report: {e.strerror or e}")
                return 1
    finally:
        gc.enable()
    return 0


def give_back_memory():
    """Return freed memory to the system, where the C library can (glibc); elsewhere do nothing."""
    import ctypes           # here, not above: imported by the script only, and only once
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):       # no glibc (macOS, musl): the memory stays with the process
        pass


def run_script():
    """Run main() as `python3 compare.py` does; end the process with its exit status."""
    signal.signal(signal.SIGINT, signal.default_int_handler)     # from here on, KeyboardInterrupt (below)
    if AFTER_SCRIPT:
        give_back_memory()
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        status = main()
    except KeyboardInterrupt:          # Ctrl-C: stopped by the user, who needs no traceback
        warn("interrupted")
        status = 130
    except SystemExit as e:            # argparse's --help (0) and its errors (2)
        status = e.code if isinstance(e.code, int) else 0 if e.code is None else 1
    except BaseException:              # a bug: shown as Python shows it, and an exit status that says so
        import traceback
        traceback.print_exc()
        status = 1
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:
        pass
    # The run leaves caches of many small objects; freeing them one by one as the
    # interpreter shuts down takes 5% of a large run, and the process ends anyway.
    os._exit(status)


# Python keeps the syntax tree of the script it runs (25 MB for this one) until the script's
# last line has run, and frees it before the exit functions run: so on Python 3.11 the work is
# an exit function, and starts with that memory given back (a third of the peak on 1 MB of
# articles). Python 3.12 forbids starting processes (--jobs) there, so it runs as a line.
AFTER_SCRIPT = sys.version_info < (3, 12)

if __name__ == "__main__":
    if AFTER_SCRIPT:
        import atexit
        atexit.register(run_script)
    else:
        run_script()
