"""The words that decide roles, and the parser for force sizes.

Kept apart from the rules in ``situation`` so the vocabulary can grow (or be
measured) without touching the logic.  All entries are lower-case lemmas.
"""

from __future__ import annotations

import re

#: Verbs whose subject, when a place, stands for its government or people:
#: "Washington hopes", "Moscow denies", "Russia seized".
AGENT_VERBS = frozenset(
    """
    say tell hope deny see want warn accuse claim insist announce demand urge reject accept
    believe fear argue respond threaten refuse agree propose plan try call seek vow pledge
    condemn criticise criticize welcome support oppose back push press ask offer expect
    insist suggest think consider decide declare confirm dismiss blame sign ratify veto
    sanction impose invade attack seize annex occupy launch deploy send mass withdraw
    recognise recognize negotiate present respond retaliate order allow ban block join
    aspire tilt need intend promise acknowledge admit indicate signal note stress add
    shoulder engage pressure put co-sponsor sponsor broker mediate approve protest
    insist appeal summon expel recall suspend resume cut halt freeze host refuse reply
    extend lift introduce adopt pass enact tighten ease relax grant revoke repeal legalise legalize
    outlaw mandate issue weigh sue cede conquer capture recommend ok oks okay
    spend fund allocate invest hire pay borrow arrest detain prosecute charge fine execute require
    """.split()
)

#: Verbs that take the subject of the verb they govern: "Washington seems prepared to talk".
RAISING_VERBS = frozenset("seem appear look remain".split())

#: Verbs whose object, when a place, is a party addressed or acted upon as a
#: government: "Washington asked Hanoi", "accused Russia", "engage the Syrians".
PARTY_OBJECT_VERBS = frozenset(
    """
    ask urge warn accuse call press pressure persuade tell engage support back criticise criticize
    condemn blame sanction threaten invite recognise recognize thank lobby court defy reassure
    convince allow help join ally rejoin contact punish isolate remind
    """.split()
)

#: What a state is as a party, said with "be": "Turkey is a key ally", "Iran was
#: the main backer" (but "Chad is the recipient of refugees" says where they went).
PARTY_NOUNS = frozenset(
    """
    ally member party partner signatory aggressor supporter backer sponsor mediator broker
    guarantor enemy rival adversary opponent power player participant founder leader
    """.split()
)

#: What a land has that no government does: its people, weather and nature ("Japan's
#: population shrank", "India's monsoon rains", "Brazil's Amazon rainforest").
LAND_FEATURE_NOUNS = frozenset(
    """
    population people inhabitant resident citizen economy climate weather rain rainfall monsoon
    rainforest forest jungle coast coastline beach river lake mountain landscape wildlife
    """.split()
)

#: Nouns that, owned by a place, make the place its government: "the Kremlin's demands".
POSSESSED_BY_GOVERNMENTS = frozenset(
    """
    demand concern position policy decision proposal plan response claim statement refusal
    support stance offer request warning threat government official leader minister
    ministry president delegation envoy diplomat negotiator deployment invasion annexation
    aggression intention ambition attempt effort use move strategy security interest
    sovereignty ally allies role involvement intervention pressure sanction diplomacy
    commitment obligation approach agenda objective aim goal bid insistence participation
    """.split()
)
#: A government's laws, taxes and programmes: a place owning or naming one is the place
#: acting as a government ("Georgia's assisted suicide law", "an Oklahoma program").
POLICY_NOUNS = frozenset(
    """
    law laws tax taxes program programs programme programmes ordinance ordinances statute statutes
    regulation regulations protections zoning
    """.split()
)

#: People and bodies that act for a state: a place or demonym modifying or
#: owning one is the state acting ("Georgian officials", "the Aleppo mayor",
#: "the Sultan of Kedah", "Murmansk Governor", "the Ashford school board").
GOVERNMENT_NOUNS = frozenset(
    """
    government administration regime authority authorities official officials ministry mod
    minister president premier chancellor king queen emir sultan monarch prince sheikh shah
    mayor governor senator senate congress parliament legislature lawmaker legislator cabinet
    embassy ambassador envoy diplomat delegation negotiator mission consulate spokesman
    spokeswoman spokesperson secretary representative council commission leader leadership
    agency service intelligence military police counterpart side investigator prosecutor
    court judge officer commander general chief head delegate state-run junta kremlin power
    executive judiciary policeman policemen staff headquarters councilor councillor councilman sheriff
    commissioner ruler operative dictator strongman board marshal trustee alderman aldermen
    selectman selectmen command
    auditor treasurer comptroller coroner assessor superintendent jury responder responders
    firefighter firefighters dispatcher dispatchers paramedic paramedics department inspector
    gov. sen. rep. congressman congresswoman councilwoman councilmember trooper clerk mediator
    """.split()
)

#: Where a country's war is fought: "Syria's bloodiest battlegrounds" are in it, not its acts.
BATTLEGROUND_NOUNS = frozenset("battleground battlefield".split())

#: Politicians: a state's own only as its possession ("Kentucky's top politicos"); "an
#: Illinois politician" may only say where one comes from.
POLITICIAN_NOUNS = frozenset("politician politico".split())

#: Offices whose word is also an ordinary noun, so they are titles only when capitalised:
#: "U.S. House Speaker Kevin McCarthy", not "a Syrian speaker at the festival".
CAPITALISED_TITLES = frozenset({"speaker", "house", "assembly", "attorney"})

#: Officers named only in lower case: "the county medical examiner" (but "the Washington
#: Examiner" is a newspaper).
LOWER_CASE_OFFICERS = frozenset("examiner".split())

#: Where a species or a people belongs: "not native to the U.S.".
NATIVE_ADJECTIVES = frozenset("native endemic indigenous".split())

#: Capitalised agency words that name a state's agency whatever other words name its field:
#: "the U.S. Geological Survey", "the U.S. Census Bureau" (lower-case, "a survey" is a poll).
AGENCY_TITLES = frozenset("survey bureau".split())

#: Words that may stand in a legislature's name beside its place: "the Kentucky General Assembly".
BODY_NAME_WORDS = frozenset("general national state legislative provincial district".split())

#: Modifiers that make a noun the state's voice or post: "the Iraqi official source", "a U.S.
#: diplomatic post".
STATE_VOICE_MODIFIERS = frozenset("official diplomatic".split())

#: Members who act for the body they are "of": "a Sudanese member of parliament".
MEMBER_NOUNS = frozenset("member".split())

#: Ship prefixes that say whose navy a ship is: "the USS Gerald R. Ford carrier strike group".
SHIP_PREFIXES = {"USS": "US", "HMS": "GB", "HMAS": "AU", "HMCS": "CA", "HMNZS": "NZ"}

#: Words for armed forces and their units.
FORCE_NOUNS = frozenset(
    """
    troop soldier force army battalion brigade regiment tank marine
    paratrooper serviceman servicemen warship battlegroup
    peacekeeper mercenary platoon navy sailor artillery
    missile submarine military airman infantry commando garrison guardsman
    destroyer frigate cruiser corvette minehunter minesweeper
    """.split()
)

#: Modifiers that make a "force" some other power, not armed men: "a work force", "an
#: economic force", "a driving force".
OTHER_FORCE_MODIFIERS = frozenset("work labor labour economic market driving political moral".split())

#: Words for forces that also name other things ("a housing unit", "the sales
#: division", "a company"): forces only when a modifier says so ("Army units",
#: "the 4th Armored Division", "border guards").
AMBIGUOUS_FORCE_NOUNS = frozenset("division unit corps company squadron fleet guard detachment battery".split())

#: Ambiguous unit words that mostly name businesses and offices ("a toy company", "the
#: Zoning Division", "Canadian companies"): units only with a military word or a unit's
#: ordinal or letter ("the 4th Armored Division", "D Company", "a company of infantry"),
#: not with any capitalised name.
OFFICE_UNIT_NOUNS = frozenset("company division".split())

#: Forces named by more than one word, and the unit a map draws them as: "a
#: carrier strike group", "NATO battle groups", "armoured vehicles".  The last
#: word is the head noun; each makes the noun a force (``roles.is_force_noun``).
FORCE_UNIT_PHRASES: dict[tuple[str, ...], str] = {
    ("carrier", "strike", "group"): "carrier strike group",
    ("air", "defense"): "air defence",
    ("air", "defence"): "air defence",
    ("strike", "group"): "strike group",
    ("battle", "group"): "battlegroup",
    ("battalion", "tactical", "group"): "battalion tactical group",
    ("armoured", "personnel", "carrier"): "armoured vehicles",
    ("armored", "personnel", "carrier"): "armoured vehicles",
    ("infantry", "fighting", "vehicle"): "armoured vehicles",
    ("armoured", "vehicle"): "armoured vehicles",
    ("armored", "vehicle"): "armoured vehicles",
    # the guidelines' "warships" and "missile systems", in their ordinary longer names
    ("air", "defence", "system"): "missiles",
    ("air", "defense", "system"): "missiles",
    ("missile", "system"): "missiles",
    ("missile", "battery"): "missiles",
    ("missile", "launcher"): "missiles",
    ("nuclear", "weapon"): "missiles",  # "stationed tactical nuclear weapons in Belarus"
    ("nuclear", "warhead"): "missiles",
    ("carrier", "group"): "carrier strike group",
    ("aircraft", "carrier"): "warships",
    ("naval", "vessel"): "warships",
    ("naval", "ship"): "warships",
    ("navy", "ship"): "warships",
    ("navy", "vessel"): "warships",
    # boats and craft of a navy are warships too: "navy boats escorted the convoy", "a navy patrol boat"
    ("navy", "patrol", "boat"): "warships",
    ("naval", "patrol", "boat"): "warships",
    ("navy", "boat"): "warships",
    ("naval", "boat"): "warships",
    ("navy", "craft"): "warships",
    ("naval", "craft"): "warships",
    ("gunboat",): "warships",
    # the plain American word for soldiers, sailors and airmen alike
    ("service", "member"): "troops",
}

