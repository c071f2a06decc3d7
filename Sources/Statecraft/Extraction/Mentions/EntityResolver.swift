/// Turns a document's mentions into entities and structural relations, chunk by chunk, keeping
/// what later mentions need: family names seen (`Putin`, `Kimem` → the person named before), the
/// last leader mentioned (`dyktator`), titles and the names beside them (`rzecznik Kremla Dmitrij
/// Pieskow` → `official_of` spokesperson), metonyms (`Moskwa przekaże` → Russia).
struct EntityResolver {
    struct EntityRecord {
        var entity: Entity
        var firstEvidence: Evidence
        var entry: Int?
    }

    struct RelationKey: Hashable {
        var kind: RelationKind
        var source: String
        var target: String
        var role: String?
        var goods: [GoodsCategory] = []
        /// Events of the same kind between the same actors on incompatible dates are separate relations.
        var date: PartialDate?
    }

    let lexicon: Lexicon
    let language: Language?
    let date: PartialDate?
    let documentID: Document.ID

    private(set) var records: [String: EntityRecord] = [:]
    private(set) var order: [String] = []
    private(set) var relations: [RelationKey: Relation] = [:]
    private var relationOrder: [RelationKey] = []
    /// Folded family names of the people seen → their entity ids.
    private var familyNames: [String: String] = [:]
    private var lastLeader: String?
    /// Title phrases (as the lexicon spells them) → the person the text gave them to last.
    private var titleHolders: [String: String] = [:]
    /// Events by kind, actors and goods (their dates told apart in the list).
    struct EventKey: Hashable {
        var kind: RelationKind
        var source: String
        var target: String
        var goods: [GoodsCategory]
    }
    private var eventKeys: [EventKey: [RelationKey]] = [:]
    /// Words after which a title is said of someone, not a name for its holder: `zostać prezydentem USA`,
    /// `jako premier`, `to become president of`, `as president` (folded).
    static let predicativeCues: Set<String> = [
        "zostac", "zostal", "zostala", "zostali", "zostanie", "zostana", "zostaje", "zostawal", "byc", "jest", "byl", "byla",
        "bedzie", "jako", "mianowac", "mianowal", "mianowany", "wybrany", "wybrana", "kandydowac", "kandyduje", "na",
        "become", "becomes", "became", "be", "as", "elected", "appointed", "named",
    ]

    /// A title that is predicated (`zostać prezydentem`), wished for or run for (`kandydat na prezydenta`).
    private func isPredicative(_ mention: Mention, tokens: [Token], sentence: Sentence) -> Bool {
        let before = mention.tokens.lowerBound - 1
        guard before >= sentence.tokens.lowerBound, tokens[before].isWord else { return false }
        return Self.predicativeCues.contains(tokens[before].key)
    }

    /// The lexicon entry of the state or organisation in which a lexicon person holds the office a
    /// title names (the role itself, or any headship for `leads` titles), else the office they held at
    /// the document's date, with that office's relation and role; `nil` for people the lexicon does not know.
    private func officeTarget(of person: String, title: Lexicon.Title) -> (entry: Int, relation: RelationKind, role: String?)? {
        guard let entry = records[person]?.entry else { return nil }
        let links = lexicon.entries[entry].links.filter { $0.kind == "leads" || $0.kind == "official_of" }
        let named = links.filter { link in
            guard link.kind == title.relation.rawValue else { return false }
            return link.role == title.role || title.relation == .leads && ["leader", "head", "chairman"].contains(title.role)
                || (title.role == "prime minister" && link.role == "premier")
        }
        guard let office = named.first(where: { $0.holds(at: date) }) ?? named.last ?? links.first(where: { $0.holds(at: date) }),
            let target = lexicon.entryIndex[office.target]
        else { return nil }
        return (target, office.kind == "leads" ? .leads : .officialOf, office.role)
    }

    /// Entities named side by side, both orders, with the sentence that names them first.
    private var adjacentPairs: [[String]: Evidence] = [:]
    /// Transactions read, their legs by relation key.
    private var transactions: [(legs: [RelationKey], status: Status, date: PartialDate?, evidence: Evidence)] = []
    /// The relations left out because the ontology does not admit them.
    private(set) var warnings: [ExtractionWarning] = []
    /// Lexicon entries seen (they win ambiguous family names).
    private(set) var seenEntries: Set<Int> = []

