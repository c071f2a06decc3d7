#!/usr/bin/env python3
"""Builds Sources/Statecraft/Extraction/Lexicon/Data/events.generated.en.tsv from the CAMEO verb dictionary.

The source is PETRARCH2's `CAMEO.2.0.txt` (repository openeventdata/petrarch2, MIT licence, Copyright
(c) 2015 Open Event Data Alliance). Only facts are taken from it — which English verb (and its forms)
codes which CAMEO event code, and the simple prepositional patterns `- * (PREP)` of verbs that have no
code of their own — and the CAMEO codes are mapped to the ontology's relation kinds (../shared/docs/
ontology.md gives each kind's CAMEO family). Neither PETRARCH2's code nor its dictionary is committed.

    git clone https://github.com/openeventdata/petrarch2 /tmp/petrarch2     # or any copy of the file
    python3 scripts/lexicon/cameo_verbs.py /tmp/petrarch2/petrarch2/data/dictionaries/CAMEO.2.0.txt \
        [--commit SHA]

The output has the format of events.en.tsv (pattern, kind, options) and a fourth, informative column:
the CAMEO code. The event lexicon loads it after the hand-written events.en.tsv, whose lines win: a
generated line whose words a hand-written pattern already matches is not used.

How the dictionary is read (the format of PETRARCHreader.read_verb_dictionary):
- `---  NAME  [CODE]  ---` starts a verb block; CODE (`190`, `042:043`, `---`) is the default code
  of its verbs. Of a `SOURCE:TARGET` pair the first part is the event of the subject; `:110` (an event
  of the object only) and `---` (no event) are not used.
- A verb line `WORD {FORMS} [CODE] # comment`: WORD is the base form, `+A_B` a multi-word verb, FORMS its
  irregular forms; without FORMS the regular forms are made (-s, -ed, -ing) as PETRARCH does.
- A pattern line `- * (PREP)  [CODE]`: the verb followed by a prepositional phrase; used only when the
  verb has no code of its own (EXPORT: `- * (TO) [061]`), as the verb with target=PREP.

Precision is kept by mapping only the CAMEO codes the ontology models (MAP below) and by VAGUE: verbs
whose CAMEO code holds only in the patterns PETRARCH matches around them (say, make, take, face,
consider, fire…), or that name a domestic or non-state act far more often than a relation between
actors in news text.
"""
import argparse, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "Sources", "Statecraft", "Extraction", "Lexicon", "Data", "events.generated.en.tsv")

# CAMEO code (longest prefix first) -> (relation kind, frame options). Codes absent here code no relation:
# 01-03 statements and appeals, 040/041/045 generic consultation, 055 apologies, 060 and 062 (their verbs
# are generic: add, increase, equip), 08 yielding, 09 investigation, 10 demands, 110 generic
# disapproval, 113 and 115/116 (rallying opposition, lawsuits), 14 protests, 15 force posture, 16 except
# 163 (reducing relations), 17 coercion (mostly domestic), 20 mass violence.
MAP = [
    ("042", "visits", "target=obj,to"),
    ("043", "meets", "target=obj,with"),
    ("044", "meets", "target=obj,with"),
    ("046", "negotiates", "target=with,obj"),
    ("050", "supports", "target=obj,poss"),
    ("051", "supports", "target=obj,poss"),
    ("052", "supports", "target=obj,poss"),
    ("053", "supports", "target=obj,poss"),
    ("054", "supports", "target=obj"),
    ("057", "agrees", "target=with"),
    ("061", "supplies", "target=obj,to goods=required"),
    ("063", "cooperates", "target=with"),
    ("064", "cooperates", "target=with"),
    ("070", "aids", "target=obj,to goods=required"),
    ("071", "aids", "target=obj,to goods=money"),
    ("072", "aids", "target=obj,to goods=arms"),
    ("073", "aids", "target=obj,to goods=humanitarian"),
    ("074", "aids", "target=obj,to goods=troops"),
    ("111", "criticizes", "target=obj,poss"),
    ("112", "accuses", "target=obj"),
    ("114", "criticizes", "target=obj,poss"),
    ("12", "opposes", "target=obj,poss"),
    ("13", "threatens", "target=obj"),
    ("163", "sanctions", "target=obj,on,against"),
    ("18", "attacks", "target=obj,on,against"),
    ("19", "attacks", "target=obj,on,against"),
]