#: The small vocabulary of units a map can symbolise, with the words for each:
#: people ("troops"), echelons ("battalion", "brigade"), and equipment ("tanks",
#: "aircraft").  Every word of ``FORCE_NOUNS`` has a unit; equipment that is not
#: a force noun (aircraft only strike from afar) still names the unit of a
#: deployment ("the deployment of fighter jets to Poland").  Echelons are
#: singular, what a count of them counts ("two battalions" is 2 "battalion");
#: people and equipment are plural, as the map labels them ("~3,000 troops").
FORCE_UNITS: dict[str, frozenset[str]] = {
    unit: frozenset(words.split())
    for unit, words in {
        "troops": """
            troop soldier force army military serviceman servicemen marine paratrooper sailor airman
            infantry infantryman infantrymen commando guardsman guardsmen garrison mercenary guard
            personnel reservist conscript
            """,
        "peacekeepers": "peacekeeper",
        "platoon": "platoon",
        "company": "company",
        "battalion": "battalion",
        "regiment": "regiment",
        "brigade": "brigade",
        "division": "division",
        "corps": "corps",
        "battlegroup": "battlegroup",
        "squadron": "squadron",
        "fleet": "fleet",
        "tanks": "tank",
        "armoured vehicles": "apc",
        "artillery": "artillery howitzer",
        "missiles": "missile rocket",
        "aircraft": "aircraft jet warplane plane bomber",
        "helicopters": "helicopter",
        "drones": "drone",
        "warships": "warship ship vessel frigate destroyer cruiser corvette carrier navy minehunter minesweeper",
        "submarines": "submarine",
        "fighters": """
            militant rebel jihadist insurgent guerrilla guerilla terrorist fighter militia militiaman
            militiamen separatist combatant
            """,
    }.items()
}

#: Units that count people: their figure is a force's headline strength, over
#: a count of echelons ("500 soldiers from three battalions" is 500 troops).
PEOPLE_UNITS = frozenset({"troops", "peacekeepers", "fighters"})

#: Force nouns for a body of people of no set size: "a European force", "an
#: army" say nothing of how many (unlike "a soldier", "a brigade").
COLLECTIVE_FORCE_NOUNS = frozenset("force army military garrison militia infantry personnel navy".split())

#: Words for a whole body of troops that name an echelon only when numbered or
#: counted: "the 41st Army", "two armies" (bare, "the army" is its troops).
NUMBERED_ECHELONS = {"army": "army"}

#: Verbs whose subject commands the force they move or hold, so owns it:
#: "Russia deployed troops", "Russia has 100,000 troops near Ukraine" (but not
#: "Lithuania hosts a battlegroup": the host is not the side).
FORCE_COMMAND_VERBS = frozenset(
    """
    deploy redeploy send dispatch mass amass move station position base keep maintain have field
    mobilize mobilise commit gather concentrate assemble pull withdraw rotate bring reinforce
    transfer airlift order
    """.split()
)

#: Irregular fighters: a place is their position only when they move or fight
#: there ("militants entered Azaz"), not when they attack or massacre (a
#: terrorist attack is not a troop position).
IRREGULAR_FIGHTERS = frozenset(
    """
    militant rebel jihadist insurgent guerrilla guerilla terrorist fighter militia militiaman
    militiamen separatist combatant
    """.split()
)

#: Adjectives and noun modifiers that make a noun military: "military operations",
#: "an army patrol", "naval base".
MILITARY_MODIFIERS = frozenset(
    "military army naval armed regime troop soldier peacekeeper peacekeeping combat armoured armored".split()
)

#: Nouns that a military modifier turns into forces on the ground: "military
#: operations", "an army patrol", "Army positions" (not "a military laboratory").
MILITARY_HEADS = frozenset(
    """
    operation base patrol position convoy installation post checkpoint outpost presence exercise
    drill manoeuvre maneuver deployment buildup build-up officer personnel escort column contingent
    vehicle offensive reinforcement unit defence defense member element mission headquarters asset confrontation
    """.split()
)

#: Military heads that name a body of forces, not an activity: "an army column", "a
#: military convoy", "Special Forces members" are forces wherever they are
#: ("military operations" only where they take place).
MILITARY_UNIT_HEADS = frozenset("convoy column contingent escort patrol unit personnel member element".split())

#: Verbs of making or buying a thing: where a warship is built is not where forces are
#: (not "order" or "make": "ordered troops into", "made their way to" move forces).
MAKING_VERBS = frozenset("build manufacture produce assemble design buy purchase sell export".split())

#: Military aircraft, which strike from afar, but are somewhere when they land or are based:
#: "two Russian strategic bombers landed in Venezuela".
AIRCRAFT_NOUNS = frozenset("aircraft jet warplane plane bomber helicopter chopper gunship drone".split())
ARRIVAL_VERBS = frozenset("land arrive station base deploy redeploy".split())

#: Verbs of keeping watch over a place: aircraft and an air force that patrol an area are
#: there, not striking it from afar ("the Spanish air force has been patrolling over Estonia").
PATROL_VERBS = frozenset("patrol".split())

#: People in a civil clash: "protesters clashed with police in Nairobi" is no fighting of forces.
#: People at a protest: force used on them is policing ("fired on demonstrators").
PROTEST_CROWD_NOUNS = frozenset("protester protestor demonstrator rioter marcher".split())

CIVILIAN_CROWD_NOUNS = frozenset(
    "protester demonstrator rioter student fan supporter villager herder farmer youth resident worker".split()
)

#: A government named by its seat: "the government in Caracas", "the regime in Damascus".
SEAT_NOUNS = frozenset("government regime administration authorities leadership junta cabinet".split())

#: What a party asks or decides, said with "of": "at the request of Maputo" (Maputo's request).
REQUEST_NOUNS = frozenset("request demand decision proposal offer invitation consent approval insistence".split())

#: Forces that are weapons fired from afar: as the active subject of a verb that is not a
#: movement ("missiles slammed into power stations in Lviv") they strike, they are not there.
PROJECTILE_FORCES = frozenset("missile rocket artillery".split())

#: Firing projectiles: where they are fired "from" is where the shooters are ("fired
#: rockets into Israel from southern Lebanon"), whoever fires them.
FIRING_VERBS = frozenset("fire launch shoot lob".split())
PROJECTILE_NOUNS = frozenset("missile rocket shell mortar drone projectile grenade salvo barrage".split())

#: Modifiers of a craft that make it civilian: "a Turkish cargo ship" is no state's means.
CIVILIAN_CRAFT_MODIFIERS = frozenset(
    "cargo container merchant fishing passenger cruise commercial civilian tourist freight oil"
    " small private charter light medical ambulance news".split()
)

#: Reactions that come "from" a party: "drawing a sharp rebuke from Pyongyang" says who
#: reacted, not where forces are.
REACTION_NOUNS = frozenset(
    "rebuke criticism condemnation protest warning response reaction objection praise backlash complaint".split()
)

#: Weapons and military means: owned by a country or demonym, they make it an
#: actor ("Georgian warplanes", "Russian air cover").
MILITARY_EQUIPMENT = frozenset(
    """
    warplane jet aircraft plane helicopter chopper gunship drone tank carrier missile rocket artillery warship
    ship submarine bomber cover airstrike strike raid offensive attack operation shelling
    bombardment fire weapon arms nuclear arsenal barrage
    """.split()
)

#: A state's military sites: the country or people-word modifying one owns it ("a Dutch
#: airbase near the coast", "two Chilean outposts"), as it owns its troops.
STATE_MILITARY_SITES = frozenset("base airbase garrison barracks outpost".split())

#: Words that make a "base" a military one: "an air base", "the naval base", "a missile base".
BASE_MODIFIERS = MILITARY_MODIFIERS | frozenset("air naval navy marine missile submarine airforce".split())

#: Nouns for putting forces somewhere or fighting there: "Russia's deployment
#: of troops in Kazakhstan", "fighting continued in Maidema".
FORCE_EVENTS = frozenset(
    """
    deployment buildup build-up massing incursion offensive garrison counterattack
    counteroffensive counter-offensive fighting clash battle combat skirmish firefight
    hostility war assault invasion siege presence reinforcement withdrawal patrol counter
    """.split()
)