    init(lexicon: Lexicon, language: Language?, date: PartialDate?, documentID: Document.ID) {
        self.lexicon = lexicon
        self.language = language
        self.date = date
        self.documentID = documentID
    }

    // MARK: Mentions

    /// Resolves the mentions of one chunk; `evidence` gives a sentence's evidence. Returns the entity
    /// each mention stands for (`nil` for titles).
    @discardableResult
    mutating func resolve(
        _ mentions: [Mention], tokens: [Token], sentences: [Sentence], evidence: (Sentence) -> Evidence
    ) -> [String?] {
        var resolved: [String?] = Array(repeating: nil, count: mentions.count)
        for (position, mention) in mentions.enumerated() {
            let sentence = sentences[mention.sentence]
            switch mention.reference {
            case .entry(let entry, let use):
                seenEntries.insert(entry)
                resolved[position] = resolveEntry(entry, use: use, mention: mention, tokens: tokens, sentence: sentence, evidence: evidence(sentence))
            case .unknown(let kind):
                resolved[position] = resolveUnknown(kind, mention: mention, evidence: evidence(sentence))
            case .title:
                break
            }
        }
        // Titles, now that their neighbours are known.
        for (position, mention) in mentions.enumerated() {
            guard case .title(let titleIndex) = mention.reference else { continue }
            let title = lexicon.titles[titleIndex]
            let sentence = sentences[mention.sentence]
            var target: String?
            var personIndex: Int?
            // Bound before: `rosyjski prezydent`, `US Secretary of State`, `NATO Secretary General`.
            // `Wagner's founder`: over a possessive.
            if position > 0, mentions[position - 1].sentence == mention.sentence,
                mentions[position - 1].tokens.upperBound == mention.tokens.lowerBound
                    || (language == .en && gap(from: mentions[position - 1].tokens.upperBound, to: mention.tokens.lowerBound, in: tokens, allowing: ["'", "’", "s"])),
                let id = resolved[position - 1], let kind = records[id]?.entity.kind, kind == .state || kind == .organization
            {
                target = id
            }
            var next = position + 1
            // Bound after: `prezydent Rosji`, `rzecznik Kremla`, `President of Russia`.
            if target == nil, next < mentions.count, mentions[next].sentence == mention.sentence,
                gap(from: mention.tokens.upperBound, to: mentions[next].tokens.lowerBound, in: tokens, allowing: ["of", "the"]),
                let id = resolved[next], let kind = records[id]?.entity.kind, kind == .state || kind == .organization,
                isBoundAfter(mentions[next])
            {
                target = id
                next += 1
            }
            // `szef rosyjskiej dyplomacji Siergiej Ławrow`: the title's noun goes on after the state adjective
            // (one or two lower-case words before the name); the role is then not the bare title's.
            var continued = false
            if next == position + 2, next < mentions.count, mentions[next].sentence == mention.sentence,
                case .entry(_, .adjective) = mentions[position + 1].reference,
                case let between = mentions[position + 1].tokens.upperBound..<mentions[next].tokens.lowerBound,
                (1...2).contains(between.count), between.allSatisfy({ tokens[$0].isWord && tokens[$0].shape == .lower }),
                // The holder is named in the title's case, not as the object of a verb (`szef polskiego rządu podziękował Scholzowi`).
                mentions[next].cases.map({ $0.contains(":nom") }) ?? true
            {
                continued = true
            }
            // The person named after the title, or before it with a comma (`Pieskow, rzecznik Kremla`).
            if next < mentions.count, mentions[next].sentence == mention.sentence,
                continued || gap(from: (next == position + 1 ? mention : mentions[next - 1]).tokens.upperBound, to: mentions[next].tokens.lowerBound, in: tokens, allowing: [","]),
                let id = resolved[next], records[id]?.entity.kind == .person
            {
                personIndex = next
            } else if position > 0, mentions[position - 1].sentence == mention.sentence,
                // `Pieskow, rzecznik Kremla`; `Donald Trump - Republikanin`.
                gap(from: mentions[position - 1].tokens.upperBound, to: mention.tokens.lowerBound, in: tokens, allowing: [",", "-", "–", "—", "a", "an", "the"]),
                mentions[position - 1].tokens.upperBound < mention.tokens.lowerBound,
                let id = resolved[position - 1], records[id]?.entity.kind == .person
            {
                personIndex = position - 1
            }
            // A party's member noun (`Demokrata`, `republikanin`) names the party even without a person:
            // the party is an entity of the text.
            if title.role == "party member", let fallback = title.defaultTarget, let entry = lexicon.entryIndex[fallback] {
                let party = ensureEntry(entry, evidence: evidence(sentence))
                addAlias(mention.base, to: party)
            }
            if target == nil, let fallback = title.defaultTarget, records[fallback] != nil || lexicon.entryIndex[fallback] != nil, personIndex != nil {
                // A title of one state only (`Secretary of State`): that state.
                if let entry = lexicon.entryIndex[fallback] { target = ensureEntry(entry, evidence: evidence(sentence)) }
            }
            // `Rzecznik Władimira Putina Dmitrij Pieskow`: the title is of the person in the genitive, its
            // holder the one named after; the office is in what the first person heads.
            var principal: String?
            if target == nil, personIndex == position + 1, language == .pl, let cases = mentions[position + 1].cases, !cases.contains(":nom"),
                position + 2 < mentions.count, mentions[position + 2].sentence == mention.sentence,
                mentions[position + 2].tokens.lowerBound == mentions[position + 1].tokens.upperBound,
                let holder = resolved[position + 2], records[holder]?.entity.kind == .person
            {
                principal = resolved[position + 1]
                personIndex = position + 2
            }
            var relation = title.relation
            var role: String? = title.role
            let namedByText = target != nil
            if continued, let personIndex, let person = resolved[personIndex], let target {
                // The office the lexicon knows in that state, else an official of it.
                let office = officeTarget(of: person, title: title)
                if let office, lexicon.entries[office.entry].id == target {
                    (relation, role) = (office.relation, office.role)
                } else {
                    (relation, role) = (.officialOf, nil)
                }
            }
            if target == nil, let personIndex, let person = resolved[personIndex] {
                // `prokurator generalny William Barr`, `prezydent Donald Trump`, `szef rosyjskiej dyplomacji
                // Siergiej Ławrow`: the text gives the title, the lexicon says of what — the office of that
                // person (or of the one whose title it is) the title names, else the one held at the date.
                if let office = officeTarget(of: principal ?? person, title: title) {
                    target = ensureEntry(office.entry, evidence: evidence(sentence))
                    if principal == nil, office.relation != relation {
                        relation = office.relation
                        role = office.role
                    }
                }
            }
            let evidenceOfSentence = evidence(sentence)
            // `Presidents Viktor Yanukovych and Dmitry Medvedev`, `prezydenci Duda i Zełenski`: a title before
            // coordinated names is each one's, in the office the lexicon knows for them.
            if !namedByText, principal == nil, let personIndex, personIndex == position + 1 {
                var member = personIndex + 1
                while member < mentions.count, mentions[member].sentence == mention.sentence,
                    gap(from: mentions[member - 1].tokens.upperBound, to: mentions[member].tokens.lowerBound, in: tokens, allowing: [",", "and", "i", "oraz"]),
                    mentions[member - 1].tokens.upperBound < mentions[member].tokens.lowerBound,
                    let other = resolved[member], records[other]?.entity.kind == .person
                {
                    if let office = officeTarget(of: other, title: title), office.relation == title.relation {
                        let id = ensureEntry(office.entry, evidence: evidenceOfSentence)
                        addRelation(office.relation, from: other, to: id, role: office.relation == .officialOf ? office.role : nil, evidence: evidenceOfSentence, confidence: 0.9)
                    }
                    member += 1
                }
            }
            if let personIndex, let person = resolved[personIndex] {
                if let target {
                    addRelation(relation, from: person, to: target, role: relation == .officialOf ? role : nil, evidence: evidenceOfSentence, confidence: 0.9)
                }
                if title.relation == .leads { lastLeader = person }
                titleHolders[title.phrase] = person
            } else if let target, !isPredicative(mention, tokens: tokens, sentence: sentence) {
                // A title without a name: whoever held it at the document's date — the title stands for them.
                // A bare `szef`/`head` does not say of what (`szef polskiego rządu` is the prime minister).
                if title.role != "head", let holder = lexicon.holders(of: title.role, relation: title.relation, in: target, at: date).first {
                    let id = ensureEntry(holder, evidence: evidenceOfSentence)
                    addRelation(title.relation, from: id, to: target, role: title.relation == .officialOf ? title.role : nil, evidence: evidenceOfSentence, confidence: 0.8)
                    if title.relation == .leads { lastLeader = id }
                    resolved[position] = id
                } else if title.role == "candidate", records[target]?.entity.kind == .organization,
                    let previous = mentions[..<position].indices.last(where: { records[resolved[$0] ?? ""]?.entity.kind == .person }),
                    mention.sentence - mentions[previous].sentence <= 1, let person = resolved[previous]
                {
                    // `Joe Biden wygrał … kandydat Demokratów uzyskał 22 głosy`: a party's candidate named
                    // without a name is the person named just before (in that sentence or the one before).
                    // Only the affiliation: the events of the sentence keep to the actors it names.
                    addRelation(.officialOf, from: person, to: target, role: nil, evidence: evidenceOfSentence, confidence: 0.7)
                }
            } else if let holder = titleHolders[title.phrase] {
                // A title alone names the one the text gave it to before: `kanclerz Olaf Scholz … podziękował kanclerzowi`.
                resolved[position] = holder
            }
        }
        noteAdjacentPairs(mentions, resolved: resolved, tokens: tokens) { evidence(sentences[$0]) }
        noteAffiliations(mentions, resolved: resolved, tokens: tokens) { evidence(sentences[$0]) }
        noteLocations(mentions, resolved: resolved, tokens: tokens) { evidence(sentences[$0]) }
        return resolved
    }

