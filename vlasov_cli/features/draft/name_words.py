"""The small word lists the name finder reads a text by: titles, words for what a person is, words
that head the name of an organisation, a unit, a place, a document, an award or an event, and
words that point at a place. All lower case except the titles, which are matched as written."""

from __future__ import annotations

# Titles and ranks written before a name, longest first where one begins another.
TITLES = (
    "Field Marshal",
    "Major General",
    "Lieutenant General",
    "Brigadier General",
    "Lieutenant Colonel",
    "Rear Admiral",
    "Vice Admiral",
    "Prime Minister",
    "Chief Justice",
    "Lt. Gen.",
    "Maj. Gen.",
    "Brig. Gen.",
    "Lt. Col.",
    "Lt. Cmdr.",
    "Gen.",
    "Col.",
    "Maj.",
    "Capt.",
    "Lt.",
    "Sgt.",
    "Adm.",
    "Cpl.",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Prof.",
    "Rev.",
    "Gov.",
    "Sen.",
    "Pres.",
    "General",
    "Colonel",
    "Captain",
    "Major",
    "Lieutenant",
    "Sergeant",
    "Corporal",
    "Private",
    "Admiral",
    "Commodore",
    "Commander",
    "Marshal",
    "Brigadier",
    "Doctor",
    "Professor",
    "Miss",
    "Madame",
    "Monsieur",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Count",
    "Marquis",
    "Marquess",
    "Marchioness",
    "Earl",
    "Viscount",
    "Vicomte",
    "Comte",
    "Comtesse",
    "Graf",
    "Herr",
    "Frau",
    "Señor",
    "Señora",
    "Countess",
    "Baron",
    "Baronet",
    "Baroness",
    "Duke",
    "Duchess",
    "Prince",
    "Dauphin",
    "Elector",
    "Princess",
    "Archduke",
    "Archduchess",
    "Consort",
    "King",
    "Queen",
    "Emperor",
    "Empress",
    "Tsar",
    "Czar",
    "Sultan",
    "Shah",
    "Pope",
    "Bishop",
    "Archbishop",
    "Cardinal",
    "Archdeacon",
    "Abbot",
    "Abbess",
    "Prior",
    "Prioress",
    "Friar",
    "Deacon",
    "Father",
    "Brother",
    "Sister",
    "Saint",
    "President",
    "Chancellor",
    "Senator",
    "Governor",
    "Consul",
    "Judge",
    "Mayor",
    "Ambassador",
    "Minister",
    "Secretary",
    "Chairman",
    "Chief",
    "Premier",
    "Commissioner",
    "Inspector",
    "Superintendent",
    "Constable",
    "Detective",
    "Reverend",
    "Councillor",
    "Councilor",
    "Alderman",
    "Magistrate",
    "Provost",
    "Dean",
    "Rabbi",
    "Imam",
    "Sheikh",
    "Khan",
    "Emir",
    "Rajah",
    "Maharaja",
    "Maharani",
    "Raja",
    "Rani",
    "Lokmanya",
    "Mahatma",
    "Lala",
    "Pandit",
    "Swami",
    "Munshi",
    "Babu",
    "Seth",
    "Nawab",
    "Sardar",
    "Shri",
    "Sri",
    "Sh.",
    "Sidi",
    "Smt.",
    "Shrimati",
    "Begum",
    "Lalla",
    "Mullah",
    "Ayatollah",
    "Dey",
    "Pasha",
    "Bey",
    "Bashaw",
    "Hajji",
    "Haji",
    "Caliph",
    "Vizier",
    "Justice",
    "Generals",
    "Admirals",
    "Marshals",
    "Colonels",
    "Presidents",
    "Senators",
    "Ministers",
    "Kings",
    "Emperors",
)