#: Force events that say nothing of forces by themselves: a business's presence, a virus's
#: presence and the highway patrol are not forces.  They count only when forces own them
#: ("a military presence", "the presence of troops", "an army patrol").
OWNED_FORCE_EVENTS = frozenset("presence patrol".split())

#: Modifiers that make a clash one between civilians, not forces: "a communal clash".
CIVILIAN_CLASH_MODIFIERS = frozenset("communal ethnic tribal clan sectarian student political family".split())

#: Verbs for fighting taking place: "fighting continued in", "launched an offensive in".
HAPPEN_VERBS = frozenset(
    """
    continue break erupt rage escalate spread intensify resume start begin launch wage conduct
    occur flare mount carry stage intensify expand renew be
    """.split()
)

#: Nouns of moving forces: "the evacuation of rebels from Aleppo".
MOVEMENT_NOUNS = frozenset("evacuation withdrawal retreat pullout advance entry infiltration movement return".split())

#: Strikes from afar: a place they hit is not where forces are ("killed in an
#: airstrike by the coalition forces in Mosul").
STRIKE_NOUNS = frozenset("airstrike air-strike strike shelling bombardment bombing barrage sortie".split())

#: Attacks made from afar when a modifier says how: "barrel bomb attacks", "rocket fire".
ATTACK_NOUNS = frozenset("attack raid fire".split())
STRIKE_MODIFIERS = frozenset("air aerial bomb rocket mortar missile drone artillery barrel".split())

#: Verbs of fighting: their place is where forces are.
FIGHT_VERBS = frozenset("fight clash battle skirmish repel repulse".split())

#: Verbs of moving or stationing forces: with irregular fighters too they make
#: a troop position ("militants have entered", "rebels withdrew to").
MOVEMENT_VERBS = frozenset(
    """
    enter advance withdraw retreat cross move march deploy mass gather infiltrate push storm
    pour swing evacuate arrive reach return pull station base position patrol operate fight depart sweep surge
    clash send dispatch rotate regroup redeploy head approach surround besiege hole entrench
    """.split()
)

#: Verbs of going from one place to another: with "from"/"to" (or an object
#: for the entering kind) they make a move the map draws as an arrow.
JOURNEY_VERBS = frozenset(
    """
    move shift relocate transfer redeploy deploy send dispatch withdraw retreat pull advance push
    march pour roll drive sail fly travel go head return come flee evacuate enter cross invade
    leave reach transport ship airlift
    """.split()
)

#: Verbs of carrying goods or people somewhere: "a parrot brought into Lagos from Benin".
BRINGING_VERBS = frozenset("bring import export smuggle carry".split())

#: Verbs whose object is what moves: "sent troops to", "moved its embassy to".
SENDING_VERBS = frozenset("send dispatch deploy redeploy transfer move shift relocate transport ship airlift".split())
#: Verbs that put aircraft somewhere as a force (not goods shipped): "NATO is sending jets to Lithuania".
AIRCRAFT_SENDING_VERBS = frozenset("send dispatch deploy redeploy move relocate".split())

#: Verbs that make what follows someone's claim: "Washington and Kiev say",
#: "US intelligence believes", "what Washington sees as".
CLAIM_VERBS = frozenset(
    """
    say claim allege report believe fear see warn insist assert suspect estimate accuse charge
    think contend maintain argue suggest state tell
    """.split()
)

#: Verbs whose patient is a person harmed, never a place: a name in that slot is
#: somebody's ("Jordan was shot"; "gunmen murdered Okonkwo").
HARM_VERBS = frozenset(
    "kill shoot murder beat wound injure stab execute behead kidnap abduct arrest torture rape assassinate"
    " hang lynch detain".split()
)

#: Losses in combat: fighters killed or wounded somewhere fought there ("rebels were killed
#: in Homs"); not "arrest" or "detain", which police do.
COMBAT_LOSS_VERBS = frozenset("kill wound injure".split())

#: Verbs whose subject is the scene of an event: "Bakhmut saw heavy fighting", "the city has
#: witnessed protests" (not "Russia saw the move as a threat": the object must be an event).
SCENE_VERBS = frozenset("see witness experience".split())
#: What a place is called when an event happens there: "the scene of clashes", "the main
#: focus of the fighting", "the epicentre of the protests".
SCENE_NOUNS = frozenset("scene site focus centre center epicentre epicenter".split())
SCENE_EVENT_NOUNS = frozenset(
    """
    fighting clash battle combat skirmish firefight offensive assault shelling bombardment bombing
    strike airstrike attack protest demonstration riot rally violence unrest explosion
    """.split()
)

#: Bodies that, "in" a place and owned by no one else, are the place's own: "officials in
#: Ohio say", "the health department in Ontario announced" (not diplomats or envoys, who are
#: in a place as foreigners).
LOCAL_BODY_NOUNS = frozenset(
    """
    official authority government administration ministry department council police mayor governor
    spokesman spokeswoman spokesperson leader leadership firefighter judge sheriff coroner board
    policeman policemen detective detectives
    """.split()
)

#: Capitalised words naming a body's field, not another side: "the state's Health Department".
BODY_FIELD_WORDS = frozenset("health fire police public safety transportation education water emergency school".split())

#: A country that receives or shelters displaced people is where they went, no party:
#: "Chad has received 600,000 refugees".
RECEIVING_VERBS = frozenset("receive host shelter absorb take welcome accept house admit".split())
DISPLACED_NOUNS = frozenset("refugee refugees migrant migrants asylum-seeker evacuee evacuees".split())

#: Ground that changes hands: "losing ground in Syria", "gained territory around X".
GROUND_NOUNS = frozenset("ground territory".split())
GROUND_CHANGING_VERBS = frozenset("lose gain regain cede yield claw win".split())

#: Place nouns for a wide unit: a name before one is wider than a town ("Hasakah province",
#: "the Deraa countryside").
WIDE_PLACE_NOUNS = frozenset(
    "province governorate region district county countryside state oblast prefecture territory".split()
)

#: Parts of a place's ground whose seizure puts the place at stake: "seized several villages
#: inside X", "captured a strategic point in X" (not goods or buildings).
TERRITORY_PART_NOUNS = frozenset(
    "point points site sites place places village villages town towns area areas neighborhood neighborhoods"
    " neighbourhood neighbourhoods district districts hill hills hilltop hilltops chunk chunks swathe swathes"
    " part parts territory farms".split()
)

#: A push on a place itself, an attempt to take it: "an assault on the town of X" (an
#: "offensive at X" is fighting there, and an "attack" may be a raid or a bombing).
ASSAULT_NOUNS = frozenset("assault".split())

#: Pushes that are an attempt to take a place when made "on" or "against" it: "an
#: offensive on the towns of X", "the army's attack on X" (but "an offensive at X" is
#: fighting there).
PUSH_ON_NOUNS = frozenset("offensive counteroffensive counter-offensive attack counterattack counter-attack".split())

#: Verbs that cut an old unit up to form a new one: "established by dividing X".
DIVIDING_VERBS = frozenset("divide split partition carve".split())

#: The parts of a unit a new one is made from: "created from parts of A and B counties".
PART_NOUNS = frozenset("part parts portion portions section sections piece pieces".split())

#: Natural disasters and epidemics: a country they hit is where they happened, no party
#: ("an earthquake struck eastern Turkey", "Pakistan was hit by floods").
DISASTER_NOUNS = frozenset(
    """
    earthquake quake tremor aftershock flood flooding storm cyclone hurricane typhoon tornado
    tsunami drought wildfire fire blaze heatwave landslide mudslide avalanche eruption outbreak
    epidemic pandemic virus disease famine
    """.split()
)
#: Verbs of a disaster reaching a place.
DISASTER_VERBS = frozenset("hit strike affect ravage devastate rock shake batter sweep engulf".split())

#: Verbs of strikes reaching a place: "airstrikes pounded southern Lebanon".
POUNDING_VERBS = frozenset("pound hammer pummel target".split())
#: Titles of legislators, whose "of X" names a home state, not whose official they are.
LEGISLATOR_TITLES = frozenset(
    "sen. senator senators rep. representative representatives congressman congresswoman".split()
)

#: Verbs of a relative clause that describe a state without it acting: "Nepal, which
#: borders the region", "Chad, which has 300,000 refugees".
STATIC_RELATIVE_VERBS = frozenset(
    "have border neighbour neighbor include contain cover remain lie stretch span share see host receive".split()
)

#: Verbs that say where a place lies: "villages located 10 km north of X".
LYING_VERBS = frozenset("locate situate lie".split())

#: Sides a place falls to ("Bakhmut fell to Russian forces", "fell to the rebels"), which make its
#: subject a place whatever NER called it.
FALLING_TO_SIDES = frozenset(
    "force forces troop troops army rebel rebels militant militants insurgent insurgents fighter fighters"
    " militia militias".split()
)

#: What people fight that is no armed side: "firefighters battled the blaze", "fighting the virus".
NON_COMBAT_FOES = frozenset(
    "fire blaze flame wildfire inferno disease virus outbreak epidemic cancer flood drought addiction".split()
)

