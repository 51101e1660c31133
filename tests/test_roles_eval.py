"""The role instrument: the annotated role set's format, and the scorers on hand-made cases."""

import json
from collections import Counter
from pathlib import Path

import pytest

from geomap.errors import InputError
from geomap.model import ROLES, Mention, Place
from geomap.roles_eval import (
    NOT_FOUND,
    EventRecord,
    GoldRole,
    RoleOutcome,
    event_location,
    judge_event,
    match_spans,
    read_role_set,
    score_roles,
    split_outcomes,
)

ROLE_SET = Path(__file__).resolve().parent / "roles" / "roles.jsonl"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


# --------------------------------------------------------------------------- the role set


@pytest.fixture(scope="module")
def role_set():
    return read_role_set(ROLE_SET)


def test_role_set_is_big_enough_and_covers_every_role(role_set):
    counts = Counter(m.role for m in role_set)
    assert len(role_set) >= 150
    assert set(counts) == set(ROLES)
    assert min(counts.values()) >= 20, counts


def test_role_set_offsets_give_the_mention_text(role_set):
    for mention in role_set:
        assert mention.sentence[mention.start : mention.end] == mention.text, mention.id
        assert mention.text == mention.text.strip() and mention.text, mention.id


def test_role_set_records_have_every_key_and_one_sentence_each():
    keys = {"id", "doc_id", "corpus", "sentence", "sentence_start", "start", "end", "doc_start", "doc_end",
            "text", "role", "note"}
    for line in ROLE_SET.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        assert set(record) == keys, record["id"]
        assert record["corpus"] != "geowebnews", "GeoWebNews is the held-out test set"
        assert "\n" not in record["sentence"] and len(record["sentence"]) <= 400, record["id"]


def test_role_set_points_into_the_corpora(role_set):
    """Where the corpora are here, each mention sits at its offsets in its document."""
    needed = {m.corpus for m in role_set}
    if not all((EVAL / f"{c}.jsonl").exists() for c in needed):
        pytest.skip(f"the corpora are not in {EVAL}")
    texts = {}
    for corpus in needed:
        for line in (EVAL / f"{corpus}.jsonl").read_text(encoding="utf-8").split("\n"):
            if line.strip():
                record = json.loads(line)
                texts[record["id"]] = record["text"]
    for mention in role_set:
        start, end = mention.doc_span
        assert texts[mention.doc_id][start:end] == mention.text, mention.id
        sentence_end = mention.sentence_start + len(mention.sentence)
        assert texts[mention.doc_id][mention.sentence_start : sentence_end] == mention.sentence, mention.id


def test_read_role_set_rejects_wrong_offsets_and_roles(tmp_path):
    good = {"id": "r1", "doc_id": "d", "corpus": "lgl", "sentence": "Talks in Geneva.", "sentence_start": 10,
            "start": 9, "end": 15, "doc_start": 19, "doc_end": 25, "text": "Geneva", "role": "meeting_venue",
            "note": ""}
    path = tmp_path / "roles.jsonl"
    path.write_text(json.dumps(good) + "\n")
    assert read_role_set(path)[0].doc_span == (19, 25)
    for change in ({"start": 8}, {"role": "venue"}, {"doc_end": 26}):
        path.write_text(json.dumps({**good, **change}) + "\n")
        with pytest.raises(InputError):
            read_role_set(path)
    path.write_text(json.dumps(good) + "\n" + json.dumps(good) + "\n")
    with pytest.raises(InputError, match="duplicate"):
        read_role_set(path)


# --------------------------------------------------------------------------- matching and scores


def test_match_spans_prefers_exact_then_largest_overlap_one_to_one():
    gold = [(0, 7), (9, 13), (20, 26)]
    predicted = [(0, 13), (20, 26), (9, 13)]
    assert match_spans(gold, predicted) == [0, 2, 1]
    assert match_spans([(0, 7)], [(0, 13), (0, 7)]) == [1]  # the exact span, not the first overlap
    assert match_spans([(0, 7)], [(0, 3), (2, 9)]) == [1]  # the larger overlap
    # "Garland, Tex." found as one span: it matches "Garland" only, "Tex." is a miss.
    assert match_spans([(0, 7), (9, 13)], [(0, 13)]) == [0, None]
    assert match_spans([(0, 5)], [(6, 9)]) == [None]
    assert match_spans([], [(0, 1)]) == []


def test_score_roles_per_role_and_macro():
    pairs = [("actor", "actor")] * 3 + [("actor", "other")] + [("other", "other")] * 2 + [("other", "actor")]
    pairs += [("meeting_venue", "meeting_venue"), ("troop_position", "other"), ("disputed_territory", NOT_FOUND)]
    scores = score_roles(pairs)
    assert scores.precision("actor") == pytest.approx(3 / 4)
    assert scores.recall("actor") == pytest.approx(3 / 4)
    assert scores.precision("other") == pytest.approx(2 / 4)
    assert scores.recall("other") == pytest.approx(2 / 3)
    assert scores.f1("meeting_venue") == 1.0
    assert scores.f1("troop_position") == 0.0
    # A recognition miss is a false negative for its role and a false positive for none.
    assert scores.recall("disputed_territory") == 0.0
    assert scores.predicted("disputed_territory") == 0
    assert scores.f1("disputed_territory") == 0.0
    assert scores.total == 10
    assert scores.accuracy == pytest.approx(6 / 10)
    expected = (0.75 + 2 * 0.5 * (2 / 3) / (0.5 + 2 / 3) + 1.0 + 0.0 + 0.0) / 5
    assert scores.macro_f1 == pytest.approx(expected)
    assert scores.confusion["other"] == {"other": 2, "actor": 1}


def test_score_roles_leaves_absent_roles_out_of_the_macro_average():
    scores = score_roles([("actor", "actor"), ("other", "other")])
    assert scores.f1("troop_position") is None
    assert scores.macro_f1 == 1.0
    with pytest.raises(ValueError):
        score_roles([("venue", "actor")])


# --------------------------------------------------------------------------- event location


def _mentions(text, *names, demonyms=()):
    out = []
    for name in names:
        start = text.index(name)
        kind = "demonym" if name in demonyms else "toponym"
        out.append(Mention(text=name, start=start, end=start + len(name), kind=kind))
    return out