# Verb blocks whose 061 (economic cooperation) is a transfer the other way: the subject receives
# (PURCHASE, IMPORT) or pays (FINANCE).
BLOCK_FRAMES = {
    "PURCHASE": ("supplies", "subject=recipient source=from,origin goods=required"),
    "IMPORT": ("supplies", "subject=recipient source=from,origin goods=required"),
    "FINANCE": ("aids", "target=obj goods=money"),
}

# Verbs CAMEO codes as generic agreement (050) that the ontology calls material cooperation, and a
# frame CAMEO gives only in its patterns (lash out at).
KIND_OVERRIDES = {
    "cooperate": ("cooperates", "target=with"),
    "collaborate": ("cooperates", "target=with"),
    "lash out": ("criticizes", "target=at"),
}

# Base forms (lowercase, `_` for multi-word) whose CAMEO code holds only in the patterns PETRARCH matches
# around them, that are common nouns or adjectives as well, or that name a domestic, criminal, sporting or
# figurative act far more often than a relation between actors in news text. Reviewed per kind; the
# last line: verbs whose object is seldom an actor, so that a state adjective in it would be taken for
# one ("hosts US troops", "recognized the Russian threat").
VAGUE = set("""
advertise advertize affect admire admit affirm agree appreciate associate back bargain barter bless
celebrate cheer clap commemorate concert confess confide conform coordinate correlate deal divulge
embolden encourage enliven esteem exalt expose exuberate exult favor favour forgive forgave forgiven
formalize galvanize glorify greet haggle harmonise harmonize honor honour impact influence inspire
integrate invigorate negotiate orchestrate organise organize persuade prefer prize profess promote
reassert reassure rejoice respect reveal revitalize reward rouse sanctify spur stand synchronise
synchronize tempt toast triumph unionise unionize unveil value welcome
abhor attack blast brand chasten compensate complain crucify lecture remonstrate reprobate ridicule
savage scoff scorn snub
breach decline defect defer delay fail forestall inhibit object override overrule postpone prevent
procrastinate remit retard shelve stall table
contribute defend evacuate guard interfere intervene invest look_after pay pay_for protect rescue
safeguard shield sponsor stabilise stabilize step_in tend underwrite ward
abduct abuse altercate attacked_and_stabbed battle beat behead best blow bludgeon break bruise bust
cane circle clash clobber combat conflict contaminate corrupt crack crush damage decapitate defeat
desolate despoil destroy detonate devastate die disarm dishonor dishonour dominate duel engage
eradicate explode fight fight_back fight_down fire flatten flog foray foray_into grapple hammer hang
harm hit hurt impair infest inhabit injure intrude_on kick kidnap kidnapped_and_killed kill killed_and
killed_or lash mar master match mistreat murder overcome overpower overshadow overtake overthrow
overwhelm pelt pit pound push quarrel ram rampage ransack rape ravish reave recapture repel repulse
reside ring rip ruin scuffle shatter shoot shot_and siege skirmish slap slay smash snipe spoil
square_off stab stamp_out stone strangle string_up struggle surmount surround target tarnish tear
terrorize thump torture vitiate whip wound wrestle
blame charge
break caution endanger risk threaten warn
attend convene return
ally extradite occupy storm help host recognize recognise airlift
""".split())

# Forms that are more often nouns for things than the verb (artillery shells).
NOUN_FORMS = {"shells", "funds", "funding", "finances", "storms"}


PREPOSITIONS = ("to", "with", "on", "against", "into", "at", "for")