#: Words of armed groups' own names, which make their bearer a fighting side: "the Taliban
#: entered Kabul", "Jaysh Al-Fateh entered X" (Arabic "army", "front", "movement", "brigade"...).
ARMED_GROUP_NAME_WORDS = frozenset(
    """
    taliban hezbollah hizbollah hamas houthis houthi shabab al-shabab isis isil daesh nusra wagner
    jaysh jaish jabhat harakat liwa liwaa kataib faylaq ahrar saraya
    ypg sdf fsa pkk m23 rsf farc qaeda boko
    saa idf
    """.split()  # (with the acronyms of state armies that news names alone: "the SAA", "the IDF")
)

#: Sporting events, whose sides named by countries are teams: "the match between France and Argentina".
SPORTS_EVENT_NOUNS = frozenset("match game final semifinal quarterfinal friendly fixture".split())

#: People at talks: "delegates in Geneva failed to agree", "negotiators in Doha".
NEGOTIATOR_NOUNS = frozenset("delegate delegation negotiator mediator".split())

#: A state's prosecution of someone: "facing charges in Florida", "a warrant in Ohio".
CHARGE_NOUNS = frozenset("charge charges indictment indictments warrant warrants".split())

#: Attacking a place itself with forces on the ground: "rebels attacked the town of X".
ATTACK_VERBS = frozenset("attack assault".split())

#: Adverbs that share out where people come from: "mostly from Egypt", "many from Syria".
PROPORTION_ADVERBS = frozenset("mostly mainly largely chiefly many most some".split())

#: Ships that strike a place from the sea, and the verbs of it: "warships struck targets in Yemen".
WARSHIP_NOUNS = frozenset("warship warships destroyer destroyers frigate frigates cruiser cruisers".split())
BOMBARD_VERBS = frozenset("strike hit bomb bombard shell pound target".split())

#: Devices that kill where they go off: "a roadside bomb in X killed four soldiers".
DEVICE_NOUNS = frozenset("bomb mine landmine ied device explosive".split())

#: Deaths that are no fighting: fighters killed "in an explosion" of their own bomb, "in a crash".
MISHAP_NOUNS = frozenset("explosion blast accident crash mishap".split())

#: Moves a state makes only with its forces: "Ethiopia entered Somalia", "Russia withdrew
#: from Kherson", "Russia advanced on Kyiv".
STATE_MOVEMENT_VERBS = frozenset("enter invade advance withdraw retreat cross".split())

#: Verbs whose object is a place in war news, whatever NER calls it: "troops
#: entered Mariupol", "shelled Kharkiv", "recaptured Kherson".
PLACE_OBJECT_VERBS = frozenset(
    """
    enter reach cross storm surround encircle besiege approach seize capture recapture retake
    liberate occupy annex overrun shell bomb bombard pound strike hit attack raid evacuate cede
    """.split()
)
#: Verbs of a side taking or losing control "of" a place: "claimed full control of X".
CONTROL_TAKING_VERBS = frozenset("take seize claim gain regain lose wrest establish assume".split())

#: Verbs whose object is a place and hardly ever a person or a firm: what is
#: stormed, besieged, retaken or patrolled is a town ("capture", "attack" and
#: "hit" take people too, so they are not here).
PLACE_ONLY_VERBS = frozenset(
    """
    enter storm surround encircle besiege shell bombard overrun occupy annex retake recapture liberate patrol
    retook retaken overran
    """.split()  # (with the irregular past forms the lemmatiser misses, as in SEIZE_VERBS)
)

#: Nouns of a military push whose object ("the assault on X", "the battle for
#: X", "the siege of X") is the place fought over.
PUSH_NOUNS = frozenset("advance assault offensive siege battle push counteroffensive counter-offensive".split())

#: What a push does where it gets: "the offensive reached X", "made gains near X", "stalled outside X".
PUSH_PROGRESS_VERBS = frozenset("make reach gain stall progress advance continue".split())

#: Modifiers that make a push something other than fighting: "a diplomatic offensive".
NON_MILITARY_PUSH_MODIFIERS = frozenset(
    "diplomatic charm media legal political propaganda publicity marketing sales".split()
)

#: What a push is launched to take back when it names no place of its own: "an offensive
#: in the hills to win back the ground lost in May" (the hills are what is fought over).
LOST_GROUND_NOUNS = frozenset("territory ground land area areas it them positions".split())

#: Driving a side out of a place, which takes it: "dislodge ISIS from Al-Bab", "drove the
#: rebels out of X" ("drive", "push", "force" and "flush" only with "out").
DRIVING_OUT_VERBS = frozenset("expel dislodge oust evict drive push force flush chase kick".split())
DRIVING_OUT_NEEDING_OUT = frozenset("drive push force flush chase kick".split())

#: Verbs whose object is where forces go: "attempting to enter the village of X".
PATIENT_MOVEMENT_VERBS = frozenset(
    """
    enter reach cross evacuate storm surround encircle besiege patrol approach target invade depart leave
    abandon raid infiltrate defend
    """.split()
)

#: Verbs by which forces make a place the aim of their push: "troops launched an offensive,
#: targeting the town of X" (an attempt to take it; jets or police targeting it are not forces
#: placed there, so it stays where something happened).
AIM_VERBS = frozenset("target".split())

#: Military places named after the town they are at: "the army posts of Detroit".
MILITARY_SITE_NOUNS = frozenset("base post outpost garrison installation camp barracks airbase".split())
#: Military stores: "a weapons depot", "an ammunition depot" (with a word for arms only; a cache is a stash).
ARMS_STORE_NOUNS = frozenset("depot".split())
ARMS_WORDS = frozenset("weapon weapons arms ammunition munition munitions ammo".split())

#: Military sites and airfields whose capture takes part of the place they are at:
#: "captured the airbase at Tabqa", "an offensive aimed at taking the airport in X".
SEIZED_SITE_NOUNS = (MILITARY_SITE_NOUNS - {"camp"}) | frozenset(
    "airport airfield airstrip fort fortress citadel".split()
)

#: Verbs that say forces went in, whoever the subject is: "the administration invaded Iraq".
INVADE_VERBS = frozenset("invade".split())

#: Words that make an invasion feared or planned, not done: "a new invasion",
#: "the threat of an invasion".
UNREAL_EVENT_ADJECTIVES = frozenset("new possible potential planned imminent feared future looming renewed".split())
UNREAL_EVENT_NOUNS = frozenset("danger threat risk fear plan prospect possibility spectre warning".split())

#: Nouns of forces going into a place: "Iraq's invasion of Kuwait".
INVASION_NOUNS = frozenset("invasion incursion".split())

#: Words that make a "raid" or "operation" policing rather than military.
POLICE_WORDS = frozenset("police policeman policemen security counter-terrorism antiterrorism".split())

#: Words for talks and where they are held.
MEETING_NOUNS = frozenset(
    """
    talk negotiation meeting summit conference discussion consultation negotiator
    delegation dialogue round session ceasefire-talks peace-talks convention forum congress workshop
    symposium seminar colloquium jirga shura
    """.split()
)
MEETING_VERBS = frozenset("meet negotiate convene reconvene host confer".split())

#: Sittings of a body that are "held" somewhere, as a meeting is: "court was held in X",
#: "the trial was held in X", "held an assembly at X" (only with "hold": "the assembly
#: passed a law", "a trial run" are no meetings).
SESSION_NOUNS = frozenset("trial hearing court assembly".split())

#: A court or assembly "in X" or "at X" sits there, as a meeting does: "the General Assembly
#: in Hartford declared", "the Chancery Court at Livingston" (a named one, or one a word
#: makes a body: "a district court", not "a basketball court").
SITTING_BODY_NOUNS = frozenset("court assembly legislature tribunal".split())

#: Bodies whose home is where their sessions sit: "home to the Scottish Parliament".
LEGISLATURE_NOUNS = frozenset("parliament legislature congress senate diet assembly capitol".split())
#: What a body's permanent seat is called: "the headquarters of the African Union".
SEAT_OF_BODY_NOUNS = frozenset("headquarters seat secretariat".split())
#: Words in the names of public bodies that sit somewhere for good (unions of states,
#: courts, assemblies): "the World Health Organization", "the Union for the Mediterranean".
INSTITUTION_WORDS = frozenset(
    """
    union nations organization organisation council commission court tribunal assembly parliament league
    alliance community secretariat congress senate legislature
    """.split()
)
#: A county court sits where its courthouse stands: "the first courthouse was completed in X".
COURTHOUSE_NOUNS = frozenset("courthouse courthouses court-house".split())
#: A body's seat "located", "based" or "situated" in a place.
SEATED_VERBS = frozenset("locate base situate headquarter".split())
#: A place that hosts a body's seat: "Nairobi hosts the headquarters of UNEP".
HOSTING_VERBS = frozenset({"host"})
#: Verbs of a courthouse's standing, being built or moved somewhere: "a courthouse was built,
#: erected, stood in X", "was moved from X to Y", "a courthouse was located in X".
COURTHOUSE_VERBS = frozenset(
    "build erect complete construct establish stand locate open situate use rebuild house move relocate".split()
)
#: "X is the location of the county court house": nouns naming a building's site.
SITE_NOUNS = frozenset("location site home".split())
#: A town that "has", "boasts" or "features" a courthouse is where its court sits.
FEATURING_VERBS = frozenset("have boast feature".split())
#: A law court by its bare word: "a court in Mardan", "its seat for court".
COURT_NOUNS = frozenset("court tribunal jury juror".split())  # (a jury sits where its court does)
#: Courts that are no law court: "a basketball court in Denver".
SPORTS_COURT_WORDS = frozenset("basketball tennis volleyball squash badminton handball food".split())
#: "the Benton County courthouse": a county's own building, in its seat.
COUNTY_WORDS = frozenset("county parish borough".split())
#: Prepositions that give a building's site: "in X", "at X", and a move "from X to Y".
SITE_PREPOSITIONS = frozenset("in at from to".split())
SITTING_BODY_MODIFIERS = frozenset(
    "supreme high district county circuit federal appeals appellate military general national colonial"
    " legislative chancery criminal civil state provincial territorial constituent".split()
)