def _trigger(text, word):
    start = text.index(word)
    return (start, start + len(word))


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # The agent attacks; the event is where the patient is.
        ("Israel attacked Gaza on Monday.", "attacked", ("Israel", "Gaza"), "Gaza"),
        # The place the trigger governs wins over a place in the reporting clause.
        ("Officials in Kyiv said a bomb exploded in Kharkiv on Monday.", "exploded", ("Kyiv", "Kharkiv"), "Kharkiv"),
        # "a Mogadishu cafe": the place modifies the noun that is in the locative phrase.
        ("A truck crashed into a Mogadishu bakery at dawn.", "crashed", ("Mogadishu",), "Mogadishu"),
        # No place is used as a location: abstain.
        ("Russia denied the report on Monday.", "denied", ("Russia",), None),
        # A participle inherits the place of the clause it hangs on.
        ("A shell struck a bus stop in Donetsk at noon, wounding 5 people.", "wounding", ("Donetsk",), "Donetsk"),
        # A place in another clause belongs to another event.
        ("Two soldiers died on Monday, a day after the air force struck positions in Idlib.", "died", ("Idlib",),
         None),
    ],
)
def test_event_location_picks_the_place_the_event_is_at(nlp, text, trigger, names, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, *names))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A container gives way to the place it contains (fewer links would pick Helmand).
        ("A bomb exploded in the Helmand town of Gereshk on Sunday.", "exploded", ("Helmand", "Gereshk"), "Gereshk"),
        # An approximate place ("south of X") gives way to a precise one ...
        ("Elsewhere south of Baghdad, two soldiers were killed in Mahmudiya.", "killed", ("Baghdad", "Mahmudiya"),
         "Mahmudiya"),
        # ... but not to a larger one: "near Kandahar" over "in southern Afghanistan".
        ("A patrol was ambushed near Kandahar in southern Afghanistan.", "ambushed", ("Kandahar", "Afghanistan"),
         "Kandahar"),
        # A participle and a purpose clause describe the same event.
        ("Rebels launched an assault on Monday, targeting Tal Afar.", "launched", ("Tal Afar",), "Tal Afar"),
        ("Troops launched an operation to recapture Ramadi.", "launched", ("Ramadi",), "Ramadi"),
        # A country naming whose soldiers they are is not where they died.
        ("Five US soldiers were killed on Tuesday.", "killed", ("US",), None),
        # A place that owns a place noun: the event is in it.
        ("Violence in Liberia's capital killed 18 people.", "killed", ("Liberia",), "Liberia"),
        # A verb coordinated with the trigger ranks after the trigger's own clause.
        ("Soldiers searched Kandahar and burned a market in Lashkar Gah.", "burned", ("Kandahar", "Lashkar Gah"),
         "Lashkar Gah"),
        # Of two places the event hangs on alike, the smaller one.
        ("Officials said gunmen killed two officers in Helmand yesterday in Gereshk district.", "killed",
         ("Helmand", "Gereshk"), "Gereshk"),
        # A place in an attribution is where the source is.
        ("According to a source in Helmand, the army repelled the attack.", "repelled", ("Helmand",), None),
        # A place "in" right after another one says where that one is, though the parser
        # hangs both on the verb.
        ("Rescuers entered the town of Ostrani in eastern Velmoria on Friday.", "entered", ("Ostrani", "Velmoria"),
         "Ostrani"),
    ],
)
def test_event_location_prefers_the_place_the_event_is_in(nlp, text, trigger, names, expected):
    mentions = _mentions(text, *names)
    kinds = {"US": "country", "Afghanistan": "country", "Liberia": "country", "Helmand": "admin1"}
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, kinds.get(m.text, "city"))) for m in mentions]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A public site a place owns is in it; an embassy says whose, not where.
        ("Gunmen opened fire at Nairobi's main airport on Friday.", "opened", ("Nairobi",), "Nairobi"),
        ("Protesters stormed Israel's embassy on Friday.", "stormed", ("Israel",), None),
        ("Jets patrolled Latvia's skies all week.", "patrolled", ("Latvia",), "Latvia"),
        # A "when" clause, even one the parser hangs on the date, is the event's own.
        ("Twelve workers were evacuated and four hurt Monday when a depot was bombed outside Aden.", "evacuated",
         ("Aden",), "Aden"),
        # What the subject tried to do, and where: "close to" is near, not bound for.
        ("A hiker was injured while trying to climb close to the village of Zermatt.", "injured", ("Zermatt",),
         "Zermatt"),
        ("Two smugglers were arrested as they tried to cross the river near Gao.", "arrested", ("Gao",), "Gao"),
        # ... but not what somebody is believed to be.
        ("The engineer was kidnapped last year and is thought to be held in Sirte.", "kidnapped", ("Sirte",), None),
        # What happened just before, with no time between, is the same episode ...
        ("A customs officer was wounded after smugglers rammed a patrol car in Kandahar.", "wounded", ("Kandahar",),
         "Kandahar"),
        # ... but not what happened a day before.
        ("A customs officer was wounded a day after smugglers rammed a patrol car in Kandahar.", "wounded",
         ("Kandahar",), None),
        # A relative clause on the attack says where the attack was.
        ("Nine people died in a blast that tore through a market in Quetta.", "died", ("Quetta",), "Quetta"),
        ("A guard was wounded in an assault that began at dawn in Tikrit.", "wounded", ("Tikrit",), "Tikrit"),
    ],
)
def test_event_location_reads_clauses_of_the_same_event(nlp, text, trigger, names, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, *names))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # Whom a shooting or a killing harms is a person, whatever recognition made of the name.
        ("Chelsea was stabbed on her way home from work.", "stabbed", ("Chelsea",), None),
        ("Gunmen killed Sharon outside a hotel in Lagos.", "killed", ("Sharon", "Lagos"), "Lagos"),
        # Other verbs still take a place as their patient.
        ("Rebels shelled Kadugli on Tuesday.", "shelled", ("Kadugli",), "Kadugli"),
    ],
)
def test_event_location_the_harmed_are_not_places(nlp, text, trigger, names, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, *names))
    assert (chosen.text if chosen else None) == expected


def test_event_location_a_place_named_for_its_institution_can_still_be_where(nlp):
    # "a Karachi court" reads as the court's city (metonymy), but the protest was outside it.
    text = "Hundreds of lawyers rallied outside a Karachi court on Monday."
    mentions = [m.with_(metonym=True) for m in _mentions(text, "Karachi")]
    assert event_location(nlp(text), _trigger(text, "rallied"), mentions).text == "Karachi"


def test_event_location_sizes_an_unresolved_name_by_its_place_word(nlp):
    # "Bassa LGA" is unknown to the gazetteer: sized as a town by default, not as the
    # smallest place there is, so the district it contains (a town, resolved) wins.
    text = "Nine people were hurt in the Dogo district of Bassa LGA on Friday."
    dogo, bassa = _mentions(text, "Dogo", "Bassa LGA")
    mentions = [dogo.with_(place=Place("Dogo", None, 0.0, 0.0, "city")), bassa]
    assert event_location(nlp(text), _trigger(text, "hurt"), mentions).text == "Dogo"


def test_event_location_skips_metonymic_governments(nlp):
    text = "Washington asked Tehran to release the sailors."
    mentions = [m.with_(metonym=True) for m in _mentions(text, "Washington", "Tehran")]
    assert event_location(nlp(text), _trigger(text, "release"), mentions) is None


