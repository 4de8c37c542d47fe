#!/usr/bin/env python3
"""Build part IN's converted fixtures from their Simplified sources.

Deterministic: Debian's `opencc -c s2t`, then each copy's own slips, pinyin
marks and mojibake as listed below. Writes into tests/HeldOut.
Run as `sh src/build.sh` from the part folder (or from anywhere).
"""
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "..", "..", "tests", "HeldOut")

PY = {
    '佈': 'bù', '來': 'lái', '個': 'gè', '傳': 'chuán', '內': 'nèi', '兩': 'liǎng',
    '則': 'zé', '創': 'chuàng', '動': 'dòng', '務': 'wù', '區': 'qū', '協': 'xié',
    '參': 'cān', '員': 'yuán', '啓': 'qǐ', '國': 'guó', '圍': 'wéi', '報': 'bào',
    '場': 'chǎng', '壇': 'tán', '學': 'xué', '實': 'shí', '將': 'jiāng', '導': 'dǎo',
    '嵐': 'lán', '強': 'qiáng', '從': 'cóng', '徹': 'chè', '揮': 'huī', '擴': 'kuò',
    '數': 'shù', '於': 'yú', '時': 'shí', '暢': 'chàng', '曉': 'xiǎo', '書': 'shū',
    '會': 'huì', '業': 'yè', '構': 'gòu', '標': 'biāo', '樹': 'shù', '機': 'jī',
    '準': 'zhǔn', '濟': 'jì', '營': 'yíng', '爲': 'wèi', '獻': 'xiàn', '現': 'xiàn',
    '發': 'fā', '監': 'jiān', '盧': 'lú', '礎': 'chǔ', '穩': 'wěn', '範': 'fàn',
    '簽': 'qiān', '約': 'yuē', '級': 'jí', '紹': 'shào', '組': 'zǔ', '統': 'tǒng',
    '經': 'jīng', '綠': 'lǜ', '綱': 'gāng', '總': 'zǒng', '織': 'zhī', '續': 'xù',
    '習': 'xí', '聯': 'lián', '臺': 'tái', '與': 'yǔ', '舉': 'jǔ', '蘇': 'sū',
    '術': 'shù', '製': 'zhì', '見': 'jiàn', '規': 'guī', '覽': 'lǎn', '訂': 'dìng',
    '計': 'jì', '記': 'jì', '設': 'shè', '試': 'shì', '認': 'rèn', '論': 'lùn',
    '識': 'shí', '議': 'yì', '變': 'biàn', '貢': 'gòng', '貫': 'guàn', '賀': 'hè',
    '賓': 'bīn', '質': 'zhì', '較': 'jiào', '轉': 'zhuǎn', '辦': 'bàn', '進': 'jìn',
    '運': 'yùn', '銜': 'xián', '錢': 'qián', '長': 'zhǎng', '開': 'kāi', '關': 'guān',
    '際': 'jì', '項': 'xiàng', '順': 'shùn', '領': 'lǐng', '題': 'tí', '類': 'lèi',
    '餘': 'yú', '體': 'tǐ', '點': 'diǎn', '黨': 'dǎng', '產': 'chǎn', '戰': 'zhàn',
    '責': 'zé', '環': 'huán', '濟': 'jì',
}


def s2t(text):
    r = subprocess.run(['opencc', '-c', 's2t'], input=text.encode('utf-8'),
                       stdout=subprocess.PIPE, check=True)
    return r.stdout.decode('utf-8')


def pinyin_after(text, chars):
    out = []
    for c in text:
        out.append(c)
        if c in chars:
            out.append('(' + PY[c] + ')')
    return ''.join(out)


def mojibake(simplified):
    """A GBK byte stream read one byte late: the lead byte of the first
    character is lost, the rest decodes shifted until an ASCII byte."""
    b = simplified.encode('gbk')[1:] + b','
    return b.decode('gbk', errors='replace').replace('\ufffd', '?')


def read(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        return f.read()


def write(name, text):
    with open(os.path.join(OUT, name), 'w', encoding='utf-8', newline='\n') as f:
        f.write(text)


def build_z2579():
    src = read('z2579.src.txt')
    spam, rest = src.split('\n', 1)          # the spam line stays Simplified
    t = s2t(rest)
    t = pinyin_after(t, set('發區機構質強設實導監綱題組貫準進'))
    write('z2579_l6-spam-wrapped-traditional-pinyin-copy-district-open-info-pairs-quality-district-leading-group-notice-'
          'issuing-outline-implementing-plan-2023-2027-question-mark-slips-publish-date-differs-from-table-'
          'unclosed-bracket-2022-results-targets-cut.txt', spam + '\n' + t)


def build_z2580():
    t = s2t(read('z2580.src.txt'))
    t = pinyin_after(t, set(PY) - set('辭屆於'))
    # the paper's name in the source line: 報 lost, its pinyin run broken
    t = t.replace('蘇(sū)城日報(bào)', '蘇(sū)城日?qǐng)?bào)', 1)
    write('z2580_l6-traditional-heavy-pinyin-unrelated-host-copy-city-daily-item-first-national-standardization-'
          'conference-co-hosted-by-city-and-province-2023-datetime-source-line-broken-character-address-'
          'province-results.txt', t)


def build_z2581():
    t = s2t(read('z2581.src.txt'))
    # a naive character map, as the mirror's: these stay as single-character defaults
    for a, b in (('後', '后'), ('於', '于'), ('麼', '么'), ('並', '并'), ('裏', '里'),
                 ('爲', '為'), ('着', '著')):
        t = t.replace(a, b)
    write('z2581_l6-naive-traditional-complaint-site-mirror-city-paper-guest-commentary-city-approved-to-create-'
          'national-quality-city-2012-site-line-rolling-news-label-byline-page-reference-no-date-cut.txt', t)


def build_z2583():
    t = s2t(read('z2583.src.txt'))
    t = pinyin_after(t, set('質監聯產經濟發戰現與續標營業動導責環務'))
    # a dropped 第 in the last 質量第一
    i = t.rfind('量第一')
    t = t[:i] + '量一' + t[i + 3:]
    t = t.replace('{MOJI}', mojibake('。必须清醒地认识到'))
    write('z2583_l6-traditional-pinyin-speech-collection-site-city-leader-address-enterprise-quality-management-'
          'forum-no-heading-no-place-no-date-gbk-mojibake-run-dropped-character-outline-by-title-results.txt', t)


if __name__ == '__main__':
    build_z2579()
    build_z2580()
    build_z2581()
    build_z2583()
