#!/usr/bin/env python3
"""Generates the gazetteer tables of src/PolicyGraph.Core/Data/ from tools/gazetteer/.

regions.tsv — every province-, prefecture- and county-level division of mainland China in the NBS division lists
(provinces.csv, cities.csv, areas.csv). Columns:
  code        NBS code (2, 4 or 6 digits)
  name        official name (长阳土家族自治县)
  level       province | prefecture | county
  province    the province-level division's name (itself for a province)
  short       the name as documents write it in running text (长阳, 昆山, 东城, 鄂伦春, 内蒙古, 延边)
  prefecture  the parent prefecture-level division's name; empty for provinces and prefectures, and for a county-level
              division directly under its province (仙桃市, 神农架林区, 济源市, 石河子市, Hainan's counties, the
              districts and counties of 北京/天津/上海/重庆)
  kind        省 自治区 直辖市 | 地级市 自治州 地区 盟 | 市辖区 县 自治县 县级市 旗 自治旗 林区 特区
  aliases     other forms documents use for the full name, |-separated: 长阳县 for 长阳土家族自治县, 延边州 for
              延边朝鲜族自治州, 鄂伦春旗 for 鄂伦春自治旗

issuer-codes.tsv — the issuer codes of document numbers (荆政发 → 荆 + 政发) and where each comes from:
  code, kind (province | prefecture | county | series | national), region code, region name (for a national code:
  the central body it names, when it names one), source.
  province rows come from gazetteer/province-abbreviations.tsv (reviewed), series and national rows from
  gazetteer/issuer-series.tsv (reviewed), prefecture and county rows are generated here from regions.tsv and then
  replaced or confirmed by gazetteer/issuer-code-overrides.tsv (reviewed, one page or document named per row).

Rerun after replacing the CSVs with a newer release; never edit the generated tables by hand. Warnings about names
whose short form needed a rule (one-character stems, 旗 names ending in a direction) go to stderr for review.
"""
import csv
import os
import sys
from collections import Counter, defaultdict

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
source = os.path.join(here, "gazetteer")
data = os.path.join(root, "src", "PolicyGraph.Core", "Data")

# cities.csv rows that are NBS grouping placeholders, not prefecture-level divisions: the 市辖区/县 groups of the
# four municipalities and the groups of county-level divisions governed directly by a province.
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
MUNICIPALITIES = {"11", "12", "31", "50"}
PREFECTURE_KINDS = [("自治州", "自治州"), ("地区", "地区"), ("盟", "盟"), ("市", "地级市")]
COUNTY_SUFFIXES = ["自治县", "自治旗", "林区", "特区", "县", "市", "区", "旗"]
# A 旗 whose stem ends in a direction or 联合 (土默特左旗, 科尔沁右翼前旗, 达尔罕茂明安联合旗) is never written
# without its 旗; a district named for a mine (白云鄂博矿区) or for its position in the city (市中区, 城中区,
# 站前区) likewise keeps its 区.
BANNER_KEEPS_SUFFIX = ("左", "右", "前", "中", "后", "联合")
POSITION = "东西南北中前后"

warnings = defaultdict(list)


def warn(category, name):
    warnings[category].append(name)