    /// Entities named side by side (`Bajkonur w Kazachstanie`, `Departament Stanu USA`, `Baikonur in
    /// Kazakhstan`, `Sinop, Turkey`): the lexicon's part_of, located_in and member_of links between them
    /// are stated by the text; others are not read into the graph.
    private mutating func noteAdjacentPairs(_ mentions: [Mention], resolved: [String?], tokens: [Token], evidence: (Int) -> Evidence) {
        let joiners: Set<String> = ["w", "we", "in", "of", "z", "ze", ",", "na", "the", "from"]
        for position in mentions.indices.dropFirst() {
            let previous = mentions[position - 1]
            let mention = mentions[position]
            guard previous.sentence == mention.sentence, let first = resolved[position - 1], let second = resolved[position],
                first != second, mention.tokens.lowerBound >= previous.tokens.upperBound,
                mention.tokens.lowerBound - previous.tokens.upperBound <= 1,
                (previous.tokens.upperBound..<mention.tokens.lowerBound).allSatisfy({ joiners.contains(tokens[$0].key) })
            else { continue }
            if adjacentPairs[[first, second]] == nil {
                let told = evidence(mention.sentence)
                adjacentPairs[[first, second]] = told
                adjacentPairs[[second, first]] = told
            }
        }
    }

    /// Prepositions that tie a person to the organisation they come from: `Antonio Escobar z hiszpańskich
    /// związków zawodowych SITCPLA`, `Jan Nowak z PiS`, `John Smith of the Unite union`.
    static let affiliationPrepositions: Set<String> = ["z", "ze", "of", "from"]

