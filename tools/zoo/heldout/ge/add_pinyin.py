import sys
P = {'質':'zhì','監':'jiān','強':'qiáng','轉':'zhuǎn','內':'nèi','開':'kāi','產':'chǎn','實':'shí','驗':'yàn','設':'shè','檢':'jiǎn','縣':'xiàn'}
t = sys.stdin.read()
sys.stdout.write(''.join(c + ('(' + P[c] + ')' if c in P else '') for c in t))
