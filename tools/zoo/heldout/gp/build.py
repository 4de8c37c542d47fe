#!/usr/bin/env python3
"""Build the converted fixtures of part GP from their Simplified sources.

Deterministic: OpenCC s2t (Debian's `opencc`), then pinyin after every occurrence of each
character in the fixture's list. Lines starting with `@RAW ` are spam lines kept as written
(Simplified, not converted). Full-width ，（）：；？！ are written in ASCII, as the stored pages
show them. `@@MOJI1@@` becomes a mojibake run (GBK bytes of `。《意见》` read one byte late).
Writes each fixture into the parent folder (/work/zoo-new/gp/).
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', '..', '..', 'tests', 'HeldOut'))

PY = {
    '國': 'guó', '發': 'fā', '質': 'zhì', '關': 'guān', '強': 'qiáng', '務': 'wù', '業': 'yè',
    '簡': 'jiǎn', '稱': 'chēng', '門': 'mén', '職': 'zhí', '統': 'tǒng', '調': 'diào', '標': 'biāo',
    '準': 'zhǔn', '訴': 'sù', '較': 'jiào', '會': 'huì', '經': 'jīng', '導': 'dǎo', '術': 'shù',
    '網': 'wǎng', '聯': 'lián', '劃': 'huà', '礎': 'chǔ', '點': 'diǎn', '領': 'lǐng', '際': 'jì',
    '轉': 'zhuǎn', '達': 'dá', '設': 'shè', '進': 'jìn', '產': 'chǎn', '協': 'xié', '態': 'tài',
    '資': 'zī', '監': 'jiān', '數': 'shù', '權': 'quán', '內': 'nèi', '規': 'guī', '開': 'kāi',
    '報': 'bào', '細': 'xì', '貿': 'mào', '認': 'rèn', '當': 'dāng', '頁': 'yè', '築': 'zhù',
    '廳': 'tīng', '見': 'jiàn', '問': 'wèn', '臺': 'tái', '題': 'tí', '歷': 'lì', '機': 'jī',
    '構': 'gòu', '執': 'zhí', '費': 'fèi',
}

FIXTURES = [
    ('z2082.src.txt',
     'z2082_l6-traditional-pinyin-consumer-paper-mirror-body-only-national-bureau-service-industry-quality-management-notice-2013-reported-seven-measures-outline-by-title-no-headline-no-date.txt',
     '國發質關強務業簡稱門職統調標準訴較會經導術'),
    ('z2083.src.txt',
     'z2083_l6-traditional-pinyin-unrelated-host-body-only-national-three-bodies-equipment-manufacturing-standardization-and-quality-plan-2016-reported-yearless-site-message-restated-2020-2025-aims.txt',
     '質網標準業聯發劃礎點領際轉達強務設進產'),
    ('z2084.src.txt',
     'z2084_l6-spam-wrapped-traditional-pinyin-association-mobile-site-national-samr-answers-on-group-standards-self-declaration-2025-close-qr-crumb-font-date-source-views-numbered-sections-platform-counts.txt',
     '協態業資監數權內規網門開訴報'),
    ('z2085.src.txt',
     'z2085_l6-traditional-pinyin-body-only-state-council-office-standardization-reform-action-plan-2015-2016-reported-stray-space-mid-sentence-tag-related-tail.txt',
     '務發標準細協進貿認點領導強調際關聯'),
    ('z2088.src.txt',
     'z2088_l6-traditional-pinyin-company-site-policy-column-national-construction-quality-guarantee-opinion-interpretation-qa-2020-crumb-title-twice-date-views-question-mark-runs-mojibake-results.txt',
     '當頁規質築國務廳轉發設見問臺題關歷強導產業'),
    ('z2089.src.txt',
     'z2089_l6-plain-traditional-copy-province-bureau-deployment-meeting-on-two-national-quality-safety-responsibility-rules-2023-headline-yearless-opening-repeated-cut-mid-word.txt',
     ''),
    ('z2090.src.txt',
     'z2090_l6-spam-wrapped-traditional-pinyin-law-column-national-bureau-product-quality-state-spot-check-plan-explainer-2012-crumb-datetime-question-marks-source-bureau.txt',
     '規產質監機構關執領務費'),
]

ASCII = str.maketrans({'，': ',', '（': '(', '）': ')', '：': ':', '；': ';', '？': '?', '！': '!'})


def s2t(text):
    r = subprocess.run(['opencc', '-c', 's2t'], input=text.encode('utf-8'),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.decode('utf-8')


def mojibake(s):
    b = s.encode('gbk')[1:]
    return '?' + b.decode('gbk', errors='replace').replace('\ufffd', '?')


def add_pinyin(text, chars):
    if not chars:
        return text
    out = []
    for ch in text:
        out.append(ch)
        if ch in chars:
            out.append('(' + PY[ch] + ')')
    return ''.join(out)


def build(src, dst, chars):
    with open(os.path.join(HERE, src), encoding='utf-8') as f:
        lines = f.read().split('\n')
    raw_head = []
    while lines and lines[0].startswith('@RAW '):
        raw_head.append(lines.pop(0)[5:])
    body = '\n'.join(lines)
    body = s2t(body)
    body = body.replace('@@MOJI1@@', mojibake('。《意见》'))
    body = add_pinyin(body, chars)
    body = body.translate(ASCII)
    text = '\n'.join(raw_head + [body]) if raw_head else body
    with open(os.path.join(OUT, dst), 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    for src, dst, chars in FIXTURES:
        build(src, dst, chars)
        print(dst)