    /// A person named right before `z`/`of` and an organisation (a few lower-case words of its kind
    /// between: `z hiszpańskich związków zawodowych`) holds a place in it: `official_of`.
    private mutating func noteAffiliations(_ mentions: [Mention], resolved: [String?], tokens: [Token], evidence: (Int) -> Evidence) {
        for position in mentions.indices.dropFirst() {
            let person = mentions[position - 1]
            let body = mentions[position]
            guard person.sentence == body.sentence, let personID = resolved[position - 1], let bodyID = resolved[position],
                records[personID]?.entity.kind == .person, records[bodyID]?.entity.kind == .organization,
                person.tokens.upperBound < body.tokens.lowerBound,
                Self.affiliationPrepositions.contains(tokens[person.tokens.upperBound].text.lowercased())
            else { continue }
            let between = (person.tokens.upperBound + 1)..<body.tokens.lowerBound
            guard between.count <= 4, between.allSatisfy({ tokens[$0].isWord && (tokens[$0].shape == .lower || tokens[$0].key == "the") }) else { continue }
            addRelation(.officialOf, from: personID, to: bodyID, role: nil, evidence: evidence(body.sentence), confidence: 0.8)
        }
    }

    /// Words between a place and the larger place or state it lies in: `w`, `in`, `na`, and the noun of
    /// the larger unit (`w stanie Delaware`, `in the state of`, `w prowincji`, `w obwodzie`).
    static let locationJoiners: Set<String> = ["w", "we", "in", "na", "pod", "near", "the", "of", ","]
    static let regionNouns: Set<String> = [
        "stanie", "prowincji", "obwodzie", "regionie", "wojewodztwie", "hrabstwie", "kraju", "state", "province", "region", "county", "oblast",
    ]