def test_split_outcomes_keeps_sentences_whole():
    def gold(number, sentence):
        return GoldRole(f"r{number}", "d", "lgl", sentence, 0, 0, 1, sentence[0], "other")

    outcomes = [RoleOutcome(gold(i, s), None) for i, s in enumerate(["A b.", "A b.", "C d.", "E f.", "E f."])]
    halves = split_outcomes(outcomes)
    assert [o.gold.id for o in halves["dev"]] == ["r0", "r1", "r3", "r4"]
    assert [o.gold.id for o in halves["held-out"]] == ["r2"]


def test_event_location_ignores_demonyms(nlp):
    text = "Syrian troops were killed near the border."
    mentions = _mentions(text, "Syrian", demonyms=("Syrian",))
    assert event_location(nlp(text), _trigger(text, "killed"), mentions) is None


def test_judge_event_overlap_and_abstention():
    record = EventRecord("e1", "Shelling hit a bus in Donetsk city.", "RELABEL", (0, 8), ((22, 29),))
    assert judge_event(record, (22, 34), [(22, 34)]).correct  # overlap counts
    wrong = judge_event(record, (0, 8), [(0, 8), (22, 29)])
    assert not wrong.correct and wrong.reachable
    assert not judge_event(record, None, []).reachable
    nowhere = EventRecord("e2", "Talks failed.", "AP", (6, 12), ())
    assert judge_event(nowhere, None, []).correct
    assert not judge_event(nowhere, (0, 5), [(0, 5)]).correct


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A name recognition did not keep, plainly used as a place, is still where the event is.
        ("Two shepherds were killed near Khirbet Ghazaleh on Friday.", "killed", (), "Khirbet Ghazaleh"),
        # The quarter named by an unknown name beats the known city that contains it.
        ("A car bomb exploded in the Bab Sbaa district of Homs, killing four.", "exploded", ("Homs",), "Bab Sbaa"),
        ("Troops stormed the village of Kfar Halab before dawn.", "stormed", (), "Kfar Halab"),
        # An unknown governorate is larger than a known town in the same clause.
        ("Gunmen ambushed a convoy in Kutum in the Wadi Fira Governorate.", "ambushed", ("Kutum",), "Kutum"),
        # A name ending in a site word is a place, also after a word for forces.
        ("Rebels launched an assault in Hama, targeting the Al-Nour Suburb.", "targeting", ("Hama",),
         "Al-Nour Suburb"),
        ("Militants captured the Abu Zeid Military Airport at dawn.", "captured", (), "Abu Zeid Military Airport"),
        # A part of an unknown place, a distance from it, control of it, an offensive on it.
        ("Fighting raged all night on the northern outskirts of Kafr Nabl.", "raged", (), "Kafr Nabl"),
        ("The militia seized control of Deir Ostrel overnight.", "seized", (), "Deir Ostrel"),
        ("The army launched an offensive on Deir Ostrel at dawn.", "launched", (), "Deir Ostrel"),
        ("The militia resumed its siege on Okafor Kabir after the rains.", "resumed", (), "Okafor Kabir"),
        # ... but not whoever is captured or struck: mostly people and groups.
        ("Police announced the capture of Rahim Ostrani on Friday.", "announced", (), None),
        ("Drones carried out strikes on Khalid Ostrani at dawn.", "carried", (), None),
        # A compass word or a place noun in apposition says the name is a place.
        ("Jets carried out a new attack on eastern Velmoria overnight.", "carried", (), "Velmoria"),
        ("Rebels seized control of Ostrani, a hill town near the river, in May.", "seized", (), "Ostrani"),
        # A name with digits before its site word is still a name.
        ("Gunmen were killed near the K-9 Airport on Sunday.", "killed", (), "K-9 Airport"),
        # Names of bodies and forces, acronyms, and common words are not places, even after "in".
        ("Two recruits died in the Mountain Lions Brigade during training.", "died", (), None),
        ("Police said two men were shot dead in PDRK overnight.", "shot", (), None),
        ("Two pupils were hurt in a fall at the secondary School on Monday.", "hurt", (), None),
        # A ruler's title that begins a name makes it no body: towns are named after rulers too.
        ("Two shepherds were wounded in Sheikh Ostrani on Tuesday.", "wounded", (), "Sheikh Ostrani"),
        ("Three farmers were killed in Shah Velmor Kot on Monday.", "killed", (), "Shah Velmor Kot"),
        ("Two recruits died in the Sheikh Ostrani Brigade during training.", "died", (), None),
        # A site or part "of" a name is in it: the farms, the slums, the provincial seat of X ...
        ("Refugees walked for days toward the provincial seat of Ostrani Kot.", "walked", (), "Ostrani Kot"),
        ("Cholera spread through the slums of Velmor Nuevo in March.", "spread", (), "Velmor Nuevo"),
        ("Locusts descended on the southern farms of Al-Ostrani in May.", "descended", (), "Al-Ostrani"),
        # ... but a building "of" a name is named after someone.
        ("A guard was shot near the Church of Saint Okafor in Tamarind.", "shot", ("Tamarind",), "Tamarind"),
        # "close to X", "the entrance to X" are by X, but what is delivered "to X" is bound there.
        ("A tanker overturned close to Ostrani Kot on Monday.", "overturned", (), "Ostrani Kot"),
        ("A lorry broke down at the entrance to Velmor Nuevo.", "broke", (), "Velmor Nuevo"),
        ("The convoy left at dawn to deliver grain to Ostrani Kot.", "left", (), None),
        # A name NER took for a people's that names an area or a locality is a place ...
        ("Cattle raiders burned two huts in Sorbani locality overnight.", "burned", (), "Sorbani"),
        ("Jets struck the Sorbani area at dawn, killing four.", "struck", (), "Sorbani"),
        # ... but not a faith's name.
        ("Snow closed every school in the Sunni district on Monday.", "closed", (), None),
        # What is stormed, entered or patrolled is a place, even a name NER took for a person's.
        ("Rebels stormed Okafor Kabir at dawn.", "stormed", (), "Okafor Kabir"),
        ("Troops entered Mirza Tamar on Friday.", "entered", (), "Mirza Tamar"),
        ("Police captured Okafor Kabir at dawn.", "captured", (), None),
        # Words for smaller places and sites name one too: a junction, an axis, a slum, a yard.
        ("A bomb went off near the Velmor junction at dusk.", "went", (), "Velmor"),
        ("Mortar rounds fell on the Ostrani axis overnight.", "fell", (), "Ostrani"),
        ("Flood water swept through the Velmoria slum on Sunday.", "swept", (), "Velmoria"),
        ("A freight train derailed in the Ostrani railway yard at noon.", "derailed", (), "Ostrani"),
        ("Voters queued for hours in the Velmor constituency.", "queued", (), "Velmor"),
        ("A landslide blocked the Ostrani corridor overnight.", "blocked", (), "Ostrani"),
    ],
)
def test_event_location_takes_places_recognition_missed(nlp, text, trigger, names, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, *names))
    assert (chosen.text if chosen else None) == expected