# Words for what a person is or does, written in lower case before or beside a name.
ROLE_NOUNS = frozenset(
    """
    dictator leader chief general colonel captain major lieutenant sergeant marshal admiral commander
    officer soldier president premier king queen emperor empress tsar prince princess duke count
    minister secretary chancellor governor senator consul legate tribune praetor centurion prefect
    engineer architect surveyor schoolteacher teacher professor scholar historian writer author poet
    novelist journalist reporter editor painter artist sculptor composer musician singer actor
    merchant trader banker farmer peasant priest bishop monk nun missionary preacher abbot rabbi imam
    judge lawyer doctor physician surgeon nurse scientist inventor explorer navigator pilot sailor
    harbourmaster harbormaster warden mayor sheriff ambassador envoy diplomat spy agent adviser advisor
    founder owner manager director foreman matron clerk official chairman assistant deputy aide
    confidant widow wife husband son daughter father mother brother sister uncle aunt nephew niece
    heir successor predecessor rival ally friend student pupil apprentice servant slave freedman
    strategist statesman politician revolutionary rebel guerrilla partisan defector traitor hero
    mechanic steward thegn abbess friar knight squire reeve chaplain grandson granddaughter
    representative delegate emissary negotiator candidate activist nationalist reformist economist
    theorist filmmaker inmate associate constable inspector attaché attache businessman industrialist
    magistrate prosecutor commissioner councillor philosopher theologian lecturer headmaster
    companion comrade colleague mentor disciple follower supporter opponent successor descendant
    revolutionaries leaders members friends brothers sisters lawyers accused prisoners youth youths
    reformer bride groom cousin cousins tutor troubadour chargé superintendent viceroy critic playwright
    dramatist biographer chronicler essayist
    """.split()
)
# Words for kin after a possessive: "Ceolwulf's son" says Ceolwulf is a person (not "Britain's king").
KIN_NOUNS = frozenset(
    """
    son sons daughter daughters wife husband widow father mother brother brothers sister sisters heir
    nephew niece grandson granddaughter uncle aunt cousin cousins
    """.split()
)
ROLE_SUFFIXES = ("master", "smith", "keeper", "maker", "man", "woman", "ist", "ian", "eer", "er", "or")
# Words with those endings that are no role: "the river Volga", "the schooner Gannet".
NOT_ROLES = frozenset(
    """
    river border quarter corner center centre harbor harbour order tower water manor chamber theater
    theatre letter paper number summer winter monster matter other former latter under over after
    never ever either neither whether rather together however hour door floor color colour honor
    honour error mirror liner steamer schooner freighter cruiser destroyer bomber fighter tanker
    carrier trawler clipper corridor sector interior exterior terror motor tractor anchor
    human german roman norman woman man
    minor superior inferior greater lesser larger smaller further bitter proper
    """.split()
)

# Words before a name that make it a thing's: a ship's ("the schooner Mary Ellen", "the Mary Ellen").
THING_WORDS = frozenset(
    """
    the ship schooner steamer steamship brig barque bark sloop ketch yacht frigate vessel boat liner
    tug clipper cutter galleon submarine cruiser destroyer battleship carrier hms uss
    """.split()
)

# Particles inside a name ("Gerd von Rundstedt"), and lower-case words never a role.
PARTICLES = frozenset("von van der den de del della da di du le la bin ibn bint wa al el ten ter zu y".split())

FUNCTION_WORDS = frozenset(
    """
    a an the this that these those his her its their our my your one some any each every no all both
    of in on at by to from for with without into onto over under near after before during since until
    and or but nor yet so as than then when while where who whom whose which what why how if though
    although because once again also only even still already soon later now here there not never
    is was are were be been being has have had do does did will would shall should can could may
    might must he she it they we you i him them us me
    """.split()
)

# Words before a name that say it is a place.
PLACE_PREPOSITIONS = frozenset(
    "in at near into toward towards outside inside across via throughout around within beyond".split()
)
COMPASS = frozenset(
    """
    north south east west northern southern eastern western central northeast northwest southeast
    southwest northernmost southernmost easternmost westernmost upper lower
    """.split()
)