def read_csv(name):
    with open(os.path.join(source, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def read_tsv(name):
    with open(os.path.join(source, name), encoding="utf-8") as f:
        return [line.rstrip("\n").split("\t") for line in f if line.strip() and not line.startswith("#")]


def load_ethnic_groups():
    with open(os.path.join(source, "ethnic-groups.txt"), encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip() and not line.startswith("#")]
    if len(names) != 56 or len(set(names)) != 56:
        sys.exit(f"gazetteer/ethnic-groups.txt: expected 56 distinct names, found {len(set(names))}")
    forms = set(names)
    # Official division names drop the final 族 of multi-character names (新疆维吾尔自治区, 伊犁哈萨克自治州);
    # single-character stems (藏, 回) are never written bare, and accepting them would cut 西藏 into 西 + 藏.
    forms |= {n[:-1] for n in names if len(n) >= 3}
    forms.add("各族")  # 龙胜各族自治县, 隆林各族自治县
    return forms


ETHNIC_FORMS = load_ethnic_groups()
found_designations = Counter()


def segment(text):
    """Splits text wholly into ethnic designations (土家族苗族 → [土家族, 苗族]), or returns None."""
    if not text:
        return []
    for length in range(min(6, len(text)), 0, -1):
        head = text[:length]
        if head in ETHNIC_FORMS:
            rest = segment(text[length:])
            if rest is not None:
                return [head] + rest
    return None


def split_ethnic(stem):
    """长阳土家族 → (长阳, [土家族]); 鄂温克族 → (鄂温克, [鄂温克族]); 内蒙古 → (内蒙古, [])."""
    # The place part is at least two characters: 内蒙古 is a place, not 内 + 蒙古.
    for i in range(2, len(stem)):
        designations = segment(stem[i:])
        if designations:
            return stem[:i], designations
    designations = segment(stem)
    if designations:
        # The whole stem is the designation (鄂伦春自治旗, 鄂温克族自治旗, 东乡族自治县): documents write it
        # without the 族 (鄂温克旗, 东乡县).
        return (stem[:-1] if stem.endswith("族") else stem), designations
    return stem, []


def autonomous_short(name, suffix):
    stem = name[: -len(suffix)]
    place, designations = split_ethnic(stem)
    if not designations and suffix != "自治区":
        warn("no ethnic designation found before 自治…", name)
    found_designations.update(d for d in designations)
    return place


def province_row(code, name):
    if code in MUNICIPALITIES:
        return "直辖市", name[:-1]
    if name.endswith("自治区"):
        return "自治区", autonomous_short(name, "自治区")
    return "省", name[:-1]


def prefecture_row(name):
    for suffix, kind in PREFECTURE_KINDS:
        if name.endswith(suffix):
            short = autonomous_short(name, suffix) if suffix == "自治州" else name[: -len(suffix)]
            if len(short) < 2:
                warn("one-character stem, short name kept as the full name", name)
                short = name
            return kind, short, [short + "州"] if suffix == "自治州" else []
    sys.exit(f"gazetteer/cities.csv: {name}: not a prefecture-level name (no 市/地区/自治州/盟)")


def county_row(code, name):
    """Kind, stem (the name without suffix and ethnic designation), short name, aliases; None if not a division."""
    suffix = next((s for s in COUNTY_SUFFIXES if name.endswith(s)), None)
    if suffix is None:
        return None
    serial = int(code[4:6])
    if suffix == "林区" and (serial <= 20 or len(name) < 5):
        # 万柏林区, 碑林区, 金林区: districts whose name ends in 林. GB/T 2260 numbers 市辖区 01-20, and the one
        # 林区 (神农架) has a place name of more than one character before it.
        suffix = "区"
    kind = {"自治县": "自治县", "自治旗": "自治旗", "林区": "林区", "特区": "特区", "县": "县", "市": "县级市",
            "区": "市辖区", "旗": "旗"}[suffix]
    if kind in ("自治县", "自治旗"):
        stem = autonomous_short(name, suffix)
    elif kind == "市辖区" and name.endswith("新区") and len(name) >= 4:
        stem = name[:-2]  # 浦东新区 → 浦东, 滨海新区 → 滨海
    else:
        stem = name[: -len(suffix)]
    short = stem
    if len(stem) < 2:
        warn("one-character stem, short name kept as the full name", name)
        short = name
    elif (kind == "旗" and stem.endswith(BANNER_KEEPS_SUFFIX)) or (kind == "市辖区" and (
            stem.endswith("矿") or (len(stem) == 2 and stem[0] in "市城站" and stem[1] in POSITION))):
        warn(f"stem not written without its {suffix}, short name kept as the full name", name)
        short = name
    aliases = []
    if kind == "自治县" and short != name:
        aliases.append(short + "县")
    if kind == "自治旗" and short != name:
        aliases.append(short + "旗")
    return kind, stem, short, aliases


# How documents shorten the names of development zones.
ZONE_SHORT_FORMS = [("经济技术开发区", "经开区"), ("高新技术产业开发区", "高新区"), ("经济开发区", "经开区")]


def main():
    provinces = {r["code"]: r["name"] for r in read_csv("provinces.csv")}
    cities = {r["code"]: (r["name"], r["provinceCode"]) for r in read_csv("cities.csv")}
    regions = []  # dicts
    for code, name in provinces.items():
        kind, short = province_row(code, name)
        regions.append(dict(code=code, name=name, level="province", province=name, short=short, prefecture="",
                            kind=kind, aliases=[], stem=short))
    for code, (name, province_code) in cities.items():
        if name in PLACEHOLDERS:
            continue
        kind, short, aliases = prefecture_row(name)
        regions.append(dict(code=code, name=name, level="prefecture", province=provinces[province_code], short=short,
                            prefecture="", kind=kind, aliases=aliases, stem=short))
    skipped = defaultdict(list)
    for row in read_csv("areas.csv"):
        code, name = row["code"], row["name"]
        city_name, _ = cities[row["cityCode"]]
        if code[4] == "7":
            # NBS statistical units coded x7x: development zones and administrative committees (合肥经济技术开发区,
            # 苏州工业园区), not divisions in GB/T 2260 but governed at county level by their 管委会, which issue
            # documents of their own. Kept as county-level 功能区 under their prefecture, named in full, with the short
            # forms documents use (合肥经开区, 合肥高新区); they take no issuer code.
            aliases = [name.replace(long, short) for long, short in ZONE_SHORT_FORMS if long in name and name.replace(long, short) != name]
            regions.append(dict(code=code, name=name, level="county", province=provinces[row["provinceCode"]], short=name,
                                prefecture="" if city_name in PLACEHOLDERS else city_name, kind="功能区", aliases=aliases, stem=name))
            continue
        if name == city_name:
            # A prefecture-level city without county-level divisions (东莞市) repeated as its own area row.
            skipped["prefecture-level cities without county-level divisions, repeated"].append(name)
            continue
        parsed = county_row(code, name)
        if parsed is None:
            # 西沙群岛, 大柴旦行政委员会: statistical units, not divisions with a division suffix.
            skipped["statistical units without a division suffix"].append(name)
            continue
        kind, stem, short, aliases = parsed
        regions.append(dict(code=code, name=name, level="county", province=provinces[row["provinceCode"]],
                            short=short, prefecture="" if city_name in PLACEHOLDERS else city_name, kind=kind,
                            aliases=aliases, stem=stem))

    # Reviewed short forms no rule makes (科右中旗 for 科尔沁右翼中旗, 博州 for 博尔塔拉蒙古自治州).
    by_name = {r["name"]: r for r in regions if r["level"] in ("county", "prefecture")}
    for name, short_form, _where in read_tsv("usual-short-forms.tsv"):
        if name not in by_name:
            sys.exit(f"gazetteer/usual-short-forms.tsv: {name} is not a county- or prefecture-level division")
        if short_form not in by_name[name]["aliases"]:
            by_name[name]["aliases"].append(short_form)

    check_names(regions)
    write_regions(regions)
    write_issuer_codes(regions)
    report(regions, skipped)


def check_names(regions):
    full = Counter(r["name"] for r in regions)
    for r in regions:
        for alias in r["aliases"]:
            if alias in full:
                warn("alias that is also another division's full name", f"{r['name']}/{alias}")
        if len(r["short"]) < 2:
            sys.exit(f"{r['name']}: one-character short name {r['short']!r}")
        if not r["name"].startswith(r["short"]) and r["short"] != r["name"]:
            sys.exit(f"{r['name']}: short name {r['short']!r} is not a prefix of the name")


def write_regions(regions):
    out = os.path.join(data, "regions.tsv")
    order = {"province": 0, "prefecture": 1, "county": 2}
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tname\tlevel\tprovince\tshort\tprefecture\tkind\taliases — generated by tools/gen-gazetteer.py "
                "from tools/gazetteer/ (NBS division lists). Do not edit.\n")
        for r in sorted(regions, key=lambda r: (r["code"].ljust(6, "0"), order[r["level"]])):
            f.write("\t".join([r["code"], r["name"], r["level"], r["province"], r["short"], r["prefecture"], r["kind"],
                               "|".join(r["aliases"])]) + "\n")
    print(f"{out}: {len(regions)} regions", file=sys.stderr)


def write_issuer_codes(regions):
    by_name = defaultdict(list)
    for r in regions:
        by_name[(r["province"], r["name"])].append(r)
    rows = []  # (code, kind, region code, region name, source)
    abbreviations = {}  # province name → all its 简称 characters
    province_code = {}  # province name → doc-number character
    for code, name, all_abbreviations, character, evidence in read_tsv("province-abbreviations.tsv"):
        if (name, name) not in by_name:
            sys.exit(f"gazetteer/province-abbreviations.tsv: {name} is not a province in provinces.csv")
        abbreviations[name] = set(all_abbreviations.split("|")) | {character}
        province_code[name] = character
        rows.append((character, "province", code, name, "reviewed: province-abbreviations.tsv; " + evidence))
    if len(province_code) != sum(1 for r in regions if r["level"] == "province"):
        sys.exit("gazetteer/province-abbreviations.tsv: not every province is listed")

    overrides = {}
    for code, province, name, evidence in read_tsv("issuer-code-overrides.tsv"):
        found = by_name.get((province, name))
        if not found or len(found) != 1:
            sys.exit(f"gazetteer/issuer-code-overrides.tsv: {province} {name}: not exactly one such division")
        overrides[found[0]["code"]] = (code, evidence)

    without_code = []

    def assign(group, forbidden, what):
        """First character of the stem when no sibling shares it and no higher level uses it, else the whole stem;
        no code at all when the whole stem is a higher level's code too (湘潭县 under 湘潭市)."""
        firsts = Counter(r["stem"][0] for r in group)
        codes = {}
        for r in group:
            first = r["stem"][0]
            if firsts[first] == 1 and first not in forbidden:
                codes[r["code"]] = (first, f"generated: first character, {what}")
            elif r["stem"] in forbidden:
                without_code.append(r["name"])
            else:
                reason = "shared with a sibling" if firsts[first] > 1 else "a level word" if first in level_words else "a higher level's code"
                codes[r["code"]] = (r["stem"], f"generated: whole short name, first character {reason}")
        return codes

    # Documents whose issuer names only its level write that word where the place would be (市委发, 县政发,
    # 区政办), so a division whose name starts with it (市中区) does not get it as its code.
    level_words = {"省", "市", "县", "区", "旗", "州", "盟"}
    prefecture_codes = {}
    for province in province_code:
        group = [r for r in regions if r["level"] == "prefecture" and r["province"] == province]
        prefecture_codes.update(assign(group, abbreviations[province] | level_words, "unique in the province"))
    apply_overrides(prefecture_codes, overrides, {r["code"] for r in regions if r["level"] == "prefecture"})

    county_codes = {}
    for province in province_code:
        taken = abbreviations[province] | level_words | {prefecture_codes[r["code"]][0] for r in regions
                                            if r["level"] == "prefecture" and r["province"] == province}
        counties = [r for r in regions if r["level"] == "county" and r["province"] == province and r["kind"] != "功能区"]
        for parent in sorted({r["prefecture"] for r in counties}):
            group = [r for r in counties if r["prefecture"] == parent]
            county_codes.update(assign(group, taken, "unique under the prefecture" if parent else "unique in the province"))
    apply_overrides(county_codes, overrides, {r["code"] for r in regions if r["level"] == "county"})
    unused = set(overrides) - set(prefecture_codes) - set(county_codes)
    if unused:
        sys.exit(f"gazetteer/issuer-code-overrides.tsv: rows for divisions that are neither prefectures nor counties: {unused}")

    by_code = {r["code"]: r for r in regions}
    for kind, codes in (("prefecture", prefecture_codes), ("county", county_codes)):
        for region_code, (code, note) in codes.items():
            rows.append((code, kind, region_code, by_code[region_code]["name"], note))
    for kind, code, body, meaning, evidence in read_tsv("issuer-series.tsv"):
        if kind not in ("series", "national"):
            sys.exit(f"gazetteer/issuer-series.tsv: {code}: kind must be series or national, not {kind}")
        if body and kind != "national":
            sys.exit(f"gazetteer/issuer-series.tsv: {code}: only a national code names a body")
        rows.append((code, kind, "", body, f"reviewed: issuer-series.tsv; {meaning}; {evidence}"))

    out = os.path.join(data, "issuer-codes.tsv")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# code\tkind\tregion code\tregion (national: the body)\tsource — generated by tools/gen-gazetteer.py from regions.tsv and "
                "the reviewed lists in tools/gazetteer/. Do not edit.\n")
        kinds = {"national": 0, "series": 1, "province": 2, "prefecture": 3, "county": 4}
        for row in sorted(rows, key=lambda r: (kinds[r[1]], r[2], r[0])):
            f.write("\t".join(row) + "\n")
    counts = Counter(r[1] for r in rows)
    sources = Counter((r[1], r[4].split(":")[0]) for r in rows)
    print(f"{out}: {len(rows)} rows " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)
    print("  by source: " + ", ".join(f"{k}/{s} {v}" for (k, s), v in sorted(sources.items())), file=sys.stderr)
    print(f"  divisions left without a code (their whole name is a higher level's code): {' '.join(without_code)}",
          file=sys.stderr)
    generated_prefecture = Counter(code for code, _ in prefecture_codes.values())
    shared = sorted(c for c, n in generated_prefecture.items() if n > 1)
    print(f"  prefecture codes shared across provinces: {len(shared)} ({' '.join(shared)})", file=sys.stderr)