def _placed(text, kinds, names=None):
    """Mentions of ``names`` (default: every key of ``kinds``) resolved to places of those kinds."""
    return [m.with_(place=Place(m.text, None, 0.0, 0.0, kinds[m.text])) for m in _mentions(text, *(names or kinds))]


def test_event_location_an_active_relative_clause_without_a_place_object_is_at_its_antecedent(nlp):
    # "Ostrava, which has seen a wave of burglaries": the burglaries were in Ostrava.
    text = "Officers in Lima patrolled Ostrava, which has seen a wave of burglaries."
    kinds = {"Lima": "city", "Ostrava": "admin1"}
    places = _placed(text, kinds)
    chosen = event_location(nlp(text), _trigger(text, "burglaries"), places)
    assert chosen is not None and chosen.text == "Ostrava"


def test_event_location_the_antecedent_of_an_active_relative_clause_acts(nlp):
    # "Aceh, which was raided" is where the raid was; "Fort X, which shielded Y" is not where shielding was.
    text = "Troops withdrew to Camp Kunduz, which shielded Mazar from the east."
    kinds = {"Camp Kunduz": "landmark", "Mazar": "city"}
    places = _placed(text, kinds)
    chosen = event_location(nlp(text), _trigger(text, "shielded"), places)
    assert chosen is not None and chosen.text == "Mazar"
    # ... also when the object is a place noun naming the place
    text = "Troops withdrew to Camp Kunduz, which shielded the old capital of Mazar from the east."
    places = _placed(text, kinds)
    chosen = event_location(nlp(text), _trigger(text, "shielded"), places)
    assert chosen is not None and chosen.text == "Mazar"


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A name the tagger made an adjective still names the region it modifies.
        ("The army launched an offensive in the Aleppo city on Monday.", "launched", ("Aleppo",), "Aleppo"),
        # A place naming a time zone is no location.
        ("At 9:00 A.M. (Kabul Time), gunmen attacked a bank.", "attacked", ("Kabul",), None),
        # An apposition placed by the compass only says where the province is.
        ("Two guards died in an ambush in Deir Hafer district, northwest Syria.", "ambush", ("Deir Hafer", "Syria"),
         "Deir Hafer"),
        # A place word says how large a place is, whatever the gazetteer took it for.
        ("A clinic was shelled in the city of Tell Abyad on Monday in Raqqa province.", "shelled",
         ("Tell Abyad", "Raqqa"), "Tell Abyad"),
    ],
)
def test_event_location_reads_place_words_around_names(nlp, text, trigger, names, expected):
    kinds = {"Syria": "country", "Damascus": "city"}
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, kinds.get(m.text, "city"))) for m in _mentions(text, *names)]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A bearing from a place ("south of X") gives way to the place the event is in, even a larger one.
        ("Jets bombed a depot in Diyala province, a two-hour drive north of Baghdad.", "bombed",
         ("Diyala", "Baghdad"), "Diyala"),
        # Whoever is captured is mostly a person, not a place.
        ("Rahimullah was captured in Kunar on Friday.", "captured", ("Kunar",), "Kunar"),
        # An unknown name after a comma qualifies the district before it.
        ("Two rangers were shot in Bacho district, Narathiwat on Sunday.", "shot", ("Bacho",), "Bacho"),
        # An unknown building gives way to the known town it is in.
        ("Hundreds of farmers protested at the Grand Hall in Lahore.", "protested", ("Lahore",), "Lahore"),
        # ... but not to a country: "in Yemen, 30 km east of Sanaa" is by Sanaa.
        ("A bus was attacked in Yemen, 30 km east of Sanaa, on Monday.", "attacked", ("Yemen", "Sanaa"), "Sanaa"),
    ],
)
def test_event_location_unknown_names_give_way(nlp, text, trigger, names, expected):
    kinds = {"Baghdad": "city", "Diyala": "city", "Kunar": "admin1", "Bacho": "city", "Lahore": "city",
             "Yemen": "country", "Sanaa": "city"}
    places = _placed(text, kinds, names)
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


def test_a_name_in_apposition_is_not_sized_by_the_noun_it_qualifies(nlp):
    from geomap.roles_eval import _size_by_place_word

    doc = nlp("A clinic was shelled in Ostrel province, Kandahar.")
    ostrel, kandahar = doc[5], doc[8]
    assert kandahar.dep_ == "appos" and kandahar.head.lower_ == "province"
    assert _size_by_place_word(ostrel) == 1  # "Ostrel province"
    assert _size_by_place_word(kandahar) == 2  # no place word says what Kandahar is


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # The place of a whole war is not where one event of it happened ...
        ("Dozens of aid workers have died during the long war in Yemen.", "died", ("Yemen",), None),
        ("The crisis in Sudan has displaced a million farmers.", "displaced", ("Sudan",), None),
        # ... but a place of the event itself still counts.
        ("Two medics died in Marib during the long war in Yemen.", "died", ("Marib", "Yemen"), "Marib"),
    ],
)
def test_event_location_a_war_is_not_where_one_of_its_events_happened(nlp, text, trigger, names, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, *names))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A place a bearing is taken from gives way to the place it helps find, in any clause ...
        ("Two guards were wounded when a mortar round landed near the village of Tamarind, about 40 km west of "
         "Dodoma.", "wounded", ("Tamarind", "Dodoma"), "Tamarind"),
        ("About 40 km west of Dodoma, two guards were wounded when a mortar round landed in Tamarind.", "wounded",
         ("Dodoma", "Tamarind"), "Tamarind"),
        # ... and is still the event's place when there is no other.
        ("Gunmen ambushed a bus about 60 km north of Dodoma.", "ambushed", ("Dodoma",), "Dodoma"),
    ],
)
def test_event_location_a_bearing_reference_gives_way_to_the_place_it_helps_find(nlp, text, trigger, names,
                                                                                  expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, *names)]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


def test_event_location_a_countryside_is_a_region_around_its_town(nlp):
    text = "In the southern Dodoma countryside, militiamen burned homes in the hamlet of Tamarind."
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Dodoma", "Tamarind")]
    assert event_location(nlp(text), _trigger(text, "burned"), places).text == "Tamarind"


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # The name after "the capital" names it, though the parser glues it to the day ...
        ("Nurses from all over Ruritania rallied in the capital Tamarind Sunday to demand higher pay.", "rallied"),
        # ... or hangs it on the verb.
        ("Thousands of workers from across Ruritania marched in the capital Tamarind Friday.", "marched"),
    ],
)
def test_event_location_a_name_after_a_place_noun_names_it(nlp, text, trigger):
    kinds = {"Ruritania": "country", "Tamarind": "city"}
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, kinds[m.text])) for m in _mentions(text, *kinds)]
    assert event_location(nlp(text), _trigger(text, trigger), places).text == "Tamarind"


