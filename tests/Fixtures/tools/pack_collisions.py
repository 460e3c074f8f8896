#!/usr/bin/env python3
"""Lists the words of the corpus's documents that another language's pack reads as a concept.

Every pack's concepts are read in every text (English first, or the text's language first), so a pattern written for one
language can tag a word of another: Albanian "kap…" (caught) matched "kapacitet" (capacity), Serbian and Macedonian
"centr…" matched "central". Run it after adding words to a pack and look down the list for words that do not mean what
the concept says. Latin-script documents only; Cyrillic is folded to Latin by the engine, not here.

Usage: tests/Fixtures/tools/pack_collisions.py [--top N]
"""
import argparse, collections, glob, html, json, os, re, unicodedata

import regex  # the patterns use \\p{L} and variable-length lookbehind, as .NET does

HERE = os.path.dirname(os.path.abspath(__file__))
PACKS = os.path.join(HERE, "..", "..", "..", "src", "Parsing", "Language", "Packs")
FIXTURES = os.path.join(HERE, "..")
# Words every pack shares on purpose ("migrants", "azil", "centar", "region") are not collisions.
SHARED = {"migrant", "migrants", "migranti", "migranata", "migrante", "migranta", "azil", "azila", "centar", "centra", "centru",
          "centre", "centres", "region", "regional", "europe", "evropa", "evrope"}


def concepts(code):
    out, concept = [], None
    for line in open(os.path.join(PACKS, code + ".lang"), encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("["):
            m = re.match(r"\[concept (.+)\]", line)
            concept = m.group(1) if m else None
            continue
        if concept is None or not line.strip() or line.startswith("#"):
            continue
        line = re.sub(r"^@[\d.]+\s+", "", line)
        try:
            out.append((concept, regex.compile(r"(?<![\p{L}\p{N}])(?:" + line + r")(?![\p{L}\p{N}])", regex.I | regex.V1)))
        except regex.error:
            pass  # a .NET-only construct: the engine's own tests cover that pattern
    return out


def fold(text):
    text = text.replace("đ", "dj").replace("Đ", "Dj")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def pack_of(language):
    return "en" if language == "en" else "sq" if language == "sq" else "mk" if language.startswith("mk") else "sh"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=80)
    a = ap.parse_args()
    packs = {code: concepts(code) for code in ("en", "sh", "mk", "sq")}
    hits, example = collections.Counter(), {}
    for exp in glob.glob(os.path.join(FIXTURES, "**", "*.expected.json"), recursive=True):
        language = json.load(open(exp, encoding="utf-8")).get("language", "")
        if "Cyrl" in language or language.startswith("mk") or language in ("de", "it"):
            continue
        stem = exp[: -len(".expected.json")]
        path = next((stem + e for e in (".html", ".htm", ".txt") if os.path.exists(stem + e)), None)
        if path is None:
            continue
        text = fold(html.unescape(re.sub(r"<[^>]+>", " ", open(path, encoding="utf-8").read())).lower())
        own = pack_of(language)
        for code, patterns in packs.items():
            if code == own:
                continue
            for concept, pattern in patterns:
                for m in pattern.finditer(text):
                    if m.group(0) in SHARED:
                        continue
                    k = (own, code, concept, m.group(0))
                    hits[k] += 1
                    example.setdefault(k, text[max(0, m.start() - 40): m.end() + 40].replace("\n", " "))
    print(f"{'count':>5}  text's pack  read by  concept  word  | context")
    for (own, code, concept, word), n in hits.most_common(a.top):
        print(f"{n:5}  {own:4} {code:4} {concept:14} {word!r:24} | {example[(own, code, concept, word)]}")


if __name__ == "__main__":
    main()