#: A trial or hearing "in X" sits there, as a meeting does ("a bond hearing in X", "to
#: stand trial in X", "cases were tried in X"); not a clinical or field trial.
COURT_SESSION_NOUNS = frozenset("trial hearing".split())
NON_COURT_TRIAL_WORDS = frozenset(
    "clinical vaccine drug medical human field pilot test phase experimental time free run product".split()
)
STAND_TRIAL_VERBS = frozenset("stand face go await".split())
#: A court's rulings on a person: "was sentenced in X", "convicted in X" (the court sits there).
COURT_RULING_VERBS = frozenset("sentence convict acquit arraign indict".split())
#: Putting in prison: a court's act only when a judge does it ("a judge jailed him at the Old Bailey").
JAILING_VERBS = frozenset("jail imprison".split())
JUDGE_NOUNS = frozenset("judge justice magistrate jury court".split())

#: Verbs of people coming together: with officials as subject, a meeting ("the ministers
#: will gather in Oslo"); with protesters or troops, not.
GATHERING_VERBS = frozenset("gather assemble congregate".split())

#: Verbs whose subject or object, when a meeting, puts the meeting where the verb
#: happens: "talks began at the mission", "held talks in Oslo", "attended a summit".
MEETING_HOLD_VERBS = frozenset(
    """
    hold attend host organise organize convene chair join open begin start resume continue end
    conclude take be move schedule plan set arrange call stage co-host cohost reconvene
    break collapse stall falter fail adjourn proceed
    """.split()  # (talks that broke down or stalled in Geneva were held there)
)

#: Reaching an accord, whose place is where it was negotiated: "reached a deal in Paris". Not a
#: ceasefire or truce, which names where the fighting stops ("reached a ceasefire in Gaza").
ACCORD_REACHING_VERBS = frozenset("reach strike clinch broker hammer".split())
TRUCE_NOUNS = frozenset("ceasefire cease-fire truce armistice".split())

#: Modifiers that make a conference one side talking to reporters, not a meeting.
PRESS_WORDS = frozenset("news press media".split())

#: Nouns naming what a place is for a meeting: "the host of the summit",
#: "location of a conference".
VENUE_NOUNS = frozenset("host venue site location scene seat".split())

#: Places that "meeting" makes a venue: "the meeting place of the assembly", "a meeting hall".
MEETING_PLACE_NOUNS = frozenset("place site point hall house ground grounds spot room".split())

#: Agreements named after where they were made: "the Khasavyurt agreement".
ACCORD_NOUNS = frozenset(
    """
    agreement accord treaty protocol ceasefire truce memorandum declaration convention communique format
    deal pact
    """.split()
)

#: Verbs of talking that, with a named person, make a meeting between people:
#: "will speak to Lavrov in New York", "talked with Merkel in Berlin".
CONVERSE_VERBS = frozenset("speak talk confer".split())

#: Verbs of a purpose that makes a trip a meeting: "flew to Doha to attend talks",
#: "dispatched his foreign minister to Khartoum to discuss the crisis".
MEETING_PURPOSE_VERBS = frozenset("meet negotiate attend discuss confer sign join hold".split())

#: Verbs of sending someone: with a purpose clause their destination is a venue too.
ENVOY_VERBS = frozenset("send dispatch".split())

#: Verbs of making an accord where the parties meet: "signed an agreement in Barbados".
ACCORD_SIGNING_VERBS = frozenset("sign conclude seal ink".split())

#: People who speak for a state "from" it: "envoys from Washington, Seoul and Tokyo".
ENVOY_NOUNS = frozenset(
    "envoy diplomat delegation delegate negotiator official minister ambassador representative observer monitor"
    " inspector mediator".split()
)

#: Nouns of war that place fighting in a town, province, region or country, not in a
#: region across countries: "the brutal conflict in Aleppo", "the conflict in Darfur",
#: but "the conflict in the Middle East" is a war's name more than a front.
LOCAL_WAR_NOUNS = frozenset("conflict".split())

#: Verbs of handing territory over: "Spain ceded Guam to the United States",
#: "the island was returned to Japan", "Alaska was purchased from Russia".  Besides "cede",
#: they make a dispute only with a state on the other end ("returned to Egypt"; a
#: traveller "returned to Cairo" hands nothing over) or an accord that does it
#: ("purchased under the treaty").
CEDE_VERBS = frozenset("cede return hand transfer sell give restore surrender purchase buy exchange swap".split())
#: States trading land between them: "Britain and Germany agreed to exchange Heligoland for Zanzibar".
SWAP_VERBS = frozenset("exchange swap".split())

#: Verbs that join land to a place or a state, whose receiving side is a party: "the
#: villages were added to Marion County", "the town voted to annex to Logan".
JOIN_TO_VERBS = CEDE_VERBS | frozenset("add annex attach".split())
#: Verbs of taking land "into" a state: "was incorporated into China".
INCORPORATING_VERBS = frozenset("incorporate integrate absorb".split())

#: Nouns for land handed over: "ceded its lands to the Crown".
LAND_NOUNS = frozenset("land lands township townships parish parishes farmland portion section territory".split())

#: Authority a place is placed under: "under the jurisdiction of Kent County".
JURISDICTION_NOUNS = frozenset("jurisdiction administration authority".split())

#: Whose hands a place is in: "passed into Russian hands", "under British rule".
HOLDING_NOUNS = frozenset("hand hands rule control sovereignty possession".split())

#: Capitalised names of gatherings called after where they met: "the Peace of
#: Westphalia", "the Congress of Vienna", "the Council of Trent".
NAMED_FOR_VENUE_NOUNS = frozenset("peace congress council conference summit convention".split())

#: Verbs of going somewhere: their destination is a venue only when the
#: sentence says why ("flew to Murmansk to meet officials").
TRAVEL_VERBS = frozenset("fly travel go come head arrive visit return journey".split())
#: Verbs whose "to" names only where people or a disease went: "Russians who emigrated to
#: France", "the outbreak is likely to spread to Chad" (no party).
REACHING_VERBS = frozenset("emigrate immigrate migrate spread".split())

#: Verbs sending people out of a country: where they are sent is their destination,
#: no party ("deported to Nigeria").
REMOVAL_VERBS = frozenset("deport extradite repatriate expel send".split())

#: People named by where they are from or live: "a native of Honduras" (origin, not a party).
ORIGIN_NOUNS = frozenset("native resident citizen inhabitant".split())

#: Ordinary people, whom "from X" only says where they come from: "a young man from Kobane".
PERSON_NOUNS = frozenset("man men woman women boy girl child children teenager youth person".split())

#: People a report comes from: a place they are in locates them, not the event
#: ("according to an officer in the X province").
SOURCE_NOUNS = frozenset(
    """
    source resident witness activist correspondent reporter analyst scholar expert monitor
    journalist commentator spokesman spokeswoman spokesperson eyewitness observer
    """.split()
)

#: Prepositions that place a thing somewhere.
LOCATIVE_PREPOSITIONS = frozenset("in at near along inside into on across to within outside around".split())

#: Adverbs that open a phrase narrowing what the clause already named: "shelled the
#: rebel-held districts, especially in the old city" (the old city is one of them).
NARROWING_ADVERBS = frozenset("especially particularly notably mainly mostly chiefly primarily largely".split())

#: Further prepositions that place forces: "moved over the Ohio River",
#: "entered Syria from Turkey", "advance toward Qardaha", "sailed up the Nile".
FORCE_PREPOSITIONS = frozenset(
    "from over through via toward towards between past beyond behind off throughout up down".split()
)

#: Prepositions after which a place only locates another place: "a valley near
#: Damascus", "villages in the Homs province".
REFERENCE_PREPOSITIONS = frozenset("in near outside off beyond between around within inside on along".split())
#: Of those, the ones that put a thing beside a place, not inside it: "an army camp near X".
NEAR_PREPOSITIONS = frozenset("near outside around beyond off".split())

#: Parts of a place: with a name of their own, the place "of" which they are
#: a part only contains them ("the East Ghouta region of rural Damascus").
REGION_PART_NOUNS = frozenset(
    """
    region area countryside part outskirts heart centre center plateau coast district neighbourhood
    neighborhood quarter
    """.split()
)

#: Region parts whose modifier is always their name, never their container: "the
#: Donbas region of Luhansk" is the region called Donbas, around Luhansk.
NAMED_REGION_NOUNS = frozenset("region area".split())