@pytest.mark.parametrize(
    "text",
    [
        # A name the parser glued to the day after it is what the verb acts on.
        "Armed militia patrolled Asmara Tuesday.",
        "Some soldiers were still guarding downtown Asmara Tuesday, though fewer than before.",
    ],
)
def test_event_location_a_name_glued_to_a_date_stands_where_the_date_does(nlp, text):
    trigger = "patrolled" if "patrolled" in text else "guarding"
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, "Asmara"))
    assert chosen is not None and chosen.text == "Asmara"


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # Two verbs joined at once by "and" share what follows the second ...
        ("In Ruritania on Monday, rangers shot and wounded two poachers in the village of Tamarind.", "shot",
         "Tamarind"),
        ("In Ruritania, a courier was beaten and robbed near the town of Tamarind.", "beaten", "Tamarind"),
        # ... but a verb with its own object keeps its own place first.
        ("In Ruritania, rebels burned a school and looted shops in Tamarind.", "burned", "Ruritania"),
    ],
)
def test_event_location_verbs_joined_at_once_share_their_place(nlp, text, trigger, expected):
    kinds = {"Ruritania": "country", "Tamarind": "city"}
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, kinds[m.text])) for m in _mentions(text, *kinds)]
    assert event_location(nlp(text), _trigger(text, trigger), places).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bare name the gazetteer does not know, captured somewhere, is the captive ...
        ("Border guards captured Oduya in Ruritania last week.", "Ruritania"),
        ("Obrecht was captured in Tamarind after a long manhunt.", "Tamarind"),
        # ... but a place noun names a place that was captured.
        ("The rebels captured the village of Oduya in Tamarind province.", "Oduya"),
    ],
)
def test_event_location_an_unknown_name_captured_somewhere_is_the_captive(nlp, text, expected):
    kinds = {"Ruritania": "country", "Tamarind": "city"}
    mentions = [
        m.with_(place=Place(m.text, None, 0.0, 0.0, kinds[m.text])) if m.text in kinds else m
        for m in _mentions(text, *(name for name in ("Oduya", "Obrecht", "Ruritania", "Tamarind") if name in text))
    ]
    assert event_location(nlp(text), _trigger(text, "captured"), mentions).text == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # What a win is "over" is the opponent ...
        ("The champions clinched the cup with a narrow victory over Ruritania on Saturday.", "clinched", None),
        ("Ortega retained her crown with a straight-sets win over Ruritania in the final.", "retained", None),
        # ... not what a jet flies over.
        ("Two fighter jets were shot down over Ruritania on Saturday.", "shot", "Ruritania"),
    ],
)
def test_event_location_a_win_over_a_name_is_over_an_opponent(nlp, text, trigger, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _mentions(text, "Ruritania"))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # A place "including" names is one of the places the event is at ...
        ("Riot police patrolled several provincial towns on Sunday, including Tamarind.", "patrolled", "Tamarind"),
        ("The militia seized three hilltop villages, including Oduya, after a week of fighting.", "seized", "Oduya"),
    ],
)
def test_event_location_a_place_including_names_is_one_of_the_places(nlp, text, trigger, name):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, name)]
    assert event_location(nlp(text), _trigger(text, trigger), places).text == name


