"""Clean: boilerplate spans (and what must stay content), language per article and per segment."""
from __future__ import annotations

import pytest

from newsweave.clean import clean_articles, detect_lang, matches_chrome_phrase
from newsweave.ingest import read_bytes
from newsweave.model import Article

P1 = ("Le conseil municipal a voté jeudi soir un budget de transition pour la rénovation des écoles "
      "du quartier nord. La maire a salué un compromis difficile, tandis que l'opposition a dénoncé "
      "un calendrier trop serré.")
P2 = ("Les travaux doivent commencer au printemps prochain et durer deux ans. Les parents d'élèves "
      "demandent des garanties sur la sécurité des chantiers pendant les heures de classe.")
P3 = ("Selon l'adjoint chargé de l'éducation, le coût total dépassera douze millions d'euros. "
      "Une réunion publique est prévue le mois prochain à la mairie annexe.")
SUBHEAD = "Des inquiétudes sur le calendrier des travaux"


def read(text: str, name: str = "x.txt") -> Article:
    errs = []
    (a,) = read_bytes(text.encode(), name, lambda o, r: errs.append(r))
    return a


def marked(a: Article) -> list[str]:
    return [a.text[s:e] for s, e in a.boilerplate]


def is_marked(a: Article, needle: str) -> bool:
    i = a.text.index(needle)
    return any(s <= i and i + len(needle) <= e for s, e in a.boilerplate)


def touches(a: Article, needle: str) -> bool:
    i = a.text.index(needle)
    return any(s < i + len(needle) and i < e for s, e in a.boilerplate)


def test_chrome_metadata_and_blank_runs_marked_body_kept():
    text = ("Accueil Actu Ville Écoles\n\n"
            "Le conseil municipal vote un budget pour les écoles\n\n"
            "Par Radio Ville info avec AFP\n"
            "Publié le 3 mars 2024\n\n"
            f"{P1}\n\nLire aussi : Les cantines passent au bio\n\n{SUBHEAD}\n\n{P2}\n\n\n\n\n{P3}\n\n"
            "Partager sur Facebook\n\nContenus sponsorisés\n\nÀ la une\n\nLes plus lus\n\n"
            "https://www.radio-ville.example/ecoles/123\n")
    a = read(text)
    clean_articles([a])
    for chrome in ("Accueil Actu Ville Écoles", "Par Radio Ville info avec AFP", "Publié le 3 mars 2024",
                   "Lire aussi : Les cantines passent au bio", "Partager sur Facebook", "Contenus sponsorisés",
                   "À la une", "Les plus lus", "https://www.radio-ville.example/ecoles/123"):
        assert is_marked(a, chrome), chrome
    for content in (P1, P2, P3, SUBHEAD, "Le conseil municipal vote un budget pour les écoles"):
        assert not touches(a, content), content
    assert any(a.text[s:e].count("\n") >= 3 and not a.text[s:e].strip() for s, e in a.boilerplate)
    assert a.text == text  # never rewritten
    # spans are sorted and disjoint
    assert a.boilerplate == sorted(a.boilerplate)
    assert all(e1 <= s2 for (_, e1), (s2, _) in zip(a.boilerplate, a.boilerplate[1:]))
    assert "Lire aussi" not in a.body_text() and P2 in a.body_text()


def test_english_and_russian_chrome_phrases():
    a = read("Council passes school budget\n\n" + "The council passed a budget for schools on Thursday, "
             "after a long debate about the timetable of the works and their cost to local taxpayers.\n\n"
             "Read more: Another story\n\nMost read\n\nAdvertisement\n")
    b = read("Совет утвердил бюджет школ\n\nГородской совет в четверг утвердил бюджет на ремонт школ "
             "после долгих споров о сроках работ и их стоимости для жителей района.\n\nЧитайте также: другое\n\n"
             "Реклама\n")
    clean_articles([a, b])
    assert is_marked(a, "Read more: Another story") and is_marked(a, "Most read") and is_marked(a, "Advertisement")
    assert is_marked(b, "Читайте также: другое") and is_marked(b, "Реклама")
    assert not touches(a, "The council passed") and not touches(b, "Городской совет")