#: Kinds of place that a reference point locates: "a town near X", "a camp in X".
SETTLEMENT_NOUNS = frozenset(
    """
    city town village capital province region district county suburb neighbourhood neighborhood
    port island valley hamlet municipality governorate oblast prefecture enclave settlement
    locality camp
    """.split()
)

#: Prepositions a meeting place takes: "talks in Geneva", "move to Brussels".
MEETING_PREPOSITIONS = frozenset("in at to inside".split())

#: A place's voters, who decide for it at the polls: "Kanawha County voters approved".
ELECTORATE_NOUNS = frozenset("voter electorate".split())
#: What voters decide.
BALLOT_VERBS = frozenset(
    "approve reject pass elect vote choose back defeat endorse ratify oust re-elect decide".split()
)

#: People held by force: militias "held 250 hostages in X".
HOSTAGE_NOUNS = frozenset("hostage captive".split())
#: What only armies do, said of a people: "the Americans landed in Asan", "the Germans marched".
ARMY_VERBS = frozenset("land invade storm march advance retreat besiege occupy garrison".split())

#: Verbs whose infinitive happened: "managed to capture points", unlike "an attack to capture".
SUCCEEDING_VERBS = frozenset("manage succeed".split())

#: Counts of an outbreak's or a disaster's toll, which a place "has" without acting.
CASE_COUNT_NOUNS = frozenset("case infection death fatality casualty rate incidence toll".split())

#: Military ranks before a commander's name: "Major General Loring".
MILITARY_RANKS = frozenset("general colonel lieutenant brigadier marshal admiral commander".split())

#: Armed attackers the news does not call a fighting side: their raids are crimes or
#: massacres (third set), not attempts to take a place.
GUNMEN_NOUNS = frozenset("gunman gunmen assailant assailants attacker attackers bandit bandits robber".split())

#: Businesses, which a country only contains: "China's largest meat processor".
FIRM_NOUNS = frozenset(
    "company firm bank lender insurer carrier airline producer processor maker manufacturer retailer"
    " exporter importer automaker carmaker brewer miner".split()
)

#: Prepositions after which a country is where something is, not a party:
#: "cases of flu in Iraq", "refugees into Turkey".
CONTAINER_PREPOSITIONS = frozenset("in inside within throughout across into at around near outside off along".split())

#: Nouns naming a border: "near the border with Ukraine".
BORDER_NOUNS = frozenset("border frontier boundary border-crossing".split())

#: Nouns for a kind of place: a name modifying one with another name of its
#: own is only its container ("the West Bank city of Nablus", "Kazakhstan's
#: capital, Astana"); a name "of" one is that place ("the town of Gori").
PLACE_NOUNS = frozenset(
    """
    city town village capital province region district county territory countryside suburb
    outskirts neighbourhood neighborhood port island peninsula valley coast hamlet municipality
    governorate oblast prefecture enclave settlement locality hometown area part heart centre center
    plateau mountain mountaintop hill hilltop heights ridge river camp state republic country kingdom emirate
    stronghold bastion zone pocket resort corridor
    """.split()
)

#: Words for talking from afar: "spoke with Putin by phone", "in a video call" is no meeting.
REMOTE_TALK_WORDS = frozenset("phone telephone video call videoconference teleconference videolink link".split())

#: Nouns for a whole polity: "the State of Israel", "the Kingdom of Morocco" name the
#: polity itself, not a part of it.
POLITY_NOUNS = frozenset("state republic country kingdom emirate nation sultanate principality".split())

#: Lands a state holds or held as its own: "a Portuguese colony", "a former Soviet
#: republic", "the French overseas territory" name the holder, not a nationality.
HELD_LAND_NOUNS = frozenset("colony possession protectorate dependency mandate dominion".split())
#: Words that make a province, territory or republic a state's holding: "a former
#: Portuguese province", "a British overseas territory".
HOLDING_MODIFIERS = frozenset("former overseas colonial".split())
#: Units of land a state can hold as a province or territory of its own.
HELD_UNIT_NOUNS = frozenset("province territory republic region enclave exclave".split())

#: Nouns "of" which a place is a part, keeping its role: "large parts of
#: northern Latakia", "the western countryside of Mosul".
PARTITIVE_NOUNS = PLACE_NOUNS | frozenset(
    """
    much most rest half north south east west edge portion section sector pocket perimeter flank entrance
    vicinity environs periphery axis front outskirt slope foothill bank shore corridor beach
    """.split()
)

#: Amounts and parts of a place that carry its role as "much" and "most" do: "China claims
#: almost all of the South China Sea", "controls 80 percent of Western Sahara", "holds large
#: swathes of Somalia", "columns rolled through the streets of Khartoum".  (Kept apart from
#: PARTITIVE_NOUNS, which also names sites for the event scorer.)
QUANTITY_PARTITIVES = frozenset("all percent swathe swath majority bulk third quarter chunk sliver street".split())

#: Stretches of a place that forces patrol or cross, whose own words are the place's:
#: "moved through Garissa's streets", "a frigate deployed along Yemen's coastline", "NATO
#: jets patrolled Serbia's airspace".  Matched by form ("waters", not a country's drinking "water").
STRETCH_NOUNS = frozenset("street streets sky skies airspace waters seawaters coastline coastlines".split())

#: Adjectives of the compass: "northern Syria".
COMPASS_ADJECTIVES = frozenset(
    """
    northern southern eastern western central northeastern northwestern southeastern southwestern
    north-eastern north-western south-eastern south-western
    """.split()
)

#: Units of distance: "within a few kilometres of X" is near it.
DISTANCE_NOUNS = frozenset("km kilometre kilometer mile metre meter yard".split())

#: Words for points of the compass: "30 km north of Mogadishu" locates by reference.
DIRECTION_NOUNS = frozenset(
    "north south east west northeast northwest southeast southwest northward southward".split()
)

#: Relations between parties: a place "with", "between" or "against" one is a party.
RELATION_NOUNS = frozenset(
    """
    talk negotiation relation relationship tie contact dispute misunderstanding disagreement
    agreement treaty deal accord rapprochement alliance conflict tension cooperation partnership
    peace ceasefire truce dialogue war feud rivalry row standoff confrontation deal pact
    summit meeting discussion reconciliation normalization normalisation trade admission accession membership
    """.split()
)
RELATION_VERBS = frozenset(
    "negotiate talk sign agree cooperate ally side trade reconcile normalize normalise meet".split()
)

#: Verbs by which states settle a border between them: "the border was demarcated in 1906".
BORDER_SETTLING_VERBS = frozenset("agree demarcate delimit delineate negotiate settle fix define draw".split())

#: What one government brings to bear on another: "pressure on Hanoi", "aid to Kyiv".
PRESSURE_NOUNS = frozenset(
    "pressure aid assistance support threat ultimatum message letter warning demand offer proposal sanction"
    " influence".split()
)

#: Taking territory: "Russia seized the Crimea peninsula"; a siege is an attempt to take it.
SEIZE_VERBS = frozenset(
    """
    seize annex occupy capture grab conquer take-over recapture retake liberate recover reclaim
    overrun cede control storm
    retook retaken overran besiege regain free
    """.split()  # (the irregular past forms the lemmatiser misses: "retook")
)
#: Verbs that say an act did not or may not happen: "denied firing shots in X",
#: "prohibited forces from entering X", "refused to enter X".
DENIAL_VERBS = frozenset("deny prohibit bar ban forbid prevent refuse".split())

#: Verbs of forces leaving a place: refused or barred, they are still there ("refused to
#: leave X").
WITHDRAWAL_VERBS = frozenset("withdraw retreat leave pull evacuate abandon".split())

#: Verbs by which a new county or town is made out of others' land: "formed from X".
FORMING_VERBS = frozenset("form create incorporate establish organize organise carve erect partition".split())

#: Peoples who live on a land: "a valley occupied by farming tribes", "settlers occupied
#: the plain" say who lived there, not who seized it.
INHABITANT_NOUNS = frozenset(
    "people peoples tribe tribes inhabitant settler native aboriginal aborigine nomad resident family colonist"
    .split()
)

#: Adverbs of dwelling over time: "first occupied around 900 AD", "long occupied".
DWELLING_ADVERBS = frozenset("originally traditionally continuously long first once previously historically".split())

#: Verbs that put a place's control in question: "Kashmir is contested by India and Pakistan".
CONTEST_VERBS = frozenset("contest dispute".split())

#: Verbs that declare or keep a place in a state: "Mosul was declared liberated", "remained occupied".
DECLARE_VERBS = frozenset("declare pronounce proclaim consider deem remain stay keep leave".split())

#: Nouns for the territory a side takes, loses or holds: "lost its last territory in Baghouz".
TERRITORY_NOUNS = frozenset("territory".split())

#: Forces named by what they are sent to do: "reinforcements were flown to Kabul".
REINFORCEMENT_NOUNS = frozenset("reinforcement".split())

#: Verbs that, in the passive, say an event took place: "fighting was reported in".
REPORTED_VERBS = frozenset("report record observe".split())