def test_event_location_including_a_person_is_no_place(nlp):
    # ... but not when what is included are people.
    text = "Six gunmen died in the ambush, including Tamarind."
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    assert event_location(nlp(text), _trigger(text, "died"), places) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A building the event befalls is where it stands ...
        ("The old Tamarind opera house collapsed during the storm.", "collapsed", "Tamarind"),
        # ... but a body that acts is not a building.
        ("The Tamarind council announced new curfews.", "announced", None),
    ],
)
def test_event_location_a_building_the_event_befalls_is_where_it_stands(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A gerund after "during" or "in" tells amid what the event happened, and where.
        ("Three farmers were hurt during shelling in the Tamarind district, officials said.", "hurt"),
        ("A young recruit was captured in fighting outside the town of Tamarind.", "captured"),
        ("The brigade succeeded in retaking Tamarind after a long siege.", "succeeded"),
    ],
)
def test_event_location_a_gerund_after_during_or_in_is_the_same_event(nlp, text, trigger):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    # The rule order is what these cases pin; the shipped ranker weighs a place the event is
    # only "outside" of against it, and abstains on the second.
    chosen = event_location(nlp(text), _trigger(text, trigger), places, ranker=None)
    assert chosen is not None and chosen.text == "Tamarind"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A "since" phrase dates the event from an earlier one, with its own place ...
        ("Okafor clinched her first title since the youth games in Tamarind.", None),
        ("Police have detained forty suspects since the riots in Tamarind last spring.", None),
        # ... but the event's own place still counts.
        ("Police have detained forty suspects in Tamarind since the riots.", "Tamarind"),
    ],
)
def test_event_location_a_since_phrase_names_an_earlier_event(nlp, text, expected):
    trigger = "clinched" if "clinched" in text else "detained"
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # Where people are driven out "from" is where they were, and where the fighting was ...
        ("Government troops ousted the militia from Tamarind after a week of fighting.", "ousted", "Tamarind"),
        ("The rebels were driven from northern Tamarind on Sunday.", "driven", "Tamarind"),
        # ... and where a march sets out "from" is on its route ...
        ("Thousands of nurses marched from Tamarind to the provincial assembly.", "marched", "Tamarind"),
        # ... but what is taken "from" a state says whose it was.
        ("The army captured the plateau from Tamarind in 1970.", "captured", None),
    ],
)
def test_event_location_from_a_place_after_driving_out_or_setting_out(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # Where a verb coordinated after the event takes someone is where they went next ...
        ("The pilot was captured by militia fighters and flown to Tamarind for questioning.", "captured", None),
        ("A nurse was wounded by a stray bullet and was airlifted to Tamarind on Friday.", "wounded", None),
        # ... but a destination reached before the event is where it happened.
        ("The guerrillas returned to Tamarind and attacked the police barracks.", "attacked", "Tamarind"),
    ],
)
def test_event_location_a_destination_of_a_later_verb_is_not_where(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # With no other place, a relative clause on a participant says where the event found them ...
        ("Police shot a suspect who had opened fire on shoppers in Tamarind.", "shot", "Tamarind"),
        ("Two guards were killed by raiders who stormed a depot near Tamarind.", "killed", "Tamarind"),
        # ... but not an aside about who they are, nor what they are.
        ("Okafor, who once ran a bakery in Tamarind, was arrested on Monday.", "arrested", None),
        ("The gunmen killed a man who was a teacher in Tamarind.", "killed", None),
    ],
)
def test_event_location_a_clause_on_a_participant_places_the_event(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # What became of a captive afterwards happened where they were taken, not where captured ...
        ("Border guards captured the smuggler at dawn and later jailed him in Tamarind.", None),
        ("Militia fighters captured the reporter and kept her for a month in Tamarind.", None),
        # ... but more harm done in the same incident happened there.
        ("Raiders captured a herder, beat him and killed him near Tamarind.", "Tamarind"),
    ],
)
def test_event_location_what_befalls_a_captive_later_is_elsewhere(nlp, text, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, "captured"), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A prize or a mood is "captured" without seizing anything anywhere ...
        ("Okafor captured her third national title in Tamarind on Sunday.", None),
        ("The rescue of the miners captured the attention of Tamarind for weeks.", None),
        # ... and neither are pictures or headlines.
        ("A tourist captured striking pictures of the flood in Tamarind.", None),
        ("The wedding captured headlines across Tamarind.", None),
        # ... unlike ground.
        ("Rebels captured the hill outside Tamarind on Sunday.", "Tamarind"),
    ],
)
def test_event_location_capturing_a_prize_is_no_event_at_a_place(nlp, text, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, "captured"), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # What a protest is against happened elsewhere ...
        ("Hundreds of nurses protested against the shelling of hospitals on the edge of Tamarind.", "protested",
         None),
        ("Dockers rallied against the bombing of a clinic in Tamarind.", "rallied", None),
        # ... and so did what a judgement is about.
        ("The envoy condemned the shelling of a crowded market in Tamarind.", "condemned", None),
        # ... but "in X" right after the grievance mostly says where the protest was.
        ("Thousands protested against the new tax in Tamarind on Saturday.", "protested", "Tamarind"),
    ],
)
def test_event_location_what_a_protest_is_against_is_elsewhere(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A town's own police or residents act at home, so the event is there when nothing else says ...
        ("Tamarind police shot a knife-wielding man on Tuesday.", "shot", "Tamarind"),
        ("A teenager was wounded by Tamarind police during a chase.", "wounded", "Tamarind"),
        ("Tamarind residents marched through the night to demand clean water.", "marched", "Tamarind"),
        # ... but not when they only report what others did.
        ("Tamarind police said gunmen had ambushed the convoy.", "ambushed", None),
    ],
)
def test_event_location_local_police_or_residents_act_at_home(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A relative clause on a person tells what they did at another time: the sentence
        # around it is about another event, at another place.
        ("A nurse who had rallied outside parliament was hit by a car in Tamarind last week.", "rallied"),
        ("Police in Tamarind arrested a baker who had protested against the new tax.", "protested"),
    ],
)
def test_event_location_a_relative_clause_on_a_person_is_another_event(nlp, text, trigger):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    assert event_location(nlp(text), _trigger(text, trigger), places) is None


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # What someone did just before the event ("after"/"upon" and a gerund) was done where
        # the event found them ...
        ("A courier was shot dead after leaving a bakery in Tamarind.", "shot", "Tamarind"),
        ("Two herders were captured after crossing a river near Tamarind.", "captured", "Tamarind"),
        ("Upon reaching the square in Tamarind, the marchers were attacked.", "attacked", "Tamarind"),
        ("A ferry pilot died after being hit by a falling crane at the docks of Tamarind.", "died", "Tamarind"),
        # ... but not when time passed between.
        ("Three porters were wounded two days after a truck rammed a kiosk in Tamarind.", "wounded", None),
        ("A courier was shot dead two days after leaving a bakery in Tamarind.", "shot", None),
    ],
)
def test_event_location_what_was_done_just_before_is_at_the_same_place(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A place's quarters, shores and public sites are in it ...
        ("Coast guard cutters patrolled Tamarind's long coastline all winter.", "patrolled", "Tamarind"),
        ("A mechanic was stabbed in Tamarind's east on Sunday.", "stabbed", "Tamarind"),
        ("Hundreds of nurses rallied outside Tamarind's parliament.", "rallied", "Tamarind"),
        ("Tamarind's only refinery was destroyed by fire.", "destroyed", "Tamarind"),
        ("A cargo plane skidded off one of Tamarind's runways at dusk.", "skidded", "Tamarind"),
        # ... but an embassy is whose, not where.
        ("Tamarind's embassy was attacked at dawn.", "attacked", None),
    ],
)
def test_event_location_what_a_place_owns_is_in_it(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Tamarind")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A fronted "as" clause with a subject of its own tells what others did meanwhile,
        # elsewhere ...
        ("As the mayor opened a bridge in Ostrani, two lorries collided on the coast road.", "collided", None),
        ("As the delegates flew to Ostrani, a fire destroyed the old market.", "destroyed", None),
        # ... but not when the same people go on ("they"), nor an "as" clause after the event.
        ("As troops advanced on Ostrani, they came under fire.", "came", "Ostrani"),
        ("Two guards were hurt as rebels shelled a depot in Ostrani.", "hurt", "Ostrani"),
    ],
)
def test_event_location_a_fronted_as_clause_is_what_others_did_meanwhile(nlp, text, trigger, expected):
    places = [m.with_(place=Place(m.text, None, 0.0, 0.0, "city")) for m in _mentions(text, "Ostrani")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "kinds", "expected"),
    [
        # Sites or positions "between" two places are by them ...
        ("Hail damaged the villages between Ostrani Kot and Velmor Nuevo.", "damaged", {}, "Ostrani Kot"),
        ("Wildfires burned villages between Ostrani and Velmor last week.", "burned",
         {"Ostrani": "city", "Velmor": "city"}, "Ostrani"),
        # ... but a zone between two countries is no place of theirs, and talks are no site.
        ("Engineers surveyed the neutral zone between Ruritania and Velmoria.", "surveyed",
         {"Ruritania": "country", "Velmoria": "country"}, None),
        ("Talks between Ostrani and Velmor collapsed on Monday.", "collapsed",
         {"Ostrani": "city", "Velmor": "city"}, None),
    ],
)
def test_event_location_sites_between_two_places_are_by_them(nlp, text, trigger, kinds, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _placed(text, kinds))
    assert (chosen.text if chosen else None) == expected