# Words after a lone surname that say a person acts.
PERSON_VERBS = frozenset(
    """
    said says wrote writes told asked answered replied ordered complained refused wanted decided
    described hired chose persuaded married died was_born returned spoke argued believed thought
    knew learned promised agreed tried met visited sent paid gave received kept signed led founded
    fled surrendered suggested admitted realized realised recalled remembered feared hoped
    was_shot was_killed was_hanged was_executed was_elected was_appointed was_promoted was_captured
    was_wounded was_arrested was_exiled was_murdered was_crowned was_buried was_knighted
    insisted agreed relieved dismissed demanded accepted rejected announced declared urged warned
    appointed resigned retired commanded doubted trusted admired hated proposed offered explained
    claimed boasted protested objected approved summoned instructed considered
    was_dismissed was_relieved was_replaced was_removed was_awarded was_named was_sentenced
    followed was_assassinated was_tried was_released was_pardoned was_decorated
    regarded reported noted estimated concluded praised stated mentioned recorded observed criticized
    criticised condemned denounced
    """.split()
)

# The last word of a term's name, and the kind of term it makes.
HEAD_KINDS = {
    "organisation": """
        party movement committee society board market council ministry office bureau company church
        union league association government parliament senate navy guard police academy university
        school college bank institute club agency service corporation commission assembly congress
        court family house dynasty firm mill works factory foundation trust hospital museum library
        newspaper tribune times gazette herald journal press railway railroad airline staff command
        headquarters department samaj sabha sangh mandal parishad
        """,
    "unit": """
        army armies division regiment corps front brigade battalion fleet squadron group legion cohort
        detachment flotilla wing battery infantry cavalry artillery volunteers rifles dragoons hussars
        fusiliers grenadiers militia
        """,
    "place": """
        river lake sea ocean mountains mountain mount island islands point bay valley street square
        region district province prefecture county quarry forest desert strait peninsula canal harbour
        harbor bridge castle palace fort hill hills cape coast gulf city town village zone territory
        protectorate republic kingdom empire state states site capital gate station airport cathedral
        hotel theatre theater prison camp barracks memorial monument park gardens stadium
        temple shrine abbey monastery avenue lane hall tower line falls heights plain plains isle isles
        """,
    "document": """
        declaration manifesto treaty act charter pact agreement accord convention constitution edict
        decree proclamation letter ledger code bill law protocol resolution report diary chronicle oath
        plan doctrine memorandum
        """,
    "award": "order medal cross star prize award decoration ribbon",
    "event": """
        war revolution battle siege uprising rebellion revolt campaign offensive crisis massacre
        conference flood fire earthquake famine plague mutiny raid invasion strike
        """,
}
HEAD_KIND = {word: kind for kind, words in HEAD_KINDS.items() for word in words.split()}
# Words that begin a term's name whatever ends it: "Order of Lenin", "Battle of Kursk", "Lex Varia".
LEAD_KINDS = {
    "order": "award",
    "medal": "award",
    "operation": "event",
    "cape": "place",
    "port": "place",
    "declaration": "document",
    "corona": "award",
    "battle": "event",
    "siege": "event",
    "treaty": "document",
    "lex": "document",
    "kingdom": "place",
    "republic": "place",
    "protectorate": "place",
    "duchy": "place",
    "mount": "place",
    "lake": "place",
    "fort": "place",
    "university": "organisation",
    "ministry": "organisation",
}

MONTHS_AND_DAYS = frozenset(
    """
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
    kalends ides nones ad bc bce ce
    """.split()
)

# Words for peoples, faiths and creeds: "Soviet", "Chinese", "Nazi". Most end in -an, -ese, -ish, -i.
DEMONYMS = frozenset(
    """
    soviet german russian chinese japanese american british french english italian spanish czech
    polish greek roman nazi communist bolshevik fascist socialist marxist catholic orthodox protestant
    muslim jewish christian allied western eastern northern southern european asian african
    ukrainian turkish arab persian dutch swiss swedish danish norwegian finnish austrian hungarian
    serbian croatian slovak korean vietnamese indian mexican canadian australian irish scottish welsh
    prussian saxon gallic celtic thai quaker sikh hindu jat brahmin mormon puritan methodist
    punjabi bengali marathi gujarati tamil maratha rajput parsi sindhi pashtun afghan iraqi kuwaiti
    saudi israeli pakistani hindi urdu sanskrit latin arabic hebrew ba’athist baathist
    """.split()
)