#: Military service somewhere: "served two tours in Iraq", "did a tour of duty in
#: Vietnam", "served in Germany with the Army".  A tour or stint counts only as what
#: one serves or does, or "of duty" ("the band's tour in Japan" is no service).
SERVICE_VERBS = frozenset("serve".split())
TOUR_VERBS = frozenset("serve do complete spend".split())
TOUR_NOUNS = frozenset("tour stint".split())

#: Relief work forces do after a disaster, not as forces: "set up field hospitals",
#: "delivered aid", "opened armories as warming stations".
RELIEF_NOUNS = frozenset("hospital clinic aid relief shelter rescue evacuation supplies food tent warming".split())

#: Purposes that make forces' dispatch relief work: "deployed troops to rescue villagers",
#: "to distribute food", "to evacuate residents" (not "to evacuate the town": a withdrawal).
RESCUE_VERBS = frozenset("rescue airlift".split())
RELIEF_DELIVERY_VERBS = frozenset("distribute deliver evacuate".split())
STRANDED_PEOPLE_NOUNS = frozenset("residents villagers people families victims survivors civilians".split())

#: Forces off duty are not a position: "soldiers on leave".
OFF_DUTY_NOUNS = frozenset("leave holiday vacation furlough".split())

#: Modifiers saying soldiers are no longer serving, or are held captive: "retired soldiers
#: rallied in Bogota", "beheaded 21 captured soldiers in X" (where captives are, not forces).
OUT_OF_SERVICE_MODIFIERS = frozenset(
    "retired former ex ex- off-duty demobilised demobilized discharged captured kidnapped abducted captive".split()
)

#: Ceremonies and private occasions: forces at one are not a military position
#: ("soldiers held a parade in Islamabad", "marched in a military parade in Warsaw").
CEREMONY_NOUNS = frozenset(
    "parade ceremony wedding funeral festival celebration commemoration memorial reunion concert procession".split()
)

#: Private life: a soldier doing these is a person, not a position ("a soldier married his
#: fiancee in Cork", "soldiers shopped at a market", "the Marine, who grew up in Rome").
PRIVATE_LIFE_VERBS = frozenset(
    "marry wed shop holiday vacation honeymoon celebrate bury grow raise bear graduate".split()
)

#: Kin and friends: a soldier visiting them is on private business ("visited his family in Multan").
KIN_NOUNS = frozenset(
    "family relative wife husband parent mother father son daughter child children fiancee fiance friend".split()
)

#: Ways between places, which connect or link them: "a railway connecting Kenya and Uganda".
WAY_NOUNS = frozenset(
    """
    road highway motorway freeway railway railroad rail line bridge pipeline tunnel route flight ferry
    corridor cable canal link crossing interchange intersection service
    """.split()
)

#: Waters that meet or run somewhere: "where the two rivers meet".
WATER_WAY_NOUNS = frozenset("river stream creek tributary fork".split())

#: Verbs for what a way does between places.
LINK_VERBS = frozenset("connect link join serve".split())

#: What fighters hold on the ground: "rebels took up positions around Aleppo".
POSITION_NOUNS = frozenset("position positions foothold trench trenches defence defense".split())

#: Nouns for a side named by a people-word or a name: "the jihadist group's positions".
SIDE_GROUP_NOUNS = frozenset("group groups movement faction factions organisation organization".split())

#: Where forces hold ground, which a direction phrase places: "their lines south of Kirkuk",
#: "a base 20 km north of Gao" (a town south of X is only located by it).
FORCE_SITE_NOUNS = POSITION_NOUNS | frozenset("line front base post outpost garrison camp checkpoint".split())

#: What strikes hit of a side's: "jets struck Kurdish sites in Syria", "attacking Islamic
#: State targets in Iraq", "command centers for the Front in Aqrab" (fifth set: the side is there).
SIDE_SITE_NOUNS = frozenset("site target location hideout camp headquarters center centre".split())

#: A side's hold on a place: "the militants' grip on Mosul".
GRIP_NOUNS = frozenset("grip hold stranglehold".split())

SEIZE_NOUNS = frozenset(
    "annexation occupation seizure capture recapture liberation takeover fall cession return handover siege"
    " conquest".split()
)
#: Takings whose "by" names the taker, a party: "annexation by Los Angeles", "its
#: capture by Ethiopia" (not "fall" or "return": "the fall of X by night").
TAKING_NOUNS = frozenset("annexation occupation seizure capture recapture takeover conquest invasion".split())
DISPUTE_ADJECTIVES = frozenset(
    """
    disputed contested occupied annexed breakaway separatist rebel-held secessionist
    self-declared self-proclaimed held controlled captured recaptured liberated seized besieged
    """.split()
)

#: Fighters for a region's secession: the region they are in is a separatist one
#: ("separatists in Chechnya").
SEPARATIST_NOUNS = frozenset("separatist secessionist".split())

#: Quarrels over territory: "the dispute over Crimea".
DISPUTE_NOUNS = frozenset("dispute conflict row standoff struggle battle fight war claim feud quarrel".split())

#: Battles whose object "for" is the place fought over: "the fight for Sharqat".
BATTLE_NOUNS = frozenset("battle fight struggle offensive push race".split())

#: Capitalised names of events called after a place: "the Battle of Mora", "the Siege of
#: Leningrad", "the Raid on Deerfield" (names of events are ``other``).
NAMED_EVENT_NOUNS = frozenset("battle siege war revolt rebellion uprising raid massacre campaign expedition".split())

#: Wars named by a people-word: "the Syrian conflict" names a war, not a party.
WAR_NOUNS = frozenset("war conflict crisis revolution uprising insurgency civil-war".split())

#: Posts named for what they deal with: "the UN envoy for Syria", "the rapporteur on Iran".
PORTFOLIO_TITLES = frozenset("envoy coordinator commissioner rapporteur czar tsar".split())

#: Prepositions naming what talks or words are about: "talks on Syria".
TOPIC_PREPOSITIONS = frozenset("on about regarding concerning".split())

#: Verbs whose object is what talks are about: "the ministers discussed Ukraine".
DISCUSSION_VERBS = frozenset("discuss debate".split())

#: Verbs saying what talks or words are about: "a meeting expected to focus on Ukraine".
FOCUS_VERBS = frozenset("focus center centre concentrate dwell".split())

#: Events that a place, after "in", only locates inside a topic: "talks on the crisis in Haiti".
SITUATION_NOUNS = frozenset("crisis situation violence unrest".split())

#: Upheavals a meeting may be about, whose place is theirs, not the meeting's: "a summit
#: with the coups in Niger and Gabon on its agenda", "talks to end the war in Sudan".
UPHEAVAL_NOUNS = frozenset("coup war conflict uprising insurgency famine".split())
SPEECH_NOUNS = frozenset(
    "statement resolution report debate question issue speech remark comment article book question briefing".split()
)

#: A meeting or fighting named beside the place, in the same clause: "speaking
#: in Athens at the monthly meeting", "killed in Homs during fighting".
MEETING_SIBLING_PREPOSITIONS = frozenset("at during for".split())
FORCE_SIBLING_PREPOSITIONS = frozenset("during amid in".split())

#: Words counting people: "many Syrians", "most Americans" are people, not the state.
PEOPLE_QUANTIFIERS = frozenset("many most some few several all thousands hundreds millions dozens".split())

#: Participles whose hyphenated first part names a side: "Indian-controlled
#: Kashmir", "Russian-backed separatists".
SIDE_PARTICIPLES = frozenset(
    "controlled held backed led occupied administered sponsored supported funded armed supplied trained financed"
    " ruled governed".split()
)

#: Verbs of a land gaining its independence (the fifth set: sovereignty changing hands).
GAINING_VERBS = frozenset("gain win achieve obtain regain attain declare proclaim".split())

#: Public services whose units are named "<place> <service> <unit>": "an Albany police SWAT team".
SERVICE_MODIFIERS = frozenset("police sheriff fire intelligence emergency government board council".split())
#: A service's crews, units of the place that sends them: "fire crews from North Kansas City".
SERVICE_UNIT_NOUNS = frozenset("crew team unit".split())
#: Heads of a public field, the place's officers: "director of environmental health for X".
DIRECTOR_NOUNS = frozenset("director".split())
#: A service's building, which only places what is near it: "close to Cowley police station".
SERVICE_BUILDINGS = frozenset("station stations firehouse precinct room rooms".split())

#: Verbs of supplying a state with arms or money: "supplying drones to Moscow".
SUPPLY_VERBS = frozenset("supply sell deliver provide give ship export transfer".split())

#: Money a government receives: "Ohio received a federal grant".
FUNDS_NOUNS = frozenset("money funding funds grant grants aid loan loans subsidy subsidies".split())

#: Modifiers that make an assault a crime: "sexual assaults on women in X".
CRIME_MODIFIERS = frozenset("sexual aggravated indecent domestic home".split())

#: Participles after a place that say where a thing was made: "a U.S.-made tank".
MAKING_PARTICIPLES = frozenset("made manufactured built produced designed".split())

#: Journeys whose end is where someone went, no party: "their trip to Peru".
TRIP_NOUNS = frozenset("trip journey voyage holiday vacation excursion".split())

