#!/usr/bin/env python3
"""Insert a mirror-style pinyin annotation after each character in MAP (stdin -> stdout).
Deterministic: a fixed map, every occurrence annotated, no other change."""
import sys
MAP = {
    '長': 'zhǎng', '會': 'huì', '見': 'jiàn', '頒': 'bān', '發': 'fā', '獎': 'jiǎng',
    '創': 'chuàng', '質': 'zhì', '強': 'qiáng', '術': 'shù', '業': 'yè', '導': 'dǎo',
    '觀': 'guān', '場': 'chǎng', '續': 'xù', '勢': 'shì', '單': 'dān', '項': 'xiàng',
}
text = sys.stdin.read()
sys.stdout.write(''.join(ch + '(' + MAP[ch] + ')' if ch in MAP else ch for ch in text))
