/// The words around and inside a capitalised name that tell what it names (folded forms, both
/// languages): `Ministerstwo`, `Agencja`, `Group` inside; `agencja`, `firma`, `spokesman` before; `w`,
/// `in` before a place. Also the capitalised words that are never names on their own.
enum NameCues {
    /// Words inside a name that make it an organisation (folded, base and common inflected forms).
    static let organizationWords: Set<String> = [
        "ministerstwo", "ministerstwa", "ministerstwie", "ministerstwem", "ministry", "agencja", "agencji", "agencje", "agency",
        "group", "grupa", "grupy", "grupie", "bank", "banku", "party", "partia", "partii", "zwiazek", "zwiazku", "zwiazkowi",
        "stowarzyszenie", "stowarzyszenia", "association", "union", "university", "uniwersytet", "uniwersytetu",
        "institute", "instytut", "instytutu", "komisja", "komisji", "commission", "komitet", "komitetu", "committee", "rada",
        "rady", "radzie", "council", "sad", "sadu", "court", "trybunal", "trybunalu", "tribunal", "urzad", "urzedu", "office",
        "fundacja", "fundacji", "foundation", "corporation", "corp", "inc", "ltd", "llc", "plc", "gmbh", "ag", "sa", "se",
        "airlines", "airways", "air", "linie", "linii", "holding", "holdings", "media", "news", "press", "radio", "tv",
        "telewizja", "telewizji", "federation", "organization", "organisation", "organizacja", "organizacji", "inspektorat",
        "inspektoratu", "inspekcja", "inspekcji", "departament", "departamentu", "department", "service", "services", "sluzba",
        "sluzby", "army", "armia", "armii", "forces", "sily", "kongres", "congress", "parliament", "parlament", "policja",
        "police", "straz", "guard", "bureau", "biuro", "biura", "authority", "company", "spolka", "spolki", "koncern", "klub",
        "klubu", "kluby", "club", "front", "movement", "ruch", "alliance", "sojusz", "koalicja", "coalition", "fund",
        "fundusz", "funduszu", "energy", "oil", "gas", "motors", "systems", "technologies", "industries", "security",
        "resources", "ressources", "invest", "capital", "sarl", "sarlu", "sau", "akademia", "akademii", "academy",
        "szkola", "school", "college", "centrum", "center", "centre", "redakcja", "inspection", "tribune", "times", "post",
        "journal", "gazeta", "dziennik", "portal", "lotnictwa", "aviation", "pilotow", "pilots", "workers", "trade",
        "brigade", "brygada", "regiment", "pulk", "dywizja", "division", "battalion", "batalion", "command", "dowodztwo",
        "przedsiebiorstwo", "zaklad", "zakladu", "kancelaria", "kancelarii", "senat", "sejm", "izba", "izby", "chamber",
    ]
    /// Nouns before a name that make it an organisation.
    static let organizationHeads: Set<String> = [
        "agencja", "agencji", "agencje", "agencje", "firma", "firmy", "firmie", "spolka", "spolki", "spolce", "koncern",
        "koncernu", "przewoznik", "przewoznika", "przewoznikiem", "linie", "linii", "gazeta", "gazety", "dziennik",
        "dziennika", "portal", "portalu", "stacja", "stacji", "telewizja", "telewizji", "zwiazek", "zwiazku", "partia",
        "partii", "company", "firm", "agency", "newspaper", "carrier", "airline", "operator", "bank", "banku", "broadcaster",
        "organizacja", "organizacji", "fundacja", "fundacji", "grupa", "grupy", "producent", "producenta", "marka", "marki",
        "siec", "sieci", "operatora", "klub", "klubu", "think", "tank", "serwis", "serwisu", "radio", "radia", "tygodnik",
        "tygodnika", "magazyn", "magazynu", "dziennikiem", "organization", "group", "union", "zwiazkowcy",
    ]
    /// Words before a name that make it a person.
    static let personHeads: Set<String> = [
        "pan", "pana", "panu", "panem", "pani", "mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "gen", "senator",
        "senatora", "senatorem", "kongresmen", "kongresmena", "posel", "posla", "poslanka", "kandydat", "kandydata",
        "kandydatem", "kandydatka", "kandydatki", "aktor", "aktorka", "piosenkarz", "piosenkarka", "dziennikarz",
        "dziennikarka", "ekspert", "ekspertka", "analityk", "analityczka", "prezes", "prezesa", "prezesem", "szef",
        "szefa", "szefem", "szefowa", "szefowej", "dyrektor", "dyrektora", "wiceprezes", "wiceprezesa", "mowi", "powiedzial",
        "powiedziala", "dodal", "dodala", "wyjasnil", "wyjasnila", "twierdzi", "podkresla", "podkreslil", "podkreslila",
        "said", "says", "told", "according", "wedlug", "przewodniczacy", "przewodniczaca", "rzecznik", "rzeczniczka",
        "rzecznika", "mecenas", "adwokat", "sedzia", "biskup", "ksiadz", "general", "generala", "pulkownik", "ambasador",
        "ambasadora", "ambasadorem", "kierownik", "kierownika", "mayor", "governor", "gubernator", "gubernatora",
        "burmistrz", "burmistrza", "premier", "premiera", "minister", "ministra", "ministrem", "wiceminister", "wiceministra",
        "spokesman", "spokeswoman", "chief", "executive", "ceo", "founder", "zalozyciel", "wlasciciel", "wlasciciela",
        "syn", "corka", "zona", "maz", "brat", "siostra", "ojciec", "matka", "wife", "husband", "son", "daughter",
        "president", "prezydent", "prezydenta", "chairman", "candidate", "pilot", "pilota", "kapitan", "kapitana",
    ]
    /// Nouns before a name that make it a place.
    static let placeHeads: Set<String> = [
        "miasto", "miasta", "miescie", "miastem", "stan", "stanie", "stanu", "stanem", "region", "regionie", "regionu",
        "prowincja", "prowincji", "wyspa", "wyspie", "wyspy", "wies", "wsi", "gmina", "gminie", "gminy", "lotnisko",
        "lotniska", "lotnisku", "port", "portu", "porcie", "city", "town", "village", "province", "island", "airport",
        "hrabstwo", "hrabstwie", "county", "obwod", "obwodzie", "wojewodztwo", "wojewodztwie", "dzielnica", "dzielnicy",
        "ulica", "ulicy", "ul", "plac", "placu", "rejon", "rejonie", "okolice", "okolicach", "kraj", "kraju", "state",
        "osiedle", "osiedlu", "rzeka", "rzece", "jezioro", "gora", "dolina", "zatoka", "zatoce",
    ]
    /// Honorifics that start a person's name (`Lord Lothian`, `Sir Keir Starmer`).
    static let honorifics: Set<String> = ["lord", "lady", "sir", "dame", "prince", "princess", "sheikh", "szejk", "ayatollah", "ajatollah", "imam", "rabbi", "rabin"]
    /// Prepositions that put a following name in a place (weakly).
    static let placePrepositions: Set<String> = [
        "w", "we", "do", "z", "ze", "pod", "nad", "kolo", "niedaleko", "przez", "in", "at", "near", "from", "to", "into",
    ]
    /// Prepositions after which a Polish noun is not nominative.
    static let obliquePrepositions: Set<String> = [
        "w", "we", "do", "z", "ze", "od", "dla", "u", "przez", "na", "o", "przy", "po", "wedlug", "wobec", "bez", "dzieki",
        "przeciwko", "przeciw", "ku", "nad", "pod", "przed", "za", "miedzy", "kolo", "obok", "wokol", "zamiast", "podczas",
    ]
    /// Capitalised words that never begin a name (folded).
    static let neverNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "this", "that", "these", "those", "it", "he", "she", "we", "they", "i", "but",
        "and", "or", "if", "when", "while", "after", "before", "as", "for", "with", "from", "by", "to", "of", "his", "her",
        "their", "our", "its", "there", "here", "what", "who", "why", "how", "where", "which", "yes", "no", "not", "so",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr",
        "w", "z", "na", "do", "po", "od", "dla", "przez", "jak", "jest", "to", "ten", "ta", "te", "ci", "co", "czy",
        "gdy", "kiedy", "ale", "o", "nie", "tak", "jego", "jej", "ich", "sie", "pan", "pani", "panstwo", "we", "ze",
        "oraz", "lub", "albo", "jednak", "jesli", "choc", "tym", "tego", "tej", "takze", "rowniez", "juz", "wiec", "bo",
        "poniewaz", "mimo", "dzis", "dzisiaj", "wczoraj", "jutro", "teraz", "potem", "wtedy", "wowczas", "tu", "tam",
        "moj", "nasz", "wasz", "twoj", "swoj", "kto", "ktory", "ktora", "ktore", "ktorzy", "gdzie", "dlaczego", "ile",
        "styczen", "luty", "marzec", "kwiecien", "maj", "czerwiec", "lipiec", "sierpien", "wrzesien", "pazdziernik",
        "listopad", "grudzien", "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
        "wrzesnia", "pazdziernika", "listopada", "grudnia", "poniedzialek", "wtorek", "sroda", "czwartek", "piatek",
        "sobota", "niedziela", "foto", "fot", "zdjecie", "photo", "zrodlo", "source", "aktualizacja", "update", "czytaj",
        "zobacz", "read", "see", "video", "wideo", "reklama", "tweet", "tweeted", "ok", "proc", "mln", "mld", "tys", "pkt",
        "sms", "pdf", "usb", "gps", "vat", "pkb", "gdp", "vip", "suv", "ai", "dna", "lgbt", "b2b", "b2c", "faq", "hr", "pr", "zero", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xx", "xxi", "covid", "koronawirus", "sars", "cov", "euro",
        "usd", "pln", "eur", "zl", "am", "pm", "gmt", "utc", "ap", "dj", "et", "ps", "pr", "ceo", "cfo", "it", "pc",
    ]
    /// Lowercase words that may stand inside a name between capitalised ones.
    static let connectors: Set<String> = ["de", "von", "van", "der", "den", "da", "del", "della", "di", "du", "al", "bin", "ibn", "el", "la", "le", "dos", "das", "y"]
    /// Connectors allowed only inside organisation names (`Institute for Law and Liberty`).
    static let organizationConnectors: Set<String> = ["of", "for", "and", "i", "&", "the", "on"]
}