def test_event_location_a_faith_is_no_place(nlp):
    # Recognition may take a faith's name for a place: the neighbourhood is in Tamarind.
    text = "Heavy rain flooded a mostly Shia neighbourhood in Tamarind on Friday."
    places = _placed(text, {"Shia": "city", "Tamarind": "city"})
    assert event_location(nlp(text), _trigger(text, "flooded"), places).text == "Tamarind"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Demonstrate" with an object means to show: no event at a place ...
        ("The rescue demonstrated the skill of the volunteers in Tamarind.", None),
        ("A chef demonstrated a new bread oven to bakers in Tamarind.", None),
        # ... but a protest has none, even where the parser strays to an object past its place.
        ("Thousands demonstrated in Tamarind on Sunday.", "Tamarind"),
        ("Nurses demonstrated outside the hospital in Tamarind, singing old songs.", "Tamarind"),
    ],
)
def test_event_location_demonstrating_something_is_showing_it(nlp, text, expected):
    places = _placed(text, {"Tamarind": "city"})
    chosen = event_location(nlp(text), _trigger(text, "demonstrated"), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A mention with no capitalised word is a common phrase recognition took for a place.
        ("Storms battered Tamarind's west coast all winter.", "battered", "Tamarind"),
        ("A landslide buried a road near the highland city of Tamarind.", "buried", "Tamarind"),
    ],
)
def test_event_location_common_words_name_no_place(nlp, text, trigger, expected):
    common = "west coast" if "west coast" in text else "highland"
    places = _placed(text, {common: "landmark", "Tamarind": "city"})
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "the <known town> neighbourhood of <name>": the name after "of" is the quarter's ...
        ("Floodwater swamped shops in the Tamarind neighbourhood of Oduya Bel on Monday.", "swamped", "Oduya Bel"),
        ("A gas main burst near a bakery in the old Tamarind quarter of Oduya Bel.", "burst", "Oduya Bel"),
        # ... but a wider place's name after "of" contains the quarter the town word names.
        ("Floodwater swamped shops in the Tamarind district of the lower Oduya Bel.", "swamped", "Tamarind"),
    ],
)
def test_event_location_a_town_before_a_quarter_noun_only_locates_the_quarter(nlp, text, trigger, expected):
    places = [*_placed(text, {"Tamarind": "city"}), *_mentions(text, "Oduya Bel")]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # An aircraft brought down "over" a place fell there: what befell its crew just after
        # is there too ...
        ("A courier was seized by militia after his helicopter was shot down over Velmoria.", "seized", "Velmoria"),
        # ... but a flight "over" a place, in a clause below the event, only passes it.
        ("A courier was seized by militia after his helicopter flew over Velmoria.", "seized", None),
    ],
)
def test_event_location_an_aircraft_brought_down_over_a_place_fell_there(nlp, text, trigger, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _placed(text, {"Velmoria": "country"}))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "<names> villages/districts of <a wider place>": the names before the noun are the parts ...
        ("Raiders burned barns in Oduya and Belmek villages of Tamarind County on Sunday.", "burned", "Oduya"),
        ("A storm flattened crops in Oduya district of Tamarind County overnight.", "flattened", "Oduya"),
        # ... and a named village they lie under is the place still.
        ("Hail flattened crops in the village of Oduya in the Belmek district of Tamarind County.", "flattened",
         "Oduya"),
    ],
)
def test_event_location_names_before_a_part_noun_of_a_wider_place_are_the_parts(nlp, text, trigger, expected):
    places = [*_placed(text, {"Tamarind County": "admin1"}), *_mentions(text, "Oduya")]
    if "Belmek" in text:
        places += _mentions(text, "Belmek")
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A place inside the subject only says who the subject is: the event is where the verb puts it ...
        ("Lina, a nurse from a clinic in Tamarind, was arrested in Ruritania on Monday.", "arrested", "Ruritania"),
        ("The inmates at Tamarind were first detained in Ruritania.", "detained", "Ruritania"),
        # ... but a place in a happening that is the subject is where it happened.
        ("A landslide at a quarry in Tamarind buried trucks in Ruritania on Monday.", "buried", "Tamarind"),
    ],
)
def test_event_location_a_place_describing_the_subject_gives_way(nlp, text, trigger, expected):
    places = _placed(text, {"Tamarind": "landmark", "Ruritania": "country"})
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <holder> held village of X" without the hyphen of "rebel-held": the parser makes
        # "held" a verb of its own, but X is still what the participle targets ...
        ("The militia launched an offensive in the eastern countryside of Tamarind on Monday, targeting the"
         " Ruritanian Army (RA) held village of Oduya.", "Oduya"),
        ("Insurgents launched an offensive in the northern countryside of Tamarind, targeting the government held"
         " town of Oduya.", "Oduya"),
        ("Insurgents launched an offensive in Tamarind on Monday, targeting the Royal Army (RA) controlled Oduya"
         " Base near the village of Belmek.", "Belmek"),
    ],
)
def test_event_location_a_holder_glued_to_held_only_qualifies_the_target(nlp, text, expected):
    places = [*_placed(text, {"Tamarind": "admin1"}), *_mentions(text, "Belmek" if "Belmek" in text else "Oduya")]
    chosen = event_location(nlp(text), _trigger(text, "targeting"), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rebels launched an assault in the countryside of Tamarind on Monday, targeting army positions near the"
        " village of Oduya.\n",
        "Rebels launched an assault in the countryside of Tamarind on Monday, targeting the farms northeast of the"
        " town of Oduya.\n",
    ],
)
def test_event_location_a_full_stop_recognition_took_into_a_name_is_not_its_head(nlp, text):
    # "... of Oduya.\n" with the stop and the line break in the mention: the name is still
    # what the participle targets, not a word hanging on the sentence's verb.
    start = text.index("Oduya")
    places = [*_placed(text, {"Tamarind": "admin1"}), Mention(text=text[start:], start=start, end=len(text),
                                                              kind="toponym")]
    chosen = event_location(nlp(text), _trigger(text, "targeting"), places)
    assert chosen is not None and chosen.text.startswith("Oduya")


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        # "inside of X", "outside of X" are the prepositions "inside", "outside" in two words.
        ("Militiamen seized several posts inside of the Oduya District on Friday.", "seized", "Oduya District"),
        ("A sniper opened fire on a convoy, killing a driver outside of Tamarind.", "killing", "Tamarind"),
        ("The rebels began their attack by rushing the checkpoints outside of Tamarind at dawn.", "began", "Tamarind"),
    ],
)
def test_event_location_inside_of_and_outside_of_are_prepositions_of_place(nlp, text, trigger, name):
    chosen = event_location(nlp(text), _trigger(text, trigger), _placed(text, {name: "city"}))
    assert chosen is not None and chosen.text == name


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A body named after a place ("the Islamic State of Ruritania") is no place where it is
        # struck, nor is a name "and"-ed to its head word: the event is where the sentence puts it.
        ("Jets carried out airstrikes over the Tamarind Governorate on Monday, targeting the Islamic State of"
         " Ruritania and Al-Tamar.", "targeting", {"Tamarind": "admin1", "Ruritania": "country"}, "Tamarind"),
        ("Troops launched an assault in western Oduya on Friday, striking the Islamic State of Ruritania and"
         " Al-Tamar.", "striking", {"Oduya": "city", "Ruritania": "country"}, "Oduya"),
        # ... and a student of a university named after a state says nothing of where a shot was fired.
        ("A guard was shot on Saturday near the home of a University of Belmek student.", "shot", {"Belmek": "admin1"},
         None),
    ],
)
def test_event_location_a_place_in_a_body_name_is_not_where(nlp, text, trigger, names, expected):
    embedded = {"Ruritania", "Belmek"}
    places = [m.with_(source="embedded") if m.text in embedded else m for m in _placed(text, names)]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # A holding verb in a clause of its own is no holder glued to "held": what is held there
        # is not placed by the verb the clause hangs on.
        ("Rebels held Oduya for a week; on Monday jets shelled the convoy.", "shelled"),
        ("Officials said the army held Oduya after jets shelled a convoy.", "said"),
        ("Witnesses said the Royal Guard held Oduya while jets shelled a convoy.", "said"),
        ("Jets shelled a convoy because the rebels held Oduya.", "shelled"),
    ],
)
def test_event_location_a_holding_verb_with_a_clause_of_its_own_places_nothing(nlp, text, trigger):
    chosen = event_location(nlp(text), _trigger(text, trigger), _placed(text, {"Oduya": "city"}))
    assert chosen is None


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # With no name used as the event's place, "this village", "the city" refer back to the
        # place named before them ...
        ("Rebels were on the edge of Tal Oduya on Monday; troops are expected to enter this village within hours.",
         "enter", {"Tal Oduya": None}, "Tal Oduya"),
        ("A bomb struck a market in Tamarind, killing four; a second bomb in the city killed two more.", "killed",
         {"Tamarind": "city"}, "Tamarind"),
        ("A Belmek resident said the gunmen burned two churches after moving into the village overnight.", "burned",
         {"Belmek": "city"}, "Belmek"),
        # ... but not a name of a body or thing, nor for "the nearby town", another one.
        ("The Tamarind operations room said militants attacked the town at dawn.", "attacked", {"Tamarind": "city"},
         None),
        ("Rebels held Oduya for a week; on Monday troops shelled the nearby town.", "shelled", {"Oduya": "city"},
         None),
    ],
)
def test_event_location_the_town_refers_back_to_the_place_named_before(nlp, text, trigger, names, expected):
    places = [m if names[m.text] is None else m.with_(place=Place(m.text, None, 0.0, 0.0, names[m.text]))
              for m in _mentions(text, *names)]
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A phrase put first that sets another event beside the one told names that event's
        # place: "in addition to", "in response to", "besides", "following" ...
        ("In addition to their raid on Oduya, the militia launched several attacks along the slopes of the Belmek"
         " Mountains.", "launched", {"Oduya": "city", "Belmek Mountains": "region"}, "Belmek Mountains"),
        ("Following the failed assault in Oduya, the army continued its advance in the Belmek region.", "continued",
         {"Oduya": "city", "Belmek": "region"}, "Belmek"),
        ("In response to the siege of Oduya, rebels launched an offensive in the Belmek region.", "launched",
         {"Oduya": "city", "Belmek": "region"}, "Belmek"),
        ("Besides the airstrikes on Oduya, jets struck several sites in the Belmek region.", "struck",
         {"Oduya": "city", "Belmek": "region"}, "Belmek"),
        # ... but not after its verb, nor beside no other happening.
        ("Two guards died following an attack in Oduya.", "died", {"Oduya": "city"}, "Oduya"),
        ("In addition to troops posted around the parliament in Oduya, boats patrolled the canals.", "patrolled",
         {"Oduya": "city"}, "Oduya"),
        # (a sentence may open with such a preposition's neighbour)
        ("From Oduya, the troops marched to the border on Monday.", "marched", {"Oduya": "city"}, "Oduya"),
    ],
)
def test_event_location_a_phrase_put_first_may_name_another_event(nlp, text, trigger, names, expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _placed(text, names))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "names", "expected"),
    [
        # A relative clause the parser hung on the place that only locates the one before it
        # is about that one: "the town of X in northern Y, which ...", "the X suburb of Y, where ...".
        ("Five men were shot in the village of Oduya in northern Belmek, which has been under curfew and raided by"
         " police since Monday.", "raided", {"Oduya": "city", "Belmek": "country"}, "Oduya"),
        ("Reports cited fresh events in the Oduya suburb of Belmek, where nine people were killed on Friday.",
         "killed", {"Oduya": "city", "Belmek": "city"}, "Oduya"),
        # ... but "the province of Y, which" is about Y.
        ("Rebels entered the province of Belmek, which was besieged on Monday.", "besieged", {"Belmek": "admin1"},
         "Belmek"),
    ],
)
def test_event_location_a_relative_clause_on_a_locating_place_is_on_the_place_it_locates(nlp, text, trigger, names,
                                                                                       expected):
    chosen = event_location(nlp(text), _trigger(text, trigger), _placed(text, names))
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # A site recognition missed is a place when a bearing is taken from it: "positions
        # northeast of the X Airport", "the area east of the X Dam", "south of the X Farms".
        ("Troops pressed their offensive in the eastern countryside of Tamarind on Monday, targeting the militia's"
         " positions northeast of the Oduya Military Airport.", "targeting", "Oduya Military Airport"),
        ("The army continued its offensive in the countryside of Tamarind this week, targeting the area east of the"
         " strategic Oduya Dam.", "targeting", "Oduya Dam"),
        ("The Royal Guard continued moving south of the Belmek Farms on Sunday.", "continued", "Belmek Farms"),
    ],
)
def test_event_location_a_site_a_bearing_is_taken_from_is_a_place(nlp, text, trigger, expected):
    places = _placed(text, {"Tamarind": "city"}) if "Tamarind" in text else []
    chosen = event_location(nlp(text), _trigger(text, trigger), places)
    assert (chosen.text if chosen else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the provincial capital" goes by the name of the province named before it ...
        ("Loud explosions were reported from the Tamarind Governorate late on Monday after a truck bomb was detonated"
         " outside a barracks in the provincial capital.", "Tamarind"),
        # ... but a bare "the capital" is no province's name.
        ("Loud explosions were reported from the Tamarind Governorate late on Monday after a truck bomb was detonated"
         " outside a barracks in the capital.", None),
    ],
)
def test_event_location_the_provincial_capital_refers_back_to_its_province(nlp, text, expected):
    chosen = event_location(nlp(text), _trigger(text, "detonated"), _placed(text, {"Tamarind": "admin1"}))
    assert (chosen.text if chosen else None) == expected


def test_event_location_a_police_source_says_where_it_is(nlp):
    # The roles read the city's police speaking (metonymy); for the event it is where the source is,
    # as for any source's place.
    text = "A police source in Tikrit said the bomb wounded six people."
    mentions = [m.with_(metonym=True) for m in _mentions(text, "Tikrit")]
    assert event_location(nlp(text), _trigger(text, "wounded"), mentions).text == "Tikrit"