    /// `Wilmington w stanie Delaware`, `Phoenix w Arizonie`, `Buczy pod Kijowem`: a place named right
    /// before `w`/`in` and a state or another place lies in it (`located_in`). Places the lexicon
    /// links are handled by ``noteAdjacentPairs``; this states it for the places it does not know.
    private mutating func noteLocations(_ mentions: [Mention], resolved: [String?], tokens: [Token], evidence: (Int) -> Evidence) {
        for position in mentions.indices.dropFirst() {
            let inner = mentions[position - 1]
            let outer = mentions[position]
            guard inner.sentence == outer.sentence, let innerID = resolved[position - 1], let outerID = resolved[position], innerID != outerID,
                records[innerID]?.entity.kind == .place, let outerKind = records[outerID]?.entity.kind, outerKind == .state || outerKind == .place,
                records[innerID]?.entry == nil || records[outerID]?.entry == nil,
                inner.tokens.upperBound < outer.tokens.lowerBound
            else { continue }
            let between = inner.tokens.upperBound..<outer.tokens.lowerBound
            let first = tokens[between.lowerBound].text.lowercased()
            guard ["w", "we", "in", "pod", "near"].contains(first), between.count <= 3,
                between.dropFirst().allSatisfy({ Self.locationJoiners.contains(tokens[$0].key) || Self.regionNouns.contains(tokens[$0].key) })
            else { continue }
            addRelation(.locatedIn, from: innerID, to: outerID, role: nil, evidence: evidence(outer.sentence), confidence: 0.8)
        }
    }

    /// Whether a mention after a title can be its genitive complement (`prezydenta Rosji`): not a
    /// nominative-only form in Polish.
    private func isBoundAfter(_ mention: Mention) -> Bool {
        guard language == .pl, let cases = mention.cases else { return true }
        return cases.contains(":gen")
    }

    private func gap(from start: Int, to end: Int, in tokens: [Token], allowing: Set<String>) -> Bool {
        guard start <= end else { return false }
        for index in start..<end where !allowing.contains(tokens[index].key) {
            return false
        }
        return true
    }

    private mutating func resolveEntry(
        _ entryIndex: Int, use: Lexicon.Target.Use, mention: Mention, tokens: [Token], sentence: Sentence, evidence: Evidence
    ) -> String {
        let entry = lexicon.entries[entryIndex]
        // A capital acting politically stands for its state: `Moskwa przekaże`, `Washington said`.
        if let capitalOf = entry.capitalOf,
            let state = lexicon.entryIndex[capitalOf], isActing(mention, tokens: tokens, sentence: sentence)
        {
            let id = ensureEntry(state, evidence: evidence)
            addAlias(mention.base, to: id)
            return id
        }
        let id = ensureEntry(entryIndex, evidence: evidence)
        switch use {
        case .name, .shortName:
            addAlias(mention.base, to: id)
        case .demonym:
            let plural = mention.cases?.contains("pl:") ?? false
            addAlias(plural ? (lexicon.pluralDemonyms[mention.base] ?? mention.base) : mention.base, to: id)
        case .adjective:
            break
        }
        if entry.kind == .person {
            registerFamilyName(of: id)
        }
        return id
    }