#: A place one side holds as its base, where its forces are: "the rebel stronghold of Kinsibba".
STRONGHOLD_NOUNS = frozenset("stronghold bastion redoubt".split())

#: Nouns for control over territory: "seized control of Azaz", "extend its
#: control to the West Bank", "seized power in the Gaza Strip".
CONTROL_NOUNS = frozenset("control power rule grip sovereignty ownership".split())
CONTROL_VERBS = frozenset("take gain extend regain wrest lose establish assume consolidate".split())

#: The status of a territory at stake: "autonomy for South Ossetia".
STATUS_NOUNS = frozenset("autonomy independence sovereignty status self-rule self-determination secession".split())

#: Diseases and viruses named after the place they were found, which news
#: uses bare for the disease: "died of Ebola", "imported Marburg", "Zika cases".
EPONYMOUS_DISEASES = frozenset(
    {"ebola", "marburg", "zika", "lassa", "nipah", "hendra", "reston", "norwalk", "lyme", "west nile",
     "hantaan", "coxsackie", "bundibugyo", "tai forest", "sudan virus", "rift valley", "powassan"}
)

#: News agencies named like places ("Xinhua" is also a town): a byline, not a place.
NEWS_AGENCIES = frozenset(
    {"xinhua", "reuters", "interfax", "tass", "itar-tass", "ria novosti", "yonhap", "kyodo", "anadolu",
     "bernama", "antara", "wafa", "irna", "ap", "afp", "upi", "efe", "ansa", "dpa", "pti"}
)


#: Arabic words for a landform or a settlement that begin place names ("Jabal"
#: mountain, "Tal" hill, "Kafr" village, "Deir" monastery, "Wadi" valley, "Jisr"
#: bridge, ...), in the spellings news uses.
ARABIC_PLACE_WORDS = frozenset(
    """
    jabal jebel jabel tal tell tall tel kafr kfar deir dayr wadi khirbet khirbat khirbit jisr nahr marj
    qasr beit bayt ain
    """.split()
)

#: Such words that are also people's names or titles ("Ayn Rand", Ethiopia's "Ras",
#: "Bani" of a tribe): a place only with the Arabic article or a unit word to say so.
ARABIC_PLACE_WORDS_ALSO_NAMES = frozenset("ayn ras bir umm bab bani".split())

#: The Arabic article glued to a name by a hyphen, as news writes it: "al-", "Al-", "el-", "ash-".
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-", re.IGNORECASE)

#: "W.Va.", "Calif.", "D.C.", "S.C.": abbreviations that name states, never towns called "Kan".
STATE_ABBREVIATION = re.compile(r"^(?:[A-Z][a-z]{0,4}\.){1,3}$")

#: A US politician's party and state: "James Clyburn, D-S.C.," "(R-Texas)".
PARTY_STATE = re.compile(r"(?<![\w-])[DRI]-((?:[A-Z][a-z]{0,4}\.){1,3}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,);])")

_NUMBER_WORDS = {
    "one": 1, "couple": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
#: Words that multiply what came before them ("two hundred", "a dozen").
_MULTIPLIERS = {"dozen": 12, "hundred": 100}
#: Words that close a group ("two thousand", "1.5 million").
_SCALES = {"thousand": 1_000, "million": 1_000_000, "k": 1_000, "m": 1_000_000}
_DIGITS = re.compile(r"\d{1,3}(?:[,\u202f\u00a0 ]\d{3})+|\d+(?:\.\d+)?")

#: Plurals of a magnitude, as ``(low, high)``: the plural means at least two of
#: it, and the writer would have used the next word up beyond the high end
#: ("dozens" stops short of "hundreds", "thousands" of "tens of thousands").
VAGUE_MAGNITUDES = {
    "tens": (20, 99),
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "millions": (2_000_000, 9_999_999),
}
#: Small vague multiples, as ``(low, high)``: "several hundred", "a few tanks".
VAGUE_MULTIPLES = {"several": (3, 9), "few": (2, 5), "handful": (2, 5)}
#: Words that scale a vague quantity before them: "tens of thousands".
_VAGUE_SCALES = {
    "dozen": 12, "dozens": 12, "hundred": 100, "hundreds": 100, "thousand": 1_000, "thousands": 1_000,
    "million": 1_000_000, "millions": 1_000_000,
}
#: "between 3,000 and 5,000", "from two to three".
_BETWEEN = re.compile(r"\b(?:between|from)\s+(?P<low>.+?)\s+(?:and|to)\s+(?P<high>.+)")
#: "3,000-5,000", "3,000 – 5,000" (digits only: "twenty-five" is one number).
_DIGIT_RANGE = re.compile(r"(?P<low>\d[\d,.\u202f\u00a0 ]*?)\s*[-\u2013\u2014]\s*(?P<high>\d.*)")
#: "3,000 to 5,000", "two or three".
_WORD_RANGE = re.compile(r"(?P<low>.+?)\s+(?:to|or)\s+(?P<high>.+)")


def parse_strength(phrase: str) -> int | tuple[int, int] | None:
    """A force's size as one figure or a ``(low, high)`` range, or None.

    Conventions (a map needs a number; these say which, and why):

    - A figure with a hedge keeps the figure: "nearly", "some", "about", "more
      than", "at least", "up to 10,000" all give the int (the map writes "~";
      the hedge is in the quoted text).
    - A stated range is the range: "between 3,000 and 5,000", "3,000-5,000",
      "3 to 5 thousand" (the scale is shared), "two or three" -> (2, 3).
    - A plural magnitude means at least two of it and less than the next word
      up: "dozens" (24, 99), "scores" (40, 99), "hundreds" (200, 999),
      "thousands" (2,000, 9,999), "millions" (2,000,000, 9,999,999), "tens"
      (20, 99).  "X of Y" scales the range by Y: "tens of thousands" is
      (20,000, 99,999), "hundreds of thousands" (200,000, 999,999).
    - Small vague multiples: "several" (3, 9), "a few" and "a handful" (2, 5),
      scaled the same way: "several hundred" (300, 999), "a few thousand"
      (2,000, 5,999); alone they count units: "several battalions" (3, 9).
    - "many", "some" or "large numbers" alone give no count (None).
    """
    text = _normalise(phrase)
    if not text:
        return None
    found = _range(text)
    if found is not None:
        return found
    if not any(ch.isdigit() for ch in text):
        vague = _vague(text)
        if vague is not None:
            return vague
    return parse_count(text)


def parse_count(phrase: str) -> int | None:
    """The one number in a force-size phrase: "Nearly 100,000" -> 100000.

    Handles grouped digits, decimals with a scale ("1.5 million"), and number
    words ("two thousand", "a dozen").  Vague quantities ("thousands of") give
    None here; ``parse_strength`` reads them as ranges.
    """
    value = _value(_normalise(phrase))
    return int(value) if value is not None else None


def _normalise(phrase: str) -> str:
    return " ".join(phrase.lower().replace("\u2013", "-").replace("\u2014", "-").split())


def _value(text: str) -> float | None:
    text = text.replace("-", " ")
    if not text:
        return None
    match = _DIGITS.search(text)
    if match:
        value = float(re.sub(r"[,\u202f\u00a0 ]", "", match.group(0)))
        rest = text[match.end():].split()
        if rest and rest[0] in _SCALES:
            value *= _SCALES[rest[0]]
        return value
    total = current = 0
    seen = False
    for word in text.split():
        if word in ("a", "an"):
            current = current or 1
        elif word in _NUMBER_WORDS:
            current = (0 if current == 1 and not seen else current) + _NUMBER_WORDS[word]
            seen = True
        elif word in _MULTIPLIERS and current:
            current *= _MULTIPLIERS[word]
            seen = True
        elif word in _SCALES and current:
            total += current * _SCALES[word]
            current = 0
            seen = True
    value = total + current
    return float(value) if seen and value > 0 else None


def _range(text: str) -> tuple[int, int] | None:
    """A stated range, when both ends read as numbers and rise."""
    for pattern, search in ((_BETWEEN, True), (_DIGIT_RANGE, True), (_WORD_RANGE, False)):
        match = pattern.search(text) if search else pattern.fullmatch(text)
        if match is None:
            continue
        low, high = _value(match.group("low")), _value(match.group("high"))
        if low is None or high is None:
            continue
        scale = _scale(match.group("high"))
        if scale and not _scale(match.group("low")) and low * scale <= high:
            low *= scale  # "3 to 5 thousand": the scale is said once for both
        if low < high:
            return (int(low), int(high))
    return None


def _scale(text: str) -> int | None:
    words = text.replace("-", " ").split()
    return next((_SCALES.get(w) or _MULTIPLIERS.get(w) for w in words if w in _SCALES or w in _MULTIPLIERS), None)


def _vague(text: str) -> tuple[int, int] | None:
    """A vague quantity: "tens of thousands", "several hundred", "dozens"."""
    found: tuple[int, int] | None = None
    for word in text.replace("-", " ").split():
        if found is None:
            found = VAGUE_MAGNITUDES.get(word) or VAGUE_MULTIPLES.get(word)
        elif word in _VAGUE_SCALES:
            scale = _VAGUE_SCALES[word]
            found = (found[0] * scale, (found[1] + 1) * scale - 1)
    return found