def regular_forms(base):
    """The forms PETRARCH makes of a regular English verb: base, -s, -ed, -ing."""
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and len(base) > 1 and base[-2] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "x", "z", "sh", "ch")):
        return [base, base + "es", base + "ed", base + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


def words(token):
    """`+MEET_WITH` -> 'meet with'."""
    return token.lstrip("+").replace("_", " ").lower().strip()


def verb_forms(token, irregular):
    base = words(token)
    if irregular is not None:
        return [base] + [words(f) for f in irregular.split() if f.strip("+")]
    first, _, rest = base.partition(" ")
    return [(f + " " + rest).strip() for f in regular_forms(first)]


def kind_of(code, block):
    """(kind, options) for a CAMEO code, or None when it codes no modelled relation."""
    code = code.rstrip("!").split(":")[0]
    if not code or code == "---":
        return None
    if code.startswith("061") and block in BLOCK_FRAMES:
        return BLOCK_FRAMES[block]
    for prefix, kind, options in MAP:
        if code.startswith(prefix):
            return kind, options
    return None


def parse(path):
    """Yields (block, base, forms, code, preposition or None) for every verb with a code."""
    block, block_code, verbs = None, None, []
    header = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
    verb_line = re.compile(r"^(\+?[A-Z][A-Z_'\-]*)\s*(\{([^}]*)\})?\s*(\[([^\]]*)\])?")
    pattern_line = re.compile(r"^-\s+\*\s+\((\w+)\)\s+\[([^\]]*)\]\s*(#\s*(\S+))?")
    in_verbs = False
    for raw in open(path, encoding="utf-8", errors="replace"):
        line = raw.rstrip("\n")
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if line.startswith("######## TRANSFORMATIONS"):
            break
        if not in_verbs:
            continue
        m = header.match(line)
        if m:
            block, block_code, verbs = m.group(1), m.group(2), []
            continue
        if block is None or not line.strip() or line.startswith("#"):
            continue
        m = pattern_line.match(line)
        if m:
            preposition, code, verb = m.group(1).lower(), m.group(2), m.group(4)
            for v in verbs:
                if v["own"] is None and verb and words(v["token"]) == words(verb):
                    yield block, words(v["token"]), v["forms"], code, preposition
            continue
        if line.startswith("-"):
            continue
        m = verb_line.match(line)
        if not m:
            continue
        token, irregular, own = m.group(1), m.group(3), m.group(5)
        forms = verb_forms(token, irregular)
        verbs.append({"token": token, "forms": forms, "own": own})
        yield block, words(token), forms, own if own else block_code, None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionary", help="PETRARCH2's CAMEO.2.0.txt")
    parser.add_argument("--commit", default="676801cd9cb2924bbbad09f86d15c9323e7097bf",
                        help="the openeventdata/petrarch2 commit the dictionary comes from")
    parser.add_argument("--output", default=OUT)
    args = parser.parse_args()
    lines = {}
    coded = set()  # verbs that code a relation by themselves: their prepositional patterns add nothing
    for block, base, forms, code, preposition in parse(args.dictionary):
        if base.replace(" ", "_") in VAGUE or base in VAGUE:
            continue
        mapped = KIND_OVERRIDES.get(base) or kind_of(code, block)
        if mapped is None:
            continue
        kind, options = mapped
        last = base.split(" ")[-1]
        if " " in base and last in PREPOSITIONS:  # side with: the party follows the preposition
            options = re.sub(r"target=\S+", "target=" + last, options)
        if preposition:
            if preposition not in PREPOSITIONS or base in coded:
                continue
            options = re.sub(r"target=\S+", "target=" + preposition, options)
            forms = [f + " " + preposition for f in forms]  # head to: the phrase, not the bare verb
        if not preposition:
            coded.add(base)
        for form in forms:
            if form in NOUN_FORMS:
                continue
            if not re.fullmatch(r"[a-z][a-z' \-]*", form):
                continue
            # the first mapping of a form wins (a verb listed under two blocks keeps its first code)
            lines.setdefault(form, (kind, options, code.rstrip("!").split(":")[0]))
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# English event verbs generated by scripts/lexicon/cameo_verbs.py from the CAMEO verb dictionary\n")
        out.write("# CAMEO.2.0.txt of PETRARCH2 (https://github.com/openeventdata/petrarch2, commit " + args.commit + ",\n")
        out.write("# MIT licence, Copyright (c) 2015 Open Event Data Alliance): verb forms and their CAMEO codes, mapped\n")
        out.write("# to the ontology's relation kinds. Do not edit: change the script (MAP, VAGUE) or events.en.tsv,\n")
        out.write("# whose hand-written lines win over these. pattern\tkind\toptions\tCAMEO code\n")
        for form in sorted(lines):
            kind, options, code = lines[form]
            out.write(f"{form}\t{kind}\t{options}\t{code}\n")
    print(f"{len(lines)} forms -> {args.output}", file=sys.stderr)


if __name__ == "__main__":
    main()