    /// A capital is acting when it can be the subject — not after a preposition, nominative, and a
    /// word (a verb) follows.
    private func isActing(_ mention: Mention, tokens: [Token], sentence: Sentence) -> Bool {
        if mention.tokens.lowerBound > sentence.tokens.lowerBound {
            let before = tokens[mention.tokens.lowerBound - 1]
            if before.isWord, before.text.lowercased() != "że", NameCues.obliquePrepositions.contains(before.key) || NameCues.placePrepositions.contains(before.key) || ["of", "via", "between", "and", "i", "oraz"].contains(before.key) {
                return false
            }
        }
        if language == .pl, let cases = mention.cases, !cases.contains(":nom") { return false }
        guard mention.tokens.upperBound < sentence.tokens.upperBound else { return false }
        let after = tokens[mention.tokens.upperBound]
        return after.isWord && after.shape == .lower && !["and", "or", "i", "oraz", "lub", "to", "w", "in", "is", "jest"].contains(after.key)
    }

    private mutating func resolveUnknown(_ kind: EntityKind, mention: Mention, evidence: Evidence) -> String? {
        let base = mention.base
        let folded = NameFolding.fold(base)
        // A lexicon name reached through the declension rules.
        var keyTokenizer = Tokenizer()
        let key = keyTokenizer.tokens(of: base).filter(\.isWord).map(\.key).joined(separator: " ")
        if let targets = lexicon.targets(key), let target = targets.first(where: { $0.use == .name && $0.cases == nil }),
            case .entry(let entry) = target.referent
        {
            seenEntries.insert(entry)
            let id = ensureEntry(entry, evidence: evidence)
            addAlias(base, to: id)
            if lexicon.entries[entry].kind == .person { registerFamilyName(of: id) }
            return id
        }
        if kind == .person || !folded.contains(" ") {
            // A family name alone: the person named before.
            if !folded.contains(" "), let id = familyNames[folded] {
                addAlias(base, to: id)
                return id
            }
        }
        // A description ending in the organisation's acronym (`Stowarzyszenie Pilotów IALPA`, `związek
        // zawodowy LBC-NVK`) is the organisation the acronym names; the description is its alias.
        if kind == .organization, let acronym = Self.trailingAcronym(of: base) {
            let id = Slug.make(acronym)
            if records[id] == nil {
                records[id] = EntityRecord(entity: Entity(id: Entity.ID(id), kind: kind, name: acronym), firstEvidence: evidence, entry: nil)
                order.append(id)
            }
            if records[id]?.entity.kind == .organization {
                addAlias(base, to: id)
                return id
            }
        }
        let id = Slug.make(base)
        if records[id] == nil {
            // Another kind under the same slug (a person named like a place): keep the first.
            let entity = Entity(id: Entity.ID(id), kind: kind, name: base)
            records[id] = EntityRecord(entity: entity, firstEvidence: evidence, entry: nil)
            order.append(id)
        }
        if records[id]?.entity.kind == .person { registerFamilyName(of: id) }
        return id
    }

    static let legalSuffixes = ClosedClassWords.standard.words(.organizationWord, language: nil)