def test_recurring_lines_per_outlet_are_boilerplate():
    tagline = "Votre quotidien de la vallée depuis 1950"
    arts = [
        Article(id="a", text=f"{tagline}\n\nBudget voté pour les écoles\n\n{P1}\n\n{P2}", source="vallee.example"),
        Article(id="b", text=f"{tagline}\n\nLes travaux vont commencer\n\n{P3}\n\n{P2[:60]} autre fin.",
                source="vallee.example"),
        Article(id="c", text=f"{tagline}\n\nUn autre média\n\n{P1}", source="autre.example"),
    ]
    clean_articles(arts)
    assert is_marked(arts[0], tagline) and is_marked(arts[1], tagline)
    # only one article of that outlet carries it: shape rules alone decide, and body stays content
    assert not touches(arts[2], P1) and not is_marked(arts[2], tagline)
    assert not touches(arts[0], P1) and not touches(arts[0], P2)


def test_duplicated_articles_of_one_outlet_keep_their_body():
    text = f"Budget voté pour les écoles\n\n{P1}\n\n{P2}\n\n{P3}"
    arts = [Article(id="a", text=text, source="s.example"), Article(id="b", text=text, source="s.example")]
    clean_articles(arts)
    for a in arts:
        assert not touches(a, P1) and not touches(a, P2)


def test_language_detected_and_metadata_language_kept():
    fr = read("Un budget pour les écoles\n\n" + P1 + "\n\n" + P2)
    en = Article(id="en", text="The council passed a budget for the schools on Thursday after a long debate.")
    meta = Article(id="m", text=P1, lang="DE")
    clean_articles([fr, en, meta])
    assert fr.lang == "fr" and en.lang == "en"
    assert meta.lang == "de"  # metadata wins; only normalised


def test_other_languages_are_kept_not_forced():
    pl = Article(id="pl", text="Rada miasta przyjęła w czwartek budżet na remont szkół po długiej debacie o "
                               "harmonogramie prac i ich kosztach dla mieszkańców dzielnicy.")
    clean_articles([pl])
    assert pl.lang == "pl"


def test_ukrainian_title_over_french_body_is_a_segment():
    title = "Міська рада ухвалила бюджет на ремонт шкіл у північному районі"
    a = read(f"{title}\n\n{P1}\n\n{P2}\n\n{P3}")
    clean_articles([a])
    assert a.lang == "fr"
    assert a.title == title
    s0 = a.text.index(title)
    assert (s0, s0 + len(title), "uk") in a.lang_segments
    # French paragraphs are not listed: only segments that differ from the article language
    assert all(l != "fr" for _, _, l in a.lang_segments)
    assert len(a.lang_segments) == 1


def test_detect_lang_short_strings():
    assert detect_lang("Міська рада ухвалила бюджет на ремонт шкіл") == "uk"
    assert detect_lang("Городской совет утвердил бюджет на ремонт школ") == "ru"
    assert detect_lang("El ayuntamiento aprobó el presupuesto para las escuelas") == "es"
    assert detect_lang("Der Stadtrat hat den Haushalt für die Schulen beschlossen") == "de"
    assert detect_lang("") is None and detect_lang("12 34 !!") is None


def test_late_subheading_stays_content_but_trailing_chrome_goes():
    text = (f"Budget voté pour les écoles\n\n{P1}\n\n{P2}\n\nUne rentrée sous surveillance\n\n"
            "Le chantier sera suivi de près par les parents.\n\nVoir lista completa\n\nNos guides d'achat\n")
    a = read(text)
    clean_articles([a])
    assert not touches(a, "Une rentrée sous surveillance")
    assert not touches(a, "Le chantier sera suivi de près par les parents.")
    assert is_marked(a, "Nos guides d'achat") and is_marked(a, "Voir lista completa")