# Ordinal words that may number a unit ("U.S. Third Army").
ORDINAL_WORDS = frozenset(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth
    fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
    """.split()
)

# Common given names of several languages and eras: a first word among them makes a name a person's.
GIVEN_NAMES = frozenset(
    """
    adam adolf albert alexander alexei alfred alice anatoly andrei andrew andreas ann anna anne anton
    antonio arthur august augustus benjamin bernard boris carl carlo carlos caroline catherine charles
    charlotte christian christopher claus claude clara daniel david dmitri edith edward elena elizabeth
    emil emile emily emma eric ernst eugene fedor feodor felix francis francesco franz frederick
    friedrich george georg georgi gerd gerhard giovanni giuseppe grigori gustav hannah hans harry
    heinrich helen helena helmut henri henry herbert hermann hugo igor ilya ivan jacob jacques james
    jan jane jean johann johannes john jose josef joseph juan julia julius karl katherine klaus konrad
    konstantin leon leonid leo louis louise lucius ludwig luis margaret maria marie mark martha martin
    mary matthew max maxim michael mikhail nicholas nikita nikolai nikolaus olga oskar otto paul peter
    philip philippe pierre pyotr reinhard richard robert rudolf ruth samuel sarah semyon sergei sophia
    stefan stepan susan theodor thomas tobias ulrich vasily victor viktor vladimir walter wilhelm
    wilfred william wolfgang yakov yuri abraham amelia benedict clarence edgar edmund edwin elmer
    frances horace irvin isaac jesse joshua lucy mabel nathaniel oliver patrick ralph rose simon
    ulysses winfield zachary
    gaius marcus quintus titus publius gnaeus aulus decimus servius sextus tiberius spurius manius
    appius flavia livia claudia cornelia octavia
    nelson ferenc istvan miklos laszlo janos gyorgy sandor tamas zsigmond imre lajos pal matyas gabor
    stjepan nikola pavao petar marko juraj franjo fran tomislav ante josip luka matija
    christoph christof maximilian ferdinand sigismund albrecht matthias
    """.split()
)

# Countries, lands and great cities, which a text makes act as a person does ("Britain refused",
# "Moscow ordered", "Washington agreed"): a single word among them is never a person's name alone.
PLACE_NAMES = frozenset(
    """
    afghanistan africa albania algeria america americas anatolia arabia argentina armenia asia assyria
    athens australia austria babylon bavaria belgium berlin bohemia bolivia bosnia brazil britain
    bulgaria burgundy burma byzantium cambodia canada carthage castile chile china colombia congo
    constantinople crete croatia cuba cyprus czechoslovakia dalmatia denmark egypt england estonia
    ethiopia europe finland flanders florence france galicia gaul genoa georgia germany ghana greece
    holland hungary iceland india indochina indonesia iran iraq ireland israel italy japan jerusalem
    jordan kiev korea kosovo kyiv laos latvia lebanon leningrad libya lithuania lombardy london
    luxembourg macedonia manchuria mesopotamia mexico milan moldavia mongolia morocco moscow naples
    netherlands nicaragua normandy norway ottawa palestine panama paris persia peru petrograd
    philippines poland portugal prague prussia rome romania rumania russia sardinia saxony scotland
    serbia siberia sicily silesia slovakia spain sparta stalingrad sweden switzerland syria taiwan
    thailand tibet tokyo troy tunisia turkey ukraine venezuela venice vichy vienna vietnam wales
    warsaw washington westminster whitehall yugoslavia wessex mercia northumbria kent essex sussex
    anglia aquitaine brittany navarre aragon lorraine alsace piedmont tuscany catalonia andalusia
    portugal kuwait qatar bahrain oman yemen sudan nigeria kenya tanzania uganda angola mozambique
    pakistan bangladesh nepal ceylon malaya singapore hawaii alaska texas virginia algiers tripoli
    tunis cairo delhi bombay calcutta madras lahore punjab bengal kashmir hyderabad baghdad tehran
    damascus beirut istanbul ankara havana santiago lima bogota caracas peking beijing shanghai
    nanking canton hanoi saigon seoul manila jakarta sydney dublin edinburgh lisbon madrid barcelona
    amsterdam brussels copenhagen stockholm oslo helsinki budapest bucharest sofia belgrade lanka
    """.split()
)

# Words written capitalised at a sentence's start that name no one: "Nobody expected it".
NOBODY_WORDS = frozenset(
    """
    nobody everybody somebody anybody noone someone everyone anyone none nothing something everything
    men women people others many most few several both neither either however nevertheless
    nonetheless meanwhile furthermore moreover thus therefore consequently instead indeed later
    eventually finally ultimately subsequently accordingly hence afterwards initially still yet
    also then majesty highness excellency lordship ladyship
    """.split()
)

# Nouns after a capitalised word that make it a machine's or a weapon's name: "Tiger tanks".
MACHINE_NOUNS = frozenset(
    """
    tank tanks gun guns aircraft airplane airplanes plane planes fighter fighters bomber bombers
    rifle rifles locomotive locomotives engine engines car cars truck trucks missile missiles rocket
    rockets submarine submarines carbine carbines howitzer howitzers destroyer destroyers cruiser
    cruisers class
    """.split()
)

# Words before "of" and a name that make it a place's: "the kingdom of Mercia", "a thegn of Mercia",
# "the Treaty of Versailles".
PLACE_OF_WORDS = frozenset(
    """
    king queen duke duchess earl count countess prince princess bishop archbishop lord lady emperor
    empress thegn governor mayor people men province city town village kingdom duchy county region
    capital streets outskirts siege battle fall coast shores borders border republic state ruler
    cities towns villages provinces kingdoms states regions
    treaty treaties peace congress convention sack
    """.split()
)

# Words before a name (or before "of" or "by" and a name) that cite a thinker: "quoted Nietzsche",
# "the writings of Hegel", "influenced by Marx".
CITING_WORDS = frozenset(
    """
    quoted quoting cited citing admired admirer admirers disciple disciples follower followers
    writings teachings works philosophy ideas theories influenced idolized idolised revered biography
    biographies theology doctrines paintings portraits poems sermons
    """.split()
)

# Verbs before a name and "that" or "to" that make it a person's: "informing Roosevelt that".
ADDRESSING_VERBS = frozenset(
    """
    informed informing told telling assured assuring warned warning urged urging persuaded persuading
    convinced reminded notified begged implored asked asking advised advising instructed
    """.split()
)

# Verbs before "by" and a name that make it a person's: "defended by Asaf Ali", "directed by".
AGENT_VERBS = frozenset(
    """
    written directed edited composed painted sculpted designed founded defended assassinated killed
    shot murdered arrested interviewed translated compiled authored represented succeeded replaced
    appointed nominated elected advised led ruled commanded argued
    """.split()
)

# Words before "name" that make the word after it a person's other name: "personal name Hela",
# "sinicised name Wanyan Dan", "courtesy name Zhongda" (not "era name", which names a period).
PERSONAL_NAME_KINDS = frozenset(
    """
    personal courtesy birth given baptismal pen art stage childhood sinicised sinicized posthumous temple
    maiden family
    """.split()
)

# Nouns after a name that make it stand for a person's government or time, not a ship or a thing:
# "the Allende government", "the Nixon administration".
ATTRIBUTIVE_NOUNS = frozenset(
    """
    government administration regime years era presidency cabinet family affair doctrine plan
    campaign mission case trial ministry premiership reign dynasty household policy policies branch
    """.split()
)

# Words before a name that make it a code name's: "a plan codenamed Saturn".
CODENAME_WORDS = frozenset("codenamed code-named codename code-name dubbed nicknamed".split())

# Titles written after a name, which make it a person's: "Lamine Bey", "Ismail Pasha", "Amanullah Khan".
AFTER_TITLES = frozenset("Bey Pasha Khan Shah Dey Begum Effendi Agha".split())

# Words a regnal number follows that name a thing, not a ruler: "Vatican II", "Apollo XI", "Phase II".
NUMBERED_THINGS = frozenset(
    """
    vatican apollo gemini soyuz voyager pioneer saturn titan mark type class phase stage part volume book
    chapter article section title act schedule annex
    """.split()
)

# Nouns after a name, in lower case, that make it a thing's: "the nationalist Destour movement".
THING_AFTER_NOUNS = frozenset(
    """
    party movement committee society league union association council congress assembly club river lake
    sea island islands mountains fort fortress palace castle canal bridge street square valley cemetery
    mosque temple church cathedral
    """.split()
)