    /// The last word of a name of several words when it is an acronym (`IALPA`, `LBC-NVK`): two to
    /// eight capitals (parts joined by hyphens), not a legal form (`AG`, `PLC`).
    static func trailingAcronym(of name: String) -> String? {
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last, words.dropLast().contains(where: { $0.first?.isUppercase == true && $0.dropFirst().contains(where: \.isLowercase) }) else { return nil }
        let parts = last.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ (2...8).contains($0.count) && $0.allSatisfy { $0.isUppercase && $0.isLetter } }) else { return nil }
        guard !legalSuffixes.contains(last.lowercased()) else { return nil }
        return String(last)
    }

    private mutating func registerFamilyName(of id: String) {
        guard let record = records[id], record.entity.kind == .person else { return }
        let familyFirst = record.entry.map { lexicon.entries[$0].familyNameFirst } ?? false
        for name in record.entity.allNames {
            let words = NameFolding.fold(name).split(separator: " ")
            guard words.count > 1, let family = familyFirst ? words.first : words.last else { continue }
            if familyNames[String(family)] == nil { familyNames[String(family)] = id }
        }
    }

    @discardableResult
    mutating func ensureEntry(_ entryIndex: Int, evidence: Evidence) -> String {
        let entry = lexicon.entries[entryIndex]
        seenEntries.insert(entryIndex)
        if records[entry.id] == nil {
            var entity = Entity(id: Entity.ID(entry.id), kind: entry.kind, name: entry.name, subtype: entry.graphSubtype)
            if entry.kind == .state { entity.identifiers.iso3166 = entry.id }
            records[entry.id] = EntityRecord(entity: entity, firstEvidence: evidence, entry: entryIndex)
            order.append(entry.id)
        }
        return entry.id
    }

    private mutating func addAlias(_ alias: String, to id: String) {
        guard var record = records[id], alias != record.entity.name, !record.entity.aliases.contains(alias) else { return }
        record.entity.aliases.append(alias)
        records[id] = record
    }

    mutating func addRelation(_ kind: RelationKind, from source: String, to target: String, role: String?, evidence: Evidence?, confidence: Double) {
        guard source != target, admits(kind, from: source, to: target, role: role) else { return }
        let key = RelationKey(kind: kind, source: source, target: target, role: role)
        if var existing = relations[key] {
            if let evidence, !existing.evidence.contains(evidence), existing.evidence.count < 5 {
                existing.evidence.append(evidence)
            }
            existing.confidence = max(existing.confidence ?? 0, confidence)
            relations[key] = existing
            return
        }
        let relation = Relation(
            id: Relation.ID("r\(relationOrder.count + 1)"), kind: kind, source: Entity.ID(source), target: Entity.ID(target),
            status: .asserted, date: kind == .leads || kind == .officialOf ? date : nil, role: role, confidence: confidence,
            evidence: evidence.map { [$0] } ?? [])
        relations[key] = relation
        relationOrder.append(key)
    }

    /// Whether the ontology admits the relation; when not, a warning says why it is left out.
    private mutating func admits(_ kind: RelationKind, from source: String, to target: String, goods: [GoodsCategory] = [], role: String?) -> Bool {
        guard let sourceKind = records[source]?.entity.kind, let targetKind = records[target]?.entity.kind else { return false }
        guard let violation = OntologyCheck.violation(kind, source: source, sourceKind: sourceKind, target: target, targetKind: targetKind, goods: goods, role: role) else {
            return true
        }
        let warning = ExtractionWarning.relationDropped(kind: kind, source: source, target: target, violation: violation)
        if !warnings.contains(warning) { warnings.append(warning) }
        return false
    }

    // MARK: Events

    /// Adds a coded event: the same kind between the same actors with the same goods on a compatible
    /// date is one relation with its evidence united. Returns the relation's key.
    @discardableResult
    mutating func addEvent(_ event: CodedEvent, evidence: Evidence) -> RelationKey? {
        guard admits(event.kind, from: event.source, to: event.target, goods: event.goods, role: nil) else { return nil }
        var source = event.source
        var target = event.target
        if event.kind.isSymmetric, eventKeys[EventKey(kind: event.kind, source: source, target: target, goods: event.goods)] == nil,
            let reversed = eventKeys[EventKey(kind: event.kind, source: target, target: source, goods: event.goods)],
            reversed.contains(where: { Self.compatible($0.date, event.date) })
        {
            (source, target) = (target, source)
        }
        let eventKey = EventKey(kind: event.kind, source: source, target: target, goods: event.goods)
        if let existing = eventKeys[eventKey]?.first(where: { key in
            Self.compatible(key.date, event.date) || (Self.sameMonth(key.date, event.date) && relations[key]?.status == event.status)
        }), var relation = relations[existing] {
            if !relation.evidence.contains(evidence), relation.evidence.count < 5 { relation.evidence.append(evidence) }
            relations[existing] = relation
            return existing
        }
        let key = RelationKey(kind: event.kind, source: source, target: target, role: nil, goods: event.goods, date: event.date)
        relations[key] = Relation(
            id: Relation.ID("r\(relationOrder.count + 1)"), kind: event.kind, source: Entity.ID(source), target: Entity.ID(target),
            status: event.status, date: event.date, goods: event.goods, confidence: 0.7, evidence: [evidence])
        relationOrder.append(key)
        eventKeys[eventKey, default: []].append(key)
        return key
    }

    /// Adds an exchange of the events with the given keys.
    mutating func addTransaction(legs: [RelationKey], status: Status, date: PartialDate?, evidence: Evidence) {
        transactions.append((legs, status, date, evidence))
    }

    /// Adds to the first exchange with the leg `told` the legs it lacks (a barter naming a deal told
    /// before: `the arrangement is oil for infrastructure`); false when no exchange has that leg.
    mutating func extendTransaction(containing told: RelationKey, with legs: [RelationKey]) -> Bool {
        guard let index = transactions.firstIndex(where: { $0.legs.contains(told) }) else { return false }
        // A leg is new when no leg of the exchange joins the same ends (the graph makes such legs one relation).
        for leg in legs where !transactions[index].legs.contains(where: { $0.kind == leg.kind && $0.source == leg.source && $0.target == leg.target }) {
            transactions[index].legs.append(leg)
        }
        return true
    }

    /// One date contains the other (`2023-09` and `2023-09-13`), or either is unknown.
    private static func compatible(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b else { return true }
        let (x, y) = (a.interval, b.interval)
        return (x.lowerBound <= y.lowerBound && y.upperBound <= x.upperBound) || (y.lowerBound <= x.lowerBound && x.upperBound <= y.upperBound)
    }

    /// Two days of one month: with the same status, an article telling of one transfer on Thursday
    /// and on Friday.
    private static func sameMonth(_ a: PartialDate?, _ b: PartialDate?) -> Bool {
        guard let a, let b, a.month != nil else { return false }
        return a.year == b.year && a.month == b.month
    }

    // MARK: The graph

    /// The structural relations the lexicon knows between entities of this document (a leader's
    /// office at the document's date, an organisation's state, a place's state), then the graph.
    mutating func finish(document: Document) -> Graph {
        for id in order {
            guard let record = records[id], let entryIndex = record.entry else { continue }
            let entry = lexicon.entries[entryIndex]
            for link in entry.links {
                guard records[link.target] != nil else { continue }
                switch link.kind {
                case "leads", "official_of":
                    // An office the reader knows but the text does not give (`Trump` alone) is background,
                    // not a fact of the article: only titles the text states are coded (see resolve).
                    continue
                case "part_of" where adjacentPairs[[id, link.target]] != nil:
                    addRelation(.partOf, from: id, to: link.target, role: nil, evidence: adjacentPairs[[id, link.target]], confidence: 0.9)
                case "located_in" where adjacentPairs[[id, link.target]] != nil:
                    addRelation(.locatedIn, from: id, to: link.target, role: nil, evidence: adjacentPairs[[id, link.target]], confidence: 0.9)
                case "member_of" where adjacentPairs[[id, link.target]] != nil:
                    addRelation(.memberOf, from: id, to: link.target, role: nil, evidence: adjacentPairs[[id, link.target]], confidence: 0.9)
                default:
                    break
                }
            }
        }
        var graph = Graph(documents: [document])
        for id in order {
            guard let record = records[id] else { continue }
            graph.add(record.entity)
        }
        for key in relationOrder {
            if let relation = relations[key] { graph.add(relation) }
        }
        // An exchange told twice (the deal, then `in return for the warships, …` later) is one transaction:
        // legs of the same kinds, ends and goods, on dates that may be the same or in one month. The same
        // parties swapping the same goods months apart (a second prisoner swap in April) is another.
        var seenLegs: [(facts: Set<RelationKey>, date: PartialDate?)] = []
        for transaction in transactions {
            let legs = transaction.legs.compactMap { relations[$0]?.id }
            let facts = Set(transaction.legs.map { key in
                var fact = key
                fact.date = nil
                return fact
            })
            guard legs.count >= 2, Set(legs).count == legs.count, transaction.legs.allSatisfy(\.kind.canBeTransactionLeg),
                !seenLegs.contains(where: { seen in
                    seen.facts == facts && (Self.compatible(seen.date, transaction.date) || Self.sameMonth(seen.date, transaction.date))
                })
            else { continue }
            seenLegs.append((facts, transaction.date))
            graph.add(
                Transaction(
                    id: Transaction.ID("t\(seenLegs.count)"), legs: legs, status: transaction.status, date: transaction.date,
                    evidence: [transaction.evidence]))
        }
        return graph
    }
}