def test_leaked_script_lines_are_boilerplate():
    text = (f"Budget voté pour les écoles\n\n{P1}\n\nvar tracker = function(){{\n"
            "window.dataLayer.push(arguments);\n}\n// load the widget\n\n"
            f"{P2}\n\nLe prix = 3 euros (contre 2 en 2023).\n\n{P3}")
    a = read(text)
    clean_articles([a])
    for code in ("var tracker = function(){", "window.dataLayer.push(arguments);", "// load the widget"):
        assert is_marked(a, code), code
    assert not touches(a, "Le prix = 3 euros (contre 2 en 2023).")
    assert not any(l == "en" for _, _, l in a.lang_segments)  # code is not an English paragraph


def test_lines_recurring_in_three_sourceless_articles():
    promo = "Suplemento semanal de cultura y ocio"
    texts = [f"Titular número {i} sobre las escuelas\n\n{promo}\n\n{p}" for i, p in enumerate((P1, P2, P3))]
    arts = [Article(id=str(i), text=t) for i, t in enumerate(texts)]
    clean_articles(arts[:2])
    assert not is_marked(arts[0], promo)  # two unknown-outlet articles are not enough
    clean_articles(arts)
    assert all(is_marked(a, promo) for a in arts)
    assert not any(touches(a, p) for a, p in zip(arts, (P1, P2, P3)))


def test_recovered_title_that_recurs_is_replaced():
    teaser = "Les cinq recettes de saison qui font le buzz"
    arts = []
    for i, (title, p) in enumerate((("Budget voté pour les écoles du quartier nord", P1),
                                    ("Les travaux commenceront au printemps", P2),
                                    ("Un coût de douze millions d'euros", P3))):
        arts.append(read(f"{teaser}\n\n{title}\n\n{p}", f"{i}.txt"))
    # ingest alone may take the teaser for the title; across the batch it recurs, so it is chrome
    clean_articles(arts)
    for a in arts:
        assert a.title != teaser and is_marked(a, teaser)
        assert a.title and not touches(a, a.title)


