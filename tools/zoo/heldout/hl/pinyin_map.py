# one reading per Traditional character, as the mirror hosts print them (polyphones not resolved)
READINGS = {
    '長': 'zhǎng', '書': 'shū', '質': 'zhì', '監': 'jiān', '開': 'kāi', '調': 'diào',
    '領': 'lǐng', '導': 'dǎo', '來': 'lái', '項': 'xiàng', '時': 'shí', '業': 'yè',
    '設': 'shè', '標': 'biāo', '準': 'zhǔn', '戰': 'zhàn', '強': 'qiáng', '對': 'duì',
    '國': 'guó', '驗': 'yàn', '術': 'shù', '發': 'fā', '產': 'chǎn', '機': 'jī',
    '農': 'nóng', '經': 'jīng', '電': 'diàn',
}

def add_pinyin(text, chars, once=()):
    """Put (pinyin) after every character in `chars`; after each character in
    `once` only at its first occurrence (the mirrors are not consistent)."""
    out, seen = [], set()
    for ch in text:
        out.append(ch)
        if ch in chars:
            out.append('(' + READINGS[ch] + ')')
        elif ch in once and ch not in seen:
            out.append('(' + READINGS[ch] + ')')
            seen.add(ch)
    return ''.join(out)