def apply_overrides(codes, overrides, level):
    for region_code, (code, evidence) in overrides.items():
        if region_code in level:
            previous = codes[region_code][0] if region_code in codes else None
            verb = ("confirms the generated code" if previous == code
                    else f"replaces the generated {previous}" if previous else "where none was generated")
            codes[region_code] = (code, f"reviewed: issuer-code-overrides.tsv ({verb}); {evidence}")


def report(regions, skipped):
    for category, names in warnings.items():
        print(f"review: {category}: {len(names)}: {' '.join(names)}", file=sys.stderr)
    levels = Counter(r["level"] for r in regions)
    kinds = Counter((r["level"], r["kind"]) for r in regions)
    print("levels: " + ", ".join(f"{k} {levels[k]}" for k in ("province", "prefecture", "county")), file=sys.stderr)
    print("kinds: " + ", ".join(f"{k} {n}" for (_, k), n in sorted(kinds.items())), file=sys.stderr)
    direct = sum(1 for r in regions if r["level"] == "county" and not r["prefecture"])
    print(f"county-level divisions without a prefecture: {direct}", file=sys.stderr)
    for reason, names in skipped.items():
        print(f"skipped {len(names)} {reason}: {' '.join(names[:8])}{' …' if len(names) > 8 else ''}", file=sys.stderr)
    full = Counter(r["name"] for r in regions)
    short = Counter(r["short"] for r in regions)
    ambiguous = sorted(n for n, c in full.items() if c > 1)
    print(f"full names shared by several divisions: {len(ambiguous)} names, "
          f"{sum(full[n] for n in ambiguous)} divisions (e.g. {' '.join(ambiguous[:10])})", file=sys.stderr)
    print(f"short names shared by several divisions: {sum(1 for c in short.values() if c > 1)}", file=sys.stderr)
    print(f"ethnic designations found ({len(found_designations)}): "
          + " ".join(d for d, _ in found_designations.most_common()), file=sys.stderr)


if __name__ == "__main__":
    main()