def test_language_model_loads_offline(tmp_path):
    """The bundled lite model is used: detection works with every network connection refused."""
    import subprocess
    import sys

    code = ("import socket\n"
            "def refuse(*a, **k):\n    raise OSError('network disabled in test')\n"
            "socket.socket.connect = refuse\nsocket.create_connection = refuse\n"
            "from newsweave.clean import detect_lang\n"
            "print(detect_lang('Le conseil municipal a voté le budget des écoles jeudi soir.'))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=tmp_path, env={"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "fr"


def _marked(a):
    return [a.text[s:e].strip() for s, e in a.boilerplate if a.text[s:e].strip()]


def test_shared_wire_sentence_of_unknown_outlets_is_content():
    lead = "The harbour authority said on Tuesday that the cranes would stay idle until further notice."
    arts = []
    for i, extra in enumerate(["Workers gathered at the gate.", "Traders feared delays.",
                               "Ships waited offshore."]):
        arts.append(Article(id=f"w{i}", text=f"{lead}\n{extra} The union had called the strike a week earlier.\n"
                                               f"Talks are expected to resume on Friday in the city hall.\n"))
    clean_articles(arts)
    for a in arts:
        assert lead not in _marked(a)


def test_one_sentence_per_line_wire_copy_keeps_its_lead():
    text = ("A spokesman says the singer has entered a clinic in the hills above the city.\n"
            "The agent said Friday that the star went there on her own decision.\n"
            "He did not say how long she would stay or what she is being treated for.\n"
            "Fans have sent messages of support since the news broke on Friday.\n")
    (a,) = [Article(id="x", text=text)]
    clean_articles([a])
    assert _marked(a) == []


def test_headline_above_a_broken_sentence_is_the_title():
    text = ("Singer Checks Into Clinic Near The Lake\n"
            "Early on Friday, around 2 a.m., the 30-year-old singer checked into a clinic near the lake,\n"
            "her spokesman confirmed in a short statement to reporters outside the building.\n"
            "She had finished a long tour of the country only days before the news emerged.\n")
    a = Article(id="y", text=text)
    from newsweave.ingest.textmeta import recover_metadata
    a.title = recover_metadata(text).title
    a.meta["title_span"] = [0, text.index("\n")]
    clean_articles([a])
    assert a.title == "Singer Checks Into Clinic Near The Lake"
    assert "Singer Checks Into Clinic Near The Lake" not in _marked(a)


# ----------------------------------------------------------------------------------- Italian and Polish

IT_P1 = ("Il consiglio comunale ha approvato giovedì sera il bilancio per la ristrutturazione delle scuole del "
         "quartiere nord. La sindaca ha parlato di un compromesso difficile, mentre l'opposizione ha criticato "
         "un calendario troppo stretto.")
IT_P2 = ("I lavori dovrebbero cominciare la prossima primavera e durare due anni. I genitori chiedono garanzie "
         "sulla sicurezza dei cantieri durante l'orario delle lezioni.")
PL_P1 = ("Rada miasta przyjęła w czwartek wieczorem budżet na remont szkół w północnej dzielnicy. Burmistrz "
         "mówiła o trudnym kompromisie, a opozycja skrytykowała zbyt napięty harmonogram prac.")
PL_P2 = ("Prace mają się rozpocząć wiosną przyszłego roku i potrwać dwa lata. Rodzice domagają się gwarancji "
         "bezpieczeństwa na placach budowy w czasie lekcji.")


def test_italian_chrome_date_and_byline_marked_body_kept():
    title = "Approvato il bilancio per le scuole del quartiere nord"
    # chrome between body paragraphs, where only phrase rules (not trailer shapes) can mark it
    text = (f"Home Cronaca Città\n\n{title}\n\ndi Giulia Bianchi\nPubblicato il 3 marzo 2024 alle 10:30\n\n"
            f"{IT_P1}\n\nLeggi anche: Le mense passano al biologico\n\nCondividi su Facebook\n\n"
            f"Iscriviti alla newsletter\n\nI più letti\n\nPubblicità\n\n{IT_P2}\n")
    a = read(text)
    clean_articles([a])
    assert a.lang == "it" and a.title == title
    assert a.date is not None and a.date.value == "2024-03-03" and a.byline == "Giulia Bianchi"
    for chrome in ("di Giulia Bianchi", "Pubblicato il 3 marzo 2024 alle 10:30", "Leggi anche: Le mense",
                   "Condividi su Facebook", "Iscriviti alla newsletter", "I più letti", "Pubblicità"):
        assert is_marked(a, chrome), chrome
    for content in (IT_P1, IT_P2, title):
        assert not touches(a, content), content


def test_polish_chrome_date_and_byline_marked_body_kept():
    title = "Rada miasta przyjęła budżet na remont szkół"
    text = (f"{title}\n\nAutor: Anna Nowak, PAP\nOpublikowano: 5 października 2024 r., godz. 14:20\n\n"
            f"{PL_P1}\n\nCzytaj także: Stołówki szkolne przechodzą na żywność ekologiczną\n\n"
            "Zobacz też: Nowe przedszkole w centrum\n\nFot. Jan Kowalski/PAP\n\nUdostępnij\n\n"
            f"Najczęściej czytane\n\nReklama\n\n{PL_P2}\n")
    a = read(text)
    clean_articles([a])
    assert a.lang == "pl" and a.title == title
    assert a.date is not None and a.date.value == "2024-10-05"
    assert a.byline == "Anna Nowak" and a.agencies == ["PAP"]
    for chrome in ("Autor: Anna Nowak, PAP", "Opublikowano: 5 października 2024 r., godz. 14:20",
                   "Czytaj także: Stołówki", "Zobacz też: Nowe przedszkole", "Fot. Jan Kowalski/PAP",
                   "Udostępnij", "Najczęściej czytane", "Reklama"):
        assert is_marked(a, chrome), chrome
    for content in (PL_P1, PL_P2, title):
        assert not touches(a, content), content


@pytest.mark.parametrize("line", [
    "Leggi anche: Il nuovo piano per i trasporti", "Potrebbe interessarti anche", "Articoli correlati",
    "Seguici su Instagram", "Tutti i diritti riservati", "Questo sito utilizza i cookie per migliorare il servizio",
    "Condividi Facebook Twitter Stampa", "Foto: Getty Images",
    "Przeczytaj również: Nowy plan dla transportu", "Zobacz także", "Materiał sponsorowany",
    "Obserwuj nas na Facebooku", "Wszelkie prawa zastrzeżone", "Ta strona używa plików cookies",
    "Udostępnij Facebook X Drukuj", "Fot. Anna Nowak/PAP",
])
def test_italian_and_polish_chrome_phrases(line):
    assert matches_chrome_phrase(line)


def test_chrome_words_are_whole_lines_only():
    # a body sentence that merely starts like chrome ("Abbonati ...", "Reklama ...") stays content
    it_line = "Abbonati e lettori sono cresciuti del dieci per cento nel corso dell'ultimo anno, dice l'editore."
    pl_line = "Reklama w szkołach budzi coraz więcej sprzeciwu wśród rodziców, jak wynika z nowego badania."
    a = read(f"Un titolo sul mercato dei giornali\n\n{IT_P1}\n\n{it_line}\n\n{IT_P2}")
    b = read(f"Tytuł o reklamie w szkołach\n\n{PL_P1}\n\n{pl_line}\n\n{PL_P2}")
    clean_articles([a, b])
    assert not touches(a, it_line) and not touches(b, pl_line)


def test_every_language_clean_section_is_typed_and_months_agree():
    from newsweave import lang
    from newsweave.lang.schema import CleanSection

    codes = [lg.code for lg in lang.languages()]
    assert {"it", "pl"} <= set(codes)
    seen: dict[str, tuple[str, int]] = {}
    for lg in lang.languages("full"):
        assert isinstance(lg.clean, CleanSection)
        assert lg.clean.chrome_lines and lg.clean.date_header_words, lg.code
        assert set(lg.clean.header_months.values()) == set(range(1, 13)), lg.code
        for name, num in lg.clean.header_months.items():
            # months of all languages are matched together: one name must mean one month everywhere
            other = seen.setdefault(name.casefold(), (lg.code, num))
            assert other[1] == num, (name, other, lg.code)


def test_language_id_errors_are_raised_not_hidden(monkeypatch):
    from newsweave.ingest import langid

    def broken(*args, **kwargs):
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(langid, "_detector", lambda: broken)
    try:
        langid.detect_scores(P1)
    except RuntimeError as exc:
        assert "damaged" in str(exc)
    else:
        raise AssertionError("a failing language model must not read as 'no language'")
    assert langid.detect_scores("12 34 !!") == []  # too little text: no language, the model is not asked


def test_lone_surrogates_do_not_stop_language_id():
    assert detect_lang(P1[:120] + "\ud800" + P1[120:]) == "fr"


def _dated(i: int, text: str, day: int) -> Article:
    from newsweave.model import DateInfo
    return Article(id=f"d{i}", text=text, date=DateInfo(f"2024-03-{day:02d}"))


BODIES = [f"{p} Le bilan numéro {i} a été publié par la préfecture dans la soirée." for i, p in
          enumerate((P1, P2, P3, P1.replace("jeudi", "lundi"), P2.replace("printemps", "automne"),
                     P3.replace("douze", "quinze")))]


def test_series_note_recurring_over_many_days_is_chrome_even_as_a_sentence():
    """Outlet unknown: a full sentence found verbatim in many articles published on different
    days (a series note, a subscription notice) is page chrome."""
    note = "Cet article fait partie de notre dossier spécial sur les élections municipales."
    arts = [_dated(i, f"Titre numéro {i} sur la ville\n\n{note}\n\n{b}", 3 + 4 * i) for i, b in enumerate(BODIES)]
    clean_articles(arts)
    assert all(is_marked(a, note) for a in arts)
    assert not any(touches(a, b) for a, b in zip(arts, BODIES))


def test_a_sentence_shared_on_one_day_stays_content():
    """The same sentence in many articles of one day is wire copy reprinted, not chrome."""
    wire = "Le préfet a ordonné mardi la fermeture des écoles du littoral en raison de la tempête."
    arts = [_dated(i, f"Titre numéro {i} sur la tempête\n\n{wire}\n\n{b}", 5) for i, b in enumerate(BODIES)]
    clean_articles(arts)
    assert not any(touches(a, wire) for a in arts)


def test_a_sidebar_that_fills_most_of_the_page_is_still_chrome():
    """A crawled page whose sidebar (the same headlines over weeks) is longer than the article:
    the recurring lines go, the article's own paragraph stays."""
    side = [f"Rubrique {k} : le festival de musique de la vallée attire toujours plus de visiteurs venus de loin."
            for k in range(8)]
    arts = [_dated(i, f"{b}\n\n" + "\n".join(side), 1 + 3 * i) for i, b in enumerate(BODIES)]
    clean_articles(arts)
    for a, b in zip(arts, BODIES):
        assert all(is_marked(a, s) for s in side) and not touches(a, b)


def test_teaser_headlines_cut_by_an_ellipsis_are_chrome():
    teasers = ["Les dix plages les plus prisées de la côte cet été ...", "Un nouveau record pour la course des ponts…"]
    arts = [_dated(i, f"{b}\n\n" + "\n".join(teasers), 2 + i) for i, b in enumerate(BODIES[:3])]
    clean_articles(arts)
    assert all(is_marked(a, t) for a in arts for t in teasers)


@pytest.mark.parametrize("note", [
    "Cet article fait partie de notre dossier sur les inondations du printemps.",
    "This story is part of our special coverage of the harbour strike.",
    "Este artículo forma parte de una serie sobre la sequía en los valles del sur.",
    "Questo articolo fa parte del nostro speciale sulle elezioni regionali.",
    "Dieser Artikel ist Teil unserer Serie über die neue Bahnstrecke.",
    "Ten artykuł jest częścią naszego cyklu o reformie szkół.",
    "Этот материал является частью нашего спецпроекта о выборах.",
    "Цей матеріал є частиною нашого спецпроєкту про вибори.",
    "Saisissez votre adresse e-mail pour recevoir le lien de connexion.",
    # a browser's push-notification prompt, above the headline
    "Su navegador tiene las notificaciones bloqueadas. Para recibir alertas, cambie la configuración.",
    "Activa las notificaciones para no perderte nada",
    "Votre navigateur a bloqué les notifications de ce site.",
    "Autorisez les notifications pour suivre l'actualité en direct",
    "Il tuo browser ha bloccato le notifiche di questo sito.",
    "Attiva le notifiche per ricevere gli aggiornamenti",
    "Your browser has blocked notifications from this site.",
    "Turn on notifications to get breaking news alerts",
    "Ihr Browser blockiert Benachrichtigungen dieser Seite.",
])
def test_series_notes_account_forms_and_notification_prompts_are_chrome_in_one_article(note):
    a = Article(id="s", text=f"{note}\n\n{P1}\n\n{P2}")
    clean_articles([a])
    assert is_marked(a, note) and not touches(a, P1)
    assert a.title != note


def test_a_title_that_is_a_series_note_is_dropped_even_when_given():
    note = "Esta publicación es parte de la cobertura dedicada a la sequía del verano."
    a = Article(id="g", text=f"{note}\n\n{P1}\n\n{P2}", title=note)
    clean_articles([a])
    assert a.title is None and a.meta["title_replaced"] == note and is_marked(a, note)


@pytest.mark.parametrize("line", [
    "» Leer artículo completo", "Read the full story", "Lire l'article", "Leggi l'articolo",
    "Photo by Marta Oduya", "Imagen por Luis Campos CC BY-SA", "Foto di Paolo Serra",
    "Illustration: Ana Ruiz, CC BY 2.0",
])
def test_link_labels_and_photo_credits_are_chrome(line):
    assert matches_chrome_phrase(line)


def test_a_sentence_about_a_photo_stays_content():
    assert not matches_chrome_phrase("Photo of the year shows a flooded street in the valley.")
    a = Article(id="p", text=f"Photo by Marta Oduya\n\n{P1}\n\n{P2}")
    clean_articles([a])
    assert is_marked(a, "Photo by Marta Oduya") and not touches(a, P1)

