import sys
# pinyin inserted after a fixed set of characters, as the sampled mirrors did
SETS = {
 'z1951': {'質':'zhì','設':'shè','獻':'xiàn','習':'xí','關':'guān','監':'jiān','導':'dǎo','務':'wù','進':'jìn','鏈':'liàn'},
 'z1954': {'陽':'yáng','聞':'wén','網':'wǎng','質':'zhì','強':'qiáng','領':'lǐng','導':'dǎo','會':'huì','議':'yì','長':'zhǎng','獎':'jiǎng','審':'shěn','評':'píng','細':'xì','則':'zé','關':'guān','項':'xiàng','啟':'qǐ','動':'dòng','開':'kāi','總':'zǒng','結':'jié','進':'jìn','設':'shè','產':'chǎn','體':'tǐ'},
}
m = SETS[sys.argv[1]]
text = sys.stdin.read()
sys.stdout.write(''.join(c + ('(' + m[c] + ')' if c in m else '') for c in text))
